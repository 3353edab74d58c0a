// Kavenegar REST API v1. Sources, and what each confirmed:
// - kavenegar.com/rest.html: {base}/v1/{API-KEY}/{scope}/{method}.json over GET or POST, answers
//   {"return":{"status","message"},"entries":…}.
// - github.com/kavenegar/kavenegar-go (client.go, message.go, message_receive.go): POST form-encoded, a
//   non-200 HTTP status with the same code in return.status, entry fields messageid/message/status/
//   statustext/sender/receptor/date/cost, status codes 1 queued, 2 scheduled, 4 sent to the operator,
//   10 delivered, 11 undelivered, 13 cancelled, 14 filtered, 100 unknown id; receive.json takes
//   linenumber and isread and answers messageid/message/sender/receptor/date.
// - github.com/kavenegar/kavenegar-node README: receptor comma-separated in 09… form, sample answer.
// - kavenegar.com/soap.html (same codes as REST): 402 operation failed, 409 server busy, try later.
// Taken from the project brief, not seen in the stored page text: at most 200 receptors per send and
// 500 ids per status call, status 5 (operator) and 6 (failed), errors 400 params, 401 account inactive,
// 403 bad key, 411 receptor, 412 sender, 413 text, 414 too many records, 418 credit, 422 characters,
// and localid as one id per receptor that makes a repeated send answer with the earlier message.
// The answer's entries carry no localid, so they are matched to messages by receptor.
import type { z } from 'zod';
import type { KavenegarPanel } from '../../../src-shared/api/sms-panels';
import type { PanelDelivery, PanelGateway, PanelInbound, PanelMessage, SubmitOutcome } from '../ports';
import {
  chunks,
  httpRequest,
  lookupPath,
  nationalMobile,
  scalarText,
  storedMobile,
  type PanelHttpOptions,
} from './http';
import {
  createPanelHealth,
  outcomeForRest,
  statusFailure,
  throwFailure,
  transportFailure,
  type Failure,
} from './panel-health';

const SEND_LIMIT = 200;
const STATUS_LIMIT = 500;

const CODES = {
  rejected: {
    400: 'panel.request',
    411: 'panel.recipient',
    412: 'panel.sender',
    413: 'panel.text',
    414: 'panel.request',
    418: 'panel.credit',
    422: 'panel.text',
  },
  retryable: [409],
} as const;

const DELIVERY_STATES: Readonly<Record<number, PanelDelivery['state']>> = {
  1: 'pending',
  2: 'pending',
  4: 'pending',
  5: 'pending',
  6: 'failed',
  10: 'delivered',
  11: 'failed',
  13: 'failed',
  14: 'failed',
  100: 'unknown',
};

type Reply = { kind: 'ok'; entries: unknown[] } | { kind: 'failed'; failure: Failure; status: number | null };

interface Recipient {
  message: PanelMessage;
  receptor: string;
}

export function createKavenegarPanel(
  config: z.output<typeof KavenegarPanel>,
  options: PanelHttpOptions = {},
): PanelGateway {
  const base = `${config.baseUrl.replace(/\/+$/, '')}/v1/${encodeURIComponent(config.apiKey)}/sms`;
  const health = createPanelHealth();

  // POST, because a Persian text repeated in a GET URL soon outgrows what proxies accept.
  async function call(method: string, params: Record<string, string>): Promise<Reply> {
    const result = await httpRequest(
      {
        url: `${base}/${method}.json`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
        body: new URLSearchParams(params).toString(),
      },
      options,
    );
    if (result.kind !== 'answer') return failed(transportFailure(result), null);
    const returned = lookupPath(result.json, 'return.status');
    const status = typeof returned === 'number' ? returned : result.status;
    if (result.status === 200 && status === 200) {
      health.note(null);
      const entries = lookupPath(result.json, 'entries');
      return { kind: 'ok', entries: Array.isArray(entries) ? entries : [] };
    }
    return failed(statusFailure(status, CODES), status);
  }

  function failed(failure: Failure, status: number | null): Reply {
    health.note(failure.problem);
    return { kind: 'failed', failure, status };
  }

  function send(text: string, chunk: readonly Recipient[]): Promise<Reply> {
    return call('send', {
      receptor: chunk.map((r) => r.receptor).join(','),
      sender: config.sender,
      message: text,
      localid: chunk.map((r) => String(r.message.localId)).join(','),
    });
  }

  function matchEntries(entries: unknown[], chunk: readonly Recipient[], outcomes: Map<number, SubmitOutcome>) {
    const ids = new Map<string, string[]>();
    for (const entry of entries) {
      const receptor = scalarText(lookupPath(entry, 'receptor'));
      const id = scalarText(lookupPath(entry, 'messageid'));
      if (receptor === null || id === null) continue;
      const key = storedMobile(receptor);
      const known = ids.get(key);
      if (known === undefined) ids.set(key, [id]);
      else known.push(id);
    }
    for (const r of chunk) {
      // The same number twice in one call got the same text, so either id serves either message.
      const id = ids.get(storedMobile(r.message.to))?.shift();
      outcomes.set(
        r.message.localId,
        id === undefined ? { kind: 'unknown', code: 'panel.noEntry' } : { kind: 'accepted', reference: id },
      );
    }
  }

  return {
    kind: 'panel',
    status: health.status,

    async submitMessages(batch) {
      const outcomes = new Map<number, SubmitOutcome>();
      // send.json carries one text to many receptors, so a batch goes out as one call per distinct text.
      const byText = new Map<string, Recipient[]>();
      for (const message of batch) {
        const receptor = nationalMobile(message.to);
        if (receptor === null) {
          outcomes.set(message.localId, { kind: 'rejected', code: 'panel.recipient' });
          continue;
        }
        const group = byText.get(message.text);
        if (group === undefined) byText.set(message.text, [{ message, receptor }]);
        else group.push({ message, receptor });
      }
      const queue = [...byText].flatMap(([text, recipients]) =>
        chunks(recipients, SEND_LIMIT).map((chunk) => ({ text, chunk })),
      );
      let rest: SubmitOutcome | null = null;
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const { text, chunk } = next;
        if (rest !== null) {
          for (const r of chunk) outcomes.set(r.message.localId, rest);
          continue;
        }
        const reply = await send(text, chunk);
        if (reply.kind === 'ok') {
          matchEntries(reply.entries, chunk, outcomes);
        } else if (reply.status === 411 && chunk.length > 1) {
          // 411 does not say which receptor it refused; nothing was sent, so each is tried alone.
          queue.unshift(...chunk.map((r) => ({ text, chunk: [r] })));
        } else {
          for (const r of chunk) outcomes.set(r.message.localId, reply.failure.outcome);
          rest = outcomeForRest(reply.failure.outcome);
        }
      }
      return outcomes;
    },

    async queryDelivery(references) {
      const states = new Map<string, PanelDelivery['state']>();
      for (const chunk of chunks(references, STATUS_LIMIT)) {
        const reply = await call('status', { messageid: chunk.join(',') });
        if (reply.kind === 'failed') throwFailure(health, reply.failure);
        for (const entry of reply.entries) {
          const id = scalarText(lookupPath(entry, 'messageid'));
          const status = lookupPath(entry, 'status');
          if (id !== null && typeof status === 'number') states.set(id, DELIVERY_STATES[status] ?? 'unknown');
        }
      }
      return references.map((reference) => ({ reference, state: states.get(reference) ?? 'unknown' }));
    },

    // receive.json with isread=0 marks what it returns as read, so an answer lost on the way here loses
    // those messages; the panel's own inbox still shows them.
    async fetchInbound() {
      const reply = await call('receive', { linenumber: config.sender, isread: '0' });
      if (reply.kind === 'failed') throwFailure(health, reply.failure);
      const inbound: PanelInbound[] = [];
      for (const entry of reply.entries) {
        const id = scalarText(lookupPath(entry, 'messageid'));
        const from = scalarText(lookupPath(entry, 'sender'));
        const date = lookupPath(entry, 'date');
        if (id === null || from === null) continue;
        inbound.push({
          id,
          from: storedMobile(from),
          text: scalarText(lookupPath(entry, 'message')) ?? '',
          receivedAt: typeof date === 'number' ? new Date(date * 1000).toISOString() : null,
        });
      }
      return inbound;
    },
  };
}
