import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { Meeting } from '../../../src-shared/api/meetings';
import { localDayStart, toJalali, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY, type IsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { FIRST_HOUR, formatClock, LAST_HOUR, minutesOfDay, overlapsDay, placeSideBySide, type CalendarView } from './calendar-dates';
import { dayClasses, MeetingChip } from './meeting-parts';

const HOUR_HEIGHT = 48;
const MINUTE_HEIGHT = HOUR_HEIGHT / 60;
const GRID_START = FIRST_HOUR * 60;
const GRID_END = LAST_HOUR * 60;
const SHORTEST_BLOCK = 22;
// A click on the empty grid starts a meeting on the half hour under the pointer.
const CLICK_STEP_MINUTES = 30;
const HOURS = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);

interface TimeGridViewProps {
  title: string;
  days: readonly IsoDate[];
  today: IsoDate;
  meetings: readonly Meeting[];
  onCreate(day: IsoDate, startMinutes: number): void;
  onOpen(meeting: Meeting): void;
  onShow(view: CalendarView, day: IsoDate): void;
}

// Minutes after the grid's first hour for an instant on `day`, pinned to the grid.
function gridMinutes(at: number, day: IsoDate): number {
  const minutes = (at - localDayStart(day)) / 60_000;
  return Math.min(GRID_END, Math.max(GRID_START, minutes)) - GRID_START;
}

function DayColumn({ day, today, meetings, onCreate, onOpen }: { day: IsoDate; today: IsoDate; meetings: readonly Meeting[]; onCreate: TimeGridViewProps['onCreate']; onOpen: TimeGridViewProps['onOpen'] }) {
  const placed = placeSideBySide(meetings.filter((meeting) => overlapsDay(meeting, day)));
  const create = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const minutes = GRID_START + Math.floor(event.nativeEvent.offsetY / MINUTE_HEIGHT / CLICK_STEP_MINUTES) * CLICK_STEP_MINUTES;
    onCreate(day, Math.min(minutes, GRID_END - CLICK_STEP_MINUTES));
  };
  return (
    <div className={dayClasses('cal-grid__day', { day, today, weekday: weekdayIndexFromSaturday(day) })} data-day={day} onClick={create}>
      {placed.map(({ item, column, columns }) => {
        const top = gridMinutes(item.startAt, day) * MINUTE_HEIGHT;
        const height = Math.max(SHORTEST_BLOCK, gridMinutes(item.endAt, day) * MINUTE_HEIGHT - top);
        return (
          <MeetingChip
            key={item.id}
            meeting={item}
            day={day}
            onOpen={onOpen}
            block
            style={{ insetBlockStart: top, blockSize: height, insetInlineStart: `${(column / columns) * 100}%`, inlineSize: `calc(${100 / columns}% - 4px)` }}
          />
        );
      })}
    </div>
  );
}

// The week (seven columns from Saturday, on the right) or one day, hour by hour from FIRST_HOUR to LAST_HOUR in a
// box that scrolls; meetings that overlap stand side by side.
export function TimeGridView({ title, days, today, meetings, onCreate, onOpen, onShow }: TimeGridViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const earliest = meetings.length === 0 ? GRID_START : Math.max(GRID_START, Math.min(...meetings.map((meeting) => minutesOfDay(meeting.startAt))));
  const period = `${days[0]}/${days.length}`;

  // The earliest meeting (or the start of the grid) is in view when the period changes.
  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: Math.max(0, (earliest - GRID_START - 30) * MINUTE_HEIGHT) });
  }, [period, earliest]);

  return (
    <div className="cal-grid" role="group" aria-label={title} style={{ ['--cal-days' as string]: days.length }}>
      <div className="cal-grid__head">
        <span className="cal-grid__corner" />
        {days.map((day) => {
          const weekday = weekdayIndexFromSaturday(day);
          return (
            <button
              key={day}
              type="button"
              className={dayClasses('cal-grid__day-name', { day, today, weekday })}
              aria-current={day === today ? 'date' : undefined}
              disabled={days.length === 1}
              onClick={() => onShow('day', day)}
            >
              {WEEKDAYS_FROM_SATURDAY[weekday]} <span className="cal-grid__date">{toPersianDigits(toJalali(day).jd)}</span>
            </button>
          );
        })}
      </div>
      <div className="cal-grid__scroll" ref={scroller}>
        <div className="cal-grid__body" style={{ blockSize: HOURS.length * HOUR_HEIGHT }}>
          <ol className="cal-grid__hours" aria-hidden="true">
            {HOURS.map((hour) => (
              <li key={hour} style={{ blockSize: HOUR_HEIGHT }}>
                {formatClock(hour * 60)}
              </li>
            ))}
          </ol>
          {days.map((day) => (
            <DayColumn key={day} day={day} today={today} meetings={meetings} onCreate={onCreate} onOpen={onOpen} />
          ))}
        </div>
      </div>
    </div>
  );
}
