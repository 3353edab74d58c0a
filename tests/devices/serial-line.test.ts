import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SerialPort } from 'serialport';
import { SerialLine, type LineState } from '../../src-main/devices/serial/serial-line';
import { openPtyPair, type PtyPair } from '../support/pty';

// The far end of the cable, as the modem simulator will hold it.
async function openDevice(path: string): Promise<{ port: SerialPort; received: () => string }> {
  const port = new SerialPort({ path, baudRate: 115_200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  let text = '';
  port.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  return { port, received: () => text };
}

async function until(check: () => boolean): Promise<void> {
  await expect.poll(check, { timeout: 5000, interval: 10 }).toBe(true);
}

describe('a serial line over a real pseudo-terminal pair', () => {
  let pair: PtyPair;
  let line: SerialLine;
  const states: LineState[] = [];
  beforeEach(async () => {
    pair = await openPtyPair();
    states.length = 0;
    line = new SerialLine({ candidates: () => [pair.appPath], retryMs: 50 });
    line.onState((state) => states.push(state));
  });
  afterEach(async () => {
    await line.stop();
    await pair.close();
  });

  it('carries raw bytes both ways, including a prompt without a line ending', async () => {
    line.start();
    await until(() => line.currentState === 'open');
    const device = await openDevice(pair.devicePath);
    let fromDevice = '';
    line.onData((chunk) => (fromDevice += chunk.toString('latin1')));
    await line.write('AT+CMGS=23\r');
    await until(() => device.received() === 'AT+CMGS=23\r');
    device.port.write('\r\n> ');
    await until(() => fromDevice === '\r\n> ');
    device.port.close();
  });

  it('notices the device being unplugged and reconnects when it comes back', async () => {
    line.start();
    await until(() => line.currentState === 'open');
    await pair.unplug();
    await until(() => line.currentState === 'disconnected');
    await expect(line.write('AT\r')).rejects.toThrow();
    await pair.plug();
    await until(() => line.currentState === 'open');
    const device = await openDevice(pair.devicePath);
    await line.write('AT\r');
    await until(() => device.received() === 'AT\r');
    expect(states).toEqual(['connecting', 'open', 'disconnected', 'open']);
    device.port.close();
  });

  it('tries the other candidate paths, since a re-plugged modem may get another name', async () => {
    const other = await openPtyPair();
    try {
      line = new SerialLine({ candidates: () => ['/dev/does-not-exist', other.appPath], retryMs: 50 });
      line.start();
      await until(() => line.currentState === 'open');
      expect(line.path).toBe(other.appPath);
    } finally {
      await line.stop();
      await other.close();
    }
  });
});
