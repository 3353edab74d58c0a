import type { ImportField, ImportMapping } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import { parseJalaliDate } from '../../../src-shared/domain/jalali';
import { foldForSearch, toAsciiDigits } from '../../../src-shared/domain/persian-text';
import type { Cell } from '../printing/spreadsheet';

const MALE = new Set(['مرد', 'آقا', 'اقا', 'male', 'm', 'مذکر']);
const FEMALE = new Set(['زن', 'خانم', 'female', 'f', 'مونث']);

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

// Excel stores a date as a UTC midnight; a typed Jalali date (۱۳۷۰/۰۱/۱۵) or an ISO date works too.
function isoDate(cell: Cell): string | null {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const typed = toAsciiDigits(String(cell)).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed) && Number(typed.slice(0, 4)) > 1700) return typed;
  return parseJalaliDate(typed) ?? typed;
}

function gender(cell: Cell): string | null {
  const folded = foldForSearch(text(cell));
  if (!folded) return null;
  if (MALE.has(folded)) return 'male';
  if (FEMALE.has(folded)) return 'female';
  return folded;
}

const orNull = (value: string) => (value === '' ? null : value);

// One sheet row as the draft the people/companies API accepts; the API's own validation then judges it.
export function rowToDraft(kind: PartyKind, headers: string[], mapping: ImportMapping, row: Cell[]): Record<string, unknown> {
  const values = new Map<ImportField, Cell>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (field && !values.has(field)) values.set(field, row[index] ?? null);
  });
  const get = (field: ImportField) => text(values.get(field) ?? null);
  const contactPoints: Record<string, unknown>[] = [];
  for (const kindOfPoint of ['mobile', 'phone', 'fax', 'email', 'website'] as const) {
    const value = get(kindOfPoint);
    if (value) contactPoints.push({ kind: kindOfPoint, value });
  }
  if (get('address') || get('postalCode')) {
    contactPoints.push({
      kind: 'address',
      province: get('province'),
      city: get('city'),
      addressLine: get('address'),
      postalCode: orNull(toAsciiDigits(get('postalCode'))),
    });
  }
  const common = {
    code: get('code'),
    province: get('province'),
    city: get('city'),
    description: get('description'),
    contactPoints,
  };
  if (kind === 'company') {
    return {
      ...common,
      name: get('name'),
      companyType: get('companyType'),
      brand: get('brand'),
      economicCode: orNull(get('economicCode')),
      legalNationalId: orNull(get('legalNationalId')),
      registrationNo: get('registrationNo'),
    };
  }
  return {
    ...common,
    prefix: get('prefix'),
    gender: gender(values.get('gender') ?? null),
    firstName: get('firstName'),
    lastName: get('lastName'),
    nationalCode: orNull(get('nationalCode')),
    birthDate: isoDate(values.get('birthDate') ?? null),
  };
}
