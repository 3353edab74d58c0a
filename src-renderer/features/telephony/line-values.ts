import { BoxFormat, type LineKind, type PhoneLine, type TelephonySettings } from '../../../src-shared/api/telephony';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';

// One line as the form holds it: numbers and lists as the text the user types.
export interface LineValues {
  // React key: survives removing a line above.
  key: string;
  id: string;
  name: string;
  kind: LineKind;
  port: string;
  modemInit: string;
  baudRate: string;
  dtr: boolean;
  initHex: string;
  terminatorHex: string;
  lineNumberAt: string;
  stripPrefixes: string;
  skipChars: string;
  ignoreIfContains: string;
  userIds: number[];
  enabled: boolean;
}

export interface TelephonyValues {
  ringTimeoutSeconds: string;
  lines: LineValues[];
}

let lastKey = 0;
function newKey(): string {
  lastKey += 1;
  return `line-${lastKey}`;
}

function lineValuesOf(line: PhoneLine): LineValues {
  return {
    key: newKey(),
    id: line.id,
    name: line.name,
    kind: line.kind,
    port: line.port,
    modemInit: line.modemInit.join('\n'),
    baudRate: toPersianDigits(line.box.baudRate),
    dtr: line.box.dtr,
    initHex: line.box.initHex,
    terminatorHex: line.box.terminatorHex,
    lineNumberAt: toPersianDigits(line.box.lineNumberAt),
    stripPrefixes: line.box.stripPrefixes.join('\n'),
    skipChars: toPersianDigits(line.box.skipChars),
    ignoreIfContains: line.box.ignoreIfContains,
    userIds: line.userIds,
    enabled: line.enabled,
  };
}

export function telephonyValuesOf(settings: TelephonySettings): TelephonyValues {
  return { ringTimeoutSeconds: toPersianDigits(settings.ringTimeoutSeconds), lines: settings.lines.map(lineValuesOf) };
}

export function newLine(existing: readonly LineValues[]): LineValues {
  const box = BoxFormat.parse({});
  let n = existing.length + 1;
  while (existing.some((line) => line.id === `line-${n}`)) n += 1;
  return {
    key: newKey(),
    id: `line-${n}`,
    name: `خط ${toPersianDigits(n)}`,
    kind: 'voiceModem',
    port: '',
    modemInit: 'AT+VCID=1',
    baudRate: toPersianDigits(box.baudRate),
    dtr: box.dtr,
    initHex: box.initHex,
    terminatorHex: box.terminatorHex,
    lineNumberAt: toPersianDigits(box.lineNumberAt),
    stripPrefixes: '',
    skipChars: toPersianDigits(box.skipChars),
    ignoreIfContains: box.ignoreIfContains,
    userIds: [],
    enabled: true,
  };
}

// A typed number (Persian or Latin digits); NaN when not a whole number, so the server's check names the field.
function integer(text: string): number {
  const ascii = toAsciiDigits(text).trim();
  return /^-?\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function lineOf(values: LineValues): PhoneLine {
  return {
    id: values.id.trim(),
    name: values.name.trim(),
    kind: values.kind,
    port: values.port.trim(),
    modemInit: lines(values.modemInit),
    box: {
      baudRate: integer(values.baudRate),
      dtr: values.dtr,
      initHex: values.initHex.trim(),
      terminatorHex: values.terminatorHex.trim(),
      lineNumberAt: integer(values.lineNumberAt),
      stripPrefixes: lines(values.stripPrefixes),
      skipChars: integer(values.skipChars),
      ignoreIfContains: values.ignoreIfContains,
    },
    userIds: values.userIds,
    enabled: values.enabled,
  };
}
