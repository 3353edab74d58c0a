// A GSM modem as an SMS gateway (devices.md §0, §2): start-up and SIM handling, part-by-part sending with
// the error policy of §2.8, stored messages read and deleted only after the listeners committed them, and
// recovery when the modem goes silent or is unplugged. Everything is one AT conversation at a time.
// It is also the SIM's phone line (§2.16): RING/+CLIP become call signals and click-to-dial goes through
// the same AT queue, since only one program may own the port.

import { setTimeout as sleep } from 'node:timers/promises';
import type {
  CallSignal,
  DeliveryReport,
  DeliveryReportListener,
  DialOutcome,
  GatewayProblem,
  GatewayStatus,
  GsmDevice,
  InboundListener,
  InboundPart,
  PartRequest,
  SubmitOutcome,
} from '../ports';
import { dialWith, hangUpWith } from '../caller-id/at-calls';
import { CallLineReader } from '../caller-id/cid-parser';
import { callSignal, later } from '../caller-id/source-kit';
import { Listeners, StatusCell } from '../status-cell';
import { SerialLine, watchDevice, type LineState } from '../serial/serial-line';
import {
  parseIdentity,
  parseMessageList,
  parseMessageReference,
  parseOperator,
  parsePinState,
  parseReadMessage,
  parseRegistration,
  parseSignalDbm,
  parseStorage,
  parseClcc,
  type PinState,
} from './at-replies';
import { answersAt, AtError, AtSession, isRefusal, type CommandOptions, type Unsolicited } from './at-session';
import { decodeDeliver, decodeStatusReport, encodeSubmit, pduKind, type SmsTimestamp, type SubmitPdu } from './pdu';

export interface GsmModemTiming {
  // AT+CMGS waits for the network: up to 120 s (devices.md §2.9).
  sendTimeoutMs: number;
  commandTimeoutMs: number;
  // AT is tried this many times, this long each, before the modem counts as silent.
  probeAttempts: number;
  probeTimeoutMs: number;
  // Waits between tries while the SIM answers "busy" (after a PIN, devices.md §2.6).
  simBusyBackoffMs: readonly number[];
  // AT+CMGL=4 and the signal: stored messages give no +CMTI, and +CMTI stops when storage is full.
  pollIntervalMs: number;
  // AT+CREG? while not registered, in case the +CREG indication is missed.
  registrationRecheckMs: number;
  // Start-up is tried again after this when the modem was silent or the SIM missing or busy.
  startupRetryMs: number;
  // Between attempts to open a candidate port.
  reconnectMs: number;
  // How often the open port's device node is checked for still being there (see watchPort).
  portCheckMs: number;
  // AT+CLCC while an outgoing call is up: when the far end answers, and when the call is over.
  callPollMs: number;
}

const DEFAULT_TIMING: GsmModemTiming = {
  sendTimeoutMs: 120_000,
  commandTimeoutMs: 10_000,
  probeAttempts: 3,
  probeTimeoutMs: 2_000,
  simBusyBackoffMs: [1_000, 2_000, 4_000, 8_000],
  pollIntervalMs: 60_000,
  registrationRecheckMs: 15_000,
  startupRetryMs: 30_000,
  reconnectMs: 1_000,
  portCheckMs: 2_000,
  callPollMs: 1_000,
};

export interface GsmModemOptions {
  // Port paths to try, asked again on every reconnect: a re-plugged modem may get another name.
  candidates: () => string[];
  pin: string | null;
  // Service centre number for AT+CSCA; null keeps the SIM's own.
  smsc: string | null;
  baudRate?: number;
  timing?: Partial<GsmModemTiming>;
  log?: (line: string) => void;
}

// §2.8: transient network or SIM conditions; nothing went out. 322 (memory full) clears after a read pass.
const RETRY_CMS = new Set([500, 512, 513, 514, 332, 331, 314, 515, 322]);
const SIM_BUSY_CME = new Set([14, 515]);
const SIM_BUSY_CMS = new Set([314, 515]);
const MEMORY_FULL_CMS = 322;
const WRITE_SETTLE_MS = 1_000;

function isSimBusy(error: unknown): boolean {
  if (!(error instanceof AtError) || error.code === null) return false;
  return error.failure === 'cme' ? SIM_BUSY_CME.has(error.code) : error.failure === 'cms' && SIM_BUSY_CMS.has(error.code);
}

function isCme(error: unknown, ...codes: number[]): boolean {
  return error instanceof AtError && error.failure === 'cme' && error.code !== null && codes.includes(error.code);
}

// Start-up cannot go on. retry: the condition may clear by itself (a silent modem, a SIM inserted late);
// otherwise someone has to act (wrong PIN, PUK) and trying again could lock the SIM.
class StartupHalt extends Error {
  constructor(
    readonly problem: GatewayProblem,
    readonly retry: boolean,
  ) {
    super(problem);
    this.name = 'StartupHalt';
  }
}

class LifetimeEnded extends Error {
  constructor() {
    super('the port closed or reopened');
    this.name = 'LifetimeEnded';
  }
}

function every(ms: number, signal: AbortSignal, action: () => void): void {
  const timer = setInterval(action, ms);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

function isoWithOffset({ epochMs, offsetMinutes }: SmsTimestamp): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const minutes = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

type Handed = { kind: 'inbound'; part: InboundPart } | { kind: 'report'; report: DeliveryReport } | null;

function decodeStored(pdu: string): Handed {
  const kind = pduKind(pdu);
  if (kind === 'deliver') {
    const message = decodeDeliver(pdu);
    const concat = message.concatenation;
    return {
      kind: 'inbound',
      part: {
        from: message.sender.number,
        fromType: message.sender.type,
        text: message.text,
        sentAt: isoWithOffset(message.timestamp),
        concat: concat && { reference: concat.reference, total: concat.total, sequence: concat.sequence },
      },
    };
  }
  if (kind === 'status-report') {
    const report = decodeStatusReport(pdu);
    return {
      kind: 'report',
      report: {
        reference: String(report.messageReference),
        recipient: report.recipient.number,
        state: report.state,
        status: report.status,
        at: isoWithOffset(report.dischargeTime),
      },
    };
  }
  // A sent message kept in storage is not for us to hand over or delete.
  return null;
}

// One open port's worth of state: ended (aborted) when the port closes or reopens, which cancels its
// timers and makes its half-done steps give up.
interface Lifetime {
  controller: AbortController;
  signal: AbortSignal;
  setUp: boolean;
  registration: number | null;
  readingStored: boolean;
  readStoredAgain: boolean;
}

function newLifetime(): Lifetime {
  const controller = new AbortController();
  return { controller, signal: controller.signal, setUp: false, registration: null, readingStored: false, readStoredAgain: false };
}

class GsmModem implements GsmDevice {
  readonly kind = 'modem';
  private readonly timing: GsmModemTiming;
  private readonly line: SerialLine;
  private readonly session: AtSession;
  private readonly log: (line: string) => void;
  private life = newLifetime();
  private running = false;
  // Multi-command steps (storage switching, read then delete) must not interleave with other steps.
  private chain: Promise<unknown> = Promise.resolve();
  // PINs sent and not yet proven right: never sent again, so a wrong PIN cannot walk the SIM into PUK.
  private readonly unprovenPins = new Set<string>();
  // Stored messages being handed over, by storage and index, so a poll does not hand them over twice.
  private readonly inFlight = new Set<string>();
  // Writes not yet drained: closing the port under one makes serialport emit an error nobody hears.
  private readonly writes = new Set<Promise<void>>();
  private readonly statusCell = new StatusCell();
  private readonly inboundListeners = new Set<InboundListener>();
  private readonly reportListeners = new Set<DeliveryReportListener>();
  private readonly calls = new CallLineReader();
  private readonly signals = new Listeners<CallSignal>();
  private callPoll: AbortController | null = null;
  private readonly raw = new Listeners<Buffer>();

  constructor(private readonly options: GsmModemOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.log = options.log ?? (() => undefined);
    this.line = new SerialLine({ candidates: options.candidates, baudRate: options.baudRate, retryMs: this.timing.reconnectMs });
    this.session = new AtSession(
      { write: (bytes) => this.write(bytes), onData: (listener) => this.line.onData(listener) },
      this.timing.commandTimeoutMs,
    );
    this.session.onUnsolicited((urc) => this.unsolicited(urc));
    this.line.onData((chunk) => this.raw.emit(chunk));
    this.line.onState((state) => this.lineChanged(state));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.statusCell.set({ state: 'starting', problem: null });
    this.line.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.endLifetime();
    await this.closeLine();
    this.statusCell.set({ state: 'off', problem: null, path: null, signalDbm: null });
  }

  status(): GatewayStatus {
    return this.statusCell.get();
  }

  onStatus(listener: (status: GatewayStatus) => void): () => void {
    return this.statusCell.on(listener);
  }

  onInbound(listener: InboundListener): () => void {
    this.inboundListeners.add(listener);
    return () => this.inboundListeners.delete(listener);
  }

  onDeliveryReport(listener: DeliveryReportListener): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  onSignal(listener: (signal: CallSignal) => void): () => void {
    return this.signals.add(listener);
  }

  onRaw(listener: (bytes: Buffer) => void): () => void {
    return this.raw.add(listener);
  }

  async dial(number: string): Promise<DialOutcome> {
    const life = this.life;
    const notReady: DialOutcome = { kind: 'failed', code: 'modem.notReady' };
    if (!this.isReady(life)) return notReady;
    try {
      const outcome = await dialWith(number, (command, timeoutMs) => this.exclusive(life, () => this.at(life, command, { timeoutMs })));
      if (outcome.kind === 'dialling') this.followCall(life);
      return outcome;
    } catch (error) {
      if (error instanceof LifetimeEnded) return notReady;
      throw error;
    }
  }

  async hangUp(): Promise<void> {
    const life = this.life;
    if (!this.isReady(life)) throw new Error('the modem is not ready');
    this.callPoll?.abort();
    await hangUpWith((command) => this.exclusive(life, () => this.at(life, command)));
  }

  // Call progress of an outgoing call (§2.16): AT+CLCC lists it while it is up, with stat 0 once the far
  // end answered; when it is no longer listed the call is over.
  private followCall(life: Lifetime): void {
    this.callPoll?.abort();
    const poll = new AbortController();
    this.callPoll = poll;
    let answered = false;
    const next = () => {
      if (poll.signal.aborted || life.signal.aborted) return;
      void this.exclusive(life, () => this.at(life, 'AT+CLCC'))
        .then((lines) => {
          if (poll.signal.aborted) return;
          const outgoing = lines.map(parseClcc).find((call) => call !== null && call.outgoing);
          if (!outgoing) {
            poll.abort();
            this.signals.emit({ kind: 'ended', line: 1 });
            return;
          }
          if (outgoing.state === 'active' && !answered) {
            answered = true;
            this.signals.emit({ kind: 'answered', line: 1 });
          }
          later(this.timing.callPollMs, poll.signal, next);
        })
        .catch(() => later(this.timing.callPollMs, poll.signal, next));
    };
    later(this.timing.callPollMs, poll.signal, next);
  }

  async submitPart(request: PartRequest): Promise<SubmitOutcome> {
    let parts: SubmitPdu[];
    try {
      parts = encodeSubmit(request);
    } catch (error) {
      this.log(`modem: cannot encode the part: ${String(error)}`);
      return { kind: 'rejected', code: 'pdu.invalid' };
    }
    const part = parts[request.partIndex];
    if (!part) return { kind: 'rejected', code: 'pdu.noSuchPart' };
    const { pdu, tpduLength } = part;
    const life = this.life;
    const notReady: SubmitOutcome = { kind: 'retry', code: 'modem.notReady' };
    if (!this.isReady(life)) return notReady;
    try {
      const lines = await this.exclusive(life, () => {
        if (!this.isReady(life)) throw new LifetimeEnded();
        return this.at(life, `AT+CMGS=${tpduLength}`, { body: pdu, timeoutMs: this.timing.sendTimeoutMs });
      });
      const reference = parseMessageReference(lines);
      // OK without +CMGS: <mr> should not happen; the part went out, but no report can be matched.
      return { kind: 'accepted', reference: reference === null ? '' : String(reference) };
    } catch (error) {
      return this.sendFailure(life, error);
    }
  }

  private sendFailure(life: Lifetime, error: unknown): SubmitOutcome {
    if (error instanceof LifetimeEnded) return { kind: 'retry', code: 'modem.notReady' };
    if (!(error instanceof AtError)) throw error;
    this.log(`modem: send failed: ${error.message}`);
    switch (error.failure) {
      case 'cms': {
        const code = error.code ?? 0;
        if (code === MEMORY_FULL_CMS) void this.readStored(life);
        if (!RETRY_CMS.has(code)) return { kind: 'rejected', code: `cms.${code}` };
        void this.recheckRegistration(life);
        return { kind: 'retry', code: `cms.${code}` };
      }
      case 'cme':
        return isSimBusy(error) ? { kind: 'retry', code: `cme.${error.code}` } : { kind: 'rejected', code: `cme.${error.code}` };
      case 'timeout':
        void this.afterSilence(life);
        return { kind: 'unknown', code: 'modem.noAnswer' };
      case 'closed':
        return { kind: 'unknown', code: 'modem.unplugged' };
      case 'error':
        return { kind: 'rejected', code: 'modem.error' };
    }
  }

  // ---------- port and lifetime ----------

  private lineChanged(state: LineState): void {
    const life = this.endLifetime();
    if (state === 'open') {
      this.watchPort(life);
      void this.startUp(life);
      return;
    }
    if (!this.running) return;
    if (state === 'connecting') {
      // The first candidates are tried at once; still nothing after one retry period means no port.
      later(this.timing.reconnectMs, life.signal, () => this.portMissing());
      return;
    }
    this.portMissing();
  }

  private portMissing(): void {
    this.statusCell.set({ state: 'unavailable', problem: 'port.missing', path: null, signalDbm: null });
  }

  private watchPort(life: Lifetime): void {
    const path = this.line.path;
    if (path !== null) watchDevice(path, this.timing.portCheckMs, life.signal, () => void this.reopen(life, `${path} went away`));
  }

  private async reopen(life: Lifetime, reason: string): Promise<void> {
    if (life !== this.life || !this.running) return;
    this.log(`modem: reopening the port: ${reason}`);
    this.endLifetime();
    await this.closeLine();
    if (this.running) this.line.start();
  }

  private write(bytes: string): Promise<void> {
    const write = this.line.write(bytes);
    const settled = write.then(
      () => undefined,
      () => undefined,
    );
    this.writes.add(settled);
    void settled.then(() => this.writes.delete(settled));
    return write;
  }

  // A write to a dead device may never drain, hence the cap.
  private async closeLine(): Promise<void> {
    await Promise.race([Promise.all(this.writes), sleep(WRITE_SETTLE_MS, undefined, { ref: false })]);
    await this.line.stop();
  }

  private endLifetime(): Lifetime {
    this.life.controller.abort();
    this.session.abort();
    this.life = newLifetime();
    return this.life;
  }

  private isReady(life: Lifetime): boolean {
    return life === this.life && !life.signal.aborted && this.statusCell.get().state === 'ready';
  }

  private exclusive<T>(life: Lifetime, step: () => Promise<T>): Promise<T> {
    const run = () => {
      if (life.signal.aborted) throw new LifetimeEnded();
      return step();
    };
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async at(life: Lifetime, command: string, options: CommandOptions = {}): Promise<string[]> {
    if (life.signal.aborted) throw new LifetimeEnded();
    try {
      return await this.session.command(command, options);
    } catch (error) {
      // Closed without the lifetime ending: a write failed, so the port is gone whatever serialport says.
      if (error instanceof AtError && error.failure === 'closed' && !life.signal.aborted) void this.reopen(life, error.message);
      throw error;
    }
  }

  // A refused optional command leaves the conversation intact; null tells the caller it was refused.
  private async optional(life: Lifetime, command: string): Promise<string[] | null> {
    try {
      return await this.at(life, command);
    } catch (error) {
      if (isRefusal(error)) return null;
      throw error;
    }
  }

  // Commands the SIM may answer with "busy" for a while after power-on or a PIN.
  private async patiently(life: Lifetime, command: string): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.at(life, command);
      } catch (error) {
        const delay = this.timing.simBusyBackoffMs[attempt];
        if (!isSimBusy(error)) throw error;
        if (delay === undefined) throw new StartupHalt('sim.busy', true);
        this.log(`modem: SIM busy on ${command}, trying again in ${delay} ms`);
        await sleep(delay, undefined, { signal: life.signal });
      }
    }
  }

  // ---------- start-up ----------

  private async startUp(life: Lifetime): Promise<void> {
    this.statusCell.set({ state: 'starting', problem: null, path: this.line.path });
    try {
      await this.exclusive(life, async () => {
        await this.probe(life);
        // Echo is back after a re-plug or reset (devices.md §2.1).
        await this.at(life, 'ATE0');
        await this.at(life, 'AT+CMEE=1');
        await this.unlockSim(life);
        await this.optional(life, 'AT+CREG=1');
        life.registration = this.registrationIn(await this.patiently(life, 'AT+CREG?'));
        await this.readFacts(life);
        await this.at(life, 'AT+CMGF=0');
        if ((await this.optional(life, 'AT+CNMI=2,1,0,2,0')) === null) await this.at(life, 'AT+CNMI=2,1,0,1,0');
        // Caller ID with every ring, and +CRING: VOICE to tell calls from data; both optional, RING still comes.
        await this.optional(life, 'AT+CLIP=1');
        await this.optional(life, 'AT+CRC=1');
        this.statusCell.set({ storage: parseStorage(await this.patiently(life, 'AT+CPMS="SM","SM","SM"')) });
        const smsc = this.options.smsc;
        if (smsc !== null && (await this.optional(life, `AT+CSCA="${smsc}",${smsc.startsWith('+') ? 145 : 129}`)) === null) {
          this.log(`modem: the modem refused the service centre ${smsc}`);
        }
      });
      life.setUp = true;
      this.applyRegistration(life);
      every(this.timing.pollIntervalMs, life.signal, () => void this.poll(life));
      every(this.timing.registrationRecheckMs, life.signal, () => {
        if (this.statusCell.get().state !== 'ready') void this.recheckRegistration(life);
      });
      await this.readStored(life);
    } catch (error) {
      if (life.signal.aborted) return;
      const halt = error instanceof StartupHalt ? error : null;
      const problem = halt?.problem ?? (error instanceof AtError && error.failure === 'timeout' ? 'modem.silent' : null);
      this.log(`modem: start-up stopped: ${String(error)}`);
      this.statusCell.set({ state: 'unavailable', problem });
      if (halt?.retry !== false) later(this.timing.startupRetryMs, life.signal, () => void this.startUp(life));
    }
  }

  private async probe(life: Lifetime): Promise<void> {
    const { probeAttempts, probeTimeoutMs } = this.timing;
    if (!(await answersAt((timeoutMs) => this.at(life, 'AT', { timeoutMs }), probeAttempts, probeTimeoutMs))) {
      throw new StartupHalt('modem.silent', true);
    }
  }

  private async unlockSim(life: Lifetime): Promise<void> {
    const state = await this.pinState(life);
    if (state === 'ready') return;
    if (state === 'puk') throw new StartupHalt('sim.puk', false);
    const pin = this.options.pin;
    if (state !== 'pin' || pin === null) throw new StartupHalt('sim.pinRequired', false);
    if (this.unprovenPins.has(pin)) throw new StartupHalt('sim.wrongPin', false);
    this.unprovenPins.add(pin);
    try {
      await this.at(life, `AT+CPIN="${pin}"`);
    } catch (error) {
      if (isCme(error, 16)) throw new StartupHalt('sim.wrongPin', false);
      if (isCme(error, 12)) throw new StartupHalt('sim.puk', false);
      if (!isRefusal(error)) throw error;
    }
    const after = await this.pinState(life);
    if (after === 'ready') {
      this.unprovenPins.delete(pin);
      return;
    }
    throw new StartupHalt(after === 'puk' ? 'sim.puk' : 'sim.wrongPin', false);
  }

  private async pinState(life: Lifetime): Promise<PinState> {
    let lines: string[];
    try {
      lines = await this.patiently(life, 'AT+CPIN?');
    } catch (error) {
      if (isCme(error, 10, 13)) throw new StartupHalt('sim.missing', true);
      if (isCme(error, 11)) return 'pin';
      if (isCme(error, 12)) return 'puk';
      // Wavecom answers AT+CPIN? without OK (devices.md §2.4): the +CPIN line before the timeout is the answer.
      if (!(error instanceof AtError && error.failure === 'timeout' && parsePinState(error.lines) !== null)) throw error;
      lines = error.lines;
    }
    return parsePinState(lines) ?? 'other';
  }

  private async readFacts(life: Lifetime): Promise<void> {
    const signalDbm = parseSignalDbm((await this.optional(life, 'AT+CSQ')) ?? []);
    const manufacturer = parseIdentity((await this.optional(life, 'AT+CGMI')) ?? []);
    const model = parseIdentity((await this.optional(life, 'AT+CGMM')) ?? []);
    const operator = parseOperator((await this.optional(life, 'AT+COPS?')) ?? []);
    this.statusCell.set({ signalDbm, manufacturer, model, operator });
  }

  // ---------- registration ----------

  private registrationIn(lines: readonly string[]): number | null {
    const line = lines.find((candidate) => candidate.startsWith('+CREG:'));
    return line === undefined ? null : parseRegistration(line, true);
  }

  private applyRegistration(life: Lifetime): void {
    if (!life.setUp || life !== this.life) return;
    const stat = life.registration;
    if (stat === 1 || stat === 5) {
      this.statusCell.set({ state: 'ready', problem: null });
      return;
    }
    const problem = stat === 2 ? 'network.searching' : stat === 3 ? 'network.denied' : 'network.none';
    this.statusCell.set({ state: 'unavailable', problem });
  }

  private async recheckRegistration(life: Lifetime): Promise<void> {
    try {
      life.registration = this.registrationIn(await this.exclusive(life, () => this.at(life, 'AT+CREG?')));
      this.applyRegistration(life);
    } catch (error) {
      if (!life.signal.aborted) this.log(`modem: registration check failed: ${String(error)}`);
    }
  }

  // ---------- silence ----------

  // After a send timed out: if AT is not answered either, reopen the port and start again (§2.9).
  private async afterSilence(life: Lifetime): Promise<void> {
    try {
      await this.exclusive(life, () => this.at(life, 'AT', { timeoutMs: this.timing.probeTimeoutMs }));
    } catch (error) {
      if (!isRefusal(error)) await this.reopen(life, 'silent after a send');
    }
  }

  // ---------- incoming ----------

  private unsolicited({ line, pdu }: Unsolicited): void {
    // A GSM modem prints no formatted caller-ID blocks, so nothing is left pending for a quiet timer.
    for (const event of this.calls.push(line)) this.signals.emit(callSignal(event, 1));
    const life = this.life;
    const stored = /^\+C(?:MTI|DSI):\s*"?([A-Z]+)"?\s*,\s*(\d+)/.exec(line);
    if (stored) {
      void this.takeStored(life, stored[1]!, Number(stored[2]));
    } else if ((line.startsWith('+CMT:') || line.startsWith('+CDS:')) && pdu !== undefined) {
      void this.takeRouted(life, pdu);
    } else if (line.startsWith('+CREG:')) {
      life.registration = parseRegistration(line, false);
      this.applyRegistration(life);
    } else if (line.startsWith('^SMMEMFULL')) {
      void this.readStored(life);
    }
  }

  // Resolves true when every listener committed the message, so it may be deleted from the SIM.
  private async handOver(pdu: string): Promise<boolean> {
    try {
      const handed = decodeStored(pdu);
      if (handed === null) return false;
      if (handed.kind === 'inbound') {
        const listeners = [...this.inboundListeners];
        if (listeners.length === 0) return false;
        await Promise.all(listeners.map((listener) => listener(handed.part)));
      } else {
        const listeners = [...this.reportListeners];
        if (listeners.length === 0) return false;
        await Promise.all(listeners.map((listener) => listener(handed.report)));
      }
      return true;
    } catch (error) {
      // Kept on the SIM: a listener that failed sees it again on the next poll.
      this.log(`modem: stored message kept: ${String(error)}`);
      return false;
    }
  }

  // Storage other than "SM" (status reports in "SR") is selected for the one step only.
  private async inStorage<T>(life: Lifetime, storage: string, step: () => Promise<T>): Promise<T> {
    if (storage === 'SM') return step();
    await this.at(life, `AT+CPMS="${storage}"`);
    try {
      return await step();
    } finally {
      await this.at(life, 'AT+CPMS="SM"').catch(() => undefined);
    }
  }

  private async takeStored(life: Lifetime, storage: string, index: number): Promise<void> {
    const key = `${storage}:${index}`;
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      const pdu = await this.exclusive(life, () =>
        this.inStorage(life, storage, async () => parseReadMessage(await this.at(life, `AT+CMGR=${index}`))),
      );
      if (pdu === null || !(await this.handOver(pdu))) return;
      await this.exclusive(life, () => this.inStorage(life, storage, () => this.at(life, `AT+CMGD=${index}`)));
    } catch (error) {
      if (!life.signal.aborted) this.log(`modem: reading ${key} failed: ${String(error)}`);
    } finally {
      this.inFlight.delete(key);
    }
  }

  // Routing mode: the message is only in the URC, so it is acknowledged whatever the listeners do.
  private async takeRouted(life: Lifetime, pdu: string): Promise<void> {
    await this.handOver(pdu);
    await this.exclusive(life, () => this.at(life, 'AT+CNMA')).catch(() => undefined);
  }

  // A read/delete pass over "SM": at start-up, on the poll, and when storage is full.
  private async readStored(life: Lifetime): Promise<void> {
    if (life.readingStored) {
      life.readStoredAgain = true;
      return;
    }
    life.readingStored = true;
    try {
      do {
        life.readStoredAgain = false;
        const stored = parseMessageList(await this.exclusive(life, () => this.at(life, 'AT+CMGL=4')));
        for (const { index, pdu } of stored) {
          const key = `SM:${index}`;
          if (this.inFlight.has(key)) continue;
          this.inFlight.add(key);
          try {
            if (await this.handOver(pdu)) await this.exclusive(life, () => this.at(life, `AT+CMGD=${index}`));
          } finally {
            this.inFlight.delete(key);
          }
        }
        const storage = parseStorage((await this.exclusive(life, () => this.optional(life, 'AT+CPMS?'))) ?? []);
        if (storage) this.statusCell.set({ storage });
      } while (life.readStoredAgain && !life.signal.aborted);
    } catch (error) {
      if (!life.signal.aborted) this.log(`modem: reading stored messages failed: ${String(error)}`);
    } finally {
      life.readingStored = false;
    }
  }

  private async poll(life: Lifetime): Promise<void> {
    try {
      const lines = await this.exclusive(life, () => this.optional(life, 'AT+CSQ'));
      if (lines) this.statusCell.set({ signalDbm: parseSignalDbm(lines) });
    } catch (error) {
      if (!life.signal.aborted) this.log(`modem: signal check failed: ${String(error)}`);
    }
    await this.readStored(life);
  }
}

export function createGsmModem(options: GsmModemOptions): GsmDevice {
  return new GsmModem(options);
}
