import { afterEach, describe, expect, it } from 'vitest';
import { createBoxSource } from '../../src-main/devices/caller-id/box-source';
import { createVoiceModemSource, type VoiceModemTiming } from '../../src-main/devices/caller-id/voice-modem-source';
import { createGsmModem, type GsmModemTiming } from '../../src-main/devices/gsm/gsm-modem';
import type { CallerIdSource, CallSignal, GsmDevice } from '../../src-main/devices/ports';
import { BoxFormat } from '../../src-shared/api/telephony';
import { startBoxSim, type BoxSim } from '../support/caller-id-sim/box-sim';
import { startVoiceModemSim, type VoiceModemSimOptions } from '../support/caller-id-sim/voice-modem-sim';
import { startModemSim, type ModemSim } from '../support/modem-sim/modem-sim';
import { openPtyPair, type PtyPair } from '../support/pty';

const VOICE_FAST: Partial<VoiceModemTiming> = {
  commandTimeoutMs: 1_000,
  probeAttempts: 2,
  probeTimeoutMs: 250,
  startupRetryMs: 200,
  reconnectMs: 50,
  portCheckMs: 50,
  blockQuietMs: 100,
};

const GSM_FAST: GsmModemTiming = {
  sendTimeoutMs: 2_000,
  commandTimeoutMs: 1_000,
  probeAttempts: 2,
  probeTimeoutMs: 250,
  simBusyBackoffMs: [50],
  pollIntervalMs: 60_000,
  registrationRecheckMs: 200,
  startupRetryMs: 200,
  reconnectMs: 50,
  portCheckMs: 50,
  callPollMs: 50,
};

// The Iranian VB6 client's protocol (devices.md §4).
const VB6_FORMAT = BoxFormat.parse({
  baudRate: 57_600,
  initHex: 'FC 70 72 74 06 6C FD',
  terminatorHex: '40',
  lineNumberAt: 1,
  stripPrefixes: ['L', 'callerid:'],
  ignoreIfContains: 'TP',
});

// Everything opened by a test, closed in reverse order after it.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function cable(): Promise<PtyPair> {
  const pair = await openPtyPair();
  cleanups.push(() => pair.close());
  return pair;
}

function listen(source: CallerIdSource): { signals: CallSignal[]; raw: () => string } {
  const signals: CallSignal[] = [];
  const chunks: Buffer[] = [];
  source.onSignal((signal) => signals.push(signal));
  source.onRaw((bytes) => chunks.push(bytes));
  cleanups.push(() => source.stop());
  source.start();
  return { signals, raw: () => Buffer.concat(chunks).toString('latin1') };
}

async function until(check: () => boolean, timeout = 5_000): Promise<void> {
  await expect.poll(check, { timeout, interval: 10 }).toBe(true);
}

const kinds = (signals: CallSignal[]) => signals.map((signal) => signal.kind);
const callerIds = (signals: CallSignal[]) => signals.filter((signal) => signal.kind === 'callerId');

async function voiceModem(simOptions: VoiceModemSimOptions = {}, init = ['AT+VCID=1']) {
  const pair = await cable();
  const sim = await startVoiceModemSim(pair.devicePath, simOptions);
  cleanups.push(() => sim.close());
  const source = createVoiceModemSource({ candidates: () => [pair.appPath], init, timing: VOICE_FAST });
  const heard = listen(source);
  await until(() => source.status().state === 'ready');
  return { pair, sim, source, ...heard };
}

describe('voice modem caller ID over a pseudo-terminal', () => {
  it('starts with ATZ, ATE0 and the init commands, and reports a formatted block between ring 1 and 2', async () => {
    const { sim, source, signals, raw } = await voiceModem();
    expect(sim.commands).toEqual(['AT', 'ATZ', 'ATE0', 'AT+VCID=1']);
    expect(source.status()).toMatchObject({ state: 'ready', problem: null });
    await sim.ring({ number: '02188776655', name: 'ALI REZAEI', rings: 2, endWithNoCarrier: true });
    await until(() => kinds(signals).length === 4);
    expect(signals).toEqual([
      { kind: 'ring', line: 1 },
      // Reported at NMBR, without waiting for the block to end: a NAME after it is not waited for.
      { kind: 'callerId', line: 1, number: '02188776655', withheld: null, name: null },
      { kind: 'ring', line: 1 },
      { kind: 'ended', line: 1 },
    ]);
    expect(raw()).toContain('NMBR = 02188776655');
  });

  it('reports an MDMF packet with a good checksum and drops one with a bad checksum', async () => {
    const { sim, signals } = await voiceModem({}, ['AT+VCID=2']);
    await sim.ring({ number: '09121234567', name: 'SHOP', format: 'mdmf', rings: 2 });
    await sim.ring({ number: '02100000000', format: 'mdmf', rings: 2, badChecksum: true });
    await sim.ring({ number: '02177665544', format: 'sdmf', rings: 1 });
    await until(() => callerIds(signals).length === 2 && kinds(signals).filter((kind) => kind === 'ring').length === 5);
    expect(callerIds(signals).map((signal) => signal.number)).toEqual(['09121234567', '02177665544']);
    expect(callerIds(signals)[0]).toMatchObject({ name: 'SHOP' });
  });

  it('reports P and O as withheld, and a block sent before the first ring', async () => {
    const { sim, signals } = await voiceModem();
    await sim.ring({ withheld: 'private', rings: 2 });
    await sim.ring({ withheld: 'unavailable', format: 'mdmf', rings: 1 });
    await sim.ring({ number: '02188776655', cidBeforeFirstRing: true, rings: 1 });
    await until(() => callerIds(signals).length === 3);
    expect(callerIds(signals).map(({ number, withheld }) => ({ number, withheld }))).toEqual([
      { number: null, withheld: 'private' },
      { number: null, withheld: 'unavailable' },
      { number: '02188776655', withheld: null },
    ]);
    // Before the first ring: the number is known before the phone rings.
    expect(kinds(signals).slice(-2)).toEqual(['callerId', 'ring']);
  });

  it('survives noise and blocks split across writes', async () => {
    const { sim, signals } = await voiceModem();
    sim.write('\x00\xff\r\n~~garbage~~\r\n');
    await sim.ring({ number: '02188776655', chunkSize: 5, rings: 1 });
    sim.write('\r\nNMB');
    sim.write('R = 0912');
    sim.write('1234567\r\n');
    await until(() => callerIds(signals).length === 2);
    expect(callerIds(signals).map((signal) => signal.number)).toEqual(['02188776655', '09121234567']);
  });

  it('keeps listening when an init command is refused, and says so', async () => {
    const { source, sim, signals } = await voiceModem({ refuse: ['AT#CID=1'] }, ['AT#CID=1', 'AT+VCID=1']);
    expect(source.status().problem).toBe('modem.initFailed');
    await sim.ring({ number: '02188776655', rings: 1 });
    await until(() => callerIds(signals).length === 1);
  });

  it('dials with ATD<number>; and hangs up with ATH; a busy line or a bad number fails the dial', async () => {
    const { sim, source } = await voiceModem();
    await expect(source.dial!('021 8877-6655')).resolves.toEqual({ kind: 'dialling' });
    await source.hangUp!();
    expect(sim.commands.slice(-2)).toEqual(['ATD02188776655;', 'ATH']);
    await expect(source.dial!('0912;ATZ')).resolves.toEqual({ kind: 'failed', code: 'dial.invalidNumber' });

    const busy = await voiceModem({ dialResult: 'BUSY' });
    await expect(busy.source.dial!('02188776655')).resolves.toEqual({ kind: 'failed', code: 'dial.busy' });
  });

  it('reopens after an unplug and sets the modem up again', async () => {
    const { pair, sim, source, signals } = await voiceModem();
    await pair.unplug();
    await until(() => source.status().problem === 'port.missing');
    await pair.plug();
    await until(() => source.status().state === 'ready' && sim.commands.filter((command) => command === 'AT+VCID=1').length === 2);
    await sim.ring({ number: '02188776655', rings: 1 });
    await until(() => callerIds(signals).length === 1);
  });
});

describe('caller-ID box over a pseudo-terminal', () => {
  it('writes the init bytes and reports records on two lines, skipping ring and hang-up records', async () => {
    const pair = await cable();
    const box: BoxSim = await startBoxSim(pair.devicePath);
    cleanups.push(() => box.close());
    const source = createBoxSource({ candidates: () => [pair.appPath], format: VB6_FORMAT, timing: { reconnectMs: 50, portCheckMs: 50 } });
    const { signals, raw } = listen(source);
    await until(() => source.status().state === 'ready' && box.received.length === 7);
    expect(box.received.toString('hex')).toBe('fc707274066cfd');
    box.call(1, '02188776655');
    box.write('*2T@*1P@');
    box.write('callerid:*2 0912');
    box.write('1234567@\r\n\x00');
    box.call(2, '02177665544');
    await until(() => callerIds(signals).length === 3);
    expect(signals).toEqual([
      { kind: 'callerId', line: 1, number: '02188776655', withheld: null, name: null },
      { kind: 'callerId', line: 2, number: '09121234567', withheld: null, name: null },
      { kind: 'callerId', line: 2, number: '02177665544', withheld: null, name: null },
    ]);
    expect(raw()).toContain('*2T@');
  });
});

describe('GSM modem calls on the SMS port', () => {
  async function gsm(): Promise<{ sim: ModemSim; modem: GsmDevice; signals: CallSignal[] }> {
    const pair = await cable();
    const sim = await startModemSim(pair.devicePath);
    cleanups.push(() => sim.close());
    const modem = createGsmModem({ candidates: () => [pair.appPath], pin: null, smsc: null, timing: GSM_FAST });
    const { signals } = listen(modem);
    await until(() => modem.status().state === 'ready' && sim.commands.includes('AT+CPMS?'));
    return { sim, modem, signals };
  }

  it('turns RING and +CLIP into signals, withheld numbers included, while SMS keeps working', async () => {
    const { sim, modem, signals } = await gsm();
    expect(sim.commands).toContain('AT+CLIP=1');
    const call = sim.ring('989121234567', { type: 145, rings: 2, intervalMs: 150 });
    const sending = modem.submitPart({ to: '+989121234567', text: 'Hi', reference: 1, partIndex: 0, requestStatusReport: false });
    await expect(sending).resolves.toMatchObject({ kind: 'accepted' });
    await call;
    await sim.ring('', { type: 128, validity: 1, rings: 1, intervalMs: 50 });
    await until(() => kinds(signals).filter((kind) => kind === 'ended').length === 2);
    expect(callerIds(signals).map(({ number, withheld }) => ({ number, withheld }))).toEqual([
      { number: '+989121234567', withheld: null },
      { number: '+989121234567', withheld: null },
      { number: null, withheld: 'private' },
    ]);
    expect(kinds(signals).filter((kind) => kind === 'ring')).toHaveLength(3);
    expect(sim.submitted).toHaveLength(1);
    await expect(modem.submitPart({ to: '+989121234567', text: 'After', reference: 2, partIndex: 0, requestStatusReport: false })).resolves.toMatchObject({
      kind: 'accepted',
    });
  });

  it('dials with ATD<number>; and hangs up with ATH through the same AT queue', async () => {
    const { sim, modem } = await gsm();
    await expect(modem.dial!('09121234567')).resolves.toEqual({ kind: 'dialling' });
    await modem.hangUp!();
    expect(sim.commands.slice(-2)).toEqual(['ATD09121234567;', 'ATH']);
  });
});
