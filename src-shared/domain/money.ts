import { toAsciiDigits, toPersianDigits } from './persian-text';

/** Display unit; amounts are always stored as an integer number of Rials. */
export type MoneyUnit = 'rial' | 'toman';

export const MONEY_UNIT_WORDS: Readonly<Record<MoneyUnit, string>> = { rial: 'ریال', toman: 'تومان' };

const THOUSANDS_SEPARATOR = '\u066C';
const DECIMAL_SEPARATOR = '\u066B';
/**
 * LRM + MINUS SIGN, the same prefix Intl.NumberFormat('fa') produces: the LRM makes the sign and
 * digits one left-to-right run, so the minus shows on the left of the number inside Persian text
 * without extra markup.
 */
export const PERSIAN_MINUS = '\u200E\u2212';

function assertRials(rials: number): void {
  if (!Number.isSafeInteger(rials)) throw new RangeError(`Money must be a whole number of Rials: ${rials}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
}

/** The number part of formatMoney: Persian digits, `٬` grouping, `٫۵` for half a toman. */
export function formatMoneyNumber(rials: number, unit: MoneyUnit): string {
  assertRials(rials);
  const abs = Math.abs(rials);
  let text: string;
  if (unit === 'toman') {
    const rest = abs % 10;
    text = groupThousands(String(Math.floor(abs / 10)));
    if (rest !== 0) text += `${DECIMAL_SEPARATOR}${rest}`;
  } else {
    text = groupThousands(String(abs));
  }
  return `${rials < 0 ? PERSIAN_MINUS : ''}${toPersianDigits(text)}`;
}

/** `۱٬۲۰۰٬۰۰۰ ریال` or `۱۲۰٬۰۰۰ تومان`. */
export function formatMoney(rials: number, unit: MoneyUnit): string {
  return `${formatMoneyNumber(rials, unit)} ${MONEY_UNIT_WORDS[unit]}`;
}

const ONES = [
  '',
  'یک',
  'دو',
  'سه',
  'چهار',
  'پنج',
  'شش',
  'هفت',
  'هشت',
  'نه',
  'ده',
  'یازده',
  'دوازده',
  'سیزده',
  'چهارده',
  'پانزده',
  'شانزده',
  'هفده',
  'هجده',
  'نوزده',
] as const;
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'] as const;
const HUNDREDS = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'] as const;
const AND = ' و ';

function belowThousand(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(HUNDREDS[hundreds] ?? '');
  if (rest >= 20) {
    parts.push(TENS[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) parts.push(ONES[rest % 10] ?? '');
  } else if (rest > 0) {
    parts.push(ONES[rest] ?? '');
  }
  return parts.join(AND);
}

function positiveWords(n: number): string {
  if (n >= 1e9) {
    // Above میلیارد the count of میلیارد is spelled out recursively («هزار میلیارد» for 10^12,
    // «یک میلیون میلیارد» for 10^15) rather than using تریلیون, which readers of cheques know less well.
    const billions = Math.floor(n / 1e9);
    const rest = n % 1e9;
    const head = `${positiveWords(billions)} میلیارد`;
    return rest > 0 ? head + AND + positiveWords(rest) : head;
  }
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const units = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${belowThousand(millions)} میلیون`);
  // «هزار» alone, not «یک هزار», as it is said and written in prose.
  if (thousands === 1) parts.push('هزار');
  else if (thousands > 0) parts.push(`${belowThousand(thousands)} هزار`);
  if (units > 0) parts.push(belowThousand(units));
  return parts.join(AND);
}

/** Integer → Persian words: 1200000 → «یک میلیون و دویست هزار»; works for every safe integer. */
export function numberToPersianWords(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer: ${n}`);
  if (n === 0) return 'صفر';
  return n < 0 ? `منفی ${positiveWords(-n)}` : positiveWords(n);
}

/**
 * For invoices and cheques: «یک میلیون و دویست هزار ریال». In toman an odd Rial is said as it is
 * spoken: «صد و بیست تومان و پنج ریال».
 */
export function amountInWords(rials: number, unit: MoneyUnit): string {
  assertRials(rials);
  if (unit === 'rial' || rials % 10 === 0) {
    const amount = unit === 'rial' ? rials : rials / 10;
    return `${numberToPersianWords(amount)} ${MONEY_UNIT_WORDS[unit]}`;
  }
  const sign = rials < 0 ? 'منفی ' : '';
  const abs = Math.abs(rials);
  const tomans = Math.floor(abs / 10);
  const rest = `${numberToPersianWords(abs % 10)} ${MONEY_UNIT_WORDS.rial}`;
  return tomans === 0
    ? sign + rest
    : `${sign}${numberToPersianWords(tomans)} ${MONEY_UNIT_WORDS.toman}${AND}${rest}`;
}

/**
 * amount × percentTimes100 / 10000 (percentTimes100 = 900 for 9%), rounded half away from zero.
 * BigInt keeps the intermediate product exact for any pair of safe integers.
 */
export function percentOf(amount: number, percentTimes100: number): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(percentTimes100)) {
    throw new RangeError(`percentOf needs integers: ${amount}, ${percentTimes100}`);
  }
  const product = BigInt(amount) * BigInt(percentTimes100);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let quotient = abs / 10_000n;
  if ((abs % 10_000n) * 2n >= 10_000n) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError('percentOf result is too large');
  return result;
}

/**
 * Amount typed by hand → integer, or null. Accepts Persian/Arabic digits, the separators
 * `,` `٬` `،` and spaces anywhere, and a leading minus; decimals are rejected.
 */
export function parseAmount(text: string): number | null {
  const s = toAsciiDigits(text)
    .replace(/[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF,\u066C\u060C]/g, '')
    .replace(/^[-\u2212]/, '-');
  if (!/^-?\d+$/.test(s)) return null;
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return null;
  return n === 0 ? 0 : n;
}
