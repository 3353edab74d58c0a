// Plumbing shared by the SMS panel adapters: one HTTP request under a deadline with its answer read
// whole, failures sorted by whether the panel can have acted on the request, dot paths into JSON
// answers, and the two forms of an Iranian mobile number panels use.
import { parseMobile } from '../../../src-shared/domain/iran-ids';

export interface PanelHttpOptions {
  // Injected by tests; the global fetch otherwise.
  fetch?: typeof fetch;
  // One deadline for connecting, sending and reading the whole answer.
  timeoutMs?: number;
}

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export type HttpResult =
  | { kind: 'answer'; status: number; text: string; json: unknown }
  // The request never reached the panel, so nothing can have been sent.
  | { kind: 'unsent'; code: 'panel.unreachable' }
  // The request may have reached the panel and been acted on; only the answer is missing.
  | { kind: 'lost'; code: 'panel.timeout' | 'panel.connectionLost' };

export type HttpFailure = Exclude<HttpResult, { kind: 'answer' }>;

const DEFAULT_TIMEOUT_MS = 20_000;

// Socket errors raised while connecting, before a byte of the request is written.
const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  // fetch wraps the socket error in `cause`; happy-eyeballs connects wrap several in an AggregateError.
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    if (current instanceof AggregateError) {
      for (const inner of current.errors as unknown[]) codes.push(...errorCodes(inner));
    }
    current = current.cause;
  }
  return codes;
}

function neverSent(error: unknown): boolean {
  const codes = errorCodes(error);
  // TLS is negotiated before the request is written, so a refused certificate sent nothing either.
  return codes.length > 0 && codes.every((code) => BEFORE_SENDING.has(code) || code.includes('CERT'));
}

export async function httpRequest(request: HttpRequest, options: PanelHttpOptions): Promise<HttpResult> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    const text = await response.text();
    return { kind: 'answer', status: response.status, text, json: parseJson(text) };
  } catch (error) {
    // A deadline that passes while still connecting is counted as lost too: we cannot tell it apart.
    if (timedOut) return { kind: 'lost', code: 'panel.timeout' };
    return neverSent(error) ? { kind: 'unsent', code: 'panel.unreachable' } : { kind: 'lost', code: 'panel.connectionLost' };
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `"entries.0.messageid"` into a parsed JSON answer; undefined when any step is missing. */
export function lookupPath(value: unknown, path: string): unknown {
  let current = value;
  for (const step of path.split('.')) {
    if (Array.isArray(current)) current = /^\d+$/.test(step) ? current[Number(step)] : undefined;
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[step];
    else return undefined;
  }
  return current;
}

/** A JSON scalar as text, for comparing with configured values; null for objects, arrays and null. */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** `+989123456789` → `09123456789`, the form Iranian panels document; null when not an Iranian mobile. */
export function nationalMobile(number: string): string | null {
  const parsed = parseMobile(number);
  return parsed.ok ? `0${parsed.value.slice(3)}` : null;
}

/** A number as a panel reports it, in the E.164 form we store when it is an Iranian mobile. */
export function storedMobile(number: string): string {
  const parsed = parseMobile(number);
  return parsed.ok ? parsed.value : number;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
