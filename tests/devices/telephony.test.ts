import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoxFormat, PhoneLine } from '../../src-shared/api/telephony';
import type { CoreEvent } from '../../src-main/core/events';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startVoiceModemSim, type VoiceModemSim } from '../support/caller-id-sim/voice-modem-sim';
import { startBoxSim, type BoxSim } from '../support/caller-id-sim/box-sim';
import { startModemSim } from '../support/modem-sim/modem-sim';
import { setUpOffice, startTestCore, type TestClient, type TestCore } from '../support/test-core';
import { createOwnScopeUser, createPerson } from '../support/crm-fixtures';
import { until } from '../support/until';


const VB6_BOX = BoxFormat.parse({ baudRate: 57_600, initHex: 'FC 70 72 74 06 6C FD', terminatorHex: '40', lineNumberAt: 1, stripPrefixes: ['L', 'callerid:'], ignoreIfContains: 'TP' });

describe('caller ID through the core: pop-ups, missed calls, the call log and click-to-dial', () => {
  let modemPty: PtyPair;
  let boxPty: PtyPair;
  let modem: VoiceModemSim;
  let box: BoxSim;
  let office: TestCore;
  let admin: TestClient;
  let events: CoreEvent[];

  beforeEach(async () => {
    modemPty = await openPtyPair();
    boxPty = await openPtyPair();
    modem = await startVoiceModemSim(modemPty.devicePath);
    box = await startBoxSim(boxPty.devicePath);
    office = await startTestCore('direct', {
      telephonyDevices: {
        linesOverride: [
          PhoneLine.parse({ id: 'reception', name: 'پذیرش', kind: 'voiceModem', port: modemPty.appPath }),
          PhoneLine.parse({ id: 'sales', name: 'فروش', kind: 'box', port: boxPty.appPath, box: VB6_BOX }),
        ],
      },
    });
    admin = await setUpOffice(office);
    const settings = await admin.call('telephony.getSettings', {});
    // With lines from the command line only the ring timeout is saved, and the answer shows the saved state.
    const saved = await admin.call('telephony.updateSettings', { version: settings.version, lines: [], ringTimeoutSeconds: 3 });
    expect(saved).toMatchObject({ ringTimeoutSeconds: 3, linesFromCommandLine: true, lines: [{ id: 'reception' }, { id: 'sales' }] });
    events = [];
    office.core.events.subscribe((event) => {
      if (event.name.startsWith('telephony.')) events.push(event);
    });
    await until(() => admin.call('telephony.status', {}), (lines) => lines.every((line) => line.state === 'ready'), 'both lines to be ready');
  });
  afterEach(async () => {
    await office.close();
    await modem.close();
    await box.close();
    await modemPty.close();
    await boxPty.close();
  });

  const incoming = () => events.filter((event) => event.name === 'telephony.incomingCall').map((event) => (event.payload as { call: { id: number } }).call);

  it('pops up a known caller once for all the rings, and logs a call nobody took as missed on the record', async () => {
    const sara = await createPerson(admin, { gender: 'female', firstName: 'سارا', lastName: 'احمدی', contactPoints: [{ kind: 'phone', value: '021 8877 6655' }] });
    const followUp = await admin.call('tasks.create', { title: 'ارسال کاتالوگ', partyId: sara.id });
    // The line gives the number without its 0, as Tehran exchanges do.
    await modem.ring({ number: '2188776655', rings: 3, ringIntervalMs: 300, cidDelayMs: 100 });
    const [call] = await until(incoming, (calls) => calls.length === 1, 'the pop-up event');
    expect(call).toMatchObject({ lineName: 'پذیرش', number: '+982188776655', partyId: sara.id, partyName: 'سارا احمدی', state: 'ringing' });
    const card = await admin.call('telephony.callerCard', { id: call!.id });
    expect(card.party).toMatchObject({ name: 'سارا احمدی', kind: 'person' });
    expect(card.openTasks).toEqual([{ id: followUp.id, title: 'ارسال کاتالوگ' }]);

    const missed = await until(() => admin.call('telephony.listCalls', { missedOnly: true }), (page) => page.total === 1, 'the missed call', 15_000);
    expect(missed.rows[0]).toMatchObject({ id: call!.id, state: 'missed', rings: 3 });
    expect(incoming()).toHaveLength(1);
    expect((await admin.call('interactions.list', { partyId: sara.id })).rows[0]).toMatchObject({ subject: 'تماس بی‌پاسخ', method: 'call', direction: 'incoming' });
    expect(await admin.call('telephony.missedCount', {})).toEqual({ count: 1 });
    await admin.call('telephony.markCalledBack', { id: call!.id });
    expect(await admin.call('telephony.missedCount', {})).toEqual({ count: 0 });
  });

  it('a call someone took is answered by them; a note and a complaint go on the interaction; an unknown number pops up too', async () => {
    const ali = await createPerson(admin, { firstName: 'علی', lastName: 'کاظمی', contactPoints: [{ kind: 'mobile', value: '09121112233' }] });
    await modem.ring({ number: '09121112233', format: 'mdmf', name: 'ALI', rings: 1, cidDelayMs: 50 });
    const [call] = await until(incoming, (calls) => calls.length === 1, 'the pop-up event');
    expect((await admin.call('telephony.takeCall', { id: call!.id })).state).toBe('answered');
    const ended = await until(() => admin.call('telephony.listCalls', {}), (page) => page.rows[0]?.endedAt !== null, 'the call to end', 15_000);
    expect(ended.rows[0]).toMatchObject({ state: 'answered', userName: 'مدیر دفتر' });
    await admin.call('telephony.noteCall', { id: call!.id, note: 'کالا خراب رسیده است.', complaint: true });
    expect((await admin.call('interactions.list', { partyId: ali.id })).rows[0]).toMatchObject({
      subject: 'تماس ورودی',
      result: 'شکایت',
      description: expect.stringContaining('کالا خراب رسیده است.'),
    });

    // A number nobody has: the pop-up offers a new person; a withheld one pops up without a number.
    box.call(2, '09359998877');
    await until(incoming, (calls) => calls.length === 2, 'the unknown caller');
    expect(incoming()[1]).toMatchObject({ lineName: 'فروش (2)', number: '+989359998877', partyId: null });
    expect((await admin.call('telephony.callerCard', { id: incoming()[1]!.id })).party).toBeNull();
    await modem.ring({ withheld: 'private', rings: 1, cidDelayMs: 20 });
    await until(incoming, (calls) => calls.length === 3, 'the withheld caller');
    expect(incoming()[2]).toMatchObject({ number: null, withheld: 'private' });
  });

  it('pops up only on the screens of the line\'s users; dials and hangs up through the voice modem', async () => {
    const sara = await createOwnScopeUser(admin, 'sara');
    const settings = await admin.call('telephony.getSettings', {});
    expect(settings.linesFromCommandLine).toBe(true);
    // The same office restarted with the line given to sara only (the folder stays).
    await office.core.close();
    office = await startTestCore('direct', {
      dataDir: office.dataDir,
      telephonyDevices: { linesOverride: [PhoneLine.parse({ id: 'reception', name: 'پذیرش', kind: 'voiceModem', port: modemPty.appPath, userIds: [sara.id] })] },
    });
    admin = office.client();
    admin.token = (await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' })).token;
    events = [];
    office.core.events.subscribe((event) => {
      if (event.name.startsWith('telephony.')) events.push(event);
    });
    await until(() => admin.call('telephony.status', {}), (lines) => lines[0]?.state === 'ready', 'the line');
    await modem.ring({ number: '09121112233', rings: 1, cidDelayMs: 20 });
    await until(incoming, (calls) => calls.length === 1, 'the pop-up event');
    expect(events.find((event) => event.name === 'telephony.incomingCall')!.audience).toEqual([sara.id]);

    const dialled = await admin.call('telephony.dial', { number: '۰۹۱۲ ۱۱۱ ۲۲۳۳' });
    expect(dialled).toMatchObject({ direction: 'outgoing', state: 'dialling', number: '+989121112233', lineId: 'reception' });
    await until(() => modem.commands, (commands) => commands.includes('ATD09121112233;'), 'ATD on the line');
    await admin.call('telephony.hangUp', { id: dialled.id });
    await until(() => modem.commands, (commands) => commands.some((command) => command.startsWith('ATH')), 'ATH on the line');
    expect((await admin.call('telephony.listCalls', {})).rows[0]).toMatchObject({ id: dialled.id, state: 'ended', userName: 'مدیر دفتر' });
    expect(await admin.fail('telephony.dial', { number: '0912', lineId: 'reception' })).toMatchObject({ code: 'messaging.invalidNumber' });
  });
});

describe('one GSM modem for SMS and caller ID', () => {
  it('shares the port: a call pops up, a withheld one too, and SMS keeps going through the same modem', async () => {
    const pty = await openPtyPair();
    const sim = await startModemSim(pty.devicePath, { echo: false, statusReports: false });
    const office = await startTestCore('direct', {
      messagingDevices: { modemPortOverride: pty.appPath },
      telephonyDevices: { linesOverride: [PhoneLine.parse({ id: 'mobile', name: 'همراه دفتر', kind: 'gsm', port: pty.appPath })] },
    });
    try {
      const admin = await setUpOffice(office);
      const calls: unknown[] = [];
      office.core.events.subscribe((event) => {
        if (event.name === 'telephony.incomingCall') calls.push((event.payload as { call: unknown }).call);
      });
      await until(() => admin.call('telephony.status', {}), (lines) => lines[0]?.state === 'ready', 'the GSM line');
      const person = await createPerson(admin, { firstName: 'مریم', lastName: 'نوری', contactPoints: [{ kind: 'mobile', value: '09123334455' }] });
      const sent = await admin.call('messaging.send', { to: [{ partyId: person.id }], text: 'نوبت شما فردا ساعت ۱۰ است.' });
      await sim.ring('+989123334455', { type: 145, rings: 2, intervalMs: 200 });
      await until(() => calls, (list) => list.length === 1, 'the GSM pop-up');
      expect(calls[0]).toMatchObject({ lineName: 'همراه دفتر', number: '+989123334455', partyId: person.id });
      await sim.ring('', { type: 129, validity: 1, rings: 1, intervalMs: 100 });
      await until(() => calls, (list) => list.length === 2, 'the withheld GSM call', 15_000);
      expect(calls[1]).toMatchObject({ number: null, withheld: 'private' });
      const outbox = await until(() => admin.call('messaging.listOutbox', {}), (page) => page.rows[0]?.status === 'sent', 'the SMS to go out');
      expect(outbox.rows[0]!.id).toBe(sent.messageIds[0]);
      expect(sim.submitted).toHaveLength(1);

      // Click-to-dial on GSM follows the call: answered when the far end picks up, ended when it hangs up.
      // (After the last call's NO CARRIER has been read: an ATD in flight would take it as its own answer.)
      await until(() => admin.call('telephony.listCalls', {}), (page) => page.rows.every((call) => call.state !== 'ringing'), 'the incoming calls to end');
      const dialled = await admin.call('telephony.dial', { number: '09123334455' });
      expect(dialled).toMatchObject({ state: 'dialling', partyId: person.id });
      await until(() => admin.call('telephony.listCalls', {}), (page) => page.rows[0]?.state === 'answered', 'the far end to answer');
      sim.remoteHangUp();
      const ended = await until(() => admin.call('telephony.listCalls', {}), (page) => page.rows[0]?.state === 'ended', 'the call to end');
      expect(ended.rows[0]).toMatchObject({ id: dialled.id, direction: 'outgoing', endedAt: expect.any(Number) });
    } finally {
      await office.close();
      await sim.close();
      await pty.close();
    }
  });
});
