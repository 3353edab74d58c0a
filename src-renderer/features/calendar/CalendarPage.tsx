import { useEffect, useId, useMemo, useState } from 'react';
import type { Meeting } from '../../../src-shared/api/meetings';
import { todayIsoDate, toJalali, type IsoDate } from '../../../src-shared/domain/jalali';
import { calendarLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { Field } from '../../ui';
import { useCan } from '../auth';
import { ListError } from '../messaging';
import { CALENDAR_VIEWS, daysOfView, shiftView, viewTitle, type CalendarView } from './calendar-dates';
import { useCalendarStore } from './calendar-store';
import { ColleagueOptions } from './ColleagueOptions';
import { MeetingDialog } from './MeetingDialog';
import type { MeetingPrefill } from './meeting-form';
import { MonthView } from './MonthView';
import { PeriodNav } from './PeriodNav';
import { TimeGridView } from './TimeGridView';

type Open = { meeting: Meeting } | { prefill: MeetingPrefill } | null;

// «تقویم»: the signed-in user's (or a colleague's) meetings by Jalali month, week or day.
export function CalendarPage() {
  const titleId = useId();
  const can = useCan();
  const { view, anchor, userId, meetings, error, load, show, release } = useCalendarStore();
  const [open, setOpen] = useState<Open>(null);
  const today = todayIsoDate();
  const days = useMemo(() => daysOfView(view, anchor), [view, anchor]);
  const title = viewTitle(view, anchor);
  const mayCreate = can('tasks.create');

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  const create = (day: IsoDate, startMinutes?: number) => {
    if (mayCreate) setOpen({ prefill: { day, ...(startMinutes === undefined ? {} : { startMinutes }) } });
  };
  const openMeeting = (meeting: Meeting) => setOpen({ meeting });
  const showDay = (nextView: CalendarView, day: IsoDate) => void show({ view: nextView, anchor: day });

  return (
    <section className="page calendar" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          {calendarLabels.title}
        </h1>
        <div className="page__tools">
          {mayCreate ? (
            <button type="button" className="button button--primary" onClick={() => create(view === 'month' && anchor !== today ? anchor : today)}>
              {calendarLabels.newMeeting}
            </button>
          ) : null}
        </div>
      </header>

      <div className="cal-toolbar" role="toolbar" aria-label="پیمایش تقویم">
        <PeriodNav previousLabel={calendarLabels.previous[view]} nextLabel={calendarLabels.next[view]} onStep={(step) => void show({ anchor: shiftView(view, anchor, step) })}>
          <button type="button" className="button button--small" onClick={() => void show({ anchor: today })}>
            {calendarLabels.today}
          </button>
        </PeriodNav>
        <h2 className="cal-toolbar__title" aria-live="polite">
          {title}
        </h2>
        <div className="toggle-chips cal-toolbar__views" role="group" aria-label="نمای تقویم">
          {CALENDAR_VIEWS.map((option) => (
            <button key={option} type="button" className="toggle-chip" aria-pressed={view === option} onClick={() => void show({ view: option })}>
              {calendarLabels.view[option]}
            </button>
          ))}
        </div>
        <Field label={calendarLabels.whose}>
          {(control) => (
            <select className="input cal-toolbar__whose" {...control} value={userId ?? ''} onChange={(event) => void show({ userId: event.target.value === '' ? null : Number(event.target.value) })}>
              <option value="">{calendarLabels.mine}</option>
              <ColleagueOptions />
            </select>
          )}
        </Field>
      </div>

      <ListError error={error} />
      {view === 'month' ? (
        <MonthView title={title} days={days} month={toJalali(anchor).jm} today={today} meetings={meetings} onCreate={create} onOpen={openMeeting} onShow={showDay} />
      ) : (
        <TimeGridView title={title} days={days} today={today} meetings={meetings} onCreate={create} onOpen={openMeeting} onShow={showDay} />
      )}

      {open ? <MeetingDialog meeting={'meeting' in open ? open.meeting : null} prefill={'prefill' in open ? open.prefill : {}} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
