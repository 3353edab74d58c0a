import { describe, it, expect } from 'vitest';
import {
  JALALI_MONTHS,
  WEEKDAYS_FROM_SATURDAY,
  addDays,
  diffDays,
  formatJalaliDate,
  formatJalaliDateTime,
  fromJalali,
  instantToLocalIsoDate,
  isJalaliLeapYear,
  isValidJalaliDate,
  jalaliMonthBounds,
  jalaliAnniversaryInYear,
  jalaliMonthLength,
  nextJalaliAnniversary,
  parseJalaliDate,
  shiftJalaliMonths,
  startOfJalaliWeek,
  toJalali,
  todayIsoDate,
  weekdayIndexFromSaturday,
} from '../../../../src-shared/domain/jalali';

// Local wall-clock instants, so the expectations hold in whatever time zone the tests run.
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0): number =>
  new Date(y, m - 1, d, h, min, s).getTime();

describe('conversion', () => {
  it('converts Gregorian ISO dates to Jalali and back', () => {
    expect(toJalali('2024-03-20')).toEqual({ jy: 1403, jm: 1, jd: 1 });
    expect(toJalali('2024-03-19')).toEqual({ jy: 1402, jm: 12, jd: 29 });
    expect(toJalali('2024-03-24')).toEqual({ jy: 1403, jm: 1, jd: 5 });
    expect(fromJalali(1403, 1, 5)).toBe('2024-03-24');
    expect(fromJalali(1369, 2, 25)).toBe('1990-05-15');
  });

  it('has Esfand 30 in leap year 1403 and not in 1404', () => {
    expect(toJalali('2025-03-20')).toEqual({ jy: 1403, jm: 12, jd: 30 });
    expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
    expect(() => fromJalali(1404, 12, 30)).toThrow(RangeError);
    expect(fromJalali(1404, 12, 29)).toBe('2026-03-20');
  });

  it('throws on invalid Jalali and ISO input', () => {
    expect(() => fromJalali(1403, 13, 1)).toThrow(RangeError);
    expect(() => fromJalali(1403, 7, 31)).toThrow(RangeError);
    expect(() => fromJalali(1403.5, 1, 1)).toThrow(RangeError);
    expect(() => toJalali('2024-02-30')).toThrow(RangeError);
    expect(() => toJalali('2024/03/20')).toThrow(RangeError);
    expect(() => toJalali('2024-03-20T10:00:00Z')).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    const leap = [1395, 1399, 1403, 1408, 1412];
    const common = [1400, 1401, 1402, 1404, 1405, 1406, 1407];
    for (const y of leap) expect(isJalaliLeapYear(y)).toBe(true);
    for (const y of common) expect(isJalaliLeapYear(y)).toBe(false);
    expect(jalaliMonthLength(1403, 1)).toBe(31);
    expect(jalaliMonthLength(1403, 6)).toBe(31);
    expect(jalaliMonthLength(1403, 7)).toBe(30);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(() => jalaliMonthLength(1403, 0)).toThrow(RangeError);
  });

  it('validates Jalali dates', () => {
    expect(isValidJalaliDate(1403, 12, 30)).toBe(true);
    expect(isValidJalaliDate(1404, 12, 30)).toBe(false);
    expect(isValidJalaliDate(1403, 1, 31)).toBe(true);
    expect(isValidJalaliDate(1403, 7, 31)).toBe(false);
    expect(isValidJalaliDate(1403, 0, 1)).toBe(false);
    expect(isValidJalaliDate(1403, 1, 1.5)).toBe(false);
  });
});

describe('names and weeks', () => {
  it('lists months and weekdays from Saturday', () => {
    expect(JALALI_MONTHS).toHaveLength(12);
    expect(JALALI_MONTHS[0]).toBe('فروردین');
    expect(JALALI_MONTHS[6]).toBe('مهر');
    expect(JALALI_MONTHS[11]).toBe('اسفند');
    expect(WEEKDAYS_FROM_SATURDAY).toEqual(['شنبه', 'یکشنبه', 'دوشنبه', 'سه\u200Cشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']);
  });

  it('numbers weekdays from Saturday = 0 to Friday = 6', () => {
    expect(weekdayIndexFromSaturday('2024-03-23')).toBe(0);
    expect(weekdayIndexFromSaturday('2024-03-24')).toBe(1);
    expect(weekdayIndexFromSaturday('2024-03-20')).toBe(4);
    expect(weekdayIndexFromSaturday('2024-03-29')).toBe(6);
  });

  it('starts the week on the Saturday on or before', () => {
    expect(startOfJalaliWeek('2024-03-29')).toBe('2024-03-23');
    expect(startOfJalaliWeek('2024-03-23')).toBe('2024-03-23');
    expect(startOfJalaliWeek('2025-01-01')).toBe('2024-12-28');
    expect(startOfJalaliWeek('2024-03-22')).toBe('2024-03-16');
  });
});

describe('formatting', () => {
  it('formats numeric dates with Persian, zero-padded digits', () => {
    expect(formatJalaliDate('2024-03-24')).toBe('۱۴۰۳/۰۱/۰۵');
    expect(formatJalaliDate('2024-03-24', 'numeric')).toBe('۱۴۰۳/۰۱/۰۵');
    expect(formatJalaliDate('2024-12-21')).toBe('۱۴۰۳/۱۰/۰۱');
  });

  it('formats long dates day-first with the month name', () => {
    expect(formatJalaliDate('2024-03-24', 'long')).toBe('۵ فروردین ۱۴۰۳');
    expect(formatJalaliDate('2025-03-20', 'long')).toBe('۳۰ اسفند ۱۴۰۳');
  });

  it('formats instants in the local time zone', () => {
    expect(formatJalaliDateTime(local(2024, 3, 24, 14, 7))).toBe('۱۴۰۳/۰۱/۰۵ ۱۴:۰۷');
    expect(formatJalaliDateTime(new Date(local(2024, 3, 24, 14, 7)).toISOString())).toBe('۱۴۰۳/۰۱/۰۵ ۱۴:۰۷');
    expect(formatJalaliDateTime(local(2024, 3, 19, 23, 59))).toBe('۱۴۰۲/۱۲/۲۹ ۲۳:۵۹');
    expect(formatJalaliDateTime(local(2024, 3, 20, 0, 0))).toBe('۱۴۰۳/۰۱/۰۱ ۰۰:۰۰');
    expect(formatJalaliDateTime(local(2024, 3, 24, 9, 5, 3), { seconds: true })).toBe('۱۴۰۳/۰۱/۰۵ ۰۹:۰۵:۰۳');
    expect(formatJalaliDateTime(local(2024, 3, 24, 14, 7), { style: 'long' })).toBe('۵ فروردین ۱۴۰۳، ساعت ۱۴:۰۷');
  });

  it.runIf(Intl.DateTimeFormat().resolvedOptions().timeZone === 'Asia/Tehran')(
    'shows a UTC instant in Tehran time when the OS zone is Asia/Tehran',
    () => {
      expect(formatJalaliDateTime(Date.UTC(2024, 2, 24, 10, 37))).toBe('۱۴۰۳/۰۱/۰۵ ۱۴:۰۷');
      expect(formatJalaliDateTime('2024-03-19T20:45:00Z')).toBe('۱۴۰۳/۰۱/۰۱ ۰۰:۱۵');
    },
  );

  it('rejects an invalid instant', () => {
    expect(() => formatJalaliDateTime('not a date')).toThrow(RangeError);
    expect(() => formatJalaliDateTime(Number.NaN)).toThrow(RangeError);
  });

  it('gives the local calendar date of an instant', () => {
    expect(instantToLocalIsoDate(local(2024, 3, 19, 23, 59, 59))).toBe('2024-03-19');
    expect(instantToLocalIsoDate(local(2024, 3, 20, 0, 0, 1))).toBe('2024-03-20');
    expect(instantToLocalIsoDate(new Date(local(2024, 3, 20, 0, 0, 1)).toISOString())).toBe('2024-03-20');
    expect(todayIsoDate(local(2024, 1, 1, 12))).toBe('2024-01-01');
    expect(todayIsoDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('parseJalaliDate', () => {
  it('accepts the usual typed forms', () => {
    expect(parseJalaliDate('1403/1/5')).toBe('2024-03-24');
    expect(parseJalaliDate('1403/01/05')).toBe('2024-03-24');
    expect(parseJalaliDate('۱۴۰۳/۰۱/۰۵')).toBe('2024-03-24');
    expect(parseJalaliDate('١٤٠٣/٠١/٠٥')).toBe('2024-03-24');
    expect(parseJalaliDate('1403-01-05')).toBe('2024-03-24');
    expect(parseJalaliDate(' 1403 / 1 / 5 ')).toBe('2024-03-24');
  });

  it('accepts Esfand 30 only in a leap year', () => {
    expect(parseJalaliDate('1403/12/30')).toBe('2025-03-20');
    expect(parseJalaliDate('1404/12/30')).toBeNull();
    expect(parseJalaliDate('1404/12/29')).toBe('2026-03-20');
  });

  it('returns null for anything else', () => {
    const invalid = ['', 'abc', '03/01/05', '403/01/05', '1403/13/01', '1403/00/10', '1403/01/32'];
    invalid.push('1403/07/31', '1403/01-05', '1403/001/05', '1403/01/05 12:00');
    for (const text of invalid) {
      expect(parseJalaliDate(text)).toBeNull();
    }
  });
});

describe('yearly recurrence on the Jalali day', () => {
  const esfand30 = '2025-03-20'; // 1403/12/30

  it('moves Esfand 30 to Esfand 29 in common years', () => {
    expect(jalaliAnniversaryInYear(esfand30, 1404)).toBe('2026-03-20'); // 1404/12/29
    expect(jalaliAnniversaryInYear(esfand30, 1407)).toBe('2029-03-19'); // 1407/12/29
    expect(jalaliAnniversaryInYear(esfand30, 1408)).toBe('2030-03-20'); // 1408/12/30
    expect(toJalali(jalaliAnniversaryInYear(esfand30, 1407))).toEqual({ jy: 1407, jm: 12, jd: 29 });
  });

  it('keeps the Jalali day and month, not the Gregorian one', () => {
    expect(jalaliAnniversaryInYear('1990-05-15', 1403)).toBe('2024-05-14'); // 25 Ordibehesht
    expect(jalaliAnniversaryInYear('1990-05-15', 1404)).toBe('2025-05-15');
  });

  it('finds the next occurrence on or after a date', () => {
    expect(nextJalaliAnniversary('1990-05-15', '2024-05-14')).toBe('2024-05-14');
    expect(nextJalaliAnniversary('1990-05-15', '2024-05-15')).toBe('2025-05-15');
    expect(nextJalaliAnniversary('1990-05-15', '2024-03-20')).toBe('2024-05-14');
    expect(nextJalaliAnniversary(esfand30, '2025-03-21')).toBe('2026-03-20');
    expect(nextJalaliAnniversary(esfand30, '2029-03-20')).toBe('2030-03-20');
  });

  it('starts the series at the date itself', () => {
    expect(nextJalaliAnniversary('2024-05-14', '2020-01-01')).toBe('2024-05-14');
  });
});

describe('day arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-03-19', 1)).toBe('2024-03-20');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-09', 2)).toBe('2024-03-11');
    expect(addDays('2024-03-20', 0)).toBe('2024-03-20');
  });

  it('diffDays(a, b) is a − b in whole days', () => {
    expect(diffDays('2025-03-20', '2024-03-20')).toBe(365);
    expect(diffDays('2024-03-10', '2024-03-11')).toBe(-1);
    expect(diffDays('2024-10-27', '2024-03-31')).toBe(210);
    expect(diffDays('2024-03-20', '2024-03-20')).toBe(0);
  });
});

describe('month arithmetic', () => {
  it('moves to the same day of another Jalali month, the 31st to the last day of a shorter one', () => {
    // 1403/06/31 is 2024-09-21; 1403/07/30 is 2024-10-21; 1404/01/31 is 2025-04-20.
    expect(shiftJalaliMonths('2024-09-21', 1)).toBe(fromJalali(1403, 7, 30));
    expect(shiftJalaliMonths(fromJalali(1403, 12, 15), 1)).toBe(fromJalali(1404, 1, 15));
    expect(shiftJalaliMonths(fromJalali(1404, 1, 31), -1)).toBe(fromJalali(1403, 12, 30));
    expect(shiftJalaliMonths(fromJalali(1404, 1, 31), -13)).toBe(fromJalali(1402, 12, 29));
  });

  it('gives the first and last days of a month, Esfand 30 only in a leap year', () => {
    expect(jalaliMonthBounds(fromJalali(1403, 12, 10))).toEqual({ first: fromJalali(1403, 12, 1), last: fromJalali(1403, 12, 30) });
    expect(jalaliMonthBounds(fromJalali(1404, 12, 10))).toEqual({ first: fromJalali(1404, 12, 1), last: fromJalali(1404, 12, 29) });
    expect(jalaliMonthBounds(fromJalali(1404, 1, 1))).toEqual({ first: '2025-03-21', last: '2025-04-20' });
  });
});
