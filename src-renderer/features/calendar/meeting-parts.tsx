import type { CSSProperties } from 'react';
import type { Meeting } from '../../../src-shared/api/meetings';
import { formatJalaliDateTime, type IsoDate } from '../../../src-shared/domain/jalali';
import { dayOf, formatClock, FRIDAY, minutesOfDay } from './calendar-dates';

// A day cell or column: today, Friday (the weekend), a day of the neighbouring month.
export function dayClasses(base: string, { day, today, weekday, outside = false }: { day: IsoDate; today: IsoDate; weekday: number; outside?: boolean }): string {
  const classes = [base];
  if (day === today) classes.push('cal-today');
  if (weekday === FRIDAY) classes.push('cal-weekend');
  if (outside) classes.push('cal-outside');
  return classes.join(' ');
}

// «۱۰:۰۰ تا ۱۱:۰۰ جلسهٔ قرارداد، اتاق جلسات»: what a screen reader hears for a meeting.
function describe(meeting: Meeting): string {
  const from = formatJalaliDateTime(meeting.startAt, { style: 'long' });
  const to = dayOf(meeting.endAt) === dayOf(meeting.startAt) ? formatClock(minutesOfDay(meeting.endAt)) : formatJalaliDateTime(meeting.endAt, { style: 'long' });
  return `${meeting.title}، ${from} تا ${to}${meeting.place ? `، ${meeting.place}` : ''}`;
}

interface MeetingChipProps {
  meeting: Meeting;
  // The day it is drawn on: a meeting that began the day before shows no start time there.
  day: IsoDate;
  onOpen(meeting: Meeting): void;
  // The hour grid's blocks have room for the place too.
  block?: boolean;
  style?: CSSProperties;
}

// A meeting in the month grid (one line) or the hour grid (a block placed by the caller's style); a click opens it.
export function MeetingChip({ meeting, day, onOpen, block = false, style }: MeetingChipProps) {
  const startsToday = dayOf(meeting.startAt) === day;
  return (
    <button type="button" className={block ? 'cal-chip cal-chip--block' : 'cal-chip'} style={style} data-meeting-id={meeting.id} aria-label={describe(meeting)} title={describe(meeting)} onClick={() => onOpen(meeting)}>
      <span className="cal-chip__line">
        {startsToday ? <bdi className="cal-chip__time">{formatClock(minutesOfDay(meeting.startAt))}</bdi> : null}
        <span className="cal-chip__title">{meeting.title}</span>
      </span>
      {meeting.place && block ? <span className="cal-chip__place">{meeting.place}</span> : null}
    </button>
  );
}
