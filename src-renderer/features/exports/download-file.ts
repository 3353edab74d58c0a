import type { z } from 'zod';
import type { ExportedFile } from '../../../src-shared/api/parties';

type DownloadableFile = z.infer<typeof ExportedFile>;

// Files travel as base64 inside the API reply (one wire for IPC and HTTP); the browser saves them through an
// object URL and <a download>, which Electron hands to its own save dialog the same way.
export function downloadFile(file: DownloadableFile): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once may cancel the download before it starts; a minute later the file is long saved.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function fileBlob({ mimeType, contentBase64 }: Pick<DownloadableFile, 'mimeType' | 'contentBase64'>): Blob {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}
