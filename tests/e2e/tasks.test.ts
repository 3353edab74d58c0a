import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatJalaliDate, fromJalali, jalaliMonthLength, toJalali, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY } from '../../src-shared/domain/jalali';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { errorMessages } from '../../src-shared/i18n/fa';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startModemSim, type ModemSim } from '../support/modem-sim/modem-sim';
import { AppFrame } from './page-models/app-frame';
import { LoginPage } from './page-models/login-page';
import { MessagingPage } from './page-models/messaging-page';
import { TasksPage } from './page-models/tasks-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectAttribute, expectCount, expectText, todayInTehran } from './support/ui-expect';

const SARA = { username: 'sara', password: 'sara-pass-1403', displayName: 'سارا احمدی' } as const;
// The product promises a toast on the other user's screen within a second of the change.
const LIVE_LIMIT_MS = 1_000;

// The same Jalali day and month as `isoDay`, in Jalali year `jy`: a yearly date that falls on that day.
function yearlyDate(isoDay: string, jy: number): string {
  const { jm, jd } = toJalali(isoDay);
  return fromJalali(jy, jm, Math.min(jd, jalaliMonthLength(jy, jm)));
}

// «سه‌شنبه ۴ آذر ۱۴۰۵»: how the occasions list shows a day.
function dayText(isoDay: string): string {
  return `${WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(isoDay)]} ${formatJalaliDate(isoDay, 'long')}`;
}

// Runs in the page (no DOM types here): records in window[slot] the wall-clock time a toast with `wanted` appears.
const TOAST_WATCHER = `(wanted, slot) => {
  const record = () => {
    const seen = [...document.querySelectorAll('.toast__message')].some((node) => (node.textContent || '').includes(wanted));
    if (seen) window[slot] = Date.now();
    return seen;
  };
  if (record()) return;
  const observer = new MutationObserver(() => record() && observer.disconnect());
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}`;

// Starts watching the page for a toast with this text; `at()` then waits for it and gives its wall-clock time.
async function watchForToast(page: Page, text: string): Promise<{ at(): Promise<number> }> {
  const slot = `toastSeen${Math.random().toString(36).slice(2)}`;
  await page.evaluate(`(${TOAST_WATCHER})(${JSON.stringify(text)}, ${JSON.stringify(slot)})`);
  const seenAt = () => page.evaluate<number | null>(`window.${slot} ?? null`);
  return {
    async at() {
      await expect.poll(seenAt, { timeout: 15_000 }).not.toBeNull();
      return (await seenAt())!;
    },
  };
}

// When the reply of an API call made by the page reached it (wall clock).
async function repliedAt(response: Response): Promise<number> {
  await response.finished();
  const timing = response.request().timing();
  return timing.startTime + timing.responseEnd;
}

describe('the task inbox between two users: referral, completion, overdue and reminders, notification centre, occasions', () => {
  let pty: PtyPair;
  let sim: ModemSim;
  let server: RunningServer;
  let token: string;
  let saraId: number;
  let browser: Browser;
  let modir: Page;
  let sara: Page;
  const today = todayInTehran();
  const thisYear = toJalali(today).jy;

  beforeAll(async () => {
    pty = await openPtyPair();
    sim = await startModemSim(pty.devicePath, { cmgsDelayMs: 50, statusReports: { delayMs: 200, status: 0 } });
    server = await startServer({ args: ['--sms-modem', pty.appPath] });
    token = await setUpOffice(server.url);
    const template = await apiCall(server.url, 'users.createTemplate', { name: 'کارشناس', scope: 'all', permissions: ['tasks.view', 'tasks.create', 'tasks.edit', 'people.view'] }, token);
    saraId = (await apiCall(server.url, 'users.create', { ...SARA, isAdmin: false, templateId: template.id }, token)).id;
    // Occasions: a birthday in 3 days (with a mobile), a wedding anniversary tomorrow (no mobile), a founding in 5 days,
    // and a birthday in 20 days that only the 30-day span shows.
    await apiCall(server.url, 'people.create', { gender: 'female', firstName: 'نیلوفر', lastName: 'کریمی', birthDate: yearlyDate(addDays(today, 3), 1369), contactPoints: [{ kind: 'mobile', value: '09121234567' }] }, token);
    await apiCall(server.url, 'people.create', { gender: 'male', firstName: 'بهرام', lastName: 'نوری', weddingDate: yearlyDate(addDays(today, 1), 1390) }, token);
    await apiCall(server.url, 'companies.create', { name: 'شرکت پارس‌تجارت', foundedOn: yearlyDate(addDays(today, 5), 1385) }, token);
    await apiCall(server.url, 'people.create', { gender: 'male', firstName: 'کاوه', lastName: 'رحیمی', birthDate: yearlyDate(addDays(today, 20), 1370), contactPoints: [{ kind: 'mobile', value: '09121234568' }] }, token);
    await apiCall(server.url, 'messaging.saveTemplate', { name: 'تبریک تولد', body: '{نام} عزیز، زادروزتان خجسته باد. بازرگانی نمونه' }, token);

    browser = await launchBrowser();
    ({ page: modir } = await openPage(browser, server.url));
    ({ page: sara } = await openPage(browser, server.url));
    await new LoginPage(modir).signIn(ADMIN.username, ADMIN.password);
    await new LoginPage(sara).signIn(SARA.username, SARA.password);
    await new TasksPage(modir).open();
    await new TasksPage(sara).open('ارجاع‌شده به من');
    await new AppFrame(modir).waitUntilLive();
    await new AppFrame(sara).waitUntilLive();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sim?.close();
    await pty?.close();
  });

  it('the admin creates a task with the keyboard and refers it to Sara: her screen shows the toast within a second, the bell and the tab count', async () => {
    const tasks = new TasksPage(modir);
    const dialog = await tasks.openNewTask({ viaKeyboard: true });
    await dialog.getByLabel('تاریخ موعد', { exact: true }).fill(toPersianDigits(`${thisYear + 1}/01/15`));
    await dialog.getByLabel('ساعت موعد', { exact: true }).fill('۱۰:۳۰');
    await dialog.getByRole('combobox', { name: 'شخص', exact: true }).fill('نیلوفر');
    await dialog.getByRole('listbox').getByRole('option').filter({ hasText: 'نیلوفر کریمی' }).first().click();
    await dialog.getByLabel('نوع', { exact: true }).fill('پیگیری');
    await dialog.getByLabel('وضعیت', { exact: true }).fill('در حال انجام');
    await dialog.getByLabel('درصد پیشرفت', { exact: true }).fill('۲۰');
    await dialog.getByRole('radio', { name: 'آبی', exact: true }).check();
    await dialog.getByLabel('نماد', { exact: true }).selectOption({ label: 'تلفن' });
    await screenshot(modir, 'tasks-form');

    const title = 'پیگیری پیش‌فاکتور خانم کریمی';
    const toast = `کار «${title}» به شما ارجاع شد`;
    const watch = await watchForToast(sara, toast);
    const reply = modir.waitForResponse((response) => response.url().endsWith('/api/tasks.create'));
    await tasks.fillNewTask({ title, assignee: SARA.displayName });
    const lag = (await watch.at()) - (await repliedAt(await reply));
    expect(lag, `Sara's toast came ${lag} ms after the server's reply to the admin (at most ${LIVE_LIMIT_MS} ms)`).toBeLessThan(LIVE_LIMIT_MS);

    const saraFrame = new AppFrame(sara);
    await expectAttribute(saraFrame.bellButton(), 'aria-label', 'اعلان‌ها، ۱ خوانده‌نشده');
    const saraTasks = new TasksPage(sara);
    await expect.poll(() => saraTasks.tabCount('ارجاع‌شده به من')).toBe('۱');
    await saraTasks.row(title).waitFor();
    const cells = await saraTasks.rowCells(title);
    expect(cells).toMatchObject({ type: 'پیگیری', priority: 'متوسط', person: 'نیلوفر کریمی', percent: '۲۰٪' });
    expect(cells.state).toContain('در حال انجام');
    expect(cells.due).toMatch(new RegExp(`^${toPersianDigits(thisYear + 1)}/۰۱/۱۵ ۱۰:۳۰$`));
    await screenshot(sara, 'tasks-inbox-referred');
  });

  it('Sara completes it with the keyboard and the admin hears of it within a second', async () => {
    const title = 'پیگیری پیش‌فاکتور خانم کریمی';
    const watch = await watchForToast(modir, `کار «${title}» را ${SARA.displayName} انجام داد`);
    const reply = sara.waitForResponse((response) => response.url().endsWith('/api/tasks.complete'));
    await new TasksPage(sara).complete(title, { viaKeyboard: true, result: 'پیش‌فاکتور فرستاده شد' });
    const lag = (await watch.at()) - (await repliedAt(await reply));
    expect(lag, `the admin's toast came ${lag} ms after the server's reply to Sara (at most ${LIVE_LIMIT_MS} ms)`).toBeLessThan(LIVE_LIMIT_MS);
    await expectAttribute(new AppFrame(modir).bellButton(), 'aria-label', 'اعلان‌ها، ۱ خوانده‌نشده');
  });

  it('a referred task whose due time passes is overdue for both: Sara\'s «عقب‌افتاده», the admin\'s «ارجاع‌داده‌شده توسط من», and both are told', async () => {
    const title = 'تماس با شرکت پارس‌تجارت';
    const overdue = `موعد کار «${title}» گذشت و هنوز انجام نشده است`;
    const saraTasks = new TasksPage(sara);
    const modirTasks = new TasksPage(modir);
    await saraTasks.openTab('عقب‌افتاده');
    await modirTasks.openTab('ارجاع‌داده‌شده توسط من');
    const saraWatch = await watchForToast(sara, overdue);
    const modirWatch = await watchForToast(modir, overdue);
    const dueAt = Date.now() + 3_000;
    await apiCall(server.url, 'tasks.create', { title, priority: 'high', dueAt, assigneeId: saraId }, token);

    for (const watch of [saraWatch, modirWatch]) {
      const lag = (await watch.at()) - dueAt;
      expect(lag, `the overdue notice came ${lag} ms after the due time (at most ${LIVE_LIMIT_MS} ms)`).toBeLessThan(LIVE_LIMIT_MS);
    }
    await saraTasks.row(title).waitFor();
    await expect.poll(() => saraTasks.tabCount('عقب‌افتاده')).toBe('۱');
    await modirTasks.row(title).waitFor();
    expect((await modirTasks.rowCells(title)).state).toContain('عقب‌افتاده');
    await screenshot(sara, 'tasks-inbox-overdue');
  });

  it('a reminder set two seconds ahead arrives as a toast on time; one fired after its time says it is late', async () => {
    const title = 'ارسال کاتالوگ به آقای رحیمی';
    const watch = await watchForToast(modir, `یادآوری کار «${title}»`);
    const reminderAt = Date.now() + 2_000;
    await apiCall(server.url, 'tasks.create', { title, reminderAt }, token);
    const lag = (await watch.at()) - reminderAt;
    expect(lag, `the reminder came ${lag} ms after its time (at most ${LIVE_LIMIT_MS} ms)`).toBeLessThan(LIVE_LIMIT_MS);

    // An alarm whose time passed minutes ago (the office server was off): told at once, marked late, with its time.
    const missed = 'تمدید قرارداد پشتیبانی';
    const lateWatch = await watchForToast(modir, `یادآوری کار «${missed}» — دیرکرد: هنگام بسته بودن برنامه`);
    await apiCall(server.url, 'tasks.create', { title: missed, reminderAt: Date.now() - 5 * 60_000 }, token);
    await lateWatch.at();
    const frame = new AppFrame(modir);
    await frame.bellButton().click();
    const item = frame.notificationsPanel().getByRole('listitem').filter({ hasText: missed });
    await expectText(item.locator('.bell__late'), /^دیرکرد: هنگام بسته بودن برنامه \(موعد \u2068[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}\u2069\)$/);
    await screenshot(modir, 'tasks-notification-centre');
    await frame.bellButton().click();
  });

  it('after a reload the notifications are still in the centre; clicking one opens its task and it stays read', async () => {
    const frame = new AppFrame(sara);
    await sara.reload();
    await frame.waitUntilLive();
    await expectAttribute(frame.bellButton(), 'aria-label', 'اعلان‌ها، ۳ خوانده‌نشده');
    await frame.bellButton().click();
    const items = frame.notificationsPanel().getByRole('listitem');
    await expectCount(items, 3);
    const referred = items.filter({ hasText: 'کار «پیگیری پیش‌فاکتور خانم کریمی» به شما ارجاع شد' });
    expect(await referred.getAttribute('class')).toContain('bell__item--unread');
    await referred.getByRole('button').click();
    const saraTasks = new TasksPage(sara);
    const details = saraTasks.detailsDialog('پیگیری پیش‌فاکتور خانم کریمی');
    await details.waitFor();
    expect(new URL(sara.url()).hash).toMatch(/^#\/tasks\/\d+$/);
    await saraTasks.closeDialog(details);
    expect(new URL(sara.url()).hash).toBe('#/tasks');

    await sara.reload();
    await frame.waitUntilLive();
    await expectAttribute(frame.bellButton(), 'aria-label', 'اعلان‌ها، ۲ خوانده‌نشده');
    await frame.bellButton().click();
    const again = frame.notificationsPanel().getByRole('listitem').filter({ hasText: 'به شما ارجاع شد' }).filter({ hasText: 'پیگیری پیش‌فاکتور' });
    expect(await again.getAttribute('class')).not.toContain('bell__item--unread');
    await frame.notificationsPanel().getByRole('button', { name: 'همه خوانده شد' }).click();
    await expectAttribute(frame.bellButton(), 'aria-label', 'اعلان‌ها');
  });

  it('the admin edits a task with E; a save over someone else\'s change is refused in Persian and goes through after reading it again', async () => {
    const tasks = new TasksPage(modir);
    await tasks.open('پیش رو');
    const title = 'ارسال کاتالوگ به آقای رحیمی';
    const dialog = await tasks.openEdit(title);
    await dialog.getByLabel('درصد پیشرفت', { exact: true }).fill('۶۰');
    const [row] = (await apiCall(server.url, 'tasks.inbox', { tab: 'upcoming' }, token)).rows.filter((task) => task.title === title);
    await apiCall(server.url, 'tasks.update', { ...row!, version: row!.version, status: 'منتظر پاسخ مشتری' }, token);

    await dialog.getByRole('button', { name: 'ذخیرهٔ تغییرات', exact: true }).click();
    await expectText(dialog.getByRole('alert'), errorMessages['record.versionConflict']);
    await dialog.getByRole('button', { name: 'خواندن نسخهٔ تازه', exact: true }).click();
    await expect.poll(() => dialog.getByLabel('وضعیت', { exact: true }).inputValue()).toBe('منتظر پاسخ مشتری');
    await dialog.getByLabel('درصد پیشرفت', { exact: true }).fill('۶۰');
    await tasks.saveForm(dialog);
    expect(await tasks.rowCells(title)).toMatchObject({ percent: '۶۰٪' });

    // Quick filters: by type, then by person.
    await tasks.openTab('ارجاع‌داده‌شده توسط من');
    await tasks.filterType('پیگیری');
    expect(await tasks.titles()).toEqual(['پیگیری پیش‌فاکتور خانم کریمی']);
    await tasks.filterType('همه');
    await tasks.filterPerson('نیلوفر');
    expect(await tasks.titles()).toEqual(['پیگیری پیش‌فاکتور خانم کریمی']);
    await screenshot(modir, 'tasks-inbox-filtered');
  });

  it('«مناسبت‌های پیش رو» lists the coming week in Jalali, marks those without a mobile, and greets the chosen by SMS', async () => {
    const tasks = new TasksPage(modir);
    await tasks.open();
    await tasks.openOccasions();
    const week = await tasks.occasionRows();
    const [wedding, birthday, founding] = [1, 3, 5].map((days) => addDays(today, days)) as [string, string, string];
    expect(week).toEqual([
      [dayText(wedding), 'سالگرد ازدواج', toPersianDigits(toJalali(wedding).jy - 1390), 'بهرام نوری', 'بدون شمارهٔ همراه؛ پیامک نمی‌گیرد'],
      [dayText(birthday), 'تولد', toPersianDigits(toJalali(birthday).jy - 1369), 'نیلوفر کریمی', 'دارد'],
      [dayText(founding), 'سالروز تأسیس', toPersianDigits(toJalali(founding).jy - 1385), 'شرکت پارس‌تجارت', 'بدون شمارهٔ همراه؛ پیامک نمی‌گیرد'],
    ]);
    await tasks.chooseSpan('۳۰ روز آینده');
    expect((await tasks.occasionRows()).map((cells) => cells[3])).toContain('کاوه رحیمی');
    await tasks.chooseSpan('۷ روز آینده');
    await screenshot(modir, 'tasks-occasions');

    const dialog = await tasks.greetEveryone('تبریک تولد');
    await expectText(dialog.getByTestId('preview-recipients'), '۱');
    await screenshot(modir, 'tasks-occasions-greeting');
    await dialog.getByRole('button', { name: 'تأیید و ارسال به ۱ گیرنده', exact: true }).click();
    await modir.waitForURL(/#\/messaging\/campaigns\/\d+$/);
    await expectText(new MessagingPage(modir).campaignCount('تحویل‌شده'), '۱');
  });
});
