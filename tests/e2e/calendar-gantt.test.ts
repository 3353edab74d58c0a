import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatJalaliDate, JALALI_MONTHS, toJalali, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY } from '../../src-shared/domain/jalali';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { AppFrame } from './page-models/app-frame';
import { CalendarPage } from './page-models/calendar-page';
import { GanttPage } from './page-models/gantt-page';
import { LoginPage } from './page-models/login-page';
import { PersonRecord } from './page-models/person-record';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectText, todayInTehran } from './support/ui-expect';

const DAY = 86_400_000;
const TEHRAN_OFFSET = '+03:30';
const MANY_TASKS = 500;

// An instant at a Tehran wall-clock time, whatever zone the test runner uses (no daylight saving since 2022).
const tehran = (isoDate: string, time: string) => new Date(`${isoDate}T${time}:00${TEHRAN_OFFSET}`).getTime();

const centreX = (box: { x: number; width: number } | null) => (box ? box.x + box.width / 2 : NaN);

// Screenshots show the screen, not the toasts that happen to be over it.
async function dismissToasts(page: Page): Promise<void> {
  const close = new AppFrame(page).toasts().getByRole('button', { name: 'بستن پیام' });
  while ((await close.count()) > 0) await close.first().click();
}

describe('calendar and Gantt chart: a meeting from a record, dragging a task, 500 tasks', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;
  let personId: number;
  const today = todayInTehran();
  const tomorrow = addDays(today, 1);

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    personId = (await apiCall(server.url, 'people.create', { gender: 'female', firstName: 'سارا', lastName: 'احمدی' }, token)).id;
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
    await new AppFrame(page).waitUntilLive();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('books a meeting from her record for tomorrow 10:00 and shows it on that Jalali day in the month and week views', async () => {
    await page.goto(`/#/people/${personId}`);
    const record = new PersonRecord(page);
    await record.heading('سارا احمدی').waitFor();
    await record.actions().getByRole('button', { name: 'قرار ملاقات', exact: true }).click();
    const calendar = new CalendarPage(page);
    await calendar.meetingDialog().waitFor();
    expect(await calendar.meetingParties()).toEqual(['سارا احمدی']);
    await screenshot(page, 'calendar-meeting-dialog');
    await calendar.fillMeeting({ title: 'جلسهٔ قرارداد', date: formatJalaliDate(tomorrow), start: '۱۰:۰۰', place: 'اتاق جلسات' });

    const [meeting] = await apiCall(server.url, 'meetings.list', { from: tehran(tomorrow, '00:00'), to: tehran(tomorrow, '00:00') + DAY, partyId: personId }, token);
    expect(meeting).toMatchObject({ title: 'جلسهٔ قرارداد', startAt: tehran(tomorrow, '10:00'), endAt: tehran(tomorrow, '11:00'), partyNames: ['سارا احمدی'] });

    await calendar.open();
    if (toJalali(tomorrow).jm !== toJalali(today).jm) await calendar.step('ماه بعد');
    const { jy, jm, jd } = toJalali(tomorrow);
    expect(await calendar.periodTitle()).toBe(`${JALALI_MONTHS[jm - 1]} ${toPersianDigits(jy)}`);
    const cell = calendar.monthCell(tomorrow);
    await expectText(calendar.meetingIn(cell, 'جلسهٔ قرارداد'), '۱۰:۰۰');
    expect(await cell.locator('.cal-month__number').textContent()).toBe(toPersianDigits(jd));
    // Right to left: Saturday is the rightmost column, Friday the leftmost, and the day sits under its weekday.
    const saturday = await calendar.weekdayHeader('شنبه').boundingBox();
    const friday = await calendar.weekdayHeader('جمعه').boundingBox();
    expect(centreX(saturday)).toBeGreaterThan(centreX(friday));
    const weekday = WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(tomorrow)]!;
    expect(Math.abs(centreX(await cell.boundingBox()) - centreX(await calendar.weekdayHeader(weekday).boundingBox()))).toBeLessThan(2);
    await dismissToasts(page);
    await screenshot(page, 'calendar-month');

    await calendar.openDay(tomorrow);
    await calendar.showView('هفته');
    const column = calendar.dayColumn(tomorrow);
    const block = calendar.meetingIn(column, 'جلسهٔ قرارداد');
    await expectText(block, '۱۰:۰۰');
    expect(Math.abs(centreX(await column.boundingBox()) - centreX(await calendar.dayHeader(weekday).boundingBox()))).toBeLessThan(2);
    // Three hours below the grid's 07:00, at 48 px an hour.
    const columnTop = (await column.boundingBox())!.y;
    expect(Math.round((await block.boundingBox())!.y - columnTop)).toBe(3 * 48);
    await screenshot(page, 'calendar-week');
  });

  it('moves the meeting to 11:00 in its dialog, then removes it after a confirmation', async () => {
    const calendar = new CalendarPage(page);
    const column = calendar.dayColumn(tomorrow);
    await calendar.openMeeting(column, 'جلسهٔ قرارداد');
    await calendar.fillMeeting({ title: 'جلسهٔ قرارداد', start: '۱۱:۰۰' });
    await expectText(calendar.meetingIn(column, 'جلسهٔ قرارداد'), '۱۱:۰۰');
    await calendar.openMeeting(column, 'جلسهٔ قرارداد');
    await calendar.removeMeeting();
    await expect.poll(() => calendar.meetingIn(column, 'جلسهٔ قرارداد').count()).toBe(0);
    expect(await apiCall(server.url, 'meetings.list', { from: tehran(tomorrow, '00:00'), to: tehran(tomorrow, '00:00') + DAY, partyId: personId }, token)).toEqual([]);
  });

  it('draws a seeded task as a bar and, dragged three days leftwards, saves it three days later with an audit trail', async () => {
    const create = (input: Parameters<typeof apiCall<'tasks.create'>>[2]) => apiCall(server.url, 'tasks.create', input, token);
    const bought = await create({ title: 'خرید سخت‌افزار', priority: 'high', startAt: tehran(addDays(today, -3), '09:00'), dueAt: tehran(today, '12:00'), percent: 100 });
    await apiCall(server.url, 'tasks.complete', { id: bought.id, result: null }, token);
    const install = await create({ title: 'نصب سامانه', startAt: tehran(addDays(today, 1), '09:00'), dueAt: tehran(addDays(today, 4), '17:00'), percent: 40, dependsOn: [bought.id] });
    await create({ title: 'آموزش کاربران', priority: 'low', startAt: tehran(addDays(today, 6), '09:00'), dueAt: tehran(addDays(today, 9), '17:00'), percent: 10, dependsOn: [install.id], colour: '#7c3aed' });
    await create({ title: 'تحویل نهایی', dueAt: tehran(addDays(today, 12), '17:00'), dependsOn: [install.id] });

    const gantt = new GanttPage(page);
    await gantt.open();
    await gantt.chooseDays(formatJalaliDate(addDays(today, -5)), formatJalaliDate(addDays(today, 24)));
    await gantt.bar(install.id).waitFor();
    expect(await gantt.barCount()).toBe(4);
    expect(await gantt.bar(install.id).getAttribute('aria-label')).toContain('۴۰٪');
    await dismissToasts(page);
    await screenshot(page, 'gantt');

    const saved = await gantt.dragLater(install.id, 3);
    expect(saved.ok()).toBe(true);
    const moved = await apiCall(server.url, 'tasks.get', { id: install.id }, token);
    expect(moved.startAt).toBe(install.startAt! + 3 * DAY);
    expect(moved.dueAt).toBe(install.dueAt! + 3 * DAY);
    const history = await apiCall(server.url, 'audit.history', { table: 'tasks', id: install.id }, token);
    const change = (field: string) => history.find((entry) => entry.action === 'update' && entry.field === field);
    expect(change('startAt')).toMatchObject({ oldValue: String(install.startAt), newValue: String(install.startAt! + 3 * DAY), userName: ADMIN.displayName });
    expect(change('dueAt')).toMatchObject({ oldValue: String(install.dueAt), newValue: String(install.dueAt! + 3 * DAY) });
    // The bar is drawn where the saved dates are: three days further left.
    await expect.poll(async () => (await gantt.bar(install.id).getAttribute('aria-label')) ?? '').toContain(formatJalaliDate(addDays(today, 4)));

    // Without a mouse: Shift with the left arrow moves the due date a day later (right to left), Enter saves.
    await gantt.bar(install.id).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    const byKeys = page.waitForResponse((response) => response.url().includes('/api/tasks.reschedule'));
    await page.keyboard.press('Enter');
    expect((await byKeys).ok()).toBe(true);
    const stretched = await apiCall(server.url, 'tasks.get', { id: install.id }, token);
    expect([stretched.startAt, stretched.dueAt]).toEqual([moved.startAt, moved.dueAt! + 2 * DAY]);
  });

  it(`paints ${MANY_TASKS} tasks`, async () => {
    for (let i = 0; i < MANY_TASKS; i++) {
      const start = addDays(today, (i % 20) - 2);
      await apiCall(server.url, 'tasks.create', { title: `کار شمارهٔ ${i + 1}`, startAt: tehran(start, '09:00'), dueAt: tehran(addDays(start, 1 + (i % 5)), '17:00'), percent: (i * 7) % 101 }, token);
    }
    // A fresh page, so the 500 live updates of the seeding are not still being handled while it is timed.
    const gantt = new GanttPage(page);
    await gantt.open();
    await new AppFrame(page).waitUntilLive();
    await gantt.chooseDays(formatJalaliDate(addDays(today, -5)), formatJalaliDate(addDays(today, 24)));
    await gantt.chooseWindow('ماه');
    const started = Date.now();
    const answer = await gantt.chooseWindow('بازهٔ دلخواه');
    await expect.poll(() => gantt.barCount(), { timeout: 20_000 }).toBeGreaterThanOrEqual(MANY_TASKS);
    await gantt.nextFrame();
    const painted = Date.now() - started;
    const timing = answer.request().timing();
    console.log(`Gantt: ${await gantt.barCount()} tasks painted ${painted} ms after the click (tasks.gantt answered in ${Math.round(timing.responseEnd)} ms)`);
  });
});
