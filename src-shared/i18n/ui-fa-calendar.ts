// The calendar (تقویم) with its meetings, and the Gantt chart (نمودار گانت) of tasks.
export const calendarLabels = {
  title: 'تقویم',
  description: 'قرارهای ملاقات در نمای ماه، هفته و روز',
  view: { month: 'ماه', week: 'هفته', day: 'روز' },
  previous: { month: 'ماه قبل', week: 'هفتهٔ قبل', day: 'روز قبل' },
  next: { month: 'ماه بعد', week: 'هفتهٔ بعد', day: 'روز بعد' },
  today: 'امروز',
  whose: 'تقویم',
  mine: 'خودم',
  // Minutes before the start; null = no reminder.
  reminders: [
    { minutes: null, label: 'بدون یادآوری' },
    { minutes: 5, label: '۵ دقیقه پیش از شروع' },
    { minutes: 15, label: '۱۵ دقیقه پیش از شروع' },
    { minutes: 30, label: '۳۰ دقیقه پیش از شروع' },
    { minutes: 60, label: 'یک ساعت پیش از شروع' },
    { minutes: 1440, label: 'یک روز پیش از شروع' },
  ],
  newMeeting: 'قرار ملاقات جدید',
  meetingAction: 'قرار ملاقات',
  editMeeting: (title: string) => `قرار «${title}»`,
  removeMeeting: 'حذف قرار',
  removeQuestion: (title: string) => `قرار «${title}» از تقویم همهٔ شرکت‌کنندگان حذف شود؟`,
  removed: (title: string) => `قرار «${title}» حذف شد.`,
  saved: (title: string) => `قرار «${title}» ذخیره شد.`,
  titleMissing: 'عنوان قرار را بنویسید.',
  dateMissing: 'روز قرار را انتخاب کنید.',
  endBeforeStart: 'ساعت پایان باید پس از ساعت شروع باشد.',
  more: (count: string) => `${count} قرار دیگر`,
} as const;

export const ganttLabels = {
  title: 'نمودار گانت',
  description: 'زمان‌بندی کارها، پیشرفت و وابستگی‌ها؛ جابه‌جایی با کشیدن',
  window: { month: 'ماه', quarter: 'فصل', custom: 'بازهٔ دلخواه' },
  previous: 'بازهٔ قبل',
  next: 'بازهٔ بعد',
  allUsers: 'همهٔ کاربران',
  noTasks: 'در این بازه کاری با این فیلترها نیست.',
  // The keyboard alternative to dragging, read with the chart.
  keysHint: 'روی نوار: ← و → یک روز جابه‌جا می‌کنند، Shift با ← و → موعد را تغییر می‌دهد، Enter ذخیره، Esc انصراف، ↑ و ↓ کار دیگر',
  rescheduled: (title: string) => `زمان کار «${title}» تغییر کرد.`,
  pending: 'تغییر ذخیره‌نشده؛ Enter: ذخیره، Esc: انصراف',
} as const;
