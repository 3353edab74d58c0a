// A serial caller-ID box on the device end of a socat pseudo-terminal pair. Each vendor has its own record
// format, so the record is a function; the default is the '@'-terminated protocol of the Iranian VB6
// client described in devices.md §4.

import { DeviceEnd } from '../modem-sim/device-end';

export type BoxRecordFormat = (line: number, number: string) => string;

// '*' + line digit + space + number + '@', optionally behind a "callerid:" prefix.
export const vb6Record: BoxRecordFormat = (line, number) => `*${line} ${number}@`;

export class BoxSim {
  // Every byte the host sent (the init greeting).
  received = Buffer.alloc(0);
  private readonly device: DeviceEnd;

  constructor(
    path: string,
    private readonly format: BoxRecordFormat = vb6Record,
  ) {
    this.device = new DeviceEnd(path, {
      data: (chunk) => (this.received = Buffer.concat([this.received, chunk])),
      unplugged: () => undefined,
    });
  }

  open(): Promise<void> {
    return this.device.open();
  }

  close(): Promise<void> {
    return this.device.close();
  }

  call(line: number, number: string): void {
    this.write(this.format(line, number));
  }

  // A record in another shape (a ring or hang-up record), noise, or a record in pieces.
  write(bytes: string | Buffer): void {
    this.device.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  }
}

export async function startBoxSim(devicePath: string, format?: BoxRecordFormat): Promise<BoxSim> {
  const sim = new BoxSim(devicePath, format);
  await sim.open();
  return sim;
}
