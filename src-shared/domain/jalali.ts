import {
  isLeapJalaaliYear,
  isValidJalaaliDate,
  jalaaliMonthLength,
  toGregorian,
  toJalaali,
} from 'jalaali-js';
import { toAsciiDigits, toPersianDigits } from './persian-text';

/** Gregorian calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant: epoch milliseconds or an ISO 8601 string with a zone. */
export type Instant = number | string;

export interface JalaliDate {
  jy: number;
  jm: number;
  jd: number;
}

export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

export const WEEKDAYS_FROM_SATURDAY = [
  'شنبه',
  'یکشنبه',
  'دوشنبه',
  'سه‌شنبه',
  'چهارشنبه',
  'پنجشنبه',
  'جمعه',
] as const;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function formatIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

// Date.UTC maps years 0–99 to 1900–1999, so the year is set separately.
function utcMidnight(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

function parseIsoDate(iso: IsoDate): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const date = utcMidnight(y, m, d);
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { y, m, d };
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
}

function isoToUtcMs(iso: IsoDate): number {
  const { y, m, d } = parseIsoDate(iso);
  return utcMidnight(y, m, d).getTime();
}

function utcMsToIso(ms: number): IsoDate {
  const date = new Date(ms);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function toDate(instant: Instant): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

export function isValidJalaliDate(jy: number, jm: number, jd: number): boolean {
  // jalaali-js accepts fractional numbers, so integers are checked here.
  return (
    Number.isInteger(jy) && Number.isInteger(jm) && Number.isInteger(jd) && isValidJalaaliDate(jy, jm, jd)
  );
}

export function isJalaliLeapYear(jy: number): boolean {
  if (!Number.isInteger(jy)) throw new RangeError(`Not a Jalali year: ${jy}`);
  return isLeapJalaaliYear(jy);
}

export function jalaliMonthLength(jy: number, jm: number): number {
  if (!Number.isInteger(jy) || !Number.isInteger(jm) || jm < 1 || jm > 12) {
    throw new RangeError(`Not a Jalali month: ${jy}/${jm}`);
  }
  return jalaaliMonthLength(jy, jm);
}

export function toJalali(isoDate: IsoDate): JalaliDate {
  const { y, m, d } = parseIsoDate(isoDate);
  const { jy, jm, jd } = toJalaali(y, m, d);
  return { jy, jm, jd };
}

export function fromJalali(jy: number, jm: number, jd: number): IsoDate {
  if (!isValidJalaliDate(jy, jm, jd)) throw new RangeError(`Not a Jalali date: ${jy}/${jm}/${jd}`);
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return formatIsoDate(gy, gm, gd);
}

/** 0 = Saturday … 6 = Friday. */
export function weekdayIndexFromSaturday(isoDate: IsoDate): number {
  return (new Date(isoToUtcMs(isoDate)).getUTCDay() + 1) % 7;
}

/** The Saturday on or before the date. */
export function startOfJalaliWeek(isoDate: IsoDate): IsoDate {
  return addDays(isoDate, -weekdayIndexFromSaturday(isoDate));
}

/** The same day in a Jalali month `months` away; the 31st becomes that month's last day. */
export function shiftJalaliMonths(isoDate: IsoDate, months: number): IsoDate {
  const { jy, jm, jd } = toJalali(isoDate);
  const index = jy * 12 + (jm - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromJalali(year, month, Math.min(jd, jalaliMonthLength(year, month)));
}

/** The first and last days of the Jalali month holding the date. */
export function jalaliMonthBounds(isoDate: IsoDate): { first: IsoDate; last: IsoDate } {
  const { jy, jm } = toJalali(isoDate);
  return { first: fromJalali(jy, jm, 1), last: fromJalali(jy, jm, jalaliMonthLength(jy, jm)) };
}

function formatJalaliParts({ jy, jm, jd }: JalaliDate, style: 'numeric' | 'long'): string {
  if (style === 'long') return `${toPersianDigits(jd)} ${JALALI_MONTHS[jm - 1] ?? ''} ${toPersianDigits(jy)}`;
  return toPersianDigits(`${jy}/${pad2(jm)}/${pad2(jd)}`);
}

/** numeric: `۱۴۰۳/۰۱/۰۵`; long: `۵ فروردین ۱۴۰۳`. */
export function formatJalaliDate(isoDate: IsoDate, style: 'numeric' | 'long' = 'numeric'): string {
  return formatJalaliParts(toJalali(isoDate), style);
}

export interface JalaliDateTimeOptions {
  style?: 'numeric' | 'long';
  seconds?: boolean;
}

/**
 * The instant in the OS time zone: `۱۴۰۳/۰۱/۰۵ ۱۴:۰۷`, or with style long `۵ فروردین ۱۴۰۳، ساعت ۱۴:۰۷`.
 * Local getters are used so the zone (Asia/Tehran on users' PCs) comes from the OS, never an offset here.
 */
export function formatJalaliDateTime(instant: Instant, opts: JalaliDateTimeOptions = {}): string {
  const date = toDate(instant);
  const style = opts.style ?? 'numeric';
  const jalali = toJalaali(date.getFullYear(), date.getMonth() + 1, date.getDate());
  let time = `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
  if (opts.seconds) time += `:${pad2(date.getSeconds())}`;
  const separator = style === 'long' ? '، ساعت ' : ' ';
  return `${formatJalaliParts(jalali, style)}${separator}${toPersianDigits(time)}`;
}

/** The calendar date of an instant in the OS time zone. */
export function instantToLocalIsoDate(instant: Instant): IsoDate {
  const date = toDate(instant);
  return formatIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Midnight starting a local calendar day (plus dayOffset days), in the OS time zone: for day-range filters. */
export function localDayStart(isoDate: IsoDate, dayOffset = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + dayOffset).getTime();
}

export function todayIsoDate(nowMs: number = Date.now()): IsoDate {
  return instantToLocalIsoDate(nowMs);
}

/**
 * Jalali date typed by hand → ISO date, or null. Accepts `1403/1/5`, `۱۴۰۳/۰۱/۰۵`, `1403-01-05`,
 * `1403.01.05` (one separator kind per date); the year must have 4 digits.
 */
export function parseJalaliDate(text: string): IsoDate | null {
  const match = /^(\d{4})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/.exec(toAsciiDigits(text).trim());
  if (!match) return null;
  const jy = Number(match[1]);
  const jm = Number(match[3]);
  const jd = Number(match[4]);
  return isValidJalaliDate(jy, jm, jd) ? fromJalali(jy, jm, jd) : null;
}

/** The date's Jalali day and month in year jy; Esfand 30 falls on Esfand 29 in common years. */
export function jalaliAnniversaryInYear(isoDate: IsoDate, jy: number): IsoDate {
  const { jm, jd } = toJalali(isoDate);
  return fromJalali(jy, jm, Math.min(jd, jalaliMonthLength(jy, jm)));
}

/**
 * First yearly occurrence on or after fromIsoDate. The series starts at isoDate itself,
 * so a from-date before isoDate gives isoDate.
 */
export function nextJalaliAnniversary(isoDate: IsoDate, fromIsoDate: IsoDate): IsoDate {
  if (isoToUtcMs(fromIsoDate) <= isoToUtcMs(isoDate)) return isoDate;
  const { jy } = toJalali(fromIsoDate);
  const thisYear = jalaliAnniversaryInYear(isoDate, jy);
  return thisYear >= fromIsoDate ? thisYear : jalaliAnniversaryInYear(isoDate, jy + 1);
}

export function addDays(isoDate: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return utcMsToIso(isoToUtcMs(isoDate) + n * DAY_MS);
}

/** Whole days from b to a (a − b), like date-fns differenceInDays(a, b). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return Math.round((isoToUtcMs(a) - isoToUtcMs(b)) / DAY_MS);
}
