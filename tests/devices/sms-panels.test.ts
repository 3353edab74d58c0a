import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GenericPanel, KavenegarPanel } from '../../src-shared/api/sms-panels';
import { createPanelGateway } from '../../src-main/devices/sms-panel/create-panel';
import type { PanelGateway, PanelMessage } from '../../src-main/devices/ports';
import { startKavenegarServer, type KavenegarServer } from '../support/sms-panels/kavenegar-server';
import { startGenericServer, type GenericServer } from '../support/sms-panels/generic-server';
import { startLocalServer } from '../support/sms-panels/http-server';

const API_KEY = '6A4B2C-TEST-KEY';
const LINE = '10004346';
// ZWNJ inside a word, Persian digits, a quote and a line break: what breaks naive encodings.
const PERSIAN = 'سلام\u200cعلیکم، مشتری گرامی "پیوند"\nتخفیف ۲۰٪ تا پایان هفته';

function mobile(n: number): string {
  return `+98912${String(n).padStart(7, '0')}`;
}

function batch(count: number, text = PERSIAN, firstId = 1): PanelMessage[] {
  return Array.from({ length: count }, (_, i) => ({ localId: firstId + i, to: mobile(i), text }));
}

describe('Kavenegar panel against a local server following its REST API', () => {
  let server: KavenegarServer;
  let panel: PanelGateway;

  function kavenegar(overrides: { apiKey?: string; timeoutMs?: number } = {}): PanelGateway {
    const config = KavenegarPanel.parse({
      provider: 'kavenegar',
      apiKey: overrides.apiKey ?? API_KEY,
      sender: LINE,
      baseUrl: server.url,
    });
    return createPanelGateway(config, { timeoutMs: overrides.timeoutMs ?? 5000 });
  }

  beforeEach(async () => {
    server = await startKavenegarServer({ apiKey: API_KEY, lineNumber: LINE });
    panel = kavenegar();
  });
  afterEach(async () => {
    await server.close();
  });

  it('sends Persian text intact, to the 09… form, and reports the message id', async () => {
    const outcomes = await panel.submitMessages([{ localId: 41, to: '+989121234567', text: PERSIAN }]);
    expect(server.sent).toHaveLength(1);
    const [sent] = server.sent;
    expect(sent).toMatchObject({ receptor: '09121234567', sender: LINE, message: PERSIAN, localid: '41' });
    expect(outcomes.get(41)).toEqual({ kind: 'accepted', reference: String(sent?.messageid) });
    expect(panel.status()).toMatchObject({ state: 'ready', problem: null });
  });

  it('splits a large batch into calls of at most 200 receptors', async () => {
    const outcomes = await panel.submitMessages(batch(450));
    expect(server.sendCalls).toEqual([200, 200, 50]);
    expect(outcomes.size).toBe(450);
    const references = new Set([...outcomes.values()].map((o) => (o.kind === 'accepted' ? o.reference : null)));
    expect(references.size).toBe(450);
    expect(references.has(null)).toBe(false);
  });

  it('matches each outcome to its message by receptor, one call per distinct text', async () => {
    const messages: PanelMessage[] = [
      { localId: 7, to: mobile(1), text: 'الف' },
      { localId: 3, to: mobile(2), text: 'ب' },
      { localId: 9, to: mobile(3), text: 'الف' },
      { localId: 5, to: mobile(1), text: 'ب' },
    ];
    const outcomes = await panel.submitMessages(messages);
    expect(server.sendCalls).toEqual([2, 2]);
    for (const message of messages) {
      const outcome = outcomes.get(message.localId);
      expect(outcome?.kind).toBe('accepted');
      const sent = server.sent.find((s) => outcome?.kind === 'accepted' && String(s.messageid) === outcome.reference);
      expect(sent).toMatchObject({ receptor: `0${message.to.slice(3)}`, message: message.text });
    }
  });

  it('refuses a number that is not an Iranian mobile without calling the panel', async () => {
    const outcomes = await panel.submitMessages([{ localId: 1, to: '+442071234567', text: 'hi' }]);
    expect(outcomes.get(1)).toEqual({ kind: 'rejected', code: 'panel.recipient' });
    expect(server.sendCalls).toEqual([]);
  });

  it('rejects everything with panel.auth when the key is refused, and says so in its status', async () => {
    panel = kavenegar({ apiKey: 'wrong-key' });
    const outcomes = await panel.submitMessages([...batch(250, 'یک'), ...batch(2, 'دو', 1000)]);
    expect([...outcomes.values()].every((o) => o.kind === 'rejected' && o.code === 'panel.auth')).toBe(true);
    expect(outcomes.size).toBe(252);
    expect(server.sent).toEqual([]);
    expect(panel.status()).toMatchObject({ state: 'unavailable', problem: 'panel.auth' });
    await expect(panel.fetchInbound()).rejects.toMatchObject({ code: 'panel.auth' });
  });

  it('rejects with panel.credit when the account is empty', async () => {
    await server.close();
    server = await startKavenegarServer({ apiKey: API_KEY, lineNumber: LINE, credit: 240 });
    panel = kavenegar();
    const outcomes = await panel.submitMessages(batch(3));
    expect([...outcomes.values()]).toEqual(Array(3).fill({ kind: 'rejected', code: 'panel.credit' }));
    expect(panel.status()).toMatchObject({ state: 'unavailable', problem: 'panel.credit' });
  });

  it('asks for a retry on a 5xx and is ready again once the panel answers', async () => {
    server.failNext(503);
    const outcomes = await panel.submitMessages(batch(2));
    expect([...outcomes.values()]).toEqual(Array(2).fill({ kind: 'retry', code: 'panel.unreachable' }));
    expect(panel.status()).toMatchObject({ state: 'unavailable', problem: 'panel.unreachable' });
    expect(server.sent).toEqual([]);
    const again = await panel.submitMessages(batch(2));
    expect([...again.values()].every((o) => o.kind === 'accepted')).toBe(true);
    expect(panel.status()).toMatchObject({ state: 'ready', problem: null });
  });

  it('calls it unknown when the panel hangs up mid-answer, and the localid keeps a resend from duplicating', async () => {
    server.failNext('hangup');
    const first = await panel.submitMessages(batch(2));
    expect([...first.values()]).toEqual(Array(2).fill({ kind: 'unknown', code: 'panel.connectionLost' }));
    expect(server.sent).toHaveLength(2);
    const second = await panel.submitMessages(batch(2));
    expect(server.sent).toHaveLength(2);
    expect(second.get(1)).toEqual({ kind: 'accepted', reference: String(server.sent[0]?.messageid) });
  });

  it('calls it unknown when the answer never comes, and does not try the rest of the batch', async () => {
    panel = kavenegar({ timeoutMs: 300 });
    server.failNext('silent');
    const outcomes = await panel.submitMessages([...batch(1, 'یک'), ...batch(1, 'دو', 2)]);
    expect(outcomes.get(1)).toEqual({ kind: 'unknown', code: 'panel.timeout' });
    expect(outcomes.get(2)).toEqual({ kind: 'retry', code: 'panel.unreachable' });
    expect(server.sendCalls).toEqual([1]);
    expect(panel.status().problem).toBe('panel.unreachable');
  });

  it('asks for a retry when the connection is refused, since nothing was sent', async () => {
    const closed = await startLocalServer(() => ({ status: 200, body: '' }));
    await closed.close();
    const config = KavenegarPanel.parse({ provider: 'kavenegar', apiKey: API_KEY, sender: LINE, baseUrl: closed.url });
    const outcomes = await createPanelGateway(config).submitMessages(batch(1));
    expect(outcomes.get(1)).toEqual({ kind: 'retry', code: 'panel.unreachable' });
  });

  it('tries each receptor alone after a 411, which does not name the refused one', async () => {
    server.failNext(411);
    const outcomes = await panel.submitMessages(batch(3));
    expect(server.sendCalls).toEqual([1, 1, 1]);
    expect([...outcomes.values()].every((o) => o.kind === 'accepted')).toBe(true);
  });

  it('maps delivery statuses', async () => {
    const outcomes = await panel.submitMessages(batch(6));
    const ids = server.sent.map((s) => s.messageid);
    const codes = [10, 11, 4, 14, 6, 1];
    ids.forEach((id, i) => server.setStatus(id, codes[i] ?? 1));
    const references = [...outcomes.values()].map((o) => (o.kind === 'accepted' ? o.reference : ''));
    const deliveries = await panel.queryDelivery([...references, '999']);
    expect(deliveries.map((d) => d.state)).toEqual([
      'delivered',
      'failed',
      'pending',
      'failed',
      'failed',
      'pending',
      'unknown',
    ]);
    expect(deliveries[0]?.reference).toBe(references[0]);
  });

  it('fetches inbound messages once, in the stored number form', async () => {
    server.queueInbound({ sender: '09121234567', message: 'لغو۱۱', date: 1_700_000_000 });
    server.queueInbound({ sender: '+989351112233', message: 'بله\u200cحتما' });
    const inbound = await panel.fetchInbound();
    expect(inbound).toHaveLength(2);
    expect(inbound[0]).toMatchObject({ from: '+989121234567', text: 'لغو۱۱', receivedAt: '2023-11-14T22:13:20.000Z' });
    expect(inbound[1]).toMatchObject({ from: '+989351112233', text: 'بله\u200cحتما' });
    expect(new Set(inbound.map((m) => m.id)).size).toBe(2);
    expect(await panel.fetchInbound()).toEqual([]);
  });
});

describe('generic panel against a local server', () => {
  let server: GenericServer;

  beforeEach(async () => {
    server = await startGenericServer();
  });
  afterEach(async () => {
    await server.close();
  });

  function generic(settings: Record<string, unknown>): PanelGateway {
    const config = GenericPanel.parse({ provider: 'generic', name: 'پنل آزمایشی', apiKey: 'k&y=1', sender: '3000', ...settings });
    return createPanelGateway(config, { timeoutMs: 2000 });
  }

  it('posts a JSON body with the text JSON-escaped and headers filled', async () => {
    server.answerWith(() => ({ status: 200, body: JSON.stringify({ status: 'ok', data: { id: 77 } }) }));
    const panel = generic({
      sendUrl: `${server.url}/api/send`,
      headers: { Authorization: 'AccessKey {key}' },
      bodyTemplate: '{"from":"{sender}","to":["{to}"],"national":"{to0}","message":"{text}"}',
      successPath: 'status',
      successValue: 'ok',
      idPath: 'data.id',
    });
    const outcomes = await panel.submitMessages([{ localId: 1, to: '+989121234567', text: PERSIAN }]);
    expect(outcomes.get(1)).toEqual({ kind: 'accepted', reference: '77' });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe('AccessKey k&y=1');
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      from: '3000',
      to: ['+989121234567'],
      national: '09121234567',
      message: PERSIAN,
    });
  });

  it('sends with a GET URL template, each value percent-encoded', async () => {
    server.answerWith(() => ({ status: 200, body: JSON.stringify({ entries: [{ messageid: 'a-1' }] }) }));
    const panel = generic({
      method: 'GET',
      sendUrl: `${server.url}/send?receptor={to0}&message={text}&key={key}`,
      idPath: 'entries.0.messageid',
    });
    const outcomes = await panel.submitMessages([{ localId: 2, to: '+989121234567', text: PERSIAN }]);
    expect(outcomes.get(2)).toEqual({ kind: 'accepted', reference: 'a-1' });
    const query = new URL(server.requests[0]?.url ?? '', server.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ receptor: '09121234567', message: PERSIAN, key: 'k&y=1' });
  });

  it('form-encodes a form body', async () => {
    server.answerWith(() => ({ status: 200, body: '{"id":"5"}' }));
    const panel = generic({
      sendUrl: `${server.url}/send`,
      bodyType: 'form',
      bodyTemplate: 'to={to}&text={text}&from={sender}',
      idPath: 'id',
    });
    await panel.submitMessages([{ localId: 3, to: '+989121234567', text: PERSIAN }]);
    const [request] = server.requests;
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      to: '+989121234567',
      text: PERSIAN,
      from: '3000',
    });
  });

  it('maps refusals, server errors and answers without an id', async () => {
    const panel = generic({ sendUrl: `${server.url}/send?to={to}`, successPath: 'ok', successValue: 'true', idPath: 'id' });
    server.answerWith(() => ({ status: 200, body: '{"ok":false,"error":"blacklisted"}' }));
    expect((await panel.submitMessages(batch(1))).get(1)).toEqual({ kind: 'rejected', code: 'panel.refused' });
    server.answerWith(() => ({ status: 200, body: '{"ok":true}' }));
    expect((await panel.submitMessages(batch(1))).get(1)).toEqual({ kind: 'unknown', code: 'panel.noId' });
    server.answerWith(() => ({ status: 502, body: 'bad gateway' }));
    expect((await panel.submitMessages(batch(1))).get(1)).toEqual({ kind: 'retry', code: 'panel.unreachable' });
    expect(panel.status().problem).toBe('panel.unreachable');
    server.answerWith(() => ({ status: 200, body: '{"ok":true,"id":12}' }));
    expect((await panel.submitMessages(batch(1))).get(1)).toEqual({ kind: 'accepted', reference: '12' });
    expect(panel.status()).toMatchObject({ state: 'ready', problem: null });
  });

  it('stops a batch at a refused key', async () => {
    server.answerWith(() => ({ status: 401, body: '{"message":"invalid token"}' }));
    const panel = generic({ sendUrl: `${server.url}/send`, bodyTemplate: '{"to":"{to}"}', idPath: 'id' });
    const outcomes = await panel.submitMessages(batch(5));
    expect([...outcomes.values()]).toEqual(Array(5).fill({ kind: 'rejected', code: 'panel.auth' }));
    expect(server.requests).toHaveLength(1);
    expect(panel.status()).toMatchObject({ state: 'unavailable', problem: 'panel.auth' });
  });

  it('calls a hang-up mid-answer unknown', async () => {
    server.answerWith(() => 'hangup');
    const panel = generic({ sendUrl: `${server.url}/send`, bodyTemplate: '{"to":"{to}"}', idPath: 'id' });
    expect((await panel.submitMessages(batch(1))).get(1)).toEqual({ kind: 'unknown', code: 'panel.connectionLost' });
  });

  it('polls delivery with the status URL and maps the configured values', async () => {
    const states: Record<string, string> = { a: 'DELIVERED', b: 'FAILED', c: 'SENT' };
    server.answerWith((request) => {
      const id = new URL(request.url, server.url).searchParams.get('id') ?? '';
      return { status: 200, body: JSON.stringify({ result: { state: states[id] } }) };
    });
    const panel = generic({
      sendUrl: `${server.url}/send`,
      idPath: 'id',
      statusUrl: `${server.url}/status?id={id}&key={key}`,
      statusPath: 'result.state',
      deliveredValues: ['DELIVERED'],
      failedValues: ['FAILED', 'EXPIRED'],
    });
    expect(await panel.queryDelivery(['a', 'b', 'c', 'd'])).toEqual([
      { reference: 'a', state: 'delivered' },
      { reference: 'b', state: 'failed' },
      { reference: 'c', state: 'pending' },
      { reference: 'd', state: 'unknown' },
    ]);
    expect(new URL(server.requests[0]?.url ?? '', server.url).searchParams.get('key')).toBe('k&y=1');
  });

  it('answers unknown without a status URL, and no inbound', async () => {
    const panel = generic({ sendUrl: `${server.url}/send`, idPath: 'id' });
    expect(await panel.queryDelivery(['x'])).toEqual([{ reference: 'x', state: 'unknown' }]);
    expect(await panel.fetchInbound()).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});
