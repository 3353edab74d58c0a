import type { ApiErrorBody } from './errors';

// The same envelope over IPC, HTTP and in tests.
export interface ApiRequest {
  method: string;
  input?: unknown;
}

export type ApiReply<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

// WebSocket frames on /api/events: the client authenticates first, then only receives.
export type EventsClientFrame = { type: 'auth'; token: string };
export type EventsServerFrame =
  | { type: 'ready' }
  | { type: 'error'; error: ApiErrorBody }
  | { type: 'event'; name: string; payload: unknown };
