// SMS PDUs (3GPP TS 23.040) as hex strings: SMS-SUBMIT out, SMS-DELIVER and SMS-STATUS-REPORT in.

import { packSeptets, septetsToText, textToSeptets, unpackSeptets } from '../../../src-shared/domain/gsm7';
import { planMessage, type SmsEncoding } from '../../../src-shared/domain/sms-parts';

export class PduError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PduError';
  }
}

// ---------- hex and semi-octets ----------

function hexToBytes(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) throw new PduError('PDU is not an even-length hex string');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function bytesToHex(bytes: readonly number[] | Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0').toUpperCase();
  return out;
}

const BCD_DIGITS = '0123456789*#abc';

function encodeSemiOctets(digits: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 2) {
    const lo = BCD_DIGITS.indexOf(digits[i]!);
    const hi = i + 1 < digits.length ? BCD_DIGITS.indexOf(digits[i + 1]!) : 0x0f;
    out.push((hi << 4) | lo);
  }
  return out;
}

function decodeSemiOctets(bytes: Uint8Array, digitCount: number): string {
  let out = '';
  for (let i = 0; i < digitCount; i++) {
    const b = bytes[i >> 1]!;
    const nibble = i % 2 === 0 ? b & 0x0f : b >> 4;
    if (nibble === 0x0f) break;
    out += BCD_DIGITS[nibble] ?? '';
  }
  return out;
}

// ---------- reading ----------

class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get offset(): number {
    return this.pos;
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  byte(field: string): number {
    const b = this.bytes[this.pos];
    if (b === undefined) throw new PduError(`PDU ends before ${field}`);
    this.pos++;
    return b;
  }
  take(n: number, field: string): Uint8Array {
    if (this.pos + n > this.bytes.length) throw new PduError(`PDU ends inside ${field}`);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

export type AddressType = 'international' | 'national' | 'alphanumeric' | 'unknown';

export interface SmsAddress {
  // International numbers carry a leading '+'.
  number: string;
  type: AddressType;
  // The raw type-of-address octet (0x91 international, 0x81 national/unknown ISDN, 0xD0 alphanumeric).
  toa: number;
}

function readAddress(r: Reader, field: string): SmsAddress {
  const digitCount = r.byte(`${field} length`);
  const toa = r.byte(`${field} type`);
  const raw = r.take(Math.ceil(digitCount / 2), field);
  const ton = (toa >> 4) & 0x07;
  if (ton === 0x05) {
    // Alphanumeric: GSM-7 packed; the length counts semi-octets actually used.
    return { number: septetsToText(unpackSeptets(raw, Math.floor((digitCount * 4) / 7))), type: 'alphanumeric', toa };
  }
  const digits = decodeSemiOctets(raw, digitCount);
  if (ton === 0x01) return { number: `+${digits}`, type: 'international', toa };
  return { number: digits, type: ton === 0x02 ? 'national' : 'unknown', toa };
}

function readSmsc(r: Reader): SmsAddress | null {
  const octets = r.byte('SMSC length');
  if (octets === 0) return null;
  const toa = r.byte('SMSC type');
  const digits = decodeSemiOctets(r.take(octets - 1, 'SMSC address'), (octets - 1) * 2);
  const international = ((toa >> 4) & 0x07) === 0x01;
  return { number: international ? `+${digits}` : digits, type: international ? 'international' : 'unknown', toa };
}

export interface SmsTimestamp {
  epochMs: number;
  // Offset of the service centre's local time from UTC, as written in the PDU.
  offsetMinutes: number;
}

function bcdSwapped(b: number): number {
  return (b & 0x0f) * 10 + (b >> 4);
}

function readTimestamp(r: Reader, field: string): SmsTimestamp {
  const t = r.take(7, field);
  const [year, month, day, hour, minute, second] = [0, 1, 2, 3, 4, 5].map((i) => bcdSwapped(t[i]!)) as [
    number, number, number, number, number, number,
  ];
  const tz = t[6]!;
  // Bit 3 of the octet is the sign; the rest is quarter hours in swapped BCD.
  const quarters = (tz & 0x07) * 10 + (tz >> 4);
  const offsetMinutes = (tz & 0x08 ? -quarters : quarters) * 15;
  const localAsUtc = Date.UTC(2000 + year, month - 1, day, hour, minute, second);
  return { epochMs: localAsUtc - offsetMinutes * 60_000, offsetMinutes };
}

export interface Concatenation {
  reference: number;
  total: number;
  sequence: number;
  referenceBits: 8 | 16;
}

function parseUdh(udh: Uint8Array): Concatenation | null {
  let concat: Concatenation | null = null;
  let i = 0;
  while (i + 1 < udh.length) {
    const iei = udh[i]!;
    const len = udh[i + 1]!;
    const data = udh.subarray(i + 2, i + 2 + len);
    if (data.length < len) throw new PduError('user data header element runs past the header');
    if (iei === 0x00 && len === 3) {
      concat = { reference: data[0]!, total: data[1]!, sequence: data[2]!, referenceBits: 8 };
    } else if (iei === 0x08 && len === 4) {
      concat = { reference: (data[0]! << 8) | data[1]!, total: data[2]!, sequence: data[3]!, referenceBits: 16 };
    }
    i += 2 + len;
  }
  return concat;
}

export type DecodedEncoding = SmsEncoding | '8bit';

function encodingOfDcs(dcs: number): DecodedEncoding {
  const group = dcs >> 4;
  if (group <= 0x07) {
    if (dcs & 0x20) throw new PduError(`compressed user data is not supported (DCS 0x${dcs.toString(16)})`);
    const alphabet = (dcs >> 2) & 0x03;
    return alphabet === 0x02 ? 'ucs2' : alphabet === 0x01 ? '8bit' : 'gsm7';
  }
  if (group === 0x0c || group === 0x0d) return 'gsm7';
  if (group === 0x0e) return 'ucs2';
  if (group === 0x0f) return dcs & 0x04 ? '8bit' : 'gsm7';
  throw new PduError(`reserved data coding scheme 0x${dcs.toString(16)}`);
}

interface UserData {
  text: string;
  binary: Uint8Array | null;
  concatenation: Concatenation | null;
}

function readUserData(r: Reader, hasUdh: boolean, encoding: DecodedEncoding): UserData {
  const udl = r.byte('user data length');
  const octets = encoding === 'gsm7' ? Math.ceil((udl * 7) / 8) : udl;
  const ud = r.take(Math.min(octets, r.remaining), 'user data');
  if (ud.length < octets) throw new PduError(`user data is ${ud.length} octets, UDL says ${octets}`);
  let headerOctets = 0;
  let concatenation: Concatenation | null = null;
  if (hasUdh) {
    const udhl = ud[0];
    if (udhl === undefined || udhl + 1 > ud.length) throw new PduError('user data header longer than user data');
    concatenation = parseUdh(ud.subarray(1, 1 + udhl));
    headerOctets = udhl + 1;
  }
  if (encoding === 'gsm7') {
    const headerSeptets = Math.ceil((headerOctets * 8) / 7);
    // Unpacking from the start and dropping the header septets also drops the fill bits.
    const septets = unpackSeptets(ud, udl).slice(headerSeptets);
    return { text: septetsToText(septets), binary: null, concatenation };
  }
  const payload = ud.subarray(headerOctets);
  if (encoding === '8bit') return { text: '', binary: payload.slice(), concatenation };
  let text = '';
  for (let i = 0; i + 1 < payload.length; i += 2) text += String.fromCharCode((payload[i]! << 8) | payload[i + 1]!);
  return { text, binary: null, concatenation };
}

export interface DeliverMessage {
  smsc: SmsAddress | null;
  sender: SmsAddress;
  timestamp: SmsTimestamp;
  encoding: DecodedEncoding;
  text: string;
  // Raw payload for 8-bit data messages, null otherwise.
  binary: Uint8Array | null;
  concatenation: Concatenation | null;
  protocolId: number;
  dataCodingScheme: number;
  statusReportIndicated: boolean;
}

export type PduKind = 'deliver' | 'submit' | 'status-report';

// A stored message (AT+CMGL, AT+CMGR) does not say what it is; the TP-MTI bits of the first octet after
// the SMSC do: delivers and status reports may share "SM" storage.
export function pduKind(hex: string): PduKind {
  const r = new Reader(hexToBytes(hex));
  r.take(r.byte('SMSC length'), 'SMSC address');
  const mti = r.byte('first octet') & 0x03;
  if (mti === 0x03) throw new PduError('reserved message type 3');
  return mti === 0x00 ? 'deliver' : mti === 0x01 ? 'submit' : 'status-report';
}

export function decodeDeliver(hex: string): DeliverMessage {
  const r = new Reader(hexToBytes(hex));
  const smsc = readSmsc(r);
  const first = r.byte('first octet');
  if ((first & 0x03) !== 0x00) throw new PduError(`not an SMS-DELIVER (message type ${first & 0x03})`);
  const sender = readAddress(r, 'originating address');
  const protocolId = r.byte('protocol identifier');
  const dataCodingScheme = r.byte('data coding scheme');
  const timestamp = readTimestamp(r, 'service centre time stamp');
  const encoding = encodingOfDcs(dataCodingScheme);
  const ud = readUserData(r, (first & 0x40) !== 0, encoding);
  return {
    smsc,
    sender,
    timestamp,
    encoding,
    text: ud.text,
    binary: ud.binary,
    concatenation: ud.concatenation,
    protocolId,
    dataCodingScheme,
    statusReportIndicated: (first & 0x20) !== 0,
  };
}

export type DeliveryState = 'delivered' | 'pending' | 'failed';

export function classifyStatus(status: number): DeliveryState {
  if (status <= 0x1f) return 'delivered';
  if (status <= 0x3f) return 'pending';
  return 'failed';
}

export interface StatusReport {
  smsc: SmsAddress | null;
  messageReference: number;
  recipient: SmsAddress;
  serviceCentreTime: SmsTimestamp;
  dischargeTime: SmsTimestamp;
  status: number;
  state: DeliveryState;
  // False only while the service centre is still trying (0x20–0x3F).
  final: boolean;
}

export function decodeStatusReport(hex: string): StatusReport {
  const r = new Reader(hexToBytes(hex));
  const smsc = readSmsc(r);
  const first = r.byte('first octet');
  if ((first & 0x03) !== 0x02) throw new PduError(`not an SMS-STATUS-REPORT (message type ${first & 0x03})`);
  const messageReference = r.byte('message reference');
  const recipient = readAddress(r, 'recipient address');
  const serviceCentreTime = readTimestamp(r, 'service centre time stamp');
  const dischargeTime = readTimestamp(r, 'discharge time');
  const status = r.byte('status');
  const state = classifyStatus(status);
  return { smsc, messageReference, recipient, serviceCentreTime, dischargeTime, status, state, final: state !== 'pending' };
}

// ---------- SMS-SUBMIT ----------

export interface SubmitOptions {
  to: string;
  text: string;
  // Concatenation reference shared by all parts, 0–255.
  reference: number;
  requestStatusReport: boolean;
  // Relative validity period in minutes; rounded up to what TP-VP can express (max 63 weeks).
  validity?: number;
}

export interface SubmitPdu {
  pdu: string;
  // Octets after the SMSC octet: the <length> of AT+CMGS.
  tpduLength: number;
}

export function relativeValidity(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new PduError(`validity must be a positive number of minutes, got ${minutes}`);
  if (minutes <= 720) return Math.max(0, Math.ceil(minutes / 5) - 1);
  if (minutes <= 1440) return 143 + Math.ceil((minutes - 720) / 30);
  if (minutes <= 30 * 1440) return 166 + Math.ceil(minutes / 1440);
  return Math.min(255, 192 + Math.ceil(minutes / 10080));
}

function encodeAddress(to: string): number[] {
  const trimmed = to.replace(/[\s-]/g, '');
  const international = trimmed.startsWith('+');
  const digits = international ? trimmed.slice(1) : trimmed;
  if (!/^[0-9]{1,20}$/.test(digits)) throw new PduError(`not a phone number: ${JSON.stringify(to)}`);
  return [digits.length, international ? 0x91 : 0x81, ...encodeSemiOctets(digits)];
}

export function encodeSubmit(options: SubmitOptions): SubmitPdu[] {
  const { to, text, reference, requestStatusReport, validity } = options;
  if (!Number.isInteger(reference) || reference < 0 || reference > 255) {
    throw new PduError(`concatenation reference must be 0–255, got ${reference}`);
  }
  const address = encodeAddress(to);
  const plan = planMessage(text);
  const total = plan.parts.length;
  if (total > 255) throw new PduError(`message needs ${total} parts; at most 255 fit a concatenation header`);
  const vp = validity === undefined ? null : relativeValidity(validity);

  return plan.parts.map((part, index) => {
    const udh = total > 1 ? [0x05, 0x00, 0x03, reference, total, index + 1] : [];
    let first = 0x01;
    if (vp !== null) first |= 0x10;
    if (requestStatusReport) first |= 0x20;
    if (udh.length > 0) first |= 0x40;

    let udl: number;
    let body: number[];
    if (plan.encoding === 'gsm7') {
      const septets = textToSeptets(part);
      const fill = udh.length === 0 ? 0 : (7 - ((udh.length * 8) % 7)) % 7;
      udl = Math.ceil((udh.length * 8) / 7) + septets.length;
      body = [...udh, ...packSeptets(septets, fill)];
    } else {
      const units: number[] = [];
      for (let i = 0; i < part.length; i++) {
        const u = part.charCodeAt(i);
        units.push(u >> 8, u & 0xff);
      }
      body = [...udh, ...units];
      udl = body.length;
    }

    const tpdu = [
      first,
      0x00, // TP-MR: the modem assigns the real one and returns it in +CMGS.
      ...address,
      0x00, // TP-PID
      plan.encoding === 'gsm7' ? 0x00 : 0x08,
      ...(vp === null ? [] : [vp]),
      udl,
      ...body,
    ];
    return { pdu: `00${bytesToHex(tpdu)}`, tpduLength: tpdu.length };
  });
}
