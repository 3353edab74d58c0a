// A voice modem with caller ID (Conexant/USR style, devices.md §3, §4) on the device end of a socat
// pseudo-terminal pair: echo on at power-on and after ATZ, +VCID/#CID accepted (or refused, to test
// that), RING and caller-ID blocks in formatted or raw SDMF/MDMF form, and ATD/ATH taken note of.

import { DeviceEnd } from '../modem-sim/device-end';
import { mdmfPacket, sdmfPacket } from './cid-packets';

export interface VoiceModemSimOptions {
  // Commands answered with ERROR, e.g. an init command this modem does not know.
  refuse?: string[];
  // The final result of ATD…; (OK, BUSY, NO DIALTONE, NO CARRIER, ERROR).
  dialResult?: string;
}

export interface VoiceCall {
  number?: string | null;
  name?: string | null;
  withheld?: 'private' | 'unavailable' | null;
  format?: 'formatted' | 'sdmf' | 'mdmf';
  // ETSI: the block comes before the first RING instead of between ring 1 and 2.
  cidBeforeFirstRing?: boolean;
  rings?: number;
  // Real lines: about 6 s between rings, the block 0.5–2 s after the first (devices.md §5); shortened here.
  ringIntervalMs?: number;
  cidDelayMs?: number;
  badChecksum?: boolean;
  // Write the caller-ID block in pieces of this many bytes, a few milliseconds apart.
  chunkSize?: number;
  // Close the call with NO CARRIER after the last ring.
  endWithNoCarrier?: boolean;
}

const OK = '\r\nOK\r\n';
const ERROR = '\r\nERROR\r\n';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const two = (value: number) => String(value).padStart(2, '0');

function formattedBlock({ number, name, withheld }: VoiceCall, now: Date): string {
  const lines = [
    `DATE = ${two(now.getMonth() + 1)}${two(now.getDate())}`,
    `TIME = ${two(now.getHours())}${two(now.getMinutes())}`,
    `NMBR = ${withheld ? (withheld === 'private' ? 'P' : 'O') : (number ?? '')}`,
  ];
  if (name) lines.push(`NAME = ${name}`);
  return `\r\n${lines.join('\r\n')}\r\n`;
}

export class VoiceModemSim {
  // Every command line received, in order.
  readonly commands: string[] = [];
  private readonly device: DeviceEnd;
  private echo = true;
  private input = '';

  constructor(
    path: string,
    private readonly options: VoiceModemSimOptions = {},
  ) {
    this.device = new DeviceEnd(path, {
      data: (chunk) => this.receive(chunk.toString('latin1')),
      unplugged: () => {
        this.echo = true;
        this.input = '';
      },
    });
  }

  open(): Promise<void> {
    return this.device.open();
  }

  close(): Promise<void> {
    return this.device.close();
  }

  // Anything at all on the wire: line noise, a half block.
  write(bytes: string | Buffer): void {
    this.device.write(bytes);
  }

  async ring(call: VoiceCall): Promise<void> {
    const { rings = 2, ringIntervalMs = 150, cidDelayMs = 30, cidBeforeFirstRing = false, endWithNoCarrier = false } = call;
    if (cidBeforeFirstRing) await this.sendBlock(call);
    for (let ring = 0; ring < rings; ring++) {
      if (ring > 0) await wait(ringIntervalMs);
      this.write('\r\nRING\r\n');
      if (ring === 0 && !cidBeforeFirstRing) {
        await wait(cidDelayMs);
        await this.sendBlock(call);
      }
    }
    if (endWithNoCarrier) {
      await wait(ringIntervalMs);
      this.write('\r\nNO CARRIER\r\n');
    }
  }

  private async sendBlock(call: VoiceCall): Promise<void> {
    const format = call.format ?? 'formatted';
    const now = new Date();
    const stamp = `${two(now.getMonth() + 1)}${two(now.getDate())}${two(now.getHours())}${two(now.getMinutes())}`;
    const block =
      format === 'formatted'
        ? formattedBlock(call, now)
        : `\r\n${(format === 'sdmf' ? sdmfPacket : mdmfPacket)({ ...call, stamp }).toString('hex').toUpperCase()}\r\n`;
    const size = call.chunkSize ?? block.length;
    for (let at = 0; at < block.length; at += size) {
      if (at > 0) await wait(5);
      this.write(block.slice(at, at + size));
    }
  }

  private receive(chunk: string): void {
    this.input += chunk;
    for (let end = this.input.indexOf('\r'); end >= 0; end = this.input.indexOf('\r')) {
      const line = this.input.slice(0, end).replace(/\n/g, '').trim();
      this.input = this.input.slice(end + 1);
      if (line !== '') this.execute(line);
    }
  }

  private execute(line: string): void {
    this.commands.push(line);
    if (this.echo) this.write(`${line}\r`);
    const command = line.toUpperCase();
    if (this.options.refuse?.some((refused) => refused.toUpperCase() === command)) return this.write(ERROR);
    // The stored profile has echo on.
    if (command === 'ATZ' || command === 'ATE1') this.echo = true;
    if (command === 'ATE0') this.echo = false;
    if (command.startsWith('ATD') && command.endsWith(';')) return this.write(`\r\n${this.options.dialResult ?? 'OK'}\r\n`);
    if (['AT', 'ATZ', 'ATE0', 'ATE1', 'ATH', 'ATH0'].includes(command) || /^AT(\+VCID|#CID)=\d$/.test(command)) return this.write(OK);
    this.write(ERROR);
  }
}

export async function startVoiceModemSim(devicePath: string, options: VoiceModemSimOptions = {}): Promise<VoiceModemSim> {
  const sim = new VoiceModemSim(devicePath, options);
  await sim.open();
  return sim;
}
