import type { Attachment } from '../../../src-shared/api/attachments';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { interactionFileLabels } from '../../../src-shared/i18n/ui-fa';
import { downloadAttachment, formatFileSize } from './attachment-files';
import './attachments.css';

interface AttachmentClipProps {
  // What the files belong to, for the screen reader: an interaction's subject.
  subject: string;
  files: readonly Attachment[];
}

// A small paperclip with the count; opened, each file can be downloaded.
export function AttachmentClip({ subject, files }: AttachmentClipProps) {
  if (files.length === 0) return null;
  const count = toPersianDigits(files.length);
  return (
    <details className="attachment-clip">
      <summary aria-label={interactionFileLabels.clip(subject, count)}>
        <svg className="attachment-clip__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        <span>{count}</span>
      </summary>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`دریافت «${file.fileName}»`}
              onClick={() => void downloadAttachment(file)}
            >
              <bdi>{file.fileName}</bdi>
              <span className="muted">
                <bdi>{formatFileSize(file.size)}</bdi>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
