import { describe, expect, it } from 'vitest';
import { fromJalali } from '../../../../../src-shared/domain/jalali';
import { daysOfView, instantAt, placeSideBySide, shiftView, viewTitle, windowOfDays } from '../../../../../src-renderer/features/calendar/calendar-dates';

const local = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

describe('calendar periods', () => {
  it('shows a Jalali month as whole weeks from Saturday to Friday', () => {
    // Farvardin 1, 1404 is a Friday and Farvardin 31 a Sunday: six weeks, from Esfand 25 to Ordibehesht 5.
    const days = daysOfView('month', fromJalali(1404, 1, 15));
    expect(days).toHaveLength(42);
    expect(days[0]).toBe(fromJalali(1403, 12, 25));
    expect(days[6]).toBe(fromJalali(1404, 1, 1));
    expect(days.at(-1)).toBe(fromJalali(1404, 2, 5));
  });

  it('shows a week from its Saturday, or one day', () => {
    expect(daysOfView('week', fromJalali(1404, 1, 5))).toEqual(Array.from({ length: 7 }, (_, i) => fromJalali(1404, 1, 2 + i)));
    expect(daysOfView('day', '2025-03-25')).toEqual(['2025-03-25']);
  });

  it('steps by a month, a week or a day, and names the period in Persian', () => {
    expect(shiftView('month', fromJalali(1404, 6, 31), 1)).toBe(fromJalali(1404, 7, 30));
    expect(shiftView('week', '2025-03-25', -1)).toBe('2025-03-18');
    expect(viewTitle('month', fromJalali(1404, 1, 15))).toBe('فروردین ۱۴۰۴');
    expect(viewTitle('week', fromJalali(1404, 1, 5))).toBe('۲ تا ۸ فروردین ۱۴۰۴');
    expect(viewTitle('week', fromJalali(1404, 1, 1))).toBe('۲۵ اسفند ۱۴۰۳ تا ۱ فروردین ۱۴۰۴');
    expect(viewTitle('week', fromJalali(1404, 2, 1))).toBe('۳۰ فروردین تا ۵ اردیبهشت ۱۴۰۴');
    expect(viewTitle('day', fromJalali(1404, 1, 1))).toBe('جمعه ۱ فروردین ۱۴۰۴');
  });

  it('asks for the local days shown, the last one whole', () => {
    expect(windowOfDays(['2025-03-22', '2025-03-28'])).toEqual({ from: local(2025, 3, 22), to: local(2025, 3, 29) });
    expect(instantAt('2025-03-22', 10 * 60 + 30)).toBe(local(2025, 3, 22, 10, 30));
  });
});

describe('overlapping meetings', () => {
  const at = (h: number, min = 0) => local(2025, 3, 22, h, min);

  it('stand side by side within their cluster, and alone outside it', () => {
    const a = { id: 'a', startAt: at(9), endAt: at(11) };
    const b = { id: 'b', startAt: at(10), endAt: at(12) };
    const c = { id: 'c', startAt: at(11), endAt: at(12) };
    const d = { id: 'd', startAt: at(14), endAt: at(15) };
    const placed = placeSideBySide([d, c, b, a]).map(({ item, column, columns }) => [item.id, column, columns]);
    expect(placed).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
      ['d', 0, 1],
    ]);
  });
});
