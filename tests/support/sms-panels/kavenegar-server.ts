// Kavenegar REST API v1 as documented at kavenegar.com/rest.html, enough of it to test the adapter:
// /v1/{API-KEY}/sms/send.json, status.json and receive.json over GET or POST, answers in the
// {"return":{"status","message"},"entries"} shape with the HTTP status repeating return.status.
import { startLocalServer, type Answer, type Misbehaviour, type ReceivedRequest } from './http-server';

export interface SentMessage {
  messageid: number;
  receptor: string;
  sender: string;
  message: string;
  localid: string | null;
}

export interface InboundMessage {
  sender: string;
  message: string;
  // Unix seconds, as the API gives it.
  date: number;
}

export interface KavenegarServerOptions {
  apiKey: string;
  lineNumber: string;
  // Rials per message part; unlimited when absent.
  credit?: number;
}

export interface KavenegarServer {
  url: string;
  sent: SentMessage[];
  // Every send.json call, with its receptor count, in order.
  sendCalls: number[];
  setStatus(messageid: number, status: number): void;
  queueInbound(message: Omit<InboundMessage, 'date'> & { date?: number }): void;
  // The next request gets this HTTP error, a hang-up halfway through the answer, or no answer. A
  // send.json that hangs up or stays silent is still carried out, as a real panel would.
  failNext(failure: number | Misbehaviour): void;
  close(): Promise<void>;
}

const COST = 120;

// Persian messages in the manner of the API's answers; clients act on the status, not the wording.
const ERRORS: Readonly<Record<number, string>> = {
  400: 'پارامترها ناقص هستند',
  403: 'کد شناسائی API-Key معتبر نمی‌باشد',
  411: 'دریافت کننده نامعتبر است',
  412: 'ارسال کننده نامعتبر است',
  414: 'حجم درخواست بیشتر از حد مجاز است',
  418: 'اعتبار حساب شما کافی نیست',
  500: 'خطای سرور',
  503: 'سرور در دسترس نیست',
};

const STATUS_TEXT: Readonly<Record<number, string>> = {
  1: 'در صف ارسال',
  2: 'زمان بندی شده',
  4: 'ارسال به مخابرات',
  5: 'ارسال به مخابرات',
  6: 'خطا در ارسال پیام',
  10: 'رسیده به گیرنده',
  11: 'نرسیده به گیرنده',
  13: 'ارسال پیام از سمت کاربر لغو شده',
  14: 'بلاک شده',
  100: 'شناسه پیامک نامعتبر است',
};

function reply(status: number, entries?: unknown): Answer {
  const body: Record<string, unknown> = { return: { status, message: ERRORS[status] ?? 'تایید شد' } };
  if (entries !== undefined) body.entries = entries;
  // Real answers escape nothing beyond JSON, so Persian goes out as UTF-8.
  return { status, body: JSON.stringify(body) };
}

function params(request: ReceivedRequest): URLSearchParams {
  const query = new URL(request.url, 'http://panel').searchParams;
  const form = new URLSearchParams(request.body);
  for (const [name, value] of form) query.set(name, value);
  return query;
}

export async function startKavenegarServer(options: KavenegarServerOptions): Promise<KavenegarServer> {
  const sent: SentMessage[] = [];
  const sendCalls: number[] = [];
  const statuses = new Map<number, number>();
  const inbox: (InboundMessage & { messageid: number; read: boolean })[] = [];
  const byLocalId = new Map<string, SentMessage>();
  let credit = options.credit ?? Infinity;
  let nextId = 8_792_343;
  let pendingFailure: number | Misbehaviour | null = null;

  function entry(message: SentMessage) {
    const status = statuses.get(message.messageid) ?? 1;
    return {
      messageid: message.messageid,
      message: message.message,
      status,
      statustext: STATUS_TEXT[status],
      sender: message.sender,
      receptor: message.receptor,
      date: Math.floor(Date.now() / 1000),
      cost: COST,
    };
  }

  function send(p: URLSearchParams): Answer {
    const receptors = (p.get('receptor') ?? '').split(',').filter((r) => r !== '');
    const message = p.get('message') ?? '';
    const sender = p.get('sender') ?? options.lineNumber;
    const localids = p.get('localid')?.split(',') ?? [];
    if (receptors.length === 0 || message === '') return reply(400);
    sendCalls.push(receptors.length);
    if (receptors.length > 200) return reply(414);
    // The documented form is 09xxxxxxxxx; anything else is refused for the whole call.
    if (receptors.some((r) => !/^09\d{9}$/.test(r))) return reply(411);
    if (sender !== options.lineNumber) return reply(412);
    const fresh = receptors.filter((_, i) => !byLocalId.has(localids[i] ?? ''));
    if (fresh.length * COST > credit) return reply(418);
    credit -= fresh.length * COST;
    const entries = receptors.map((receptor, i) => {
      const localid = localids[i] ?? null;
      // A localid seen before answers with the earlier message instead of sending again.
      const earlier = localid === null ? undefined : byLocalId.get(localid);
      if (earlier !== undefined) return entry(earlier);
      const record: SentMessage = { messageid: nextId++, receptor, sender, message, localid };
      sent.push(record);
      if (localid !== null) byLocalId.set(localid, record);
      return entry(record);
    });
    return reply(200, entries);
  }

  function status(p: URLSearchParams): Answer {
    const ids = (p.get('messageid') ?? '').split(',').filter((id) => id !== '');
    if (ids.length === 0) return reply(400);
    if (ids.length > 500) return reply(414);
    return reply(
      200,
      ids.map((id) => {
        const message = sent.find((m) => String(m.messageid) === id);
        if (message === undefined) return { messageid: Number(id), status: 100, statustext: STATUS_TEXT[100] };
        const { messageid, status: code, statustext } = entry(message);
        return { messageid, status: code, statustext };
      }),
    );
  }

  function receive(p: URLSearchParams): Answer {
    if (p.get('linenumber') !== options.lineNumber) return reply(412);
    const wantRead = p.get('isread') === '1';
    const chosen = inbox.filter((m) => m.read === wantRead);
    for (const m of chosen) m.read = true;
    return reply(
      200,
      chosen.map(({ messageid, message, sender, date }) => ({ messageid, message, sender, receptor: options.lineNumber, date })),
    );
  }

  function handle(request: ReceivedRequest): Answer | Misbehaviour {
    const failure = pendingFailure;
    pendingFailure = null;
    if (typeof failure === 'number') return reply(failure);
    const match = /^\/v1\/([^/]+)\/sms\/(\w+)\.json(?:\?|$)/.exec(request.url);
    if (match === null) return { status: 404, body: 'not found' };
    if (decodeURIComponent(match[1] ?? '') !== options.apiKey) return reply(403);
    const p = params(request);
    const answer = match[2] === 'send' ? send(p) : match[2] === 'status' ? status(p) : match[2] === 'receive' ? receive(p) : reply(404);
    return failure ?? answer;
  }

  const server = await startLocalServer(handle);
  return {
    url: server.url,
    sent,
    sendCalls,
    setStatus: (messageid, code) => statuses.set(messageid, code),
    queueInbound: (message) => {
      inbox.push({ date: Math.floor(Date.now() / 1000), ...message, messageid: nextId++, read: false });
    },
    failNext: (failure) => {
      pendingFailure = failure;
    },
    close: server.close,
  };
}
