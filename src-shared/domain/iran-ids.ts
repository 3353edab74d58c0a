import { toAsciiDigits } from './persian-text';

export type NationalCodeError =
  | 'nationalCode.empty'
  | 'nationalCode.chars'
  | 'nationalCode.length'
  | 'nationalCode.repeated'
  | 'nationalCode.checksum';
export type LegalNationalIdError =
  | 'legalNationalId.empty'
  | 'legalNationalId.chars'
  | 'legalNationalId.length'
  | 'legalNationalId.checksum';
export type EconomicCodeError =
  | 'economicCode.empty'
  | 'economicCode.chars'
  | 'economicCode.length'
  | 'economicCode.checksum';
export type MobileError =
  | 'mobile.empty'
  | 'mobile.chars'
  | 'mobile.country'
  | 'mobile.length'
  | 'mobile.prefix';
export type LandlineError =
  | 'landline.empty'
  | 'landline.chars'
  | 'landline.country'
  | 'landline.length'
  | 'landline.areaCode'
  | 'landline.isMobile';
export type PostalCodeError = 'postalCode.empty' | 'postalCode.chars' | 'postalCode.length';

export type IranIdError =
  | NationalCodeError
  | LegalNationalIdError
  | EconomicCodeError
  | MobileError
  | LandlineError
  | PostalCodeError;

export type ParseResult<T, E extends IranIdError = IranIdError> =
  | { ok: true; value: T }
  | { ok: false; error: E };

const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
const fail = <E extends IranIdError>(error: E): { ok: false; error: E } => ({ ok: false, error });

// Copy-pasted numbers often carry bidi marks, ZWNJ/ZWSP or NBSP; they are layout, not content.
const INVISIBLES = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const DASHES = /[-\u2010-\u2015\u2212\u0640]/g;

type Cleaned = { kind: 'empty' } | { kind: 'chars' } | { kind: 'digits'; digits: string };

function cleanDigits(input: string, extraSeparators?: RegExp): Cleaned {
  let s = toAsciiDigits(input).replace(INVISIBLES, '').replace(DASHES, '');
  if (extraSeparators) s = s.replace(extraSeparators, '');
  if (s === '') return { kind: 'empty' };
  return /^\d+$/.test(s) ? { kind: 'digits', digits: s } : { kind: 'chars' };
}

export function isValidNationalCodeChecksum(code: string): boolean {
  if (!/^\d{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(code[i]) * (10 - i);
  const r = sum % 11;
  const check = Number(code[9]);
  return r < 2 ? check === r : check === 11 - r;
}

/** کد ملی → its 10 ASCII digits. */
export function parseNationalCode(input: string): ParseResult<string, NationalCodeError> {
  const cleaned = cleanDigits(input);
  if (cleaned.kind === 'empty') return fail('nationalCode.empty');
  if (cleaned.kind === 'chars') return fail('nationalCode.chars');
  let code = cleaned.digits;
  // Spreadsheets drop leading zeros, so 8–9 digit codes are padded back.
  if (code.length === 8 || code.length === 9) code = code.padStart(10, '0');
  if (code.length !== 10) return fail('nationalCode.length');
  if (/^(\d)\1{9}$/.test(code)) return fail('nationalCode.repeated');
  return isValidNationalCodeChecksum(code) ? ok(code) : fail('nationalCode.checksum');
}

const LEGAL_ID_WEIGHTS = [29, 27, 23, 19, 17] as const;

/** The 11th digit of a شناسه ملی computed from its first 10 digits. */
export function legalNationalIdCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('Need 10 digits');
  const raise = Number(first10[9]) + 2;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    sum += (Number(first10[i]) + raise) * (LEGAL_ID_WEIGHTS[i % 5] ?? 0);
  }
  const r = sum % 11;
  return r === 10 ? 0 : r;
}

function isValidLegalNationalId(code: string): boolean {
  // Digits 4–9 are the registration serial, never all zero in an issued ID.
  if (!/^\d{11}$/.test(code) || /^0{6}$/.test(code.slice(3, 9))) return false;
  return legalNationalIdCheckDigit(code.slice(0, 10)) === Number(code[10]);
}

/** شناسه ملی (legal entity) → its 11 ASCII digits. */
export function parseLegalNationalId(input: string): ParseResult<string, LegalNationalIdError> {
  const cleaned = cleanDigits(input);
  if (cleaned.kind === 'empty') return fail('legalNationalId.empty');
  if (cleaned.kind === 'chars') return fail('legalNationalId.chars');
  if (cleaned.digits.length !== 11) return fail('legalNationalId.length');
  return isValidLegalNationalId(cleaned.digits) ? ok(cleaned.digits) : fail('legalNationalId.checksum');
}

/**
 * کد اقتصادی: 12 digits on older records (no published check digit, so length only), or
 * 11 digits for legal entities whose economic code is now their شناسه ملی (checked as such).
 */
export function parseEconomicCode(input: string): ParseResult<string, EconomicCodeError> {
  const cleaned = cleanDigits(input);
  if (cleaned.kind === 'empty') return fail('economicCode.empty');
  if (cleaned.kind === 'chars') return fail('economicCode.chars');
  const code = cleaned.digits;
  if (code.length === 12) return ok(code);
  if (code.length === 11) return isValidLegalNationalId(code) ? ok(code) : fail('economicCode.checksum');
  return fail('economicCode.length');
}

type PhoneDigits =
  | { kind: 'empty' }
  | { kind: 'chars' }
  | { kind: 'international'; digits: string }
  | { kind: 'national'; digits: string };

function cleanPhone(input: string): PhoneDigits {
  const s = toAsciiDigits(input)
    .replace(INVISIBLES, '')
    .replace(DASHES, '')
    .replace(/[().]/g, '');
  if (s === '') return { kind: 'empty' };
  if (/^\+\d+$/.test(s)) return { kind: 'international', digits: s.slice(1) };
  if (!/^\d+$/.test(s)) return { kind: 'chars' };
  if (s.startsWith('00')) return { kind: 'international', digits: s.slice(2) };
  return { kind: 'national', digits: s };
}

/**
 * The 10 digits after +98, or null when the number is not Iranian.
 * People write `+98 (0)21…`, so one 0 after the country code is dropped.
 */
function iranianNationalPart(phone: Extract<PhoneDigits, { digits: string }>): string | null {
  if (phone.kind === 'international') {
    if (!phone.digits.startsWith('98')) return null;
    const rest = phone.digits.slice(2);
    return rest.startsWith('0') ? rest.slice(1) : rest;
  }
  const d = phone.digits;
  if (d.startsWith('0')) return d.slice(1);
  if (d.length === 12 && d.startsWith('98')) return d.slice(2);
  return d;
}

/** Any way of writing an Iranian mobile → E.164 `+989123456789`. */
export function parseMobile(input: string): ParseResult<string, MobileError> {
  const phone = cleanPhone(input);
  if (phone.kind === 'empty') return fail('mobile.empty');
  if (phone.kind === 'chars') return fail('mobile.chars');
  const national = iranianNationalPart(phone);
  if (national === null) return fail('mobile.country');
  if (!national.startsWith('9')) return fail('mobile.prefix');
  if (national.length !== 10) return fail('mobile.length');
  return ok(`+98${national}`);
}

/** `+989123456789` → `0912 345 6789`; anything unparsable is returned as given. */
export function formatMobile(e164: string): string {
  const parsed = parseMobile(e164);
  if (!parsed.ok) return e164;
  const n = `0${parsed.value.slice(3)}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}

function normalizeAreaCode(areaCode: string | undefined): string | null {
  if (areaCode === undefined) return null;
  const cleaned = cleanDigits(areaCode);
  if (cleaned.kind !== 'digits') return null;
  const code = cleaned.digits.replace(/^0/, '');
  return /^[1-8]\d$/.test(code) ? code : null;
}

/**
 * Any way of writing an Iranian landline → E.164 `+982188776655`. A bare 8-digit local number
 * gets defaultAreaCode (the office setting, `'021'` or `'21'`).
 */
export function parseLandline(input: string, defaultAreaCode?: string): ParseResult<string, LandlineError> {
  const phone = cleanPhone(input);
  if (phone.kind === 'empty') return fail('landline.empty');
  if (phone.kind === 'chars') return fail('landline.chars');
  let national: string | null;
  if (phone.kind === 'national' && /^[1-9]\d{7}$/.test(phone.digits)) {
    const area = normalizeAreaCode(defaultAreaCode);
    if (area === null) return fail('landline.areaCode');
    national = area + phone.digits;
  } else {
    national = iranianNationalPart(phone);
  }
  if (national === null) return fail('landline.country');
  if (national.startsWith('9')) return fail('landline.isMobile');
  if (national.length !== 10) return fail('landline.length');
  if (!/^[1-8]/.test(national)) return fail('landline.areaCode');
  return ok(`+98${national}`);
}

/** `+982188776655` → `021 8877 6655`; anything unparsable is returned as given. */
export function formatLandline(e164: string): string {
  const parsed = parseLandline(e164);
  if (!parsed.ok) return e164;
  const n = `0${parsed.value.slice(3)}`;
  return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
}

/** A stored (E.164) number as people read it: mobile or landline format, foreign numbers as they are. */
export function formatPhone(e164: string): string {
  if (e164.startsWith('+989')) return formatMobile(e164);
  return e164.startsWith('+98') ? formatLandline(e164) : e164;
}

/**
 * One key for a phone number however it was typed or presented by caller ID, so every form
 * finds the same contact point: E.164 for Iranian mobiles and landlines, `+<digits>` for
 * foreign numbers, null when it is not a usable number.
 */
export function phoneLookupKey(input: string, defaultAreaCode?: string): string | null {
  const phone = cleanPhone(input);
  if (phone.kind === 'empty' || phone.kind === 'chars') return null;
  if (phone.kind === 'international' && !phone.digits.startsWith('98')) {
    // E.164 allows at most 15 digits; country code plus subscriber is at least 7 in practice.
    return /^[1-9]\d{6,14}$/.test(phone.digits) ? `+${phone.digits}` : null;
  }
  const mobile = parseMobile(input);
  if (mobile.ok) return mobile.value;
  const landline = parseLandline(input, defaultAreaCode);
  return landline.ok ? landline.value : null;
}

/** کد پستی → its 10 ASCII digits. */
export function parsePostalCode(input: string): ParseResult<string, PostalCodeError> {
  const cleaned = cleanDigits(input);
  if (cleaned.kind === 'empty') return fail('postalCode.empty');
  if (cleaned.kind === 'chars') return fail('postalCode.chars');
  return cleaned.digits.length === 10 ? ok(cleaned.digits) : fail('postalCode.length');
}

/** `1234567890` → `12345-67890`; anything unparsable is returned as given. */
export function formatPostalCode(code: string): string {
  const parsed = parsePostalCode(code);
  return parsed.ok ? `${parsed.value.slice(0, 5)}-${parsed.value.slice(5)}` : code;
}
