// Parsers for the information lines of AT replies. Modems differ in spacing, quoting and extra fields
// (devices.md §2.7, §2.14), so each parser reads only what it needs and ignores the rest.

function fieldsAfter(prefix: string, line: string): string[] {
  return line
    .slice(prefix.length)
    .split(',')
    .map((field) => field.trim());
}

function integer(field: string | undefined): number | null {
  return field !== undefined && /^\d+$/.test(field) ? Number(field) : null;
}

function isStat(value: number | null): value is number {
  return value !== null && value <= 5;
}

// <stat> of +CREG. The answer to AT+CREG? leads with <n>, an indication with <stat>; some firmware answers
// the query in the indication form, which shows as a second field that is not a small number.
export function parseRegistration(line: string, asAnswer: boolean): number | null {
  if (!line.startsWith('+CREG:')) return null;
  const fields = fieldsAfter('+CREG:', line);
  const second = integer(fields[1]);
  if (asAnswer && isStat(second)) return second;
  const first = integer(fields[0]);
  return isStat(first) ? first : null;
}

// dBm from +CSQ: <rssi>,<ber>; 99 means "not known".
export function parseSignalDbm(lines: readonly string[]): number | null {
  const line = lines.find((candidate) => candidate.startsWith('+CSQ:'));
  if (!line) return null;
  const rssi = integer(fieldsAfter('+CSQ:', line)[0]);
  return rssi === null || rssi > 31 ? null : -113 + 2 * rssi;
}

// AT+CGMI / AT+CGMM: a bare text line, on some modems with a leading space or an echoed "+CGMI:" label.
export function parseIdentity(lines: readonly string[]): string | null {
  const line = lines.find((candidate) => candidate.trim() !== '');
  if (line === undefined) return null;
  const text = line.replace(/^\+CGM[IMR]:\s*/, '').trim();
  return text === '' ? null : text;
}

// +COPS: <mode>[,<format>,<oper>[,<AcT>]]; no operator when not registered.
export function parseOperator(lines: readonly string[]): string | null {
  const line = lines.find((candidate) => candidate.startsWith('+COPS:'));
  const name = line === undefined ? undefined : fieldsAfter('+COPS:', line)[2]?.replace(/"/g, '').trim();
  return name ? name : null;
}

// +CPMS answers used,total for each storage; the first pair is the read/delete storage ("SM" here).
// The query form puts the storage name before each pair, so names are dropped first.
export function parseStorage(lines: readonly string[]): { used: number; total: number } | null {
  const line = lines.find((candidate) => candidate.startsWith('+CPMS:'));
  if (!line) return null;
  const numbers = fieldsAfter('+CPMS:', line.replace(/"[^"]*"/g, ''))
    .map(integer)
    .filter((value): value is number => value !== null);
  const [used, total] = numbers;
  return used === undefined || total === undefined ? null : { used, total };
}

// +CMGS: <mr>[,<scts>]
export function parseMessageReference(lines: readonly string[]): number | null {
  const line = lines.find((candidate) => candidate.startsWith('+CMGS:'));
  return line === undefined ? null : integer(fieldsAfter('+CMGS:', line)[0]);
}

export interface StoredPdu {
  index: number;
  pdu: string;
}

// AT+CMGL=4 (PDU mode): "+CMGL: <index>,<stat>,[<alpha>],<length>" then the PDU line, repeated.
export function parseMessageList(lines: readonly string[]): StoredPdu[] {
  const out: StoredPdu[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('+CMGL:')) continue;
    const index = integer(fieldsAfter('+CMGL:', line)[0]);
    const pdu = lines[i + 1];
    if (index === null || pdu === undefined || pdu.startsWith('+CMGL:')) continue;
    out.push({ index, pdu });
    i++;
  }
  return out;
}

// AT+CMGR=<i> (PDU mode): "+CMGR: <stat>,[<alpha>],<length>" then the PDU line; some ZTE firmware leaves
// out <stat> (devices.md §2.14), so only the line after the header matters.
export function parseReadMessage(lines: readonly string[]): string | null {
  const header = lines.findIndex((line) => line.startsWith('+CMGR:'));
  return header < 0 ? null : (lines[header + 1] ?? null);
}

export type PinState = 'ready' | 'pin' | 'puk' | 'other';

export function parsePinState(lines: readonly string[]): PinState | null {
  const line = lines.find((candidate) => candidate.startsWith('+CPIN:'));
  if (!line) return null;
  const value = line.slice('+CPIN:'.length).trim().toUpperCase();
  if (value === 'READY') return 'ready';
  if (value === 'SIM PIN') return 'pin';
  if (value === 'SIM PUK') return 'puk';
  return 'other';
}

const CALL_STATES = ['active', 'held', 'dialling', 'alerting', 'incoming', 'waiting'] as const;

// `+CLCC: <id>,<dir>,<stat>,<mode>,<mpty>[,<number>,<type>]` (27.007): dir 0 = we called; stat 0 active,
// 1 held, 2 dialling, 3 alerting, 4 incoming, 5 waiting. Only voice calls (mode 0) count.
export function parseClcc(line: string): { outgoing: boolean; state: (typeof CALL_STATES)[number] } | null {
  const match = /^\+CLCC:\s*\d+\s*,\s*([01])\s*,\s*([0-5])\s*,\s*(\d+)/.exec(line);
  if (!match || match[3] !== '0') return null;
  return { outgoing: match[1] === '0', state: CALL_STATES[Number(match[2])]! };
}
