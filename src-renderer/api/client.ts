import type { Input, MethodName, Output } from '../../src-shared/api/contract';
import type { ApiErrorBody, ErrorCode, FieldIssue } from '../../src-shared/api/errors';
import type { EventName, ServerEvents } from '../../src-shared/api/events';
import { errorMessage } from '../../src-shared/i18n/fa';
import { createHttpTransport, NetworkError } from './transports/http';
import { createIpcTransport } from './transports/ipc';
import type { EventsState, Transport } from './transports/transport';

export type { EventsState } from './transports/transport';

export type ClientErrorCode = ErrorCode | 'network';

const NETWORK_MESSAGE = 'ارتباط با سرور پیوند برقرار نشد. اتصال شبکه و روشن بودن سرور را بررسی کنید و دوباره تلاش کنید.';

// Everything a screen needs to show a failure: the code for logic, Persian text for people.
export class ApiCallError extends Error {
  readonly code: ClientErrorCode;
  readonly details: ApiErrorBody['details'];

  constructor(code: ClientErrorCode, details?: ApiErrorBody['details']) {
    super(code === 'network' ? NETWORK_MESSAGE : errorMessage({ code, details }));
    this.name = 'ApiCallError';
    this.code = code;
    this.details = details;
  }

  get issues(): FieldIssue[] {
    return this.details?.issues ?? [];
  }
}

// Any error (thrown by call or by a bug) as a sentence a user can act on.
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return errorMessage({ code: 'internal' });
}

const SESSION_CODES: ReadonlySet<ClientErrorCode> = new Set(['auth.required', 'auth.sessionExpired']);

// One event as a union over the map, so `if (event.name === 'records.changed')` narrows the payload.
export type ServerEvent = { [N in EventName]: { name: N; payload: ServerEvents[N] } }[EventName];
type EventHandler = (event: ServerEvent) => void;

const TOKEN_KEY = 'peyvand.token';

function readStoredToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<M extends MethodName>(method: M, ...input: OptionalInput<M>): Promise<Output<M>>;
  getToken(): string | null;
  setToken(token: string | null): void;
  // Called when the server says the session is gone (401), with the Persian reason.
  onSessionLost(handler: (message: string) => void): () => void;
  subscribeEvents(handler: EventHandler): () => void;
  onEventsState(handler: (state: EventsState) => void): () => void;
  eventsState(): EventsState;
}

// Methods whose whole input has a default (auth.me, settings.get…) may be called without one.
export type OptionalInput<M extends MethodName> = undefined extends Input<M> ? [input?: Input<M>] : [input: Input<M>];

export function createApiClient(transport: Transport): ApiClient {
  let token = readStoredToken();
  const sessionLost = new Set<(message: string) => void>();
  const eventHandlers = new Set<EventHandler>();
  const stateHandlers = new Set<(state: EventsState) => void>();
  let state: EventsState = 'offline';
  let closeEvents: (() => void) | null = null;

  const setState = (next: EventsState) => {
    state = next;
    for (const handler of stateHandlers) handler(next);
  };

  const loseSession = (message: string) => {
    setToken(null);
    for (const handler of sessionLost) handler(message);
  };

  // The socket lives while someone listens and a session exists; a new token means a new socket.
  const syncEvents = () => {
    const wanted = token !== null && eventHandlers.size > 0;
    if (!wanted) {
      closeEvents?.();
      closeEvents = null;
      if (state !== 'offline') setState('offline');
      return;
    }
    if (closeEvents || !token) return;
    closeEvents = transport.openEvents(token, {
      onEvent: (name, payload) => {
        const event = { name, payload } as ServerEvent;
        for (const handler of eventHandlers) handler(event);
      },
      onState: setState,
      onAuthError: (reply) => {
        closeEvents = null;
        if (SESSION_CODES.has(reply.error.code)) loseSession(errorMessage(reply.error));
      },
    });
  };

  function setToken(next: string | null) {
    if (next === token) return;
    token = next;
    try {
      if (next) localStorage.setItem(TOKEN_KEY, next);
      else localStorage.removeItem(TOKEN_KEY);
    } catch {
      // Private windows may refuse storage; the session then lasts until the tab closes.
    }
    closeEvents?.();
    closeEvents = null;
    syncEvents();
  }

  async function call<M extends MethodName>(method: M, ...args: OptionalInput<M>): Promise<Output<M>> {
    let reply;
    try {
      reply = await transport.invoke({ method, input: args[0] ?? {}, token });
    } catch (error) {
      if (error instanceof NetworkError) throw new ApiCallError('network');
      throw error;
    }
    if (reply.ok) return reply.value as Output<M>;
    const failure = new ApiCallError(reply.error.code, reply.error.details);
    if (SESSION_CODES.has(reply.error.code) && token) loseSession(failure.message);
    throw failure;
  }

  return {
    transport: transport.kind,
    call,
    getToken: () => token,
    setToken,
    onSessionLost(handler) {
      sessionLost.add(handler);
      return () => sessionLost.delete(handler);
    },
    subscribeEvents(handler) {
      eventHandlers.add(handler);
      syncEvents();
      return () => {
        eventHandlers.delete(handler);
        syncEvents();
      };
    },
    onEventsState(handler) {
      stateHandlers.add(handler);
      return () => stateHandlers.delete(handler);
    },
    eventsState: () => state,
  };
}

function pickTransport(): Transport {
  if (typeof window !== 'undefined' && window.peyvand) return createIpcTransport(window.peyvand);
  return createHttpTransport(location.origin);
}

export const api: ApiClient = createApiClient(pickTransport());

export function call<M extends MethodName>(method: M, ...input: OptionalInput<M>): Promise<Output<M>> {
  return api.call(method, ...input);
}
