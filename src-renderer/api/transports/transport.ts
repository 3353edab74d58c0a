import type { ApiReply } from '../../../src-shared/api/wire';

export interface TransportRequest {
  method: string;
  input: unknown;
  token: string | null;
}

export type EventListener = (name: string, payload: unknown) => void;

export type EventsState = 'connecting' | 'ready' | 'offline';

export interface EventsHandlers {
  onEvent: EventListener;
  onState: (state: EventsState) => void;
  // The server refused the token on the events channel (expired session).
  onAuthError: (reply: ApiReply & { ok: false }) => void;
}

// IPC and HTTP differ only in how bytes travel; the envelope and the events are the same.
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(request: TransportRequest): Promise<ApiReply>;
  openEvents(token: string, handlers: EventsHandlers): () => void;
}
