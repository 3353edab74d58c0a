import { errorMessages } from '../../src-shared/i18n/fa';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFrame } from './page-models/app-frame';
import { LoginPage } from './page-models/login-page';
import { UsersPage } from './page-models/users-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectAttribute, expectCount, expectText } from './support/ui-expect';

// Two PCs in the office, two browser contexts: what one user changes, the other hears about over /api/events.
describe('live notifications between two signed-in users', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let sara: Page;

  beforeAll(async () => {
    server = await startServer();
    const token = await setUpOffice(server.url);
    const template = await apiCall(server.url, 'users.createTemplate', { name: 'پذیرش', scope: 'all', permissions: ['users.view'] }, token);
    await apiCall(
      server.url,
      'users.create',
      { username: 'sara', displayName: 'سارا احمدی', password: 'sara-pass-1403', isAdmin: false, templateId: template.id },
      token,
    );
    browser = await launchBrowser();
    ({ page: admin } = await openPage(browser, server.url));
    ({ page: sara } = await openPage(browser, server.url));
    await new LoginPage(admin).signIn(ADMIN.username, ADMIN.password);
    await new LoginPage(sara).signIn('sara', 'sara-pass-1403');
    await new AppFrame(admin).open('کاربران');
    await new AppFrame(sara).open('کاربران');
    await new AppFrame(admin).waitUntilLive();
    await new AppFrame(sara).waitUntilLive();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the admin creates a user and the other signed-in user sees a toast, a bell count and the new row', async () => {
    const saraFrame = new AppFrame(sara);
    await expectAttribute(saraFrame.bellButton(), 'aria-label', 'اعلان‌ها');

    await new UsersPage(admin).createUser({
      displayName: 'رضا کریمی',
      username: 'reza',
      password: 'reza-pass-1403',
      template: 'پذیرش',
    });

    const news = 'کاربر «رضا کریمی» توسط «مدیر سیستم» ایجاد شد.';
    await expectText(saraFrame.toasts().getByRole('status'), news);
    await expectAttribute(saraFrame.bellButton(), 'aria-label', 'اعلان‌ها، ۱ خوانده‌نشده');
    await new UsersPage(sara).row('رضا کریمی').waitFor();
    await screenshot(sara, '20-notification-toast');

    // The one who made the change is not notified of it.
    await expectAttribute(new AppFrame(admin).bellButton(), 'aria-label', 'اعلان‌ها');
  });

  it('the admin deactivates a user; the notification centre lists both changes and marks them read', async () => {
    const users = new UsersPage(admin);
    await users.row('رضا کریمی').getByRole('button', { name: 'غیرفعال کردن' }).click();
    await expectText(users.row('رضا کریمی').getByRole('cell').nth(3), 'غیرفعال');

    const saraFrame = new AppFrame(sara);
    await expectAttribute(saraFrame.bellButton(), 'aria-label', 'اعلان‌ها، ۲ خوانده‌نشده');
    await expectText(new UsersPage(sara).row('رضا کریمی').getByRole('cell').nth(3), 'غیرفعال');

    await saraFrame.bellButton().click();
    const panel = saraFrame.notificationsPanel();
    const items = panel.getByRole('listitem');
    await expectCount(items, 2);
    expect(await items.first().textContent()).toContain('کاربر «رضا کریمی» توسط «مدیر سیستم» تغییر کرد.');
    expect(await items.nth(1).textContent()).toContain('کاربر «رضا کریمی» توسط «مدیر سیستم» ایجاد شد.');
    await screenshot(sara, '21-notification-centre');

    await panel.getByRole('button', { name: 'همه خوانده شد' }).click();
    await expectAttribute(saraFrame.bellButton(), 'aria-label', 'اعلان‌ها');
    await expectCount(items, 2);
  });

  it('a user whose password the admin resets is sent back to the login page with a Persian message', async () => {
    const users = new UsersPage(admin);
    await users.row('سارا احمدی').getByRole('button', { name: 'تغییر رمز' }).click();
    const dialog = admin.getByRole('dialog', { name: 'رمز عبور تازه برای «سارا احمدی»' });
    await dialog.getByLabel('رمز عبور جدید', { exact: true }).fill('sara-new-pass-1404');
    await dialog.getByLabel('تکرار رمز عبور جدید').fill('sara-new-pass-1404');
    await dialog.getByRole('button', { name: 'ثبت رمز جدید' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The server closes Sara's events socket as her session has ended; her screen shows the sign-in page
    // with the reason, in Persian.
    const login = new LoginPage(sara);
    await login.heading().waitFor();
    await expectText(sara.getByRole('status'), errorMessages['auth.sessionExpired']);
    await screenshot(sara, '22-session-ended');
    await login.signIn('sara', 'sara-new-pass-1404');
    await sara.getByRole('heading', { level: 1, name: 'کاربران' }).waitFor();
  });
});
