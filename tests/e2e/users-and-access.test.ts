import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJalaliDate } from '../../src-shared/domain/jalali';
import { errorMessage } from '../../src-shared/i18n/fa';
import { AppFrame } from './page-models/app-frame';
import { AuditPage } from './page-models/audit-page';
import { LoginPage } from './page-models/login-page';
import { TemplatesPage } from './page-models/templates-page';
import { UsersPage } from './page-models/users-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectCount, expectText, PERSIAN_DATE_TIME, todayInTehran } from './support/ui-expect';

const SARA = { displayName: 'سارا احمدی', username: 'sara', password: 'sara-pass-1403', template: 'پذیرش' };

describe('users, access templates and the audit trail', () => {
  let server: RunningServer;
  let adminToken: string;
  let browser: Browser;
  let admin: Page;
  let saraContext: BrowserContext | null = null;
  let sara: Page;

  beforeAll(async () => {
    server = await startServer();
    adminToken = await setUpOffice(server.url);
    browser = await launchBrowser();
    ({ page: admin } = await openPage(browser, server.url));
    await new LoginPage(admin).signIn(ADMIN.username, ADMIN.password);
    await admin.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
  });

  afterAll(async () => {
    await saraContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the admin creates the access template «پذیرش» that may view and create users', async () => {
    await new AppFrame(admin).open('قالب‌های دسترسی');
    const templates = new TemplatesPage(admin);
    await admin.getByRole('button', { name: 'قالب دسترسی جدید' }).click();
    await admin.getByRole('dialog', { name: 'قالب دسترسی جدید' }).getByRole('checkbox', { name: 'مشاهده کاربران', exact: true }).check();
    await screenshot(admin, '10-template-dialog');
    await admin.getByRole('dialog', { name: 'قالب دسترسی جدید' }).getByRole('button', { name: 'انصراف' }).click();

    await templates.createTemplate(SARA.template, 'همهٔ رکوردها', ['مشاهده کاربران', 'ایجاد کاربران']);
    const row = templates.row(SARA.template);
    await expectText(row.getByRole('cell').nth(1), 'همهٔ رکوردها');
    await expectText(row.getByRole('cell').nth(2), '۲');
    await screenshot(admin, '11-templates');
  });

  it('the admin creates a second user with the restricted access template', async () => {
    await new AppFrame(admin).open('کاربران');
    const users = new UsersPage(admin);
    await users.fillNewUser(SARA);
    await screenshot(admin, '12-new-user-dialog');
    await users.submitNewUser();
    await users.dialog().waitFor({ state: 'detached' });
    const row = users.row(SARA.displayName);
    await expectText(row.getByRole('cell').nth(2), SARA.template);
    await expectText(row.getByRole('cell').nth(3), 'فعال');
    await expectText(new AppFrame(admin).toasts(), `کاربر «${SARA.displayName}» ساخته شد.`);
    await screenshot(admin, '13-users');
  });

  it('the restricted user sees only the screens and buttons their template allows', async () => {
    ({ context: saraContext, page: sara } = await openPage(browser, server.url));
    await new LoginPage(sara).signIn(SARA.username, SARA.password);
    await sara.getByRole('heading', { level: 1, name: `${SARA.displayName}، خوش آمدید` }).waitFor();
    const frame = new AppFrame(sara);
    expect(await frame.navTitles()).toEqual(['خانه', 'کاربران', 'قالب‌های دسترسی']);

    await frame.open('کاربران');
    const users = new UsersPage(sara);
    await users.row(ADMIN.displayName).waitFor();
    await expectCount(users.newUserButton(), 1);
    await expectCount(users.table().getByRole('button', { name: 'ویرایش' }), 0);
    await expectCount(users.table().getByRole('button', { name: 'حذف' }), 0);

    // A screen outside the template, opened by its address, says so in Persian.
    await sara.goto('/#/audit');
    await expectText(sara.getByRole('alert'), 'شما اجازهٔ باز کردن «تاریخچهٔ تغییرات» را ندارید.');
    await screenshot(sara, '14-restricted-no-access');
    await sara.goto('/#/users');
    await users.row(ADMIN.displayName).waitFor();
  });

  it('a user whose create right is revoked while filling the new-user form is refused on save with the Persian 403 message', async () => {
    const users = new UsersPage(sara);
    await new AppFrame(sara).waitUntilLive();
    await users.fillNewUser({ displayName: 'رضا کریمی', username: 'reza', password: 'reza-pass-1403', template: SARA.template });

    await new AppFrame(admin).open('قالب‌های دسترسی');
    await new TemplatesPage(admin).removeRights(SARA.template, ['ایجاد کاربران']);

    await users.submitNewUser();
    const forbidden = errorMessage({ code: 'auth.forbidden', details: { permission: 'users.create' } });
    expect(forbidden).toContain('«ایجاد کاربران»');
    await expectText(users.dialog().getByRole('alert'), forbidden);
    const shown = await sara.locator('body').innerText();
    expect(shown).not.toContain('auth.forbidden');
    expect(shown).not.toContain('users.create');
    await screenshot(sara, '15-forbidden-on-save');

    // The form stays open so nothing typed is lost; once closed, the button the user may no longer use is gone.
    await users.dialog().getByRole('button', { name: 'انصراف' }).click();
    await expectCount(users.newUserButton(), 0);
    await expectCount(users.row('رضا کریمی'), 0);
  });

  it('the audit viewer shows who changed what', async () => {
    const frame = new AppFrame(admin);
    await frame.open('کاربران');
    const users = new UsersPage(admin);
    await users.renameUser(SARA.displayName, 'سارا احمدی‌نژاد');

    const history = await users.openHistory('سارا احمدی‌نژاد');
    const change = history.getByRole('row').filter({ hasText: 'نام نمایشی' }).filter({ hasText: 'ویرایش' });
    await expectCount(change, 1);
    const cells = change.getByRole('cell');
    expect((await cells.allTextContents()).map((text) => text.trim())).toEqual([
      expect.stringMatching(PERSIAN_DATE_TIME),
      ADMIN.displayName,
      'ویرایش',
      'نام نمایشی',
      SARA.displayName,
      'سارا احمدی‌نژاد',
    ]);
    expect(await history.getByRole('row').filter({ hasText: 'ایجاد' }).count()).toBeGreaterThan(0);
    await screenshot(admin, '16-user-history');
    await history.getByRole('button', { name: 'بستن' }).click();
  });

  it('sorting the users list by name follows the Persian alphabet, not code points', async () => {
    // «پ» (U+067E) sorts after «ت» (U+062A) by code point, but before it in Persian.
    const templateId = (await apiCall(server.url, 'users.listTemplates', {}, adminToken))[0]!.id;
    for (const [username, displayName] of [
      ['tina', 'تینا توکلی'],
      ['parisa', 'پریسا پاکزاد'],
    ] as const) {
      await apiCall(server.url, 'users.create', { username, displayName, password: `${username}-pass-1403`, isAdmin: false, templateId }, adminToken);
    }
    const frame = new AppFrame(admin);
    await frame.open('قالب‌های دسترسی');
    await frame.open('کاربران');
    const users = new UsersPage(admin);
    await users.row('پریسا پاکزاد').waitFor();
    const names = async () =>
      (await users.table().locator('tbody tr td:first-child').allTextContents()).map((text) => text.replace(/شما$/, '').trim());
    expect(await names()).toEqual(['پریسا پاکزاد', 'تینا توکلی', 'سارا احمدی‌نژاد', 'مدیر سیستم']);
    await users.table().getByRole('button', { name: 'نام نمایشی' }).click();
    expect(await names()).toEqual(['مدیر سیستم', 'سارا احمدی‌نژاد', 'تینا توکلی', 'پریسا پاکزاد']);
    expect(await users.table().getByRole('columnheader', { name: 'نام نمایشی' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('the audit search filters by section and a Jalali date range typed or picked from the calendar', async () => {
    await new AppFrame(admin).open('تاریخچهٔ تغییرات');
    const audit = new AuditPage(admin);
    await audit.results().waitFor();
    const today = todayInTehran();
    const jalaliToday = formatJalaliDate(today);

    await audit.chooseTable('قالب‌های دسترسی');
    // Typed with Latin digits and single-digit month/day: shown back in Persian digits.
    const [jy, jm, jd] = jalaliToday.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).split('/').map(Number);
    await audit.typeDate('از تاریخ', `${jy}/${jm}/${jd}`);
    expect(await audit.dateInput('از تاریخ').inputValue()).toBe(jalaliToday);

    const calendar = await audit.openCalendar('تا تاریخ');
    const headers = (await calendar.getByRole('columnheader').allTextContents()).map((text) => text.trim());
    expect(headers).toEqual(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
    await screenshot(admin, '17-audit-calendar');
    // Keyboard: one day forward (left arrow in a right-to-left grid), one back, then Enter picks today.
    await admin.keyboard.press('ArrowLeft');
    await admin.keyboard.press('ArrowRight');
    await admin.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await audit.dateInput('تا تاریخ').inputValue()).toBe(jalaliToday);

    await audit.search();
    await expectText(audit.summary(), /^نمایش ۱ تا [۰-۹]+ از [۰-۹]+ تغییر$/);
    const recordCells = await audit.results().locator('tbody tr td:nth-child(3)').allTextContents();
    expect(recordCells.length).toBeGreaterThan(0);
    expect(recordCells.every((text) => text === 'قالب دسترسی «پذیرش»')).toBe(true);
    await expectText(audit.results().getByRole('row').nth(1).getByRole('cell').first(), PERSIAN_DATE_TIME);
    await screenshot(admin, '18-audit-search');

    // A date that does not exist is refused in Persian.
    await audit.typeDate('از تاریخ', '1403/12/31');
    await expectText(audit.filters().getByRole('alert'), 'این تاریخ درست نیست.');
  });
});
