import type { Input } from '../../../src-shared/api/contract';
import type { Task, TASK_PRIORITIES } from '../../../src-shared/api/tasks';
import { instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';

export type TaskPriority = (typeof TASK_PRIORITIES)[number];
// A Persian message per field (the API's field names); the same shape as ui's FieldErrors, kept free of the UI
// so these rules are tested without a DOM.
export type FieldErrors = Partial<Record<string, string>>;

export interface PartyRef {
  id: number;
  name: string;
}

// A Jalali day (kept as its Gregorian ISO date, as the picker gives it) and the time typed beside it. `saved` is the
// stored instant while the user leaves it alone: saving must not round a reminder to the minute and fire it again.
export interface DateTimeValue {
  date: string | null;
  time: string;
  saved?: number;
}

export interface TaskFormValues {
  title: string;
  priority: TaskPriority;
  type: string;
  status: string;
  party: PartyRef | null;
  company: PartyRef | null;
  start: DateTimeValue;
  due: DateTimeValue;
  reminder: DateTimeValue;
  percent: string;
  colour: string | null;
  icon: string | null;
  dependsOn: number[];
  description: string;
}

// The three date-times of a task: the form field names the API's, and the time a day alone stands for.
export const TASK_TIMES = {
  start: { field: 'startAt', dayTime: 0, label: 'شروع', hint: 'بی‌ساعت: آغاز روز' },
  due: { field: 'dueAt', dayTime: 23 * 60 + 59, label: 'موعد', hint: 'بی‌ساعت: پایان روز' },
  reminder: { field: 'reminderAt', dayTime: 9 * 60, label: 'یادآوری', hint: 'بی‌ساعت: ساعت ۹ صبح' },
} as const;
export type TaskTimeKey = keyof typeof TASK_TIMES;

const TIME_INVALID = 'ساعت را به شکل ساعت:دقیقه بنویسید، مانند ۱۴:۳۰.';

// «۱۴:۳۰», «14:30», «9» → minutes after midnight; '' → null; anything else → undefined.
export function parseTime(text: string): number | null | undefined {
  const trimmed = toAsciiDigits(text).trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,2})(?:[:٫.](\d{2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

// A local day and minutes after its midnight → epoch ms (the OS zone: Tehran on the office's PCs).
function instantOf(isoDate: string, minutes: number): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, Math.floor(minutes / 60), minutes % 60).getTime();
}

export function dateTimeOf(at: number | null): DateTimeValue {
  if (at === null) return { date: null, time: '' };
  const when = new Date(at);
  return { date: instantToLocalIsoDate(at), time: toPersianDigits(`${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`), saved: at };
}

// The date-time as an instant, or the Persian message of what is wrong with it.
function readDateTime(value: DateTimeValue, key: TaskTimeKey): { at: number | null } | { error: string } {
  if (value.saved !== undefined) return { at: value.saved };
  const minutes = parseTime(value.time);
  if (minutes === undefined) return { error: TIME_INVALID };
  if (value.date === null) return minutes === null ? { at: null } : { error: `برای ساعت ${TASK_TIMES[key].label}، تاریخ آن را هم انتخاب کنید.` };
  return { at: instantOf(value.date, minutes ?? TASK_TIMES[key].dayTime) };
}

export function emptyTaskValues(prefill: { title?: string; priority?: TaskPriority; party?: PartyRef | null } = {}): TaskFormValues {
  const none: DateTimeValue = { date: null, time: '' };
  return {
    title: prefill.title ?? '',
    priority: prefill.priority ?? 'medium',
    type: '',
    status: '',
    party: prefill.party ?? null,
    company: null,
    start: none,
    due: none,
    reminder: none,
    percent: toPersianDigits(0),
    colour: null,
    icon: null,
    dependsOn: [],
    description: '',
  };
}

export function taskValuesOf(task: Task): TaskFormValues {
  return {
    title: task.title,
    priority: task.priority,
    type: task.type ?? '',
    status: task.status ?? '',
    party: task.partyId === null ? null : { id: task.partyId, name: task.partyName ?? '…' },
    company: task.companyId === null ? null : { id: task.companyId, name: task.companyName ?? '…' },
    start: dateTimeOf(task.startAt),
    due: dateTimeOf(task.dueAt),
    reminder: dateTimeOf(task.reminderAt),
    percent: toPersianDigits(task.percent),
    colour: task.colour,
    icon: task.icon,
    dependsOn: task.dependsOn,
    description: task.description ?? '',
  };
}

export type TaskFields = Omit<Input<'tasks.update'>, 'id' | 'version'>;

const orNull = (text: string) => (text.trim() ? text.trim() : null);

// The form as the API's fields, or the messages to show beside the fields (keyed by the API's names).
export function readTaskValues(values: TaskFormValues): { fields: TaskFields } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = 'عنوان کار را بنویسید.';
  const percentText = toAsciiDigits(values.percent).trim();
  const percent = percentText === '' ? 0 : Number(percentText);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) errors.percent = 'درصد پیشرفت عددی از ۰ تا ۱۰۰ است.';
  const times: Partial<Record<'startAt' | 'dueAt' | 'reminderAt', number | null>> = {};
  for (const key of Object.keys(TASK_TIMES) as TaskTimeKey[]) {
    const read = readDateTime(values[key], key);
    if ('error' in read) errors[TASK_TIMES[key].field] = read.error;
    else times[TASK_TIMES[key].field] = read.at;
  }
  const { startAt = null, dueAt = null, reminderAt = null } = times;
  if (startAt !== null && dueAt !== null && startAt > dueAt && !errors.dueAt) errors.dueAt = 'موعد نباید پیش از شروع باشد.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      title: values.title.trim(),
      priority: values.priority,
      type: orNull(values.type),
      status: orNull(values.status),
      partyId: values.party?.id ?? null,
      companyId: values.company?.id ?? null,
      startAt,
      dueAt,
      reminderAt,
      percent,
      colour: values.colour,
      icon: values.icon,
      dependsOn: values.dependsOn,
      description: orNull(values.description),
    },
  };
}
