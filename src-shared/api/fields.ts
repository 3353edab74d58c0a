import { z } from 'zod';
import { normalizePersianText, toAsciiDigits } from '../domain/persian-text';
import { parseEconomicCode, parseLegalNationalId, parseNationalCode, parsePostalCode } from '../domain/iran-ids';
import { parseAmount } from '../domain/money';

// Reusable input fields. Messages are i18n keys (validation.*) that fa.ts turns into Persian.
export const personText = (max: number) =>
  z
    .string()
    .transform(normalizePersianText)
    .pipe(z.string().min(1, 'validation.required').max(max, 'validation.tooLong'));

export const optionalText = (max: number) =>
  z.string().transform(normalizePersianText).pipe(z.string().max(max, 'validation.tooLong'));

export const Username = z
  .string()
  .transform((s) => toAsciiDigits(s).trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._-]{3,32}$/, 'validation.username'));

export const NewPassword = z.string().min(8, 'validation.passwordShort').max(200, 'validation.tooLong');

export const AreaCode = z
  .string()
  .transform((s) => toAsciiDigits(s).replace(/\D/g, ''))
  .pipe(z.string().regex(/^0?[1-8]\d$/, 'validation.areaCode'))
  .transform((s) => (s.startsWith('0') ? s : `0${s}`));

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

type IdParser = (input: string) => { ok: true; value: string } | { ok: false; error: string };

// An Iranian identifier typed in any digit set, stored normalised; the error names the rule broken.
export function iranId(parse: IdParser) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: `validation.${result.error}` });
    return z.NEVER;
  });
}

export const NationalCode = iranId(parseNationalCode);
export const LegalNationalId = iranId(parseLegalNationalId);
export const EconomicCode = iranId(parseEconomicCode);
export const PostalCode = iranId(parsePostalCode);

// Money is an integer number of Rials; typed amounts may carry Persian digits and separators.
export const Rials = z.union([
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  z.string().transform((input, ctx) => {
    const amount = parseAmount(input);
    if (amount !== null && amount >= 0) return amount;
    ctx.addIssue({ code: 'custom', message: 'validation.amount' });
    return z.NEVER;
  }),
]);

export const nullableText = (max: number) =>
  z
    .string()
    .transform(normalizePersianText)
    .pipe(z.string().max(max, 'validation.tooLong'))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

// Codes and numbers people type (record code, certificate and registration numbers, extensions): stored
// with ASCII digits so that an exact search finds them whichever digits were typed.
export const typedNumber = (max: number) =>
  z
    .string()
    .transform((s) => toAsciiDigits(normalizePersianText(s)))
    .pipe(z.string().max(max, 'validation.tooLong'))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);
