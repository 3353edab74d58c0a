import type { Meeting } from '../../../src-shared/api/meetings';
import { formatJalaliDate, toJalali, WEEKDAYS_FROM_SATURDAY, type IsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { calendarLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { FRIDAY, overlapsDay, type CalendarView } from './calendar-dates';
import { dayClasses, MeetingChip } from './meeting-parts';

const SHOWN_PER_DAY = 3;

interface MonthViewProps {
  title: string;
  days: readonly IsoDate[];
  month: number;
  today: IsoDate;
  meetings: readonly Meeting[];
  onCreate(day: IsoDate): void;
  onOpen(meeting: Meeting): void;
  onShow(view: CalendarView, day: IsoDate): void;
}

// A Jalali month as whole weeks, Saturday in the rightmost column (the table follows the page's right-to-left
// direction). A click on a day's empty space starts a meeting on that day.
export function MonthView({ title, days, month, today, meetings, onCreate, onOpen, onShow }: MonthViewProps) {
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className="cal-month" aria-label={title}>
      <thead>
        <tr>
          {WEEKDAYS_FROM_SATURDAY.map((name, index) => (
            <th key={name} scope="col" className={index === FRIDAY ? 'cal-month__weekday cal-weekend' : 'cal-month__weekday'}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day, index) => {
              const { jm, jd } = toJalali(day);
              const onDay = meetings.filter((meeting) => overlapsDay(meeting, day));
              const hidden = onDay.length - SHOWN_PER_DAY;
              return (
                <td
                  key={day}
                  className={dayClasses('cal-month__day', { day, today, weekday: index, outside: jm !== month })}
                  data-day={day}
                  aria-current={day === today ? 'date' : undefined}
                  onClick={(event) => {
                    if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains('cal-month__list')) onCreate(day);
                  }}
                >
                  <button type="button" className="cal-month__number" aria-label={`${WEEKDAYS_FROM_SATURDAY[index]} ${formatJalaliDate(day, 'long')}`} onClick={() => onShow('day', day)}>
                    {toPersianDigits(jd)}
                  </button>
                  <ul className="cal-month__list" aria-label={`قرارهای ${formatJalaliDate(day, 'long')}`}>
                    {onDay.slice(0, hidden > 0 ? SHOWN_PER_DAY - 1 : SHOWN_PER_DAY).map((meeting) => (
                      <li key={meeting.id}>
                        <MeetingChip meeting={meeting} day={day} onOpen={onOpen} />
                      </li>
                    ))}
                    {hidden > 0 ? (
                      <li>
                        <button type="button" className="link-button cal-month__more" onClick={() => onShow('day', day)}>
                          {calendarLabels.more(toPersianDigits(hidden + 1))}
                        </button>
                      </li>
                    ) : null}
                  </ul>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
