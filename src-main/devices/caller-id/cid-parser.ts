// Pure parsers for what caller-ID devices print (devices.md §2.16, §3, §4): voice-modem blocks (formatted
// and raw SDMF/MDMF packets), GSM +CLIP, RING/+CRING and call ends, and the records of serial caller-ID
// boxes whose format is configured. Kept free of I/O so byte fixtures test them directly.

import type { BoxFormat } from '../../../src-shared/api/telephony';

// The date and time the exchange sent with the number. There is no year on the line: the core uses its clock.
export interface CidStamp {
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface CallerId {
  // As the line gave it; null when withheld, unavailable or not sent.
  number: string | null;
  withheld: 'private' | 'unavailable' | null;
  name: string | null;
  stamp: CidStamp | null;
}

export type CallEvent = { kind: 'ring' } | { kind: 'callerId'; callerId: CallerId } | { kind: 'ended' };

// 'P' and 'O' in place of a number or a name: the Bellcore/ETSI reason for absence.
function absence(value: string): CallerId['withheld'] {
  if (value === 'P') return 'private';
  if (value === 'O') return 'unavailable';
  return null;
}

function stampOf(digits: string): CidStamp | null {
  if (!/^\d{8}$/.test(digits)) return null;
  const [month, day, hour, minute] = [0, 2, 4, 6].map((at) => Number(digits.slice(at, at + 2))) as [number, number, number, number];
  return { month, day, hour, minute };
}

// ---------- voice modem, unformatted (AT+VCID=2, AT#CID=2): the packet in hex ----------

const SDMF = 0x04;
const MDMF = 0x80;

// A whole SDMF or MDMF packet (type, length, body, checksum), without the channel seizure. The checksum
// makes the byte sum 0 mod 256; a packet that fails it is dropped, as modems drop formatted blocks.
export function parseCidPacket(packet: Buffer): CallerId | null {
  if (packet.length < 3) return null;
  const type = packet[0];
  const length = packet[1]!;
  if (packet.length !== length + 3) return null;
  if (packet.reduce((sum, byte) => (sum + byte) & 0xff, 0) !== 0) return null;
  const body = packet.subarray(2, 2 + length);
  if (type === SDMF) {
    if (body.length < 9) return null;
    const value = body.subarray(8).toString('latin1');
    const withheld = value.length === 1 ? absence(value) : null;
    return { number: withheld ? null : value, withheld, name: null, stamp: stampOf(body.subarray(0, 8).toString('latin1')) };
  }
  if (type !== MDMF) return null;
  const result: CallerId = { number: null, withheld: null, name: null, stamp: null };
  for (let at = 0; at + 2 <= body.length; ) {
    const parameter = body[at]!;
    const size = body[at + 1]!;
    if (at + 2 + size > body.length) return null;
    const value = body.subarray(at + 2, at + 2 + size).toString('latin1');
    at += 2 + size;
    if (parameter === 0x01) result.stamp = stampOf(value);
    else if (parameter === 0x02) result.number = value;
    else if (parameter === 0x04) result.withheld = absence(value);
    else if (parameter === 0x07) result.name = value.trim() || null;
    // 0x08 (reason for absence of the name) leaves the name null, which says the same.
  }
  return result;
}

const HEX_PACKET = /^(04|80)([0-9A-F]{2})+$/i;

// The hex line some modems print in unformatted mode; null for lines that are not such a packet.
export function parseHexPacket(line: string): CallerId | null {
  const hex = line.replace(/\s+/g, '');
  return HEX_PACKET.test(hex) ? parseCidPacket(Buffer.from(hex, 'hex')) : null;
}

// ---------- voice modem, formatted (AT+VCID=1, AT#CID=1) ----------

const FORMATTED = /^(DATE|TIME|NMBR|NAME|MESG|DDN_NMBR)\s*=\s*(.*)$/;

// Collects the "TAG = value" lines of one formatted block. The block has no end marker: it ends with the
// next line that is not part of it (RING, usually), with a second DATE, or when the owner's quiet timer
// calls flush().
export class FormattedBlock {
  private fields = new Map<string, string>();

  get pending(): boolean {
    return this.fields.size > 0;
  }

  // Returns a finished earlier block when this line starts a new one. null from a line that is not a
  // formatted field; the caller then flushes.
  push(line: string): { taken: boolean; finished: CallerId | null } {
    const match = FORMATTED.exec(line.trim());
    if (!match) return { taken: false, finished: null };
    const tag = match[1]!;
    const finished = this.fields.has(tag) ? this.flush() : null;
    this.fields.set(tag, match[2]!.trim());
    return { taken: true, finished };
  }

  // The block so far, without ending it.
  peek(): CallerId | null {
    return FormattedBlock.callerIdOf(this.fields);
  }

  hasNumber(): boolean {
    return this.fields.has('NMBR') || this.fields.has('DDN_NMBR');
  }

  flush(): CallerId | null {
    const fields = this.fields;
    this.fields = new Map();
    return FormattedBlock.callerIdOf(fields);
  }

  private static callerIdOf(fields: ReadonlyMap<string, string>): CallerId | null {
    const number = fields.get('NMBR') ?? fields.get('DDN_NMBR');
    const name = fields.get('NAME');
    // MESG alone carries a parameter the modem did not know: nothing a person could use.
    if (number === undefined && name === undefined) return null;
    const date = fields.get('DATE') ?? '';
    const time = fields.get('TIME') ?? '';
    const withheld = number === undefined ? null : absence(number);
    return {
      number: withheld || number === undefined || number === '' ? null : number,
      withheld,
      name: name === undefined || absence(name) || name === '' ? null : name,
      stamp: date.length === 4 && time.length === 4 ? stampOf(date + time) : null,
    };
  }
}

// ---------- GSM ----------

// Comma-separated fields where a quoted field may hold commas (a name in the alpha field).
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (character === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += character;
  }
  fields.push(field.trim());
  return fields;
}

// +CLIP: "<number>",<type>[,<subaddr>,<satype>,<alpha>[,<CLI validity>]] (27.007). Withheld numbers come
// as an empty string with validity 1, so no field may be assumed non-empty.
export function parseClip(line: string): CallerId | null {
  const match = /^\+CLIP:\s*(.*)$/.exec(line.trim());
  if (!match) return null;
  const [raw = '', type, , , alpha, validity] = csvFields(match[1]!);
  const withheld = validity === '1' ? 'private' : validity === '2' || raw === '' ? 'unavailable' : null;
  // Type 145 is international: the number should carry its '+', but some firmware leaves it out.
  const number = withheld || raw === '' ? null : type === '145' && !raw.startsWith('+') ? `+${raw}` : raw;
  return { number, withheld, name: alpha ? alpha : null, stamp: null };
}

// RING (or +CRING: <type> with AT+CRC=1) for each ring; NO CARRIER or Huawei ^CEND when the call is over.
export function callLineKind(line: string): 'ring' | 'ended' | null {
  const text = line.trim();
  if (text === 'RING' || text.startsWith('+CRING:')) return 'ring';
  if (text === 'NO CARRIER' || text.startsWith('^CEND:')) return 'ended';
  return null;
}

// Reads the lines a modem prints during a call: one reader for voice modems and GSM modems alike.
export class CallLineReader {
  private readonly block = new FormattedBlock();
  // The open block's number was already reported: the pop-up must not wait for the quiet that ends a
  // block (a NAME after NMBR is rare on Iranian lines, and a later report of the same call adds nothing).
  private reported = false;

  // A formatted block is open: the owner calls flush() when the line has been quiet for a moment.
  get pending(): boolean {
    return this.block.pending;
  }

  push(line: string): CallEvent[] {
    const events: CallEvent[] = [];
    const { taken, finished } = this.block.push(line);
    if (finished) events.push(...this.report(finished));
    if (taken) {
      if (!this.reported && this.block.hasNumber()) {
        const early = this.block.peek();
        if (early) events.push({ kind: 'callerId', callerId: early });
        this.reported = true;
      }
      return events;
    }
    events.push(...this.flush());
    const kind = callLineKind(line);
    const callerId = kind === null ? (parseClip(line) ?? parseHexPacket(line)) : null;
    if (kind) events.push({ kind });
    else if (callerId) events.push({ kind: 'callerId', callerId });
    return events;
  }

  flush(): CallEvent[] {
    return this.report(this.block.flush());
  }

  private report(callerId: CallerId | null): CallEvent[] {
    const already = this.reported;
    this.reported = false;
    return callerId && !already ? [{ kind: 'callerId', callerId }] : [];
  }
}

// ---------- serial caller-ID boxes ----------

// "FC 70 72" or "fc7072" as bytes; the settings schema has already checked the form.
export function hexBytes(hex: string): Buffer {
  return Buffer.from(hex.replace(/\s+/g, ''), 'hex');
}

// Splits a byte stream into records ending with a terminator, across reads. Bytes that never reach a
// terminator within maxLength are noise and are dropped, so a stuck buffer cannot grow forever.
export class RecordSplitter {
  private buffer = Buffer.alloc(0);

  constructor(
    private readonly terminator: Buffer,
    private readonly maxLength = 256,
  ) {}

  push(chunk: Buffer): Buffer[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const records: Buffer[] = [];
    for (let end = this.buffer.indexOf(this.terminator); end >= 0; end = this.buffer.indexOf(this.terminator)) {
      records.push(this.buffer.subarray(0, end));
      this.buffer = this.buffer.subarray(end + this.terminator.length);
    }
    if (this.buffer.length > this.maxLength) this.buffer = this.buffer.subarray(this.buffer.length - this.maxLength);
    return records;
  }
}

export interface BoxRecord {
  line: number;
  number: string;
}

// One record (terminator removed) in a box's configured format. Order, as the settings describe it: drop
// noise around the record, skip it if it holds an ignored character (ring or hang-up records), drop a
// prefix, read the line number at lineNumberAt, skip skipChars more, and take the digits that follow.
export function parseBoxRecord(record: Buffer, format: BoxFormat): BoxRecord | null {
  // Line noise and control bytes between records end up at the ends of the next record.
  let text = record.toString('latin1').replace(/^[^\x21-\x7e]+|[^\x21-\x7e]+$/g, '');
  if ([...format.ignoreIfContains].some((character) => text.includes(character))) return null;
  const prefix = format.stripPrefixes.find((candidate) => candidate !== '' && text.toLowerCase().startsWith(candidate.toLowerCase()));
  if (prefix) text = text.slice(prefix.length).trimStart();
  let line = 1;
  if (format.lineNumberAt >= 0) {
    const digit = text[format.lineNumberAt] ?? '';
    if (!/^[0-9]$/.test(digit)) return null;
    line = Number(digit);
    text = text.slice(format.lineNumberAt + 1);
  }
  const number = /^\s*(\+?\d{3,})/.exec(text.slice(format.skipChars))?.[1];
  return number === undefined ? null : { line, number };
}
