import { z } from 'zod';
import { normalizePersianText, toAsciiDigits } from '../domain/persian-text';

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
