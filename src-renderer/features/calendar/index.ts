import './calendar.css';

export { CalendarPage } from './CalendarPage';
export { MEETINGS_TABLE, refreshCalendarOnChange } from './calendar-store';
export { MeetingAction } from './MeetingAction';
export { CALENDAR_PATH } from './paths';
// Shared with the Gantt chart's filters.
export { ColleagueOptions } from './ColleagueOptions';
export { PeriodNav } from './PeriodNav';
