import { COMPANY_IMPORT_FIELDS, PERSON_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import { formatJalaliDate, parseJalaliDate } from '../../../src-shared/domain/jalali';
import { normalizePersianText, toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';

export function importFieldsOf(kind: PartyKind): readonly ImportField[] {
  return kind === 'person' ? PERSON_IMPORT_FIELDS : COMPANY_IMPORT_FIELDS;
}

// The one field without which every row is refused (PersonDraft.lastName, CompanyDraft.name): said before
// the check runs, not as the same reason on every row.
export const REQUIRED_FIELD: Record<PartyKind, ImportField> = { person: 'lastName', company: 'name' };

const LATIN_FIELDS: ReadonlySet<ImportField> = new Set(['email', 'website']);

export interface MappingIssues {
  // Column title → the earlier column already mapped to the same field (the server reads only the first).
  clashes: Map<string, string>;
  missingRequired: ImportField | null;
}

export function mappingIssues(kind: PartyKind, headers: readonly string[], mapping: ImportMapping): MappingIssues {
  const firstFor = new Map<ImportField, string>();
  const clashes = new Map<string, string>();
  for (const header of headers) {
    const field = mapping[header];
    if (!field) continue;
    const first = firstFor.get(field);
    if (first === undefined) firstFor.set(field, header);
    else clashes.set(header, first);
  }
  const required = REQUIRED_FIELD[kind];
  return { clashes, missingRequired: firstFor.has(required) ? null : required };
}

// A saved mapping applied to this file's columns; columns it does not name are ignored.
export function applySavedMapping(headers: readonly string[], saved: ImportMapping): ImportMapping {
  return Object.fromEntries(headers.map((header) => [header, saved[header] ?? null]));
}

export function sameMapping(headers: readonly string[], a: ImportMapping, b: ImportMapping): boolean {
  return headers.every((header) => (a[header] ?? null) === (b[header] ?? null));
}

export interface PreviewCell {
  text: string;
  // E-mail, web addresses and unmapped Latin text keep their own digits and run left to right.
  latin: boolean;
}

// A sample cell as the record will show it: ی/ک fixed, Jalali dates, Persian digits. Dates are read as
// src-main/modules/imports/rows.ts reads them: a Gregorian ISO date or a typed Jalali one.
export function previewCell(field: ImportField | null, raw: string): PreviewCell {
  const text = raw.trim();
  const latin = field ? LATIN_FIELDS.has(field) : /[A-Za-z@]/.test(text);
  if (text === '' || latin) return { text, latin };
  if (field === 'birthDate') {
    const ascii = toAsciiDigits(text);
    const gregorian = /^\d{4}-\d{2}-\d{2}$/.test(ascii) && Number(ascii.slice(0, 4)) > 1700 ? ascii : null;
    const iso = gregorian ?? parseJalaliDate(ascii);
    if (iso) return { text: formatJalaliDate(iso), latin: false };
  }
  return { text: toPersianDigits(normalizePersianText(text)), latin: false };
}
