import { errorMessage } from '../../../src-shared/i18n/fa';
import { fileSizeUnits } from '../../../src-shared/i18n/ui-fa';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { downloadFile } from '../exports';

const KB = 1024;
const MB = 1024 * KB;

// «۸۰۰ بایت»، «۱۲ کیلوبایت»، «۲٫۵ مگابایت»: one decimal only where it still tells sizes apart.
export function formatFileSize(bytes: number): string {
  const [amount, unit] = bytes < KB ? [bytes, fileSizeUnits.byte] : bytes < MB ? [bytes / KB, fileSizeUnits.kb] : [bytes / MB, fileSizeUnits.mb];
  const rounded = amount < 10 && unit !== fileSizeUnits.byte ? Math.round(amount * 10) / 10 : Math.round(amount);
  return `${toPersianDigits(String(rounded).replace('.', '٫'))} ${unit}`;
}

// The same sentence the server answers with, so a refusal reads alike before and after upload.
export function sizeRefusal(file: File, limitMb: number): string | null {
  return file.size > limitMb * MB ? errorMessage({ code: 'attachments.tooLarge', details: { limitMb } }) : null;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export async function uploadAttachment(
  partyId: number,
  file: File,
  purpose: 'file' | 'photo',
  description: string | null,
  interactionId: number | null = null,
) {
  return call('attachments.add', {
    partyId,
    interactionId,
    fileName: file.name,
    mimeType: file.type || 'application/octet-stream',
    contentBase64: await readBase64(file),
    purpose,
    description,
  });
}

export interface UploadProblem {
  fileName: string;
  message: string;
}

// Each file on its own: one refused or failed file does not stop the others.
export async function uploadFiles(
  partyId: number,
  files: readonly File[],
  options: { limitMb: number | null; description?: string | null; interactionId?: number | null },
): Promise<{ added: number; failed: UploadProblem[] }> {
  const failed: UploadProblem[] = [];
  let added = 0;
  for (const file of files) {
    const refusal = options.limitMb === null ? null : sizeRefusal(file, options.limitMb);
    try {
      if (refusal) throw new Error(refusal);
      await uploadAttachment(partyId, file, 'file', options.description ?? null, options.interactionId ?? null);
      added += 1;
    } catch (failure) {
      failed.push({ fileName: file.name, message: refusal ?? messageOf(failure) });
    }
  }
  return { added, failed };
}

export async function downloadAttachment(attachment: { id: number }): Promise<void> {
  try {
    downloadFile(await call('attachments.download', { id: attachment.id }));
  } catch (failure) {
    toast.error(messageOf(failure));
  }
}
