import type { ApiReply } from '../../../src-shared/api/wire';
import type { EventsHandlers, Transport, TransportRequest } from './transport';

// What src-main/shell/preload.ts exposes; nothing else of Electron reaches the renderer.
export interface PeyvandBridge {
  invoke(request: { method: string; input: unknown; token: string | null }): Promise<ApiReply>;
  onEvent(callback: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    peyvand?: PeyvandBridge;
  }
}

export function createIpcTransport(bridge: PeyvandBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (request: TransportRequest) => bridge.invoke(request),
    // IPC events need no handshake: the main process pushes to its own window.
    openEvents(_token: string, handlers: EventsHandlers) {
      handlers.onState('ready');
      return bridge.onEvent(handlers.onEvent);
    },
  };
}
