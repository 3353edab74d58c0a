// PDUs the network would put in a modem's storage (SMS-DELIVER, SMS-STATUS-REPORT), and a reader for the
// SMS-SUBMITs the app sends. The reader is node-pdu, so what the simulator logs does not depend on our codec.

import { parse, Submit } from 'node-pdu';
import { canEncodeGsm7, gsm7CharSeptets, packSeptets, textToSeptets } from '../../../src-shared/domain/gsm7';

export interface Concat {
  reference: number;
  total: number;
  sequence: number;
  referenceBits?: 8 | 16;
}

export interface DeliverSpec {
  // '+98…' international, digits for a national number, anything else is an alphanumeric sender.
  from: string;
  text: string;
  encoding?: 'gsm7' | 'ucs2';
  concat?: Concat;
  sentAt?: Date;
  // The service centre's offset from UTC; Tehran is +03:30.
  offsetMinutes?: number;
}

export interface StatusReportSpec {
  reference: number;
  recipient: string;
  status: number;
  at?: Date;
}

const SMSC = [0x07, 0x91, 0x89, 0x19, 0x02, 0x00, 0x00, 0x00]; // +989120000000

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
const swapped = (n: number) => ((n % 10) << 4) | Math.floor(n / 10);

function semiOctets(digits: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 2) {
    const hi = i + 1 < digits.length ? Number(digits[i + 1]) : 0x0f;
    out.push((hi << 4) | Number(digits[i]));
  }
  return out;
}

function address(value: string): number[] {
  if (/^\+\d+$/.test(value)) return [value.length - 1, 0x91, ...semiOctets(value.slice(1))];
  if (/^\d+$/.test(value)) return [value.length, 0x81, ...semiOctets(value)];
  const septets = textToSeptets(value);
  return [Math.ceil((septets.length * 7) / 4), 0xd0, ...packSeptets(septets)];
}

function timestamp(at: Date, offsetMinutes: number): number[] {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const fields = [
    local.getUTCFullYear() % 100,
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  ];
  const quarters = Math.abs(offsetMinutes) / 15;
  return [...fields.map(swapped), swapped(quarters) | (offsetMinutes < 0 ? 0x08 : 0)];
}

function concatHeader(concat: Concat): number[] {
  const { reference, total, sequence } = concat;
  return concat.referenceBits === 16
    ? [0x06, 0x08, 0x04, reference >> 8, reference & 0xff, total, sequence]
    : [0x05, 0x00, 0x03, reference, total, sequence];
}

export function encodeDeliver(spec: DeliverSpec): string {
  const encoding = spec.encoding ?? (canEncodeGsm7(spec.text) ? 'gsm7' : 'ucs2');
  const udh = spec.concat ? concatHeader(spec.concat) : [];
  let udl: number;
  let body: number[];
  if (encoding === 'gsm7') {
    const septets = textToSeptets(spec.text);
    const fill = (7 - ((udh.length * 8) % 7)) % 7;
    udl = Math.ceil((udh.length * 8) / 7) + septets.length;
    body = [...udh, ...packSeptets(septets, udh.length === 0 ? 0 : fill)];
  } else {
    const units = [...spec.text].flatMap((ch) => {
      const code = ch.charCodeAt(0);
      return [code >> 8, code & 0xff];
    });
    body = [...udh, ...units];
    udl = body.length;
  }
  const first = 0x04 | (udh.length > 0 ? 0x40 : 0); // SMS-DELIVER, no more messages to send
  return hex([
    ...SMSC,
    first,
    ...address(spec.from),
    0x00,
    encoding === 'gsm7' ? 0x00 : 0x08,
    ...timestamp(spec.sentAt ?? new Date(), spec.offsetMinutes ?? 210),
    udl,
    ...body,
  ]);
}

export function encodeStatusReport(spec: StatusReportSpec): string {
  const at = spec.at ?? new Date();
  return hex([...SMSC, 0x06, spec.reference & 0xff, ...address(spec.recipient), ...timestamp(at, 210), ...timestamp(at, 210), spec.status]);
}

// A long text cut into the parts a phone would send: 153/152 GSM-7 septets or 67/66 UCS-2 characters per
// part for 8-/16-bit references, never splitting an escape pair.
export function deliverParts(from: string, text: string, reference: number, referenceBits: 8 | 16 = 8): DeliverSpec[] {
  const gsm7 = canEncodeGsm7(text);
  const room = (gsm7 ? 153 : 67) - (referenceBits === 16 ? 1 : 0);
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of text) {
    const cost = gsm7 ? (gsm7CharSeptets(ch) ?? 1) : 1;
    if (used + cost > room) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += cost;
  }
  pieces.push(piece);
  return pieces.map((part, i) => ({
    from,
    text: part,
    concat: pieces.length > 1 ? { reference, total: pieces.length, sequence: i + 1, referenceBits } : undefined,
  }));
}

// Octets after the SMSC: the <length> a modem reports in +CMGL / +CMGR / +CDS.
export function tpduLength(pdu: string): number {
  return pdu.length / 2 - 1 - parseInt(pdu.slice(0, 2), 16);
}

export interface SubmittedPart {
  to: string;
  text: string;
  concat: { reference: number; total: number; sequence: number } | null;
  statusReportRequested: boolean;
  pdu: string;
}

export function readSubmit(pdu: string): SubmittedPart {
  const submit = parse(pdu);
  if (!(submit instanceof Submit)) throw new Error(`not an SMS-SUBMIT: ${pdu}`);
  const header = submit.data.parts[0]?.header ?? null;
  const reference = header?.getPointer();
  const total = header?.getSegments();
  const sequence = header?.getCurrent();
  return {
    to: `${submit.address.type.type === 1 ? '+' : ''}${submit.address.phone ?? ''}`,
    text: submit.data.getText(),
    concat: reference === undefined || total === undefined || sequence === undefined ? null : { reference, total, sequence },
    statusReportRequested: submit.type.statusReportRequest === 1,
    pdu,
  };
}
