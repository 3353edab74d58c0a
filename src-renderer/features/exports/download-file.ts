import type { z } from 'zod';
import type { ExportedFile } from '../../../src-shared/api/parties';

type DownloadableFile = z.infer<typeof ExportedFile>;

// Files travel as base64 inside the API reply (one wire for IPC and HTTP); the browser saves them through an
// object URL and <a download>, which Electron hands to its own save dialog the same way.
export function downloadFile({ fileName, mimeType, contentBase64 }: DownloadableFile): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once may cancel the download before it starts; a minute later the file is long saved.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
