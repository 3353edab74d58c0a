import { describe, expect, it } from 'vitest';
import { dateTimeOf, emptyTaskValues, parseTime, readTaskValues } from '../../../../../src-renderer/features/tasks/task-form-values';

// The OS zone decides local times; these tests compare with `new Date(y, m, d, h, min)` built in the same zone.
describe('task form values', () => {
  it('reads times typed with Persian or Latin digits, and refuses what is not a time', () => {
    expect(parseTime('۱۴:۳۰')).toBe(14 * 60 + 30);
    expect(parseTime('9')).toBe(9 * 60);
    expect(parseTime('')).toBeNull();
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('ده')).toBeUndefined();
  });

  it('gives a day without a time its default: start of day, end of day, nine in the morning', () => {
    const day = '2026-11-23';
    const read = readTaskValues({
      ...emptyTaskValues({ title: ' تماس با آقای رضایی ' }),
      start: { date: day, time: '' },
      due: { date: day, time: '' },
      reminder: { date: day, time: '' },
      percent: '۴۰',
      type: ' پیگیری ',
    });
    expect(read).toEqual({
      fields: expect.objectContaining({
        title: 'تماس با آقای رضایی',
        type: 'پیگیری',
        status: null,
        percent: 40,
        startAt: new Date(2026, 10, 23, 0, 0).getTime(),
        dueAt: new Date(2026, 10, 23, 23, 59).getTime(),
        reminderAt: new Date(2026, 10, 23, 9, 0).getTime(),
      }),
    });
  });

  it('says in Persian what is wrong: no title, a percent out of range, a time without a day, a due before the start', () => {
    const read = readTaskValues({
      ...emptyTaskValues(),
      percent: '۱۲۰',
      reminder: { date: null, time: '۱۰:۰۰' },
      start: { date: '2026-11-24', time: '' },
      due: { date: '2026-11-23', time: '' },
    });
    expect(read).toEqual({
      errors: {
        title: 'عنوان کار را بنویسید.',
        percent: 'درصد پیشرفت عددی از ۰ تا ۱۰۰ است.',
        reminderAt: 'برای ساعت یادآوری، تاریخ آن را هم انتخاب کنید.',
        dueAt: 'موعد نباید پیش از شروع باشد.',
      },
    });
  });

  it('shows a stored instant as its local day and a Persian time, and keeps it to the millisecond while untouched', () => {
    const reminder = new Date(2026, 10, 23, 14, 5, 42, 7).getTime();
    expect(dateTimeOf(reminder)).toEqual({ date: '2026-11-23', time: '۱۴:۰۵', saved: reminder });
    expect(dateTimeOf(null)).toEqual({ date: null, time: '' });
    const values = { ...emptyTaskValues({ title: 'تماس' }), reminder: dateTimeOf(reminder) };
    expect(readTaskValues(values)).toMatchObject({ fields: { reminderAt: reminder } });
    expect(readTaskValues({ ...values, reminder: { date: '2026-11-23', time: '۱۴:۰۵' } })).toMatchObject({ fields: { reminderAt: new Date(2026, 10, 23, 14, 5).getTime() } });
  });
});
