import { BrowserWindow, ipcMain } from 'electron';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const PRINT_CHANNEL = 'peyvand:print';

// A printout (letters, labels, cards, a list) is a PDF made by the core. The desktop app shows it in
// Chromium's PDF viewer, whose print button opens the system print dialog with the printer's own
// settings; webContents.print() cannot print a PDF viewer's pages itself.
export function bridgePrinting(): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (_event, fileName: string, contentBase64: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'peyvand-print-'));
    const path = join(folder, basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'print.pdf');
    writeFileSync(path, Buffer.from(contentBase64, 'base64'));
    const viewer = new BrowserWindow({ width: 900, height: 1000, title: fileName, webPreferences: { plugins: true, sandbox: true } });
    await viewer.loadFile(path);
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
