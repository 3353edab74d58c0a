// A scriptable GSM modem on the device end of a socat pseudo-terminal pair, with the behaviours of
// ../../../../shared/design/devices.md §2-§3: power-on echo, the "> " prompt without a newline, URCs in the
// middle of a response, +CMS errors, silence, SIM states, storage with a capacity, status reports, and
// incoming calls (RING with +CLIP on every ring) and ATD/ATH.

import { DeviceEnd } from './device-end';
import { encodeStatusReport, encodeDeliver, readSubmit, tpduLength, type DeliverSpec, type SubmittedPart } from './sim-pdu';

export type SimState = 'ready' | 'pin' | 'puk' | 'missing';

export interface ModemSimOptions {
  // E1 is the power-on default; it comes back after every re-plug.
  echo?: boolean;
  // The SIM's PIN; with one set the SIM starts locked after every power-on.
  pin?: string | null;
  simState?: SimState;
  // AT+CPIN? answers +CME ERROR: 14 this many times first.
  simBusyTimes?: number;
  // Wavecom: AT+CPIN? answers the +CPIN line and no OK.
  cpinWithoutOk?: boolean;
  registration?: number;
  // The answer to AT+CREG? for <n> and <stat>: firmware differs in quoting and extra fields.
  cregAnswer?: (n: number, stat: number) => string;
  rssi?: number;
  manufacturer?: string;
  model?: string;
  operator?: string;
  storageCapacity?: number;
  // Wait before answering each AT+CMGS, as the network does (2–4 s per part on real modems).
  cmgsDelayMs?: number;
  // Send "\r\n>" and " " as two writes.
  splitPrompt?: boolean;
  // An outgoing voice call is answered by the far end after this long (default 300 ms).
  answerAfterMs?: number;
  // Status reports for sends with TP-SRR: stored in "SR" and announced with +CDSI, or routed as +CDS.
  // By default "delivered" 50 ms after the send; false: the network never reports.
  statusReports?: { delayMs: number; status: number; routed?: boolean } | false;
}

export interface RingOptions {
  // +CLIP <type>: 145 international, 129 national, 128 unknown (with withheld numbers).
  type?: number;
  // CLI validity: 0 given, 1 withheld, 2 unavailable; left out of +CLIP when undefined.
  validity?: number;
  rings?: number;
  intervalMs?: number;
}

interface StoredMessage {
  pdu: string;
  read: boolean;
}

export type Memory = 'SM' | 'SR';

const OK = '\r\nOK\r\n';
const info = (line: string) => `\r\n${line}\r\n${OK}`;
const cms = (code: number) => `\r\n+CMS ERROR: ${code}\r\n`;
const cme = (code: number) => `\r\n+CME ERROR: ${code}\r\n`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ModemSim {
  // Every part the modem took: those it answered with +CMGS, and those it went silent on (they may be out).
  readonly submitted: SubmittedPart[] = [];
  // Every command line received, in order (e.g. to count AT+CPIN="…").
  readonly commands: string[] = [];
  // "SM:3", "SR:0": every deletion, in order.
  readonly deleted: string[] = [];

  private readonly device: DeviceEnd;
  private input = '';
  private textMode = false;
  private work: Promise<void> = Promise.resolve();
  private readonly timers = new Set<NodeJS.Timeout>();

  private echo: boolean;
  private simState: SimState;
  private simBusyLeft: number;
  private pinAttemptsLeft = 3;
  private registration: number;
  private cregMode = 0;
  private clip = false;
  private crc = false;
  private silent = false;
  private outgoing: { number: string; answered: boolean } | null = null;
  private mr = 0;
  private mem1: Memory = 'SM';
  private readonly storage: Record<Memory, Map<number, StoredMessage>> = { SM: new Map(), SR: new Map() };
  // Messages the network holds while storage is full, delivered as slots free up.
  private readonly waiting: string[] = [];
  private readonly failures: number[] = [];
  private readonly duringSend: Array<() => void> = [];
  private readonly afterPrompt: string[] = [];

  constructor(
    path: string,
    private readonly options: ModemSimOptions,
  ) {
    this.echo = options.echo ?? true;
    this.simState = options.simState ?? (options.pin ? 'pin' : 'ready');
    this.simBusyLeft = options.simBusyTimes ?? 0;
    this.registration = options.registration ?? 1;
    this.device = new DeviceEnd(path, { data: (chunk) => this.receive(chunk.toString('latin1')), unplugged: () => this.powerOn() });
  }

  open(): Promise<void> {
    return this.device.open();
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.device.close();
  }

  // ---------- scripting ----------

  // Store messages in "SM" as the network delivers them; announce: false stores them without +CMTI, as
  // messages received while the app was not running. Returns the storage indexes (-1: held, storage full).
  injectIncoming(messages: DeliverSpec | DeliverSpec[], { announce = true } = {}): number[] {
    return (Array.isArray(messages) ? messages : [messages]).map((spec) => this.deliver(encodeDeliver(spec), announce));
  }

  // The next <times> sends fail with +CMS ERROR: <code>.
  failNextSends(code: number, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(code);
  }

  // Runs after the next send's PDU arrived and before it is answered: URCs or silence in the middle of AT+CMGS.
  duringNextSend(action: () => void): void {
    this.duringSend.push(action);
  }

  // The next prompt carries this indication right behind it, in the same write.
  urcAfterNextPrompt(line: string): void {
    this.afterPrompt.push(line);
  }

  goSilent(): void {
    this.silent = true;
    this.input = '';
    this.textMode = false;
  }

  wake(): void {
    this.silent = false;
  }

  sendUrc(line: string): void {
    this.write(`\r\n${line}\r\n`);
  }

  setRegistration(stat: number): void {
    this.registration = stat;
    if (this.cregMode > 0) this.sendUrc(`+CREG: ${stat}`);
  }

  stored(memory: Memory = 'SM'): number[] {
    return [...this.storage[memory].keys()];
  }

  // An incoming call: RING (or +CRING: VOICE after AT+CRC=1) with +CLIP in the same write when AT+CLIP=1,
  // as on real modems, every intervalMs; NO CARRIER when the caller gives up. Resolves after that.
  // The far end of an outgoing call hangs up.
  remoteHangUp(): void {
    this.outgoing = null;
    this.write('\r\nNO CARRIER\r\n');
  }

  async ring(number: string, { type = number.startsWith('+') ? 145 : 129, validity, rings = 2, intervalMs = 100 }: RingOptions = {}): Promise<void> {
    const clip = `+CLIP: "${number}",${type}${validity === undefined ? '' : `,,,,${validity}`}`;
    for (let ring = 0; ring < rings; ring++) {
      if (ring > 0) await wait(intervalMs);
      this.write(`\r\n${this.crc ? '+CRING: VOICE' : 'RING'}\r\n${this.clip ? `\r\n${clip}\r\n` : ''}`);
    }
    await wait(intervalMs);
    this.write('\r\nNO CARRIER\r\n');
  }

  // ---------- the wire ----------

  private write(text: string): void {
    if (!this.silent) this.device.write(text);
  }

  // A re-plugged modem comes back in its power-on state.
  private powerOn(): void {
    this.echo = this.options.echo ?? true;
    if (this.options.pin && this.simState === 'ready') this.simState = 'pin';
    this.cregMode = 0;
    this.clip = false;
    this.crc = false;
    this.outgoing = null;
    this.mem1 = 'SM';
    this.input = '';
    this.textMode = false;
  }

  private receive(chunk: string): void {
    if (this.silent) return;
    this.input += chunk;
    for (;;) {
      if (this.textMode) {
        const end = this.input.search(/[\x1a\x1b]/);
        if (end < 0) return;
        const body = this.input.slice(0, end);
        const sent = this.input[end] === '\x1a';
        this.input = this.input.slice(end + 1);
        this.textMode = false;
        this.enqueue(() => this.finishSend(body, sent));
        continue;
      }
      const end = this.input.indexOf('\r');
      if (end < 0) return;
      const line = this.input.slice(0, end).replace(/\n/g, '').trim();
      this.input = this.input.slice(end + 1);
      if (line !== '') this.enqueue(() => this.execute(line));
    }
  }

  private enqueue(step: () => void | Promise<void>): void {
    this.work = this.work.then(step).catch((error: unknown) => console.error('modem sim:', error));
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  // ---------- commands ----------

  private execute(line: string): void {
    if (this.silent) return;
    this.commands.push(line);
    if (this.echo) this.write(`${line}\r`);
    const command = line.toUpperCase();
    const argument = line.slice(line.indexOf('=') + 1);
    if (command === 'AT' || command === 'AT+CMEE=1' || command === 'AT+CMGF=0' || command.startsWith('AT+CNMI=')) return this.write(OK);
    if (command === 'AT+CNMA' || command.startsWith('AT+CSCA=')) return this.write(OK);
    if (command === 'AT+CLIP=1' || command === 'AT+CLIP=0') {
      this.clip = command.endsWith('1');
      return this.write(OK);
    }
    if (command === 'AT+CRC=1' || command === 'AT+CRC=0') {
      this.crc = command.endsWith('1');
      return this.write(OK);
    }
    // A voice call (';'): dialling, then answered after answerAfterMs; AT+CLCC lists it while it is up.
    if (command.startsWith('ATD') && command.endsWith(';')) {
      this.outgoing = { number: command.slice(3, -1), answered: false };
      const call = this.outgoing;
      this.later(this.options.answerAfterMs ?? 300, () => (call.answered = true));
      return this.write(OK);
    }
    if (command === 'ATH' || command === 'ATH0' || command === 'AT+CHUP') {
      this.outgoing = null;
      return this.write(OK);
    }
    if (command === 'AT+CLCC') {
      const call = this.outgoing;
      return this.write(call ? info(`+CLCC: 1,0,${call.answered ? 0 : 2},0,0,"${call.number}",129`) : OK);
    }
    if (command === 'ATE0' || command === 'ATE1') {
      this.echo = command === 'ATE1';
      return this.write(OK);
    }
    if (command === 'AT+CPIN?') return this.answerPinState();
    if (command.startsWith('AT+CPIN=')) return this.enterPin(argument.replace(/"/g, ''));
    if (this.simState !== 'ready' && /^AT\+(CREG|CPMS|CMG|COPS)/.test(command)) return this.write(cme(this.simState === 'missing' ? 10 : 11));
    if (command.startsWith('AT+CREG=')) {
      this.cregMode = Number(argument);
      return this.write(OK);
    }
    if (command === 'AT+CREG?') {
      const answer = this.options.cregAnswer ?? ((n: number, stat: number) => `+CREG: ${n},${stat}`);
      return this.write(info(answer(this.cregMode, this.registration)));
    }
    if (command === 'AT+CSQ') return this.write(info(`+CSQ: ${this.options.rssi ?? 21},99`));
    if (command === 'AT+CGMI') return this.write(info(this.options.manufacturer ?? 'huawei'));
    if (command === 'AT+CGMM') return this.write(info(this.options.model ?? 'E173'));
    if (command === 'AT+COPS?') return this.write(info(`+COPS: 0,0,"${this.options.operator ?? 'MCI'}",2`));
    if (command.startsWith('AT+CPMS')) return this.selectStorage(command);
    if (command === 'AT+CMGL=4') return this.list();
    if (command.startsWith('AT+CMGR=')) return this.readOne(Number(argument));
    if (command.startsWith('AT+CMGD=')) return this.remove(Number(argument));
    if (command.startsWith('AT+CMGS=')) return this.prompt();
    this.write('\r\nERROR\r\n');
  }

  private answerPinState(): void {
    if (this.simBusyLeft > 0) {
      this.simBusyLeft--;
      return this.write(cme(14));
    }
    if (this.simState === 'missing') return this.write(cme(10));
    const state = { ready: 'READY', pin: 'SIM PIN', puk: 'SIM PUK' }[this.simState];
    this.write(this.options.cpinWithoutOk ? `\r\n+CPIN: ${state}\r\n` : info(`+CPIN: ${state}`));
  }

  private enterPin(pin: string): void {
    if (this.simState !== 'pin') return this.write(cme(3));
    if (pin === this.options.pin) {
      this.simState = 'ready';
      return this.write(OK);
    }
    this.pinAttemptsLeft--;
    if (this.pinAttemptsLeft === 0) this.simState = 'puk';
    this.write(cme(16));
  }

  private capacity(): number {
    return this.options.storageCapacity ?? 20;
  }

  private usage(memory: Memory): string {
    return `${this.storage[memory].size},${this.capacity()}`;
  }

  private selectStorage(command: string): void {
    if (command === 'AT+CPMS?') {
      return this.write(info(`+CPMS: "${this.mem1}",${this.usage(this.mem1)},"SM",${this.usage('SM')},"SM",${this.usage('SM')}`));
    }
    const first = /^AT\+CPMS="(\w+)"/.exec(command)?.[1];
    if (first !== 'SM' && first !== 'SR') return this.write(cms(302));
    this.mem1 = first;
    this.write(info(`+CPMS: ${this.usage(first)},${this.usage('SM')},${this.usage('SM')}`));
  }

  private list(): void {
    let reply = '';
    for (const [index, message] of this.storage[this.mem1]) {
      reply += `\r\n+CMGL: ${index},${message.read ? 1 : 0},,${tpduLength(message.pdu)}\r\n${message.pdu}`;
      message.read = true;
    }
    this.write(reply === '' ? OK : `${reply}\r\n${OK}`);
  }

  private readOne(index: number): void {
    const message = this.storage[this.mem1].get(index);
    if (!message) return this.write(cms(321));
    this.write(`\r\n+CMGR: ${message.read ? 1 : 0},,${tpduLength(message.pdu)}\r\n${message.pdu}\r\n${OK}`);
    message.read = true;
  }

  private remove(index: number): void {
    if (!this.storage[this.mem1].delete(index)) return this.write(cms(321));
    this.deleted.push(`${this.mem1}:${index}`);
    this.write(OK);
    // The network delivers what it held once there is room again.
    const next = this.mem1 === 'SM' ? this.waiting.shift() : undefined;
    if (next !== undefined) this.later(5, () => this.deliver(next, true));
  }

  // ---------- storage ----------

  private store(memory: Memory, pdu: string): number | null {
    const slots = this.storage[memory];
    if (slots.size >= this.capacity()) return null;
    let index = 0;
    while (slots.has(index)) index++;
    slots.set(index, { pdu, read: false });
    return index;
  }

  private deliver(pdu: string, announce: boolean): number {
    const index = this.store('SM', pdu);
    if (index === null) {
      this.waiting.push(pdu);
      return -1;
    }
    if (announce) this.sendUrc(`+CMTI: "SM",${index}`);
    // Huawei says so once the last slot is taken; after that no +CMTI comes (devices.md §1, §2.10).
    if (this.storage.SM.size >= this.capacity()) this.sendUrc('^SMMEMFULL: "SM"');
    return index;
  }

  // ---------- sending ----------

  private prompt(): void {
    this.textMode = true;
    if (this.options.splitPrompt) {
      this.write('\r\n>');
      this.later(20, () => this.write(' '));
    } else {
      const urc = this.afterPrompt.shift();
      this.write(urc === undefined ? '\r\n> ' : `\r\n> \r\n${urc}\r\n`);
    }
  }

  private async finishSend(body: string, sent: boolean): Promise<void> {
    if (!sent) return;
    if (this.echo) this.write(body);
    const failure = this.failures.shift();
    if (failure !== undefined) return this.write(cms(failure));
    const part = readSubmit(body);
    this.submitted.push(part);
    this.duringSend.shift()?.();
    if (this.silent) return;
    await wait(this.options.cmgsDelayMs ?? 0);
    const reference = this.mr;
    this.mr = (this.mr + 1) % 256;
    this.write(info(`+CMGS: ${reference}`));
    if (part.statusReportRequested && this.options.statusReports !== false) this.scheduleReport(reference, part.to);
  }

  private scheduleReport(reference: number, recipient: string): void {
    const { delayMs = 50, status = 0, routed = false } = this.options.statusReports || {};
    this.later(delayMs, () => {
      const pdu = encodeStatusReport({ reference, recipient, status });
      if (routed) return this.write(`\r\n+CDS: ${tpduLength(pdu)}\r\n${pdu}\r\n`);
      const index = this.store('SR', pdu);
      if (index !== null) this.sendUrc(`+CDSI: "SR",${index}`);
    });
  }
}

export async function startModemSim(devicePath: string, options: ModemSimOptions = {}): Promise<ModemSim> {
  const sim = new ModemSim(devicePath, options);
  await sim.open();
  return sim;
}
