import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startModemSim, type ModemSim } from '../support/modem-sim/modem-sim';
import { deliverParts } from '../support/modem-sim/sim-pdu';
import { setUpOffice, startTestCore, type TestClient, type TestCore } from '../support/test-core';
import { createPerson } from '../support/crm-fixtures';
import { until } from '../support/until';


// 150 Persian characters: three UCS-2 parts.
const LONG = 'سلام، سفارش شمارهٔ ۱۲۴۵ را دیروز تحویل گرفتم ولی یکی از کالاها آسیب دیده بود. لطفاً برای تعویض آن با من تماس بگیرید. از پیگیری شما سپاسگزارم، رضا کاظمی.';

describe('incoming SMS through the GSM modem, into the core', () => {
  let pty: PtyPair;
  let sim: ModemSim;
  let office: TestCore;
  let admin: TestClient;

  beforeEach(async () => {
    pty = await openPtyPair();
    sim = await startModemSim(pty.devicePath, { echo: false, statusReports: false });
    office = await startTestCore('direct', {
      messagingDevices: { modemPortOverride: pty.appPath },
      messagingTiming: { idleMs: 50, fragmentSweepMs: 100, multipartTimeoutMs: 600 },
    });
    admin = await setUpOffice(office);
    await until(() => admin.call('messaging.status', {}), (status) => status.modem?.state === 'ready', 'the modem to be ready');
  });
  afterEach(async () => {
    await office.close();
    await sim.close();
    await pty.close();
  });

  it('joins a long message whose parts arrive out of order, logs it on the sender and deletes it from the SIM only after', async () => {
    expect(LONG.length).toBeGreaterThan(134);
    const reza = await createPerson(admin, { firstName: 'رضا', lastName: 'کاظمی', contactPoints: [{ kind: 'mobile', value: '09121234567' }] });
    const parts = deliverParts('+989121234567', LONG, 77);
    expect(parts).toHaveLength(3);
    sim.injectIncoming([parts[2]!, parts[0]!, parts[1]!]);

    const inbox = await until(() => admin.call('messaging.listInbox', {}), (page) => page.total === 1, 'one assembled message');
    expect(inbox.rows[0]).toMatchObject({ text: LONG, partyId: reza.id, incomplete: false, number: '+989121234567' });
    expect((await admin.call('interactions.list', { partyId: reza.id })).rows[0]).toMatchObject({ method: 'sms', direction: 'incoming', description: LONG });
    await until(() => sim.stored('SM').length, (n) => n === 0, 'the SIM to be emptied');
    expect(sim.deleted).toHaveLength(3);
  });

  it('stores what came of a long message after the timeout, flagged incomplete, with the gap marked', async () => {
    const parts = deliverParts('+989350001111', LONG, 12);
    sim.injectIncoming([parts[0]!, parts[2]!]);
    const inbox = await until(() => admin.call('messaging.listInbox', { unlinked: true }), (page) => page.total === 1, 'the incomplete message');
    expect(inbox.rows[0]).toMatchObject({ incomplete: true, partyId: null, text: `${parts[0]!.text}…${parts[2]!.text}` });
    // The missing part arriving late is not lost either: it is kept as a fragment of its own.
    sim.injectIncoming([parts[1]!]);
    const late = await until(() => admin.call('messaging.listInbox', {}), (page) => page.total === 2, 'the late part');
    expect(late.rows[0]).toMatchObject({ incomplete: true, text: `…${parts[1]!.text}…` });
    expect(sim.stored('SM')).toEqual([]);
  });

  it('reads messages that were on the SIM before start-up, and never stores one twice', async () => {
    await office.close();
    const again = { ...deliverParts('+989121112233', 'سلام، ساعت کاری دفتر چیست؟', 0)[0]!, sentAt: new Date('2026-11-23T06:30:00Z') };
    sim.injectIncoming([again, { from: 'Hamrah-e Aval', text: 'اعتبار شما ۱۰۰۰ ریال است' }], { announce: false });
    office = await startTestCore('direct', { messagingDevices: { modemPortOverride: pty.appPath }, messagingTiming: { idleMs: 50 } });
    admin = await setUpOffice(office);
    const inbox = await until(() => admin.call('messaging.listInbox', {}), (page) => page.total === 2, 'the stored messages');
    expect(inbox.rows.map((row) => row.number).sort()).toEqual(['+989121112233', 'Hamrah-e Aval']);
    // The same message delivered again (a crash between commit and delete looks like this) is ignored.
    sim.injectIncoming([again]);
    await until(() => sim.stored('SM').length, (n) => n === 0, 'the repeat to be taken off the SIM');
    expect((await admin.call('messaging.listInbox', {})).total).toBe(2);
  });
});
