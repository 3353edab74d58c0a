import {
  addDays,
  formatJalaliDate,
  instantToLocalIsoDate,
  JALALI_MONTHS,
  jalaliMonthBounds,
  localDayStart,
  shiftJalaliMonths,
  startOfJalaliWeek,
  toJalali,
  weekdayIndexFromSaturday,
  WEEKDAYS_FROM_SATURDAY,
  type IsoDate,
} from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

export type CalendarView = 'month' | 'week' | 'day';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'day'];

// The hours the week and day grids draw; a meeting outside them is pinned to the nearer edge.
export const FIRST_HOUR = 7;
export const LAST_HOUR = 21;

export const FRIDAY = 6;

export interface TimeSpan {
  startAt: number;
  endAt: number;
}

// The days a view shows: a month as whole Saturday-to-Friday weeks, a week from its Saturday, or one day.
export function daysOfView(view: CalendarView, anchor: IsoDate): IsoDate[] {
  if (view === 'day') return [anchor];
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(startOfJalaliWeek(anchor), i));
  const { first, last } = jalaliMonthBounds(anchor);
  const days: IsoDate[] = [];
  for (let day = startOfJalaliWeek(first); day <= last || weekdayIndexFromSaturday(day) !== 0; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

export function shiftView(view: CalendarView, anchor: IsoDate, step: number): IsoDate {
  if (view === 'month') return shiftJalaliMonths(anchor, step);
  return addDays(anchor, view === 'week' ? 7 * step : step);
}

// What the toolbar says: «فروردین ۱۴۰۴», «۲۹ اسفند ۱۴۰۳ تا ۴ فروردین ۱۴۰۴», «شنبه ۱ فروردین ۱۴۰۴».
export function viewTitle(view: CalendarView, anchor: IsoDate): string {
  const { jy, jm } = toJalali(anchor);
  if (view === 'month') return `${JALALI_MONTHS[jm - 1]} ${toPersianDigits(jy)}`;
  if (view === 'day') return `${WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(anchor)]} ${formatJalaliDate(anchor, 'long')}`;
  const days = daysOfView('week', anchor);
  const first = toJalali(days[0]!);
  const last = toJalali(days[6]!);
  const start =
    first.jy !== last.jy ? formatJalaliDate(days[0]!, 'long') : first.jm !== last.jm ? `${toPersianDigits(first.jd)} ${JALALI_MONTHS[first.jm - 1]}` : toPersianDigits(first.jd);
  return `${start} تا ${formatJalaliDate(days[6]!, 'long')}`;
}

// [from, to) in epoch ms covering the days, for meetings.list.
export function windowOfDays(days: readonly IsoDate[]): { from: number; to: number } {
  return { from: localDayStart(days[0]!), to: localDayStart(days[days.length - 1]!, 1) };
}

// Local wall-clock minutes after midnight of an instant.
export function minutesOfDay(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

// A day and a local wall-clock time as an instant.
export function instantAt(day: IsoDate, minutes: number): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, Math.floor(minutes / 60), minutes % 60).getTime();
}

// «۰۹:۳۰»
export function formatClock(minutes: number): string {
  return toPersianDigits(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
}

export function overlapsDay<T extends TimeSpan>(span: T, day: IsoDate): boolean {
  return span.startAt < localDayStart(day, 1) && span.endAt > localDayStart(day);
}

export function dayOf(at: number): IsoDate {
  return instantToLocalIsoDate(at);
}

export interface Placed<T> {
  item: T;
  // Which of `columns` side-by-side columns the item takes within its cluster of overlapping items.
  column: number;
  columns: number;
}

// Overlapping meetings stand side by side: each cluster of (transitively) overlapping items is split into as many
// columns as it needs at its busiest, and each item takes the first column free at its start.
export function placeSideBySide<T extends TimeSpan>(items: readonly T[]): Placed<T>[] {
  const sorted = [...items].sort((a, b) => a.startAt - b.startAt || b.endAt - a.endAt);
  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -Infinity;
  const closeCluster = () => {
    for (const entry of cluster) entry.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
  };
  for (const item of sorted) {
    if (item.startAt >= clusterEnd) closeCluster();
    clusterEnd = Math.max(cluster.length === 0 ? item.endAt : clusterEnd, item.endAt);
    let column = columnEnds.findIndex((end) => end <= item.startAt);
    if (column < 0) column = columnEnds.push(item.endAt) - 1;
    else columnEnds[column] = item.endAt;
    const entry = { item, column, columns: 1 };
    cluster.push(entry);
    placed.push(entry);
  }
  closeCluster();
  return placed;
}
