import type { Meeting } from '../../../src-shared/api/meetings';
import { todayIsoDate, type IsoDate } from '../../../src-shared/domain/jalali';
import { dayOf, instantAt, minutesOfDay } from './calendar-dates';

export interface PartyRef {
  id: number;
  name: string;
}

// What opens the dialog for a new meeting: a day (and time) clicked in the calendar, a person's record.
export interface MeetingPrefill {
  day?: IsoDate;
  startMinutes?: number;
  party?: PartyRef;
}

export interface MeetingFormValues {
  title: string;
  day: IsoDate | null;
  startMinutes: number;
  endMinutes: number;
  place: string;
  notes: string;
  userIds: number[];
  parties: PartyRef[];
  reminderMinutes: number | null;
}

const STEP_MINUTES = 15;
const DEFAULT_LENGTH_MINUTES = 60;
const DEFAULT_REMINDER_MINUTES = 15;
const LAST_END = 24 * 60 - 1;

// Quarter hours for the time boxes, plus the meeting's own time when it is off the grid.
export function clockChoices(own: number): number[] {
  const steps = Array.from({ length: (24 * 60) / STEP_MINUTES }, (_, i) => i * STEP_MINUTES);
  return steps.includes(own) ? steps : [...steps, own].sort((a, b) => a - b);
}

// The next whole hour from now (today) or 09:00 (another day).
// The next whole hour today, but early enough for a whole default-length meeting before midnight (late
// in the evening a new meeting would otherwise start with a cut length that later moves keep).
function defaultStart(day: IsoDate, now: number): number {
  if (day !== todayIsoDate(now)) return 9 * 60;
  return Math.min(LAST_END - DEFAULT_LENGTH_MINUTES, (Math.floor(minutesOfDay(now) / 60) + 1) * 60);
}

// A new start keeps the meeting's length (cut at the end of the day).
export function withStart(values: MeetingFormValues, startMinutes: number): MeetingFormValues {
  const length = Math.max(STEP_MINUTES, values.endMinutes - values.startMinutes);
  return { ...values, startMinutes, endMinutes: Math.min(startMinutes + length, LAST_END) };
}

export function initialValues(meeting: Meeting | null, prefill: MeetingPrefill, now = Date.now()): MeetingFormValues {
  if (meeting) {
    return {
      title: meeting.title,
      day: dayOf(meeting.startAt),
      startMinutes: minutesOfDay(meeting.startAt),
      // A meeting running past midnight is edited as ending at the end of its first day.
      endMinutes: dayOf(meeting.endAt) === dayOf(meeting.startAt) ? minutesOfDay(meeting.endAt) : LAST_END,
      place: meeting.place ?? '',
      notes: meeting.notes ?? '',
      userIds: meeting.userIds,
      parties: meeting.partyIds.map((id, index) => ({ id, name: meeting.partyNames[index] ?? '' })),
      reminderMinutes: meeting.reminderMinutes,
    };
  }
  const day = prefill.day ?? todayIsoDate(now);
  const startMinutes = prefill.startMinutes ?? defaultStart(day, now);
  return {
    title: '',
    day,
    startMinutes,
    endMinutes: Math.min(startMinutes + DEFAULT_LENGTH_MINUTES, LAST_END),
    place: '',
    notes: '',
    userIds: [],
    parties: prefill.party ? [prefill.party] : [],
    reminderMinutes: DEFAULT_REMINDER_MINUTES,
  };
}

// The form as meetings.create / meetings.update take it; the day must be chosen first.
export function meetingInput(values: MeetingFormValues & { day: IsoDate }) {
  return {
    title: values.title,
    startAt: instantAt(values.day, values.startMinutes),
    endAt: instantAt(values.day, values.endMinutes),
    place: values.place.trim() ? values.place : null,
    notes: values.notes.trim() ? values.notes : null,
    userIds: values.userIds,
    partyIds: values.parties.map((party) => party.id),
    reminderMinutes: values.reminderMinutes,
  };
}
