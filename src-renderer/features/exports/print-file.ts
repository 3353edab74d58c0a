import type { z } from 'zod';
import type { ExportedFile } from '../../../src-shared/api/parties';
import { downloadFile } from './download-file';

// What src-main/shell/preload.ts exposes to every desktop window.
interface DesktopPrinting {
  printPdf(fileName: string, contentBase64: string): Promise<void>;
}

declare global {
  interface Window {
    peyvandDesktop?: DesktopPrinting;
  }
}

// In the desktop app a PDF opens in a print preview with the system print dialog; in a browser it is
// downloaded, and the browser's own viewer prints it. Word files are always saved, to be edited first.
export async function printFile(file: z.infer<typeof ExportedFile>): Promise<void> {
  if (window.peyvandDesktop && file.mimeType === 'application/pdf') await window.peyvandDesktop.printPdf(file.fileName, file.contentBase64);
  else downloadFile(file);
}
