import { afterEach, describe, expect, it } from 'vitest';
import { createGsmModem, type GsmModemOptions, type GsmModemTiming } from '../../src-main/devices/gsm/gsm-modem';
import type { DeliveryReport, GatewayStatus, InboundPart, ModemGateway, PartRequest } from '../../src-main/devices/ports';
import { startModemSim, type ModemSim, type ModemSimOptions } from '../support/modem-sim/modem-sim';
import { deliverParts, encodeDeliver, tpduLength } from '../support/modem-sim/sim-pdu';
import { openPtyPair, type PtyPair } from '../support/pty';

// Short enough that silence and retries cost a fraction of a second, long enough for a loaded CI machine.
const FAST: GsmModemTiming = {
  sendTimeoutMs: 2_000,
  commandTimeoutMs: 1_000,
  probeAttempts: 2,
  probeTimeoutMs: 250,
  simBusyBackoffMs: [50, 100, 200],
  pollIntervalMs: 60_000,
  registrationRecheckMs: 200,
  startupRetryMs: 200,
  reconnectMs: 50,
  portCheckMs: 50,
  callPollMs: 50,
};

const PERSIAN_192 = 'سلام\u200Cعلیکم، سفارش شما با کد ۱۲۳۴ ثبت شد. '.repeat(6).slice(0, 192);
const TO = '+989121234567';

let pair: PtyPair | null = null;
let sim: ModemSim;
let modem: ModemGateway | null = null;
let logs: string[] = [];

async function setUp(simOptions: ModemSimOptions = {}, modemOptions: Partial<GsmModemOptions> = {}): Promise<ModemSim> {
  pair = await openPtyPair();
  const appPath = pair.appPath;
  sim = await startModemSim(pair.devicePath, simOptions);
  logs = [];
  modem = createGsmModem({
    candidates: () => [appPath],
    pin: null,
    smsc: null,
    log: (line) => logs.push(line),
    ...modemOptions,
    timing: { ...FAST, ...modemOptions.timing },
  });
  return sim;
}

function gateway(): ModemGateway {
  if (!modem) throw new Error('setUp first');
  return modem;
}

function cable(): PtyPair {
  if (!pair) throw new Error('setUp first');
  return pair;
}

afterEach(async () => {
  await modem?.stop();
  await sim?.close();
  await pair?.close();
  modem = null;
  pair = null;
});

async function until(check: () => boolean, timeout = 5_000): Promise<void> {
  await expect.poll(check, { timeout, interval: 10 }).toBe(true);
}

// Ready, and the start-up pass over stored messages (which ends with AT+CPMS?) done, so the modem is idle:
// a write racing an unplug makes serialport emit an 'error' that SerialLine does not listen for.
async function started(): Promise<ModemGateway> {
  gateway().start();
  await until(() => gateway().status().state === 'ready' && sim.commands.includes('AT+CPMS?'));
  return gateway();
}

const status = (): GatewayStatus => gateway().status();
const sent = (command: string) => sim.commands.filter((line) => line.startsWith(command)).length;
const part = (partIndex: number, overrides: Partial<PartRequest> = {}): PartRequest => ({
  to: TO,
  text: PERSIAN_192,
  reference: 42,
  partIndex,
  requestStatusReport: false,
  ...overrides,
});
const short = (overrides: Partial<PartRequest> = {}): PartRequest => part(0, { text: 'Hi', ...overrides });

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('GSM modem gateway against the simulator over a real pseudo-terminal', () => {
  it('starts up to ready with the modem facts, turning the power-on echo off', async () => {
    await setUp();
    await started();
    expect(status()).toEqual({
      state: 'ready',
      problem: null,
      path: cable().appPath,
      manufacturer: 'huawei',
      model: 'E173',
      operator: 'MCI',
      signalDbm: -71,
      storage: { used: 0, total: 20 },
    });
    expect(sim.commands.slice(0, 3)).toEqual(['AT', 'ATE0', 'AT+CMEE=1']);
    expect(sim.commands).toContain('AT+CNMI=2,1,0,2,0');
    expect(sim.commands).toContain('AT+CMGL=4');
  });

  it('tolerates Wavecom and corner-case replies: no OK after +CPIN, a leading space, a broken CREG quote', async () => {
    await setUp({
      echo: false,
      cpinWithoutOk: true,
      manufacturer: ' WAVECOM MODEM',
      model: '+CGMM: MULTIBAND  900E  1800',
      cregAnswer: (n) => `+CREG: ${n},5,"00C3,"0010"`,
    }, { smsc: '+989120000000', timing: { commandTimeoutMs: 300 } });
    await started();
    expect(status()).toMatchObject({ manufacturer: 'WAVECOM MODEM', model: 'MULTIBAND  900E  1800' });
    expect(sim.commands).toContain('AT+CSCA="+989120000000",145');
  });

  it('sends the configured PIN once', async () => {
    await setUp({ pin: '1234' }, { pin: '1234' });
    await started();
    expect(sent('AT+CPIN=')).toBe(1);
  });

  it('stops at a wrong PIN and never sends it again, not even after a re-plug', async () => {
    await setUp({ pin: '1234' }, { pin: '0000' });
    gateway().start();
    await until(() => status().problem === 'sim.wrongPin');
    expect(status().state).toBe('unavailable');
    await cable().unplug();
    await until(() => status().problem === 'port.missing');
    await cable().plug();
    await until(() => sent('AT+CPIN?') >= 2 && status().problem === 'sim.wrongPin');
    expect(sent('AT+CPIN=')).toBe(1);
  });

  it('reports a PIN it needs but does not have', async () => {
    await setUp({ pin: '1234' });
    gateway().start();
    await until(() => status().problem === 'sim.pinRequired');
    expect(sent('AT+CPIN=')).toBe(0);
  });

  it.each([
    ['puk', 'sim.puk'],
    ['missing', 'sim.missing'],
  ] as const)('stops with a SIM in state %s', async (simState, problem) => {
    await setUp({ simState });
    gateway().start();
    await until(() => status().problem === problem);
    expect(status().state).toBe('unavailable');
  });

  it('waits out a busy SIM', async () => {
    await setUp({ simBusyTimes: 2 });
    await started();
    expect(sent('AT+CPIN?')).toBe(3);
  });

  it('follows registration indications live', async () => {
    await setUp({ registration: 2 });
    gateway().start();
    await until(() => status().problem === 'network.searching');
    expect(await gateway().submitPart(short())).toEqual({ kind: 'retry', code: 'modem.notReady' });
    sim.setRegistration(1);
    await until(() => status().state === 'ready');
    sim.setRegistration(3);
    await until(() => status().problem === 'network.denied');
  });

  it('sends a 192-character Persian message as 3 parts that reassemble in order under one reference', async () => {
    await setUp();
    await started();
    const outcomes = [];
    for (const index of [0, 1, 2]) outcomes.push(await gateway().submitPart(part(index)));
    expect(outcomes).toEqual([0, 1, 2].map((mr) => ({ kind: 'accepted', reference: String(mr) })));
    expect(sim.submitted.map((p) => ({ to: p.to, concat: p.concat }))).toEqual(
      [1, 2, 3].map((sequence) => ({ to: TO, concat: { reference: 42, total: 3, sequence } })),
    );
    expect(sim.submitted.map((p) => p.text).join('')).toBe(PERSIAN_192);
  });

  it('answers a prompt split across two chunks', async () => {
    await setUp({ splitPrompt: true });
    await started();
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
  });

  it('handles +CMTI and RING arriving in the middle of a send, deleting only after the listener committed', async () => {
    await setUp({ cmgsDelayMs: 100 });
    const received: InboundPart[] = [];
    const commit = deferred();
    gateway().onInbound(async (inbound) => {
      received.push(inbound);
      await commit.promise;
    });
    await started();
    sim.duringNextSend(() => {
      sim.sendUrc('RING');
      sim.injectIncoming({ from: '+989351112233', text: 'سلام، لطفاً تماس بگیرید' });
    });
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
    await until(() => received.length === 1);
    expect(received[0]).toMatchObject({
      from: '+989351112233',
      fromType: 'international',
      text: 'سلام، لطفاً تماس بگیرید',
      concat: null,
    });
    expect(received[0]!.sentAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:30$/);
    expect(sim.stored()).toEqual([0]);
    commit.resolve();
    await until(() => sim.deleted.includes('SM:0'));
    expect(sim.stored()).toEqual([]);
  });

  it('answers a prompt that arrives glued to an indication', async () => {
    await setUp();
    const received: string[] = [];
    gateway().onInbound(async (inbound) => void received.push(inbound.text));
    await started();
    sim.injectIncoming({ from: '+989351112233', text: 'glued' }, { announce: false });
    sim.urcAfterNextPrompt('+CMTI: "SM",0');
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
    await until(() => received.length === 1 && sim.deleted.includes('SM:0'));
  });

  it('turns CMS 500 into a retry (with a registration check), then sends', async () => {
    await setUp();
    await started();
    sim.failNextSends(500);
    const checksBefore = sent('AT+CREG?');
    expect(await gateway().submitPart(short())).toEqual({ kind: 'retry', code: 'cms.500' });
    await until(() => sent('AT+CREG?') > checksBefore);
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
    expect(sim.submitted).toHaveLength(1);
  });

  it('turns CMS 304 into a rejection', async () => {
    await setUp();
    await started();
    sim.failNextSends(304);
    expect(await gateway().submitPart(short())).toEqual({ kind: 'rejected', code: 'cms.304' });
    expect(await gateway().submitPart(short({ to: 'not a number' }))).toEqual({ kind: 'rejected', code: 'pdu.invalid' });
    expect(await gateway().submitPart(short({ partIndex: 1 }))).toEqual({ kind: 'rejected', code: 'pdu.noSuchPart' });
    expect(sim.submitted).toHaveLength(0);
  });

  it('reports a send the modem went silent on as unknown, reopens the port and recovers', async () => {
    await setUp({}, { timing: { sendTimeoutMs: 300 } });
    await started();
    sim.duringNextSend(() => sim.goSilent());
    expect(await gateway().submitPart(short())).toEqual({ kind: 'unknown', code: 'modem.noAnswer' });
    await until(() => status().problem === 'modem.silent');
    sim.wake();
    await until(() => status().state === 'ready');
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
    // The silent part is never resent by the gateway on its own.
    expect(sim.submitted).toHaveLength(2);
  });

  it('goes unavailable when unplugged while idle and comes back ready, echo off again', async () => {
    await setUp();
    await started();
    await cable().unplug();
    await until(() => status().state === 'unavailable' && status().problem === 'port.missing');
    expect(await gateway().submitPart(short())).toEqual({ kind: 'retry', code: 'modem.notReady' });
    await cable().plug();
    await until(() => status().state === 'ready');
    expect(sent('ATE0')).toBe(2);
    expect(await gateway().submitPart(short())).toEqual({ kind: 'accepted', reference: '0' });
  });

  it('reports a send cut by an unplug as unknown', async () => {
    await setUp({ cmgsDelayMs: 2_000 });
    await started();
    const outcome = gateway().submitPart(short());
    await until(() => sim.submitted.length === 1);
    const cutAt = Date.now();
    await cable().unplug();
    expect(await outcome).toEqual({ kind: 'unknown', code: 'modem.unplugged' });
    expect(Date.now() - cutAt).toBeLessThan(1_000);
  });

  it('reads messages stored before start and deletes each only after the listener committed it', async () => {
    await setUp();
    sim.injectIncoming(
      [
        { from: '09121234567', text: 'first' },
        { from: 'Irancell', text: 'Your code is 4821' },
      ],
      { announce: false },
    );
    const received: InboundPart[] = [];
    gateway().onInbound(async (inbound) => void received.push(inbound));
    await started();
    await until(() => sim.deleted.length === 2);
    expect(received.map(({ from, fromType, text }) => ({ from, fromType, text }))).toEqual([
      { from: '09121234567', fromType: 'unknown', text: 'first' },
      { from: 'Irancell', fromType: 'alphanumeric', text: 'Your code is 4821' },
    ]);
    expect(sim.stored()).toEqual([]);
  });

  it('keeps stored messages whose listener failed, and hands them over again on the next poll', async () => {
    await setUp({}, { timing: { pollIntervalMs: 300 } });
    sim.injectIncoming({ from: '+989121234567', text: 'keep me' }, { announce: false });
    let accept = false;
    let calls = 0;
    gateway().onInbound(async () => {
      calls++;
      if (!accept) throw new Error('database is locked');
    });
    await started();
    await until(() => calls === 1 && logs.some((line) => line.includes('stored message kept')));
    expect(sim.deleted).toEqual([]);
    accept = true;
    await until(() => sim.deleted.includes('SM:0'));
    expect(calls).toBe(2);
  });

  it('runs a read/delete pass when storage is full, after which held messages come in', async () => {
    await setUp({ storageCapacity: 2 });
    const received: string[] = [];
    gateway().onInbound(async (inbound) => void received.push(inbound.text));
    await started();
    const indexes = sim.injectIncoming(
      ['one', 'two', 'three'].map((text) => ({ from: '+989121234567', text })),
      { announce: false },
    );
    expect(indexes).toEqual([0, 1, -1]);
    await until(() => received.length === 3);
    expect(received).toEqual(['one', 'two', 'three']);
    await until(() => sim.stored().length === 0 && sim.deleted.length === 3);
  });

  it('hands over every part of a multipart message arriving out of order, with its 16-bit concatenation', async () => {
    await setUp();
    const received: InboundPart[] = [];
    gateway().onInbound(async (inbound) => void received.push(inbound));
    await started();
    const parts = deliverParts('+989351112233', PERSIAN_192, 0x1234, 16);
    expect(parts).toHaveLength(3);
    sim.injectIncoming([parts[2]!, parts[0]!, parts[1]!]);
    await until(() => received.length === 3);
    expect(received.map((p) => p.concat)).toEqual([3, 1, 2].map((sequence) => ({ reference: 0x1234, total: 3, sequence })));
    const ordered = [...received].sort((a, b) => a.concat!.sequence - b.concat!.sequence);
    expect(ordered.map((p) => p.text).join('')).toBe(PERSIAN_192);
    await until(() => sim.deleted.length === 3);
  });

  it('reads a delivery report announced by +CDSI from "SR" storage and returns to "SM"', async () => {
    await setUp({ statusReports: { delayMs: 50, status: 0 } });
    const reports: DeliveryReport[] = [];
    gateway().onDeliveryReport(async (report) => void reports.push(report));
    await started();
    expect(await gateway().submitPart(short({ requestStatusReport: true }))).toEqual({ kind: 'accepted', reference: '0' });
    await until(() => reports.length === 1);
    expect(reports[0]).toMatchObject({ reference: '0', recipient: TO, state: 'delivered', status: 0 });
    const lastStorage = () => sim.commands.filter((line) => line.startsWith('AT+CPMS=')).at(-1);
    await until(() => sim.deleted.includes('SR:0') && lastStorage() === 'AT+CPMS="SM"');
    expect(sim.stored('SR')).toEqual([]);
  });

  it('takes a routed +CDS delivery report', async () => {
    await setUp({ statusReports: { delayMs: 50, status: 0x41, routed: true } });
    const reports: DeliveryReport[] = [];
    gateway().onDeliveryReport(async (report) => void reports.push(report));
    await started();
    await gateway().submitPart(short({ requestStatusReport: true }));
    await until(() => reports.length === 1);
    expect(reports[0]).toMatchObject({ reference: '0', recipient: TO, state: 'failed', status: 0x41 });
  });

  it('takes a routed +CMT message and acknowledges it', async () => {
    await setUp();
    const received: InboundPart[] = [];
    gateway().onInbound(async (inbound) => void received.push(inbound));
    await started();
    const pdu = encodeDeliver({ from: '+989351112233', text: 'routed' });
    sim.sendUrc(`+CMT: ,${tpduLength(pdu)}\r\n${pdu}`);
    await until(() => received.length === 1 && sim.commands.includes('AT+CNMA'));
    expect(received[0]).toMatchObject({ from: '+989351112233', text: 'routed' });
  });
});
