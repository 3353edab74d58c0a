import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiReply, ApiRequest } from '../../src-shared/api/wire';

// Duplicated from ipc.ts on purpose: a sandboxed preload may only require 'electron'.
const API_CHANNEL = 'peyvand:api';
const EVENT_CHANNEL = 'peyvand:event';

// The renderer sees exactly two functions: call the API, and listen to core events.
contextBridge.exposeInMainWorld('peyvand', {
  invoke: (request: ApiRequest & { token: string | null }): Promise<ApiReply> => ipcRenderer.invoke(API_CHANNEL, request),
  onEvent: (listener: (name: string, payload: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
