import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJalaliDate, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY } from '../../src-shared/domain/jalali';
import { errorMessage } from '../../src-shared/i18n/fa';
import { AppFrame } from './page-models/app-frame';
import { LoginPage } from './page-models/login-page';
import { SetupWizardPage } from './page-models/setup-wizard';
import { UsersPage } from './page-models/users-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { expectText, PERSIAN_DATE, todayInTehran } from './support/ui-expect';

const ADMIN = { displayName: 'مریم رضایی', username: 'maryam', password: 'maryam-pass-1403' };
const OFFICE = 'بازرگانی آفتاب';

describe('first run and signing in', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the first-run wizard creates the admin and opens the home page', async () => {
    const wizard = new SetupWizardPage(page);
    await wizard.heading().waitFor();
    await screenshot(page, '01-setup-office');

    // Digits typed on a Latin keyboard show as Persian digits.
    await wizard.fillOffice(OFFICE, '021');
    expect(await wizard.areaCodeInput().inputValue()).toBe('۰۲۱');
    await wizard.next();

    await wizard.fillAdmin({ ...ADMIN, password: 'short', repeat: 'different' });
    await wizard.finish();
    await expectText(page.getByRole('alert').first(), 'رمز عبور باید دست‌کم ۸ نویسه باشد.');
    await expectText(page.getByRole('alert').nth(1), 'تکرار رمز عبور با رمز عبور یکسان نیست.');
    await screenshot(page, '02-setup-admin-errors');

    await wizard.fillAdmin({ ...ADMIN, repeat: ADMIN.password });
    await wizard.finish();

    await page.getByRole('heading', { level: 1, name: `${ADMIN.displayName}، خوش آمدید` }).waitFor();
    await expectText(page.locator('.home__office'), OFFICE);
    await new AppFrame(page).waitUntilLive();
    await screenshot(page, '03-home');
  });

  it('the page is right-to-left Persian in Vazirmatn, with Jalali dates in Persian digits', async () => {
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    expect(await page.title()).toBe('خانه — پیوند');
    expect(await page.evaluate('getComputedStyle(document.body).direction')).toBe('rtl');
    expect(await page.evaluate('document.fonts.check("16px Vazirmatn", "پیوند")')).toBe(true);
    expect(await page.evaluate('[...document.fonts].some((f) => f.family.includes("Vazirmatn") && f.status === "loaded")')).toBe(
      true,
    );

    // Home: today as «دوشنبه ۲ آذر ۱۴۰۵».
    const today = todayInTehran();
    const longToday = `${WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(today)]} ${formatJalaliDate(today, 'long')}`;
    await expectText(page.locator('.home__today time'), longToday);
    expect(longToday).toMatch(/[۰-۹]/);
    expect(longToday).not.toMatch(/[0-9]/);

    // Lists: the creation date is a Jalali date in Persian digits.
    const frame = new AppFrame(page);
    await frame.open('کاربران');
    const users = new UsersPage(page);
    const created = users.row(ADMIN.displayName).getByRole('cell').nth(4);
    await expectText(created, PERSIAN_DATE);
    expect((await created.textContent())?.trim()).toBe(formatJalaliDate(today));
    await screenshot(page, '04-users-admin-only');
  });

  it('a wrong password shows a Persian error on the login page', async () => {
    await new AppFrame(page).signOut();
    const login = new LoginPage(page);
    await login.heading().waitFor();
    await expectText(page.getByRole('status'), 'از حساب کاربری خود خارج شدید.');

    await login.signIn(ADMIN.username, 'not-the-password');
    await expectText(login.error(), errorMessage({ code: 'auth.badCredentials' }));
    expect(await login.error().textContent()).toBe('نام کاربری یا رمز عبور درست نیست. دوباره تلاش کنید.');
    await screenshot(page, '05-login-wrong-password');

    await login.signIn(ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { level: 1, name: `${ADMIN.displayName}، خوش آمدید` }).waitFor();
  });

  it('the admin changes the office settings and the header shows the new name', async () => {
    const frame = new AppFrame(page);
    await frame.open('تنظیمات دفتر');
    await page.getByLabel('نام دفتر یا شرکت').fill('بازرگانی آفتاب شرق');
    await page.getByLabel('تومان').check();
    await expectText(page.getByText(/^نمونه:/), '۱٬۲۵۰٬۰۰۰ تومان');
    await page.getByRole('button', { name: 'ذخیرهٔ تنظیمات' }).click();
    await expectText(frame.toasts(), 'تنظیمات دفتر ذخیره شد.');
    await expectText(page.locator('.frame__office'), 'بازرگانی آفتاب شرق');
    await screenshot(page, '06-settings');
  });
});
