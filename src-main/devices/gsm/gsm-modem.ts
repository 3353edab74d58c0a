// A GSM modem as an SMS gateway (devices.md §0, §2): start-up, part-by-part sending, and recovery when the
// modem goes silent or is unplugged; the error policy and the SIM PIN are in modem-policy.ts, stored
// messages in stored-messages.ts. Everything is one AT conversation at a time. It is also the SIM's phone
// line (§2.16): RING/+CLIP become call signals and click-to-dial goes through the same AT queue.

import { setTimeout as sleep } from 'node:timers/promises';
import type {
  CallSignal,
  DeliveryReportListener,
  DialOutcome,
  GatewayStatus,
  GsmDevice,
  InboundListener,
  PartRequest,
  SubmitOutcome,
} from '../ports';
import { dialWith, hangUpWith } from '../caller-id/at-calls';
import { CallLineReader } from '../caller-id/cid-parser';
import { callSignal, every, later } from '../caller-id/source-kit';
import { Listeners, StatusCell } from '../status-cell';
import { SerialLine, watchDevice, type LineState } from '../serial/serial-line';
import {
  parseIdentity,
  parseMessageReference,
  parseOperator,
  parseRegistration,
  parseSignalDbm,
  parseStorage,
  parseClcc,
} from './at-replies';
import { answersAt, AtError, AtSession, isRefusal, type CommandOptions, type Unsolicited } from './at-session';
import { newLifetime, LifetimeEnded, type Lifetime, type ModemLink } from './modem-link';
import { encodeSubmit, type SubmitPdu } from './pdu';
import { isSimBusy, sendErrorOutcome, SimUnlock, StartupHalt } from './modem-policy';
import { DEFAULT_TIMING, type GsmModemOptions, type GsmModemTiming } from './modem-timing';
import { StoredMessages } from './stored-messages';

export type { GsmModemOptions, GsmModemTiming } from './modem-timing';

// Lets pending writes drain before the port is closed under them.
const WRITE_SETTLE_MS = 1_000;

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
  private readonly sim: SimUnlock;
  // Writes not yet drained: closing the port under one makes serialport emit an error nobody hears.
  private readonly writes = new Set<Promise<void>>();
  private readonly statusCell = new StatusCell();
  private readonly stored: StoredMessages;
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
    const link: ModemLink = {
      exclusive: (life, step) => this.exclusive(life, step),
      at: (life, command, options) => this.at(life, command, options),
      optional: (life, command) => this.optional(life, command),
      log: (line) => this.log(line),
    };
    this.stored = new StoredMessages(link, (storage) => this.statusCell.set({ storage }));
    this.sim = new SimUnlock(link, options.pin, (life, command) => this.patiently(life, command));
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
    return this.stored.onInbound(listener);
  }

  onDeliveryReport(listener: DeliveryReportListener): () => void {
    return this.stored.onDeliveryReport(listener);
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
    const { outcome, then } = sendErrorOutcome(error);
    if (then.includes('readStored')) void this.stored.readStored(life);
    if (then.includes('recheckRegistration')) void this.recheckRegistration(life);
    if (then.includes('afterSilence')) void this.afterSilence(life);
    return outcome;
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
        await this.sim.unlock(life);
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
      await this.stored.readStored(life);
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
      void this.stored.takeStored(life, stored[1]!, Number(stored[2]));
    } else if ((line.startsWith('+CMT:') || line.startsWith('+CDS:')) && pdu !== undefined) {
      void this.stored.takeRouted(life, pdu);
    } else if (line.startsWith('+CREG:')) {
      life.registration = parseRegistration(line, false);
      this.applyRegistration(life);
    } else if (line.startsWith('^SMMEMFULL')) {
      void this.stored.readStored(life);
    }
  }

  private async poll(life: Lifetime): Promise<void> {
    try {
      const lines = await this.exclusive(life, () => this.optional(life, 'AT+CSQ'));
      if (lines) this.statusCell.set({ signalDbm: parseSignalDbm(lines) });
    } catch (error) {
      if (!life.signal.aborted) this.log(`modem: signal check failed: ${String(error)}`);
    }
    await this.stored.readStored(life);
  }
}

export function createGsmModem(options: GsmModemOptions): GsmDevice {
  return new GsmModem(options);
}
