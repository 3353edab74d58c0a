import { describe, expect, it } from 'vitest';
import { fromJalali } from '../../../../../src-shared/domain/jalali';
import {
  barShape,
  createScale,
  daysMoved,
  dependencyArrows,
  dependencyPath,
  gripOfEdge,
  headerRows,
  MILESTONE_RADIUS,
  rangeOf,
  reschedule,
  ROW_HEIGHT,
  shiftDays,
  shiftWindow,
  windowAround,
  xOf,
  xOfDay,
} from '../../../../../src-renderer/features/gantt/gantt-geometry';

// Local wall-clock instants, so the expectations hold in whatever time zone the tests run.
const local = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

// فروردین ۱۴۰۴: 2025-03-21 (a Friday) to 2025-04-20, 31 days; 620 px gives 20 px a day.
const FARVARDIN = { first: '2025-03-21', last: '2025-04-20' };
const scale = createScale(FARVARDIN, 620);

describe('the right-to-left time scale', () => {
  it('puts the first day at the right edge and later days to the left, by local days', () => {
    expect(scale.days).toBe(31);
    expect(scale.dayWidth).toBe(20);
    expect(xOf(scale, local(2025, 3, 21))).toBe(620);
    expect(xOf(scale, local(2025, 3, 21, 12))).toBe(610);
    expect(xOf(scale, local(2025, 3, 24))).toBe(560);
    expect(xOf(scale, local(2025, 4, 21))).toBe(0);
    expect(xOfDay(scale, 3)).toBe(560);
    expect(rangeOf(FARVARDIN)).toEqual({ from: local(2025, 3, 21), to: local(2025, 4, 21) });
  });

  it('draws a task with start and due as a bar whose due end is on the left, one date alone as a milestone', () => {
    expect(barShape(scale, { startAt: local(2025, 3, 22), dueAt: local(2025, 3, 25) })).toEqual({ kind: 'bar', right: 600, left: 540 });
    expect(barShape(scale, { startAt: null, dueAt: local(2025, 3, 23) })).toEqual({ kind: 'milestone', x: 580 });
    expect(barShape(scale, { startAt: local(2025, 3, 23), dueAt: null })).toEqual({ kind: 'milestone', x: 580 });
    expect(barShape(scale, { startAt: null, dueAt: null })).toBeNull();
    // Start and due at the same moment still leave a bar to take hold of.
    expect(barShape(scale, { startAt: local(2025, 3, 23), dueAt: local(2025, 3, 23) })).toEqual({ kind: 'bar', right: 580, left: 577 });
  });
});

describe('dragging and the keyboard', () => {
  it('snaps a pointer movement to whole days, leftwards being later', () => {
    expect(daysMoved(-61, 20)).toBe(3);
    expect(daysMoved(-9, 20)).toBe(0);
    expect(Object.is(daysMoved(9, 20), 0)).toBe(true);
    expect(daysMoved(29, 20)).toBe(-1);
  });

  it('moves an instant by local days, keeping its wall-clock time', () => {
    expect(shiftDays(local(2025, 3, 20, 9, 30), 3)).toBe(local(2025, 3, 23, 9, 30));
    expect(shiftDays(local(2025, 3, 1, 18), -1)).toBe(local(2025, 2, 28, 18));
  });

  it('moves both dates with the bar, one date with an edge, and never lets the edges cross', () => {
    const task = { startAt: local(2025, 3, 22, 9), dueAt: local(2025, 3, 25, 17) };
    expect(reschedule(task, 'move', 3)).toEqual({ startAt: local(2025, 3, 25, 9), dueAt: local(2025, 3, 28, 17) });
    expect(reschedule(task, 'due', -1)).toEqual({ startAt: task.startAt, dueAt: local(2025, 3, 24, 17) });
    expect(reschedule(task, 'start', 2)).toEqual({ startAt: local(2025, 3, 24, 9), dueAt: task.dueAt });
    expect(reschedule(task, 'start', 5)).toEqual({ startAt: task.dueAt, dueAt: task.dueAt });
    expect(reschedule(task, 'due', -9)).toEqual({ startAt: task.startAt, dueAt: task.startAt });
    // A milestone has no edges: any grip moves it.
    expect(reschedule({ startAt: null, dueAt: local(2025, 3, 25) }, 'due', 2)).toEqual({ startAt: null, dueAt: local(2025, 3, 27) });
  });

  it('maps the visual edges to dates: the left edge is the due date in right-to-left', () => {
    expect(gripOfEdge('left')).toBe('due');
    expect(gripOfEdge('right')).toBe('start');
  });
});

describe('windows', () => {
  it('takes the Jalali month or season around a day, and steps by months or seasons', () => {
    expect(windowAround('month', '2025-04-01')).toEqual(FARVARDIN);
    expect(windowAround('quarter', fromJalali(1404, 2, 10))).toEqual({ first: fromJalali(1404, 1, 1), last: fromJalali(1404, 3, 31) });
    // 1403 is a leap year: its last season ends on Esfand 30.
    expect(windowAround('quarter', fromJalali(1403, 12, 5))).toEqual({ first: fromJalali(1403, 10, 1), last: fromJalali(1403, 12, 30) });
    expect(shiftWindow('quarter', fromJalali(1403, 12, 5), 1)).toBe(fromJalali(1404, 3, 5));
    expect(shiftWindow('month', fromJalali(1404, 1, 31), 1)).toBe(fromJalali(1404, 2, 31));
  });
});

describe('header labels', () => {
  it('labels each day with its Jalali day number in Persian digits, first day on the right, Fridays marked', () => {
    const { months, ticks } = headerRows(scale);
    expect(months).toEqual([{ key: '1404-1', label: 'فروردین ۱۴۰۴', left: 0, width: 620, weekend: true }]);
    expect(ticks).toHaveLength(31);
    expect(ticks[0]).toEqual({ key: '2025-03-21', label: '۱', left: 600, width: 20, weekend: true });
    expect(ticks[1]).toMatchObject({ label: '۲', left: 580, weekend: false });
    expect(ticks[30]).toMatchObject({ label: '۳۱', left: 0 });
  });

  it('gives way to weeks from Saturday, then to months alone, as days get narrow', () => {
    const season = createScale({ first: fromJalali(1404, 1, 1), last: fromJalali(1404, 3, 31) }, 620);
    const { months, ticks } = headerRows(season);
    expect(months.map((month) => month.label)).toEqual(['فروردین ۱۴۰۴', 'اردیبهشت ۱۴۰۴', 'خرداد ۱۴۰۴']);
    // Farvardin 1, 1404 is a Friday: its week began on Saturday, Esfand 25.
    expect(ticks[0]).toMatchObject({ label: '۲۵', weekend: false });
    expect(ticks[0]!.width).toBeCloseTo(season.dayWidth);
    expect(ticks[1]).toMatchObject({ label: '۲' });
    expect(ticks[1]!.width).toBeCloseTo(season.dayWidth * 7);
    const year = createScale({ first: fromJalali(1404, 1, 1), last: fromJalali(1404, 12, 29) }, 620);
    expect(headerRows(year).ticks).toEqual([]);
    expect(headerRows(year).months).toHaveLength(12);
  });
});

describe('dependency arrows', () => {
  const middle = (row: number) => row * ROW_HEIGHT + ROW_HEIGHT / 2;

  it('runs from the end of the prerequisite to the start of the dependent, going round when it starts too early', () => {
    expect(dependencyPath({ x: 500, y: 15 }, { x: 440, y: 45 })).toBe('M500,15H492V45H440');
    expect(dependencyPath({ x: 500, y: 15 }, { x: 520, y: 45 })).toBe('M500,15H492V30H536V45H520');
  });

  it('joins the rows drawn, skipping tasks missing from the chart or without dates', () => {
    const shapes = new Map([
      [1, { kind: 'bar' as const, left: 500, right: 560 }],
      [2, { kind: 'bar' as const, left: 400, right: 460 }],
      [3, { kind: 'milestone' as const, x: 300 }],
    ]);
    const rows = [
      { id: 1, dependsOn: [] },
      { id: 2, dependsOn: [1, 99] },
      { id: 3, dependsOn: [2] },
      { id: 4, dependsOn: [3] },
    ];
    expect(dependencyArrows(rows, (id) => shapes.get(id) ?? null)).toEqual([
      { key: '1-2', d: dependencyPath({ x: 500, y: middle(0) }, { x: 460, y: middle(1) }) },
      { key: '2-3', d: dependencyPath({ x: 400, y: middle(1) }, { x: 300 + MILESTONE_RADIUS, y: middle(2) }) },
    ]);
  });
});
