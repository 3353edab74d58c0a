import type { Locator, Page } from 'playwright-core';

export type CalendarViewLabel = 'ماه' | 'هفته' | 'روز';

export interface MeetingInput {
  title: string;
  // Jalali, typed as people do: «۱۴۰۵/۰۹/۰۳».
  date?: string;
  // As the time boxes show them: «۱۰:۰۰».
  start?: string;
  end?: string;
  place?: string;
  // Colleagues by display name.
  users?: string[];
  reminder?: string;
}

// «تقویم» (#/calendar): month, week and day views of meetings, and the meeting dialog (also opened from a person's
// or company's record with «قرار ملاقات»).
export class CalendarPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'تقویم', exact: true });
  }

  async open(): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes('/api/meetings.list'));
    await this.page.goto('/#/calendar');
    await this.heading().waitFor();
    await answered;
  }

  // Runs what changes the period or the view and waits for its meetings to arrive and be drawn.
  private async afterReload(action: () => Promise<unknown>): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes('/api/meetings.list'));
    await action();
    await answered;
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  }

  async showView(label: CalendarViewLabel): Promise<void> {
    const button = this.page.getByRole('group', { name: 'نمای تقویم' }).getByRole('button', { name: label, exact: true });
    if ((await button.getAttribute('aria-pressed')) === 'true') return;
    await this.afterReload(() => button.click());
  }

  async step(name: 'ماه بعد' | 'ماه قبل' | 'هفتهٔ بعد' | 'هفتهٔ قبل' | 'روز بعد' | 'روز قبل'): Promise<void> {
    await this.afterReload(() => this.page.getByRole('button', { name, exact: true }).click());
  }

  // The toolbar's period: «فروردین ۱۴۰۴», «۲ تا ۸ فروردین ۱۴۰۴»…
  async periodTitle(): Promise<string> {
    return ((await this.page.locator('.cal-toolbar__title').textContent()) ?? '').trim();
  }

  // ---------- month ----------

  monthGrid(): Locator {
    return this.page.locator('table.cal-month');
  }

  // A day's cell by its Gregorian ISO date (what the page keeps in data-day).
  monthCell(isoDate: string): Locator {
    return this.monthGrid().locator(`td[data-day="${isoDate}"]`);
  }

  weekdayHeader(name: string): Locator {
    return this.monthGrid().getByRole('columnheader', { name, exact: true });
  }

  // Opens a day (its number in the month grid): the day view.
  async openDay(isoDate: string): Promise<void> {
    await this.afterReload(() => this.monthCell(isoDate).locator('.cal-month__number').click());
  }

  // ---------- week and day ----------

  dayColumn(isoDate: string): Locator {
    return this.page.locator(`.cal-grid__day[data-day="${isoDate}"]`);
  }

  // The week grid's heading of a day, by its weekday: «شنبه ۱۲».
  dayHeader(weekday: string): Locator {
    return this.page.locator('.cal-grid__head .cal-grid__day-name').filter({ hasText: new RegExp(`^${weekday}\\s`) });
  }

  // ---------- meetings ----------

  meetingIn(place: Locator, title: string): Locator {
    return place.locator('[data-meeting-id]').filter({ hasText: title });
  }

  meetingDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^قرار ملاقات جدید$|^قرار «/ });
  }

  // Fills the open meeting dialog and saves it; waits for it to close.
  async fillMeeting(meeting: MeetingInput): Promise<void> {
    const dialog = this.meetingDialog();
    await dialog.getByLabel('عنوان', { exact: true }).fill(meeting.title);
    if (meeting.date) {
      const date = dialog.getByLabel('روز', { exact: true });
      await date.fill(meeting.date);
      await date.blur();
    }
    if (meeting.start) await dialog.getByLabel('ساعت شروع', { exact: true }).selectOption({ label: meeting.start });
    if (meeting.end) await dialog.getByLabel('ساعت پایان', { exact: true }).selectOption({ label: meeting.end });
    if (meeting.place) await dialog.getByLabel('مکان', { exact: true }).fill(meeting.place);
    for (const user of meeting.users ?? []) await dialog.getByRole('group', { name: 'همکاران' }).getByLabel(user).check();
    if (meeting.reminder) await dialog.getByLabel('یادآوری', { exact: true }).selectOption({ label: meeting.reminder });
    const save = async () => {
      await dialog.getByRole('button', { name: 'ذخیرهٔ قرار', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    // On the calendar the save also reloads it; from a record page nothing else follows.
    if ((await this.heading().count()) > 0) await this.afterReload(save);
    else await save();
  }

  async openMeeting(place: Locator, title: string): Promise<Locator> {
    await this.meetingIn(place, title).click();
    const dialog = this.page.getByRole('dialog', { name: `قرار «${title}»`, exact: true });
    await dialog.waitFor();
    return dialog;
  }

  // «حذف قرار» in the open dialog, confirmed; waits for both dialogs to close and the calendar to reload.
  async removeMeeting(): Promise<void> {
    await this.meetingDialog().getByRole('button', { name: 'حذف قرار', exact: true }).click();
    const confirm = this.page.getByRole('alertdialog', { name: 'حذف قرار', exact: true });
    await confirm.waitFor();
    await this.afterReload(() => confirm.getByRole('button', { name: 'حذف', exact: true }).click());
    await this.meetingDialog().waitFor({ state: 'detached' });
  }

  // The people and companies already in the open dialog.
  async meetingParties(): Promise<string[]> {
    const chips = this.meetingDialog().getByRole('list', { name: 'اشخاص و شرکت‌های قرار' }).getByRole('listitem');
    return (await chips.allTextContents()).map((text) => text.replace('×', '').trim());
  }
}
