import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiReply, ApiRequest } from '../../src-shared/api/wire';

// Duplicated from ipc.ts / print.ts on purpose: a sandboxed preload may only require 'electron'.
const API_CHANNEL = 'peyvand:api';
const EVENT_CHANNEL = 'peyvand:event';
const PRINT_CHANNEL = 'peyvand:print';
// Set by main.ts on windows of an install that runs the core itself; a LAN client's window talks to the
// office server over HTTP instead, so it must not see the IPC API.
const CORE_WINDOW_FLAG = '--peyvand-core';

if (process.argv.includes(CORE_WINDOW_FLAG)) {
  // The renderer sees exactly two functions: call the API, and listen to core events.
  contextBridge.exposeInMainWorld('peyvand', {
    invoke: (request: ApiRequest & { token: string | null }): Promise<ApiReply> => ipcRenderer.invoke(API_CHANNEL, request),
    onEvent: (listener: (name: string, payload: unknown) => void): (() => void) => {
      const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
      ipcRenderer.on(EVENT_CHANNEL, handler);
      return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    },
  });
}

// Every desktop window can print: a PDF opens in a print-preview window with the system print dialog.
contextBridge.exposeInMainWorld('peyvandDesktop', {
  printPdf: (fileName: string, contentBase64: string): Promise<void> => ipcRenderer.invoke(PRINT_CHANNEL, fileName, contentBase64),
});
