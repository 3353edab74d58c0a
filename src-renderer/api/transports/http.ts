import type { ApiReply, EventsServerFrame } from '../../../src-shared/api/wire';
import type { EventsHandlers, Transport, TransportRequest } from './transport';

// Thrown when the server cannot be reached at all; the client turns it into a Persian message.
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

const MAX_BACKOFF_MS = 15_000;

function isReply(value: unknown): value is ApiReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createHttpTransport(origin: string): Transport {
  const apiBase = new URL('/api/', origin);

  async function invoke({ method, input, token }: TransportRequest): Promise<ApiReply> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(new URL(method, apiBase), {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    const body: unknown = await response.json().catch(() => null);
    if (isReply(body)) return body;
    // A proxy error page or a crash without an envelope.
    return { ok: false, error: { code: 'internal', details: { status: response.status } } };
  }

  // One socket per session; reconnects with exponential backoff (plus jitter, so a LAN full of
  // clients does not reconnect in lockstep after the server restarts).
  function openEvents(token: string, handlers: EventsHandlers): () => void {
    const url = new URL('/api/events', origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let closed = false;

    const scheduleReconnect = () => {
      if (closed || timer) return;
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      timer = setTimeout(() => {
        timer = null;
        connect();
      }, delay);
    };

    const connect = () => {
      if (closed) return;
      handlers.onState('connecting');
      const ws = new WebSocket(url);
      socket = ws;
      ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'auth', token })));
      ws.addEventListener('message', (message) => {
        let frame: EventsServerFrame;
        try {
          frame = JSON.parse(String(message.data)) as EventsServerFrame;
        } catch {
          return;
        }
        if (frame.type === 'ready') {
          attempt = 0;
          handlers.onState('ready');
        } else if (frame.type === 'event') {
          handlers.onEvent(frame.name, frame.payload);
        } else if (frame.type === 'error') {
          closed = true;
          ws.close();
          handlers.onState('offline');
          handlers.onAuthError({ ok: false, error: frame.error });
        }
      });
      ws.addEventListener('close', () => {
        if (socket !== ws) return;
        socket = null;
        if (closed) return;
        handlers.onState('offline');
        scheduleReconnect();
      });
    };

    connect();
    return () => {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close();
      socket = null;
    };
  }

  return { kind: 'http', invoke, openEvents };
}
