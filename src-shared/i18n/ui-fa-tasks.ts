import type { InboxTab, OCCASION_KINDS, TASK_PRIORITIES, TASK_SOURCES } from '../api/tasks';
import { priorityLabels } from './ui-fa';

// Tasks and the inbox (کارتابل).
export const taskLabels = {
  priority: priorityLabels satisfies Record<(typeof TASK_PRIORITIES)[number], string>,
  tab: {
    today: 'امروز',
    upcoming: 'پیش رو',
    overdue: 'عقب‌افتاده',
    done: 'انجام‌شده',
    referredToMe: 'ارجاع‌شده به من',
    referredByMe: 'ارجاع‌داده‌شده توسط من',
  } satisfies Record<InboxTab, string>,
  emptyTab: {
    today: 'برای امروز کاری نیست.',
    upcoming: 'کاری در پیش نیست.',
    overdue: 'کار عقب‌افتاده‌ای نیست.',
    done: 'هنوز کاری انجام نشده است.',
    referredToMe: 'کاری به شما ارجاع نشده است.',
    referredByMe: 'کاری ارجاع نداده‌اید.',
  } satisfies Record<InboxTab, string>,
  state: { open: 'باز', overdue: 'عقب‌افتاده', done: 'انجام‌شده' },
  source: { manual: 'دستی', sms: 'پیامک', call: 'تماس' } satisfies Record<(typeof TASK_SOURCES)[number], string>,
  icon: {
    phone: 'تلفن',
    meeting: 'جلسه',
    mail: 'نامه',
    document: 'سند',
    money: 'مالی',
    delivery: 'ارسال کالا',
    flag: 'پرچم',
    star: 'ستاره',
  },
  occasion: {
    birthday: 'تولد',
    wedding: 'سالگرد ازدواج',
    founding: 'سالروز تأسیس',
    contractEnd: 'پایان قرارداد',
    cheque: 'سررسید چک',
    installment: 'سررسید قسط',
  } satisfies Record<(typeof OCCASION_KINDS)[number], string>,
} as const;

// Said of an alarm that came due while the app (the office server) was closed.
export const LATE_ALARM_NOTE = 'دیرکرد: هنگام بسته بودن برنامه';
