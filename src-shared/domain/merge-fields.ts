// Merge fields for SMS and printed letters: the user writes «{نام}» in a template and each recipient's
// value takes its place. One set for every channel, so a template means the same on paper and on a phone.

import { formatPostalCode } from './iran-ids';
import { formatJalaliDate, todayIsoDate } from './jalali';
import { amountInWords, formatMoney, numberToPersianWords, type MoneyUnit } from './money';
import { normalizePersianText, toPersianDigits } from './persian-text';

export const MERGE_FIELDS = [
  'salutation',
  'prefix',
  'firstName',
  'lastName',
  'fullName',
  'company',
  'code',
  'points',
  'wallet',
  'birthday',
  'formalAddress',
  'position',
  'address',
  'city',
  'postalCode',
  'today',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

// What the user types between the braces. Persian words, because the templates are written in Persian.
export const MERGE_FIELD_TOKENS: Record<MergeField, string> = {
  salutation: 'خطاب',
  prefix: 'عنوان',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  fullName: 'نام کامل',
  company: 'شرکت',
  code: 'کد',
  points: 'امتیاز',
  wallet: 'کیف پول',
  birthday: 'تاریخ تولد',
  formalAddress: 'خطاب رسمی',
  position: 'سمت',
  address: 'نشانی',
  city: 'شهر',
  postalCode: 'کد پستی',
  today: 'تاریخ امروز',
};

// «{کیف پول:حروف}»: the amount in words, as letters and cheques write it.
export const IN_WORDS = ':حروف';

const FIELD_BY_TOKEN = new Map<string, MergeField>(MERGE_FIELDS.map((field) => [MERGE_FIELD_TOKENS[field], field]));

export interface MergeRecipient {
  kind: 'person' | 'company' | 'number';
  prefix: string | null;
  gender: 'male' | 'female' | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string | null;
  company: string | null;
  code: string | null;
  // Club balances; null until the customer club has a value for this recipient.
  points: number | null;
  walletRials: number | null;
  birthDate: string | null;
  // Position at the person's (first) company: «مدیر فروش».
  position: string | null;
  // The postal address letters go to, and its parts.
  address: string | null;
  city: string | null;
  postalCode: string | null;
}

// «جناب آقای» / «سرکار خانم»: the formal address Iranian offices put before a name.
export function salutationOf(recipient: Pick<MergeRecipient, 'kind' | 'gender'>): string {
  if (recipient.kind !== 'person') return '';
  if (recipient.gender === 'male') return 'جناب آقای';
  if (recipient.gender === 'female') return 'سرکار خانم';
  return '';
}

// The address block of an official letter: «حضور مدیر فروش محترم شرکت نمونه» over «جناب آقای مهندس رضایی»
// for someone at a company, the salutation, title and name otherwise, «مدیریت محترم …» for a company.
export function formalAddressOf(r: MergeRecipient): string | null {
  if (r.kind === 'company') return r.displayName ? `مدیریت محترم ${r.displayName}` : null;
  const name = [salutationOf(r), r.prefix, r.company && r.position ? r.lastName : [r.firstName, r.lastName].filter(Boolean).join(' ')].filter(Boolean).join(' ');
  const atCompany = r.company ? `حضور ${r.position ? `${r.position} محترم` : 'مدیریت محترم'} ${r.company}` : null;
  return [atCompany, name || r.displayName].filter(Boolean).join('\n') || null;
}

function valueOf(field: MergeField, r: MergeRecipient, moneyUnit: MoneyUnit, today: string): string | null {
  switch (field) {
    case 'salutation':
      return salutationOf(r) || null;
    case 'prefix':
      return r.prefix;
    case 'firstName':
      return r.firstName;
    case 'lastName':
      return r.lastName;
    case 'fullName':
      return [r.firstName, r.lastName].filter(Boolean).join(' ') || r.displayName;
    case 'company':
      return r.kind === 'company' ? r.displayName : r.company;
    case 'code':
      return r.code === null ? null : toPersianDigits(r.code);
    case 'points':
      return r.points === null ? null : toPersianDigits(r.points.toLocaleString('en-US').replace(/,/g, '٬'));
    case 'wallet':
      return r.walletRials === null ? null : formatMoney(r.walletRials, moneyUnit);
    case 'birthday':
      return r.birthDate === null ? null : formatJalaliDate(r.birthDate);
    case 'formalAddress':
      return formalAddressOf(r);
    case 'position':
      return r.position;
    case 'address':
      return r.address === null ? null : toPersianDigits(r.address);
    case 'city':
      return r.city;
    case 'postalCode':
      return r.postalCode === null ? null : toPersianDigits(formatPostalCode(r.postalCode));
    case 'today':
      return formatJalaliDate(today);
  }
}

function inWords(field: MergeField, r: MergeRecipient, moneyUnit: MoneyUnit): string | null {
  if (field === 'wallet') return r.walletRials === null ? null : amountInWords(r.walletRials, moneyUnit);
  if (field === 'points') return r.points === null ? null : numberToPersianWords(r.points);
  return null;
}

// Whether a record field fills this token (with or without «:حروف»).
export function isFieldToken(token: string): boolean {
  return FIELD_BY_TOKEN.has(token.endsWith(IN_WORDS) ? token.slice(0, -IN_WORDS.length) : token);
}

export interface MergeResult {
  text: string;
  // Tokens that had no value for this recipient (left blank in the text).
  missing: string[];
  // Tokens that are neither a known field nor a custom one (left as typed, so the user sees them).
  unknown: string[];
}

const TOKEN = /\{([^{}\n]{1,40})\}/g;

// Every «{…}» in a template, normalized (ي→ی, spaces), in order of first appearance.
export function templateTokens(template: string): string[] {
  const seen = new Set<string>();
  for (const match of template.matchAll(TOKEN)) seen.add(normalizePersianText(match[1]!));
  return [...seen];
}

export interface RenderOptions {
  custom?: Readonly<Record<string, string>>;
  moneyUnit?: MoneyUnit;
  // «{تاریخ امروز}»; ISO, the office's local day.
  today?: string;
}

export function renderTemplate(template: string, recipient: MergeRecipient, { custom = {}, moneyUnit = 'rial', today = todayIsoDate() }: RenderOptions = {}): MergeResult {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const text = template.replace(TOKEN, (whole, raw: string) => {
    const token = normalizePersianText(raw);
    const words = token.endsWith(IN_WORDS);
    const field = FIELD_BY_TOKEN.get(words ? token.slice(0, -IN_WORDS.length) : token);
    if (field) {
      const value = words ? inWords(field, recipient, moneyUnit) : valueOf(field, recipient, moneyUnit, today);
      if (value === null || value === '') missing.add(token);
      return value ?? '';
    }
    if (token in custom) return custom[token]!;
    unknown.add(token);
    return whole;
  });
  // A blank field leaves doubled spaces ("سلام  عزیز"): fold them, but keep line breaks.
  return { text: text.replace(/[ \t]{2,}/g, ' ').replace(/ +\n/g, '\n').trim(), missing: [...missing], unknown: [...unknown] };
}
