import {
  addDays,
  diffDays,
  instantToLocalIsoDate,
  JALALI_MONTHS,
  jalaliMonthBounds,
  localDayStart,
  shiftJalaliMonths,
  toJalali,
  weekdayIndexFromSaturday,
  type IsoDate,
} from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

// Date ↔ x for the right-to-left Gantt chart: the window's first day is at the right edge, time runs leftwards.
// Days are local calendar days (the OS zone), so a bar keeps its wall-clock times when it is moved.

export const ROW_HEIGHT = 30;
export const BAR_HEIGHT = 18;
// Half the width of a milestone's diamond.
export const MILESTONE_RADIUS = 7;

export type WindowKind = 'month' | 'quarter' | 'custom';

export interface DayRange {
  first: IsoDate;
  // Inclusive.
  last: IsoDate;
}

export interface TimeScale extends DayRange {
  days: number;
  dayWidth: number;
  width: number;
}

export interface Schedule {
  startAt: number | null;
  dueAt: number | null;
}

// The month holding the anchor, or its season (فروردین–خرداد, تیر–شهریور, …).
export function windowAround(kind: Exclude<WindowKind, 'custom'>, anchor: IsoDate): DayRange {
  if (kind === 'month') return jalaliMonthBounds(anchor);
  const { jm } = toJalali(anchor);
  const seasonStart = shiftJalaliMonths(jalaliMonthBounds(anchor).first, -((jm - 1) % 3));
  return { first: seasonStart, last: jalaliMonthBounds(shiftJalaliMonths(seasonStart, 2)).last };
}

export function shiftWindow(kind: Exclude<WindowKind, 'custom'>, anchor: IsoDate, step: number): IsoDate {
  return shiftJalaliMonths(anchor, (kind === 'month' ? 1 : 3) * step);
}

// [from, to) in epoch ms, for tasks.gantt.
export function rangeOf({ first, last }: DayRange): { from: number; to: number } {
  return { from: localDayStart(first), to: localDayStart(last, 1) };
}

export function createScale({ first, last }: DayRange, width: number): TimeScale {
  const days = diffDays(last, first) + 1;
  return { first, last, days, dayWidth: width / days, width };
}

// Days (with the fraction of the day) from the start of the window's first day.
export function dayOffset(scale: TimeScale, at: number): number {
  const day = instantToLocalIsoDate(at);
  const start = localDayStart(day);
  return diffDays(day, scale.first) + (at - start) / (localDayStart(day, 1) - start);
}

export function xOf(scale: TimeScale, at: number): number {
  return scale.width - dayOffset(scale, at) * scale.dayWidth;
}

// The x of the right-hand edge (start) of the window's day number `index`.
export function xOfDay(scale: TimeScale, index: number): number {
  return scale.width - index * scale.dayWidth;
}

export type BarShape = { kind: 'bar'; left: number; right: number } | { kind: 'milestone'; x: number };

const THINNEST_BAR = 3;

// A task with a start and a due date is a bar (the due date on its left); with one of them, a milestone.
export function barShape(scale: TimeScale, { startAt, dueAt }: Schedule): BarShape | null {
  if (startAt !== null && dueAt !== null) {
    const right = xOf(scale, startAt);
    return { kind: 'bar', right, left: Math.min(xOf(scale, dueAt), right - THINNEST_BAR) };
  }
  const only = startAt ?? dueAt;
  return only === null ? null : { kind: 'milestone', x: xOf(scale, only) };
}

// A pointer moved dx pixels: whole days of time, leftwards being later.
export function daysMoved(dx: number, dayWidth: number): number {
  return Math.round(-dx / dayWidth) || 0;
}

// The same wall-clock time `days` local days later.
export function shiftDays(at: number, days: number): number {
  const date = new Date(at);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

// What a drag or a key press takes hold of: the whole bar, its start (right edge) or its due date (left edge).
export type Grip = 'move' | 'start' | 'due';

export function gripOfEdge(edge: 'left' | 'right'): Grip {
  return edge === 'left' ? 'due' : 'start';
}

const shift = (at: number | null, days: number) => (at === null ? null : shiftDays(at, days));

// The schedule after moving a grip by whole days; an edge never crosses the other one.
export function reschedule(schedule: Schedule, grip: Grip, days: number): Schedule {
  const { startAt, dueAt } = schedule;
  if (grip === 'move' || startAt === null || dueAt === null) return { startAt: shift(startAt, days), dueAt: shift(dueAt, days) };
  if (grip === 'start') return { startAt: Math.min(shiftDays(startAt, days), dueAt), dueAt };
  return { startAt, dueAt: Math.max(shiftDays(dueAt, days), startAt) };
}

export interface HeaderCell {
  key: string;
  label: string;
  left: number;
  width: number;
  weekend: boolean;
}

// A run of days sharing a label (a month, a week), as one header cell clipped to the window.
function cellsOf(scale: TimeScale, keyOf: (day: IsoDate) => string, labelOf: (day: IsoDate) => string): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let firstIndex = 0;
  for (let index = 0; index < scale.days; index++) {
    const day = addDays(scale.first, index);
    const key = keyOf(day);
    const last = cells.at(-1);
    if (last?.key !== key) {
      firstIndex = index;
      cells.push({ key, label: labelOf(day), left: 0, width: 0, weekend: weekdayIndexFromSaturday(day) === 6 });
    }
    const cell = cells.at(-1)!;
    cell.left = xOfDay(scale, index + 1);
    cell.width = xOfDay(scale, firstIndex) - cell.left;
  }
  return cells;
}

// Narrower than this, day numbers give way to weeks, and weeks to months alone.
export const DAY_LABEL_WIDTH = 18;
const WEEK_LABEL_WIDTH = 36;

// Two header rows: Jalali months with their year, then days (or weeks from Saturday), all in Persian digits.
export function headerRows(scale: TimeScale): { months: HeaderCell[]; ticks: HeaderCell[] } {
  const months = cellsOf(
    scale,
    (day) => {
      const { jy, jm } = toJalali(day);
      return `${jy}-${jm}`;
    },
    (day) => {
      const { jy, jm } = toJalali(day);
      return `${JALALI_MONTHS[jm - 1]} ${toPersianDigits(jy)}`;
    },
  );
  if (scale.dayWidth >= DAY_LABEL_WIDTH) return { months, ticks: cellsOf(scale, (day) => day, (day) => toPersianDigits(toJalali(day).jd)) };
  if (scale.dayWidth * 7 >= WEEK_LABEL_WIDTH) {
    const saturday = (day: IsoDate) => addDays(day, -weekdayIndexFromSaturday(day));
    return { months, ticks: cellsOf(scale, saturday, (day) => toPersianDigits(toJalali(saturday(day)).jd)).map((cell) => ({ ...cell, weekend: false })) };
  }
  return { months, ticks: [] };
}

export interface Point {
  x: number;
  y: number;
}

const ELBOW = 8;

// An arrow from the prerequisite's end (its left end) to the dependent's start (its right end), drawn with right
// angles; when the dependent starts too early to reach straight, it goes round between the two rows.
export function dependencyPath(from: Point, to: Point): string {
  const bend = from.x - ELBOW;
  if (to.x <= bend - ELBOW) return `M${from.x},${from.y}H${bend}V${to.y}H${to.x}`;
  const between = to.y + (to.y > from.y ? -ROW_HEIGHT / 2 : ROW_HEIGHT / 2);
  return `M${from.x},${from.y}H${bend}V${between}H${to.x + ELBOW * 2}V${to.y}H${to.x}`;
}

// Where time starts and ends on a drawn task: a bar's right and left ends, a diamond's two points.
function endsOf(shape: BarShape): { start: number; end: number } {
  return shape.kind === 'bar' ? { start: shape.right, end: shape.left } : { start: shape.x + MILESTONE_RADIUS, end: shape.x - MILESTONE_RADIUS };
}

// One arrow per dependency whose two tasks are both drawn, rows in the order given.
export function dependencyArrows(rows: readonly { id: number; dependsOn: readonly number[] }[], shapeOf: (id: number) => BarShape | null): { key: string; d: string }[] {
  const rowOf = new Map(rows.map((row, index) => [row.id, index]));
  const middle = (index: number) => index * ROW_HEIGHT + ROW_HEIGHT / 2;
  const arrows: { key: string; d: string }[] = [];
  rows.forEach((row, index) => {
    const dependent = shapeOf(row.id);
    if (!dependent) return;
    for (const id of row.dependsOn) {
      const before = rowOf.get(id);
      const prerequisite = before === undefined ? null : shapeOf(id);
      if (before === undefined || !prerequisite) continue;
      arrows.push({ key: `${id}-${row.id}`, d: dependencyPath({ x: endsOf(prerequisite).end, y: middle(before) }, { x: endsOf(dependent).start, y: middle(index) }) });
    }
  });
  return arrows;
}
