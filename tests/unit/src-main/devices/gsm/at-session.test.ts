import { afterEach, describe, expect, it, vi } from 'vitest';
import { AtError, AtSession, type ByteChannel, type Unsolicited } from '../../../../../src-main/devices/gsm/at-session';

// A modem on the other end of an in-memory channel: the test decides exactly which bytes arrive, and when.
function fakeModem() {
  const written: string[] = [];
  let listener: (chunk: Buffer) => void = () => {};
  const channel: ByteChannel = {
    write: async (bytes) => {
      written.push(bytes);
    },
    onData: (fn) => {
      listener = fn;
      return () => {};
    },
  };
  return { channel, written, send: (text: string) => listener(Buffer.from(text, 'latin1')) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('AT session', () => {
  it('returns the information lines and drops the echo of the command', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const reply = session.command('AT+CSQ');
    await tick();
    expect(modem.written).toEqual(['AT+CSQ\r']);
    modem.send('AT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\n');
    expect(await reply).toEqual(['+CSQ: 21,99']);
  });

  it('routes unsolicited lines that arrive in the middle of a response, including two-line ones', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const urcs: Unsolicited[] = [];
    session.onUnsolicited((urc) => urcs.push(urc));
    const reply = session.command('AT+CPMS?');
    await tick();
    modem.send('\r\n+CPMS: "SM",3,20,"SM",3,20,"SM",3,20\r\n\r\nRI');
    modem.send('NG\r\n\r\n+CLIP: "09121234567",129,,,,0\r\n\r\n+CMT: ,24\r\n0791891901\r\n\r\nOK\r\n');
    expect(await reply).toEqual(['+CPMS: "SM",3,20,"SM",3,20,"SM",3,20']);
    expect(urcs).toEqual([{ line: 'RING' }, { line: '+CLIP: "09121234567",129,,,,0' }, { line: '+CMT: ,24', pdu: '0791891901' }]);
  });

  it('treats +CREG: as the answer while AT+CREG? runs, and as an indication otherwise', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const urcs: string[] = [];
    session.onUnsolicited((urc) => urcs.push(urc.line));
    const reply = session.command('AT+CREG?');
    await tick();
    modem.send('\r\n+CREG: 0,1\r\n\r\nOK\r\n');
    expect(await reply).toEqual(['+CREG: 0,1']);
    modem.send('\r\n+CREG: 2\r\n');
    expect(urcs).toEqual(['+CREG: 2']);
  });

  it('turns +CME/+CMS errors into numbered failures', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const reply = session.command('AT+CPIN?');
    await tick();
    modem.send('\r\n+CME ERROR: 10\r\n');
    await expect(reply).rejects.toMatchObject({ failure: 'cme', code: 10 });
  });

  it('sends the message text after a prompt split across chunks, then reads +CMGS', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const reply = session.command('AT+CMGS=23', { body: '0011000C91891921436587' });
    await tick();
    modem.send('AT+CMGS=23\r\r\n>');
    modem.send(' ');
    await tick();
    expect(modem.written).toEqual(['AT+CMGS=23\r', '0011000C91891921436587\x1a']);
    modem.send('0011000C91891921436587\x1a\r\n+CMGS: 17\r\n\r\nOK\r\n');
    expect(await reply).toEqual(['+CMGS: 17']);
  });

  it('runs one command at a time, in order', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const first = session.command('ATE0');
    const second = session.command('AT+CMEE=1');
    await tick();
    expect(modem.written).toEqual(['ATE0\r']);
    modem.send('ATE0\r\r\nOK\r\n');
    await first;
    await tick();
    expect(modem.written).toEqual(['ATE0\r', 'AT+CMEE=1\r']);
    modem.send('\r\nOK\r\n');
    await expect(second).resolves.toEqual([]);
  });

  it('gives up on a prompt that never comes, sending ESC so the modem leaves text mode', async () => {
    vi.useFakeTimers();
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const reply = session.command('AT+CMGS=23', { body: '00', timeoutMs: 120_000 });
    const failed = expect(reply).rejects.toBeInstanceOf(AtError);
    await vi.advanceTimersByTimeAsync(120_000);
    await failed;
    expect(modem.written).toEqual(['AT+CMGS=23\r', '\x1b']);
    const next = session.command('AT');
    await vi.advanceTimersByTimeAsync(0);
    modem.send('\r\nOK\r\n');
    await expect(next).resolves.toEqual([]);
  });

  it('fails the pending command and everything queued behind it at once when aborted, then starts clean', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const pending = session.command('AT+CMGS=23', { body: '00' });
    const queued = session.command('AT+CSQ');
    await tick();
    modem.send('\r\n+CS');
    session.abort();
    await expect(pending).rejects.toMatchObject({ failure: 'closed', command: 'AT+CMGS=23' });
    await expect(queued).rejects.toMatchObject({ failure: 'closed', command: 'AT+CSQ' });
    expect(modem.written).toEqual(['AT+CMGS=23\r']);

    const next = session.command('AT');
    await tick();
    modem.send('\r\nOK\r\n');
    await expect(next).resolves.toEqual([]);
  });

  it('reports a failed write as the line being closed', async () => {
    const channel: ByteChannel = { write: () => Promise.reject(new Error('EIO')), onData: () => () => {} };
    const session = new AtSession(channel);
    await expect(session.command('AT')).rejects.toMatchObject({ failure: 'closed', command: 'AT' });
  });

  it('answers a prompt that an indication follows in the same chunk', async () => {
    const modem = fakeModem();
    const session = new AtSession(modem.channel);
    const urcs: string[] = [];
    session.onUnsolicited((urc) => urcs.push(urc.line));
    const reply = session.command('AT+CMGS=23', { body: '0011' });
    await tick();
    modem.send('\r\n> \r\n+CDSI: "SR",4\r\n');
    await tick();
    expect(modem.written).toEqual(['AT+CMGS=23\r', '0011\x1a']);
    expect(urcs).toEqual(['+CDSI: "SR",4']);
    modem.send('\r\n+CMGS: 9\r\n\r\nOK\r\n');
    expect(await reply).toEqual(['+CMGS: 9']);
  });
});
