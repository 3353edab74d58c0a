import { describe, expect, it } from 'vitest';
import { BoxFormat } from '../../../../../src-shared/api/telephony';
import {
  CallLineReader,
  FormattedBlock,
  hexBytes,
  parseBoxRecord,
  parseCidPacket,
  parseClip,
  parseHexPacket,
  RecordSplitter,
  type CallEvent,
} from '../../../../../src-main/devices/caller-id/cid-parser';
import { mdmfPacket, sdmfPacket } from '../../../../support/caller-id-sim/cid-packets';

// The Bellcore SDMF example (GR-30): 09/30 12:24 from 609-555-1212, checksum 0x51.
const SDMF_EXAMPLE = '0412303933303132323436303935353531323132' + '51';
// MDMF: 03/24 12:30, number 6095551212, name JOHN DOE, checksum 0x82.
const MDMF_EXAMPLE = '802001083033323431323330020a3630393535353132313207084a4f484e20444f45' + '82';

function readAll(lines: string[]): CallEvent[] {
  const reader = new CallLineReader();
  return [...lines.flatMap((line) => reader.push(line)), ...reader.flush()];
}

describe('raw SDMF/MDMF packets', () => {
  it('decodes the SDMF example with its date and number', () => {
    expect(parseCidPacket(Buffer.from(SDMF_EXAMPLE, 'hex'))).toEqual({
      number: '6095551212',
      withheld: null,
      name: null,
      stamp: { month: 9, day: 30, hour: 12, minute: 24 },
    });
  });

  it('decodes MDMF parameters 01, 02 and 07', () => {
    expect(parseHexPacket(MDMF_EXAMPLE.toUpperCase())).toEqual({
      number: '6095551212',
      withheld: null,
      name: 'JOHN DOE',
      stamp: { month: 3, day: 24, hour: 12, minute: 30 },
    });
  });

  it('rejects a packet whose checksum does not add up, or whose length is wrong', () => {
    expect(parseHexPacket(SDMF_EXAMPLE.slice(0, -2) + '52')).toBeNull();
    expect(parseHexPacket(MDMF_EXAMPLE.slice(0, -2) + '00')).toBeNull();
    expect(parseCidPacket(Buffer.from('0413303933303132323436303935353531323132' + '50', 'hex'))).toBeNull();
    expect(parseHexPacket('0412')).toBeNull();
  });

  it('reads the reasons for absence: P private, O unavailable, and 08 for the name', () => {
    expect(parseCidPacket(sdmfPacket({ withheld: 'private' }))).toMatchObject({ number: null, withheld: 'private' });
    expect(parseCidPacket(sdmfPacket({ withheld: 'unavailable' }))).toMatchObject({ number: null, withheld: 'unavailable' });
    // 80 10 | 01 08 "11230934" | 04 01 "O" | 08 01 "O"
    const hand = Buffer.from('80100108313132333039333404014f08014f', 'hex');
    const sum = hand.reduce((total, byte) => (total + byte) & 0xff, 0);
    expect(parseCidPacket(Buffer.concat([hand, Buffer.from([(0x100 - sum) & 0xff])]))).toEqual({
      number: null,
      withheld: 'unavailable',
      name: null,
      stamp: { month: 11, day: 23, hour: 9, minute: 34 },
    });
    expect(parseCidPacket(mdmfPacket({ withheld: 'private' }))).toMatchObject({ number: null, withheld: 'private', name: null });
  });

  it('ignores lines that are not packets', () => {
    expect(parseHexPacket('OK')).toBeNull();
    expect(parseHexPacket('RING')).toBeNull();
    expect(parseHexPacket('12345678')).toBeNull();
  });
});

describe('formatted voice-modem blocks', () => {
  it('reads DATE, TIME, NMBR and NAME with any spacing around =', () => {
    const block = new FormattedBlock();
    for (const line of ['DATE = 1123', 'TIME=0934', 'NMBR =  02188776655', 'NAME= ALI REZAEI ']) expect(block.push(line).taken).toBe(true);
    expect(block.flush()).toEqual({
      number: '02188776655',
      withheld: null,
      name: 'ALI REZAEI',
      stamp: { month: 11, day: 23, hour: 9, minute: 34 },
    });
    expect(block.pending).toBe(false);
  });

  it('reads P and O as withheld, and tolerates MESG for parameters the modem does not know', () => {
    expect(readAll(['DATE = 1123', 'TIME = 0934', 'NMBR = P', 'MESG = 060342424231'])).toEqual([
      { kind: 'callerId', callerId: { number: null, withheld: 'private', name: null, stamp: { month: 11, day: 23, hour: 9, minute: 34 } } },
    ]);
    expect(readAll(['NMBR = O', 'NAME = O'])).toEqual([{ kind: 'callerId', callerId: { number: null, withheld: 'unavailable', name: null, stamp: null } }]);
    expect(readAll(['DATE = 1123', 'MESG = 060342424231'])).toEqual([]);
  });

  it('ends a block at the next RING, and at a second DATE', () => {
    expect(readAll(['RING', 'DATE = 1123', 'TIME = 0934', 'NMBR = 02188776655', 'RING']).map((event) => event.kind)).toEqual(['ring', 'callerId', 'ring']);
    const events = readAll(['DATE = 1123', 'NMBR = 111', 'DATE = 1123', 'NMBR = 222']);
    expect(events.map((event) => (event.kind === 'callerId' ? event.callerId.number : null))).toEqual(['111', '222']);
  });
});

describe('GSM +CLIP, RING and call ends', () => {
  it('keeps national numbers and adds + to international ones only when missing', () => {
    expect(parseClip('+CLIP: "09121234567",129')).toEqual({ number: '09121234567', withheld: null, name: null, stamp: null });
    expect(parseClip('+CLIP: "989121234567",145')?.number).toBe('+989121234567');
    expect(parseClip('+CLIP: "+989121234567",145,"",,"",0')?.number).toBe('+989121234567');
    expect(parseClip('+CLIP:"02188776655",129,,,"Ali, office",0')).toMatchObject({ number: '02188776655', name: 'Ali, office' });
  });

  it('reads withheld and unavailable numbers, which python-gsmmodem cannot', () => {
    expect(parseClip('+CLIP: "",128,,,,1')).toEqual({ number: null, withheld: 'private', name: null, stamp: null });
    expect(parseClip('+CLIP: "",128,"",,"",2')).toMatchObject({ number: null, withheld: 'unavailable' });
    expect(parseClip('+CLIP: ,128')).toMatchObject({ number: null, withheld: 'unavailable' });
    expect(parseClip('+CLIP: "09121234567",129,,,,1')).toMatchObject({ number: null, withheld: 'private' });
  });

  it('turns RING, +CRING and NO CARRIER / ^CEND into call events, and nothing else', () => {
    expect(readAll(['RING', '+CLIP: "09121234567",129', '+CRING: VOICE', 'NO CARRIER', '^CEND:1,0,104,16', '+CMTI: "SM",1', 'OK'])).toEqual([
      { kind: 'ring' },
      { kind: 'callerId', callerId: { number: '09121234567', withheld: null, name: null, stamp: null } },
      { kind: 'ring' },
      { kind: 'ended' },
      { kind: 'ended' },
    ]);
  });
});

describe('caller-ID box records', () => {
  // The Iranian VB6 client's protocol: '@' ends a record, the 2nd character is the line, T/P records are not numbers.
  const vb6 = BoxFormat.parse({
    baudRate: 57_600,
    initHex: 'FC 70 72 74 06 6C FD',
    terminatorHex: '40',
    lineNumberAt: 1,
    stripPrefixes: ['L', 'callerid:'],
    ignoreIfContains: 'TP',
  });
  const record = (text: string) => Buffer.from(text, 'latin1');

  it('reads the line and the number, with or without a prefix', () => {
    expect(parseBoxRecord(record('*2 02188776655'), vb6)).toEqual({ line: 2, number: '02188776655' });
    expect(parseBoxRecord(record('callerid:*1 09121234567'), vb6)).toEqual({ line: 1, number: '09121234567' });
    expect(parseBoxRecord(record('L*3 0511234567'), vb6)).toEqual({ line: 3, number: '0511234567' });
    expect(parseBoxRecord(record('\r\n\x00*1 02188776655\r\n'), vb6)).toEqual({ line: 1, number: '02188776655' });
  });

  it('skips ring and hang-up records, records without a line digit, and records without a number', () => {
    expect(parseBoxRecord(record('*1T'), vb6)).toBeNull();
    expect(parseBoxRecord(record('*1P 02188776655'), vb6)).toBeNull();
    expect(parseBoxRecord(record('*x 02188776655'), vb6)).toBeNull();
    expect(parseBoxRecord(record('*1 --'), vb6)).toBeNull();
  });

  it('handles one-line boxes and skipped characters', () => {
    const single = BoxFormat.parse({ terminatorHex: '0D 0A', skipChars: 4 });
    expect(parseBoxRecord(record('CID:02188776655'), single)).toEqual({ line: 1, number: '02188776655' });
    expect(hexBytes('0D 0a')).toEqual(Buffer.from([13, 10]));
  });

  it('splits a stream into records across reads, and drops noise that never ends', () => {
    const splitter = new RecordSplitter(hexBytes('0D0A'), 16);
    expect(splitter.push(Buffer.from('*1 021'))).toEqual([]);
    expect(splitter.push(Buffer.from('88776655\r'))).toEqual([]);
    expect(splitter.push(Buffer.from('\n*2 0912\r\n*3')).map(String)).toEqual(['*1 02188776655', '*2 0912']);
    expect(splitter.push(Buffer.from('x'.repeat(40)))).toEqual([]);
    expect(splitter.push(Buffer.from('\r\n')).map((bytes) => bytes.length)).toEqual([16]);
  });
});

describe('CallLineReader', () => {
  it('reports the number as soon as NMBR arrives, once per block, so the pop-up does not wait for the block to end', () => {
    const reader = new CallLineReader();
    expect(reader.push('RING')).toEqual([{ kind: 'ring' }]);
    expect(reader.push('DATE = 1123')).toEqual([]);
    expect(reader.push('TIME = 0934')).toEqual([]);
    expect(reader.push('NMBR = 88776655')).toEqual([
      { kind: 'callerId', callerId: { number: '88776655', withheld: null, name: null, stamp: { month: 11, day: 23, hour: 9, minute: 34 } } },
    ]);
    expect(reader.push('NAME = SHOP')).toEqual([]);
    expect(reader.flush()).toEqual([]);
    expect(reader.push('RING')).toEqual([{ kind: 'ring' }]);
    // A block without a number (name only) is still reported when it ends.
    reader.push('NAME = SHOP');
    expect(reader.flush()).toEqual([{ kind: 'callerId', callerId: { number: null, withheld: null, name: 'SHOP', stamp: null } }]);
  });
});
