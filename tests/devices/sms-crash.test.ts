import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startModemSim, type ModemSim } from '../support/modem-sim/modem-sim';
import { startServer, type RunningServer } from '../e2e/support/server';
import { apiCall, setUpOffice } from '../e2e/support/seed';
import { until } from '../support/until';

const RECIPIENTS = 200;
// 100 Persian characters: two UCS-2 parts, so the core can also die between the parts of one message.
const BODY = 'مشتری گرامی، حراج پایان فصل فروشگاه از شنبه آغاز می‌شود. با نشان دادن همین پیامک در صندوق، ده درصد تخفیف بگیرید.';


describe('a core killed in the middle of a 200-message campaign', () => {
  let pty: PtyPair;
  let sim: ModemSim;
  let server: RunningServer | null = null;
  let dataDir: string;

  beforeAll(async () => {
    pty = await openPtyPair();
    sim = await startModemSim(pty.devicePath, { cmgsDelayMs: 30 });
    dataDir = mkdtempSync(join(tmpdir(), 'peyvand-crash-'));
  });
  afterAll(async () => {
    await server?.stop();
    await sim.close();
    await pty.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accounts for every message exactly once after restart: sent once, or unknown and never resent on its own', async () => {
    const args = ['--sms-modem', pty.appPath];
    server = await startServer({ dataDir, args });
    const token = await setUpOffice(server.url);
    const settings = await apiCall(server.url, 'messaging.getSettings', {}, token);
    expect(settings.modemPortFromCommandLine).toBe(pty.appPath);
    await apiCall(
      server.url,
      'messaging.updateSettings',
      { ...settings, modemPin: undefined, modemDailyLimit: 1000, bulkThreshold: 1000, routes: { single: 'modem', campaign: 'modem', autoReply: 'modem' } },
      token,
    );
    const numbers = Array.from({ length: RECIPIENTS }, (_, i) => `0912${1_000_000 + i}`);
    const campaign = await apiCall(server.url, 'messaging.startCampaign', { name: 'حراج', audience: { kind: 'numbers', text: numbers.join('\n') }, body: BODY }, token);
    expect(campaign).toMatchObject({ recipients: RECIPIENTS, gateway: 'modem' });

    await until(() => sim.submitted.length, (n) => n >= 121, 'a third of the parts to reach the modem', 60_000).catch(async (error: Error) => {
      const status = await apiCall(server!.url, 'messaging.status', {}, token);
      throw new Error(`${error.message}: ${sim.submitted.length}; ${JSON.stringify(status)}; modem saw: ${sim.commands.slice(-8).join(' | ')}`);
    });
    await server.crash();
    const beforeRestart = sim.submitted.length;
    expect(beforeRestart).toBeLessThan(RECIPIENTS * 2);

    server = await startServer({ dataDir, args });
    const status = () => apiCall(server!.url, 'messaging.status', {}, token);
    const done = await until(
      () => apiCall(server!.url, 'messaging.getCampaign', { id: campaign.id }, token),
      (c) => c.counts.queued + c.counts.sending === 0,
      'the campaign to finish after the restart',
      60_000,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; modem: ${JSON.stringify(await status())}; modem saw: ${sim.commands.slice(-8).join(' | ')}`);
    });
    const outbox = await apiCall(server.url, 'messaging.listOutbox', { campaignId: campaign.id, limit: 500 }, token);
    expect(outbox.total).toBe(RECIPIENTS);

    const partsByNumber = new Map<string, number[]>();
    for (const part of sim.submitted) partsByNumber.set(part.to, [...(partsByNumber.get(part.to) ?? []), part.concat!.sequence]);
    const unknown = outbox.rows.filter((message) => message.status === 'unknown');
    for (const message of outbox.rows) {
      const received = partsByNumber.get(message.number) ?? [];
      // Nothing twice, ever.
      expect(new Set(received).size, message.number).toBe(received.length);
      if (message.status === 'sent' || message.status === 'delivered') expect(received.sort(), message.number).toEqual([1, 2]);
      else expect(message.status, message.number).toBe('unknown');
    }
    // Only the part in flight when the core died can be in doubt.
    expect(unknown.length).toBeLessThanOrEqual(1);
    expect(done.counts.sent + done.counts.delivered + done.counts.unknown).toBe(RECIPIENTS);
    expect([...partsByNumber.keys()].every((number) => outbox.rows.some((message) => message.number === number))).toBe(true);
  }, 180_000);
});
