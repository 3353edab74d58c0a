import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJalaliDate } from '../../src-shared/domain/jalali';
import { errorMessage } from '../../src-shared/i18n/fa';
import { AppFrame } from './page-models/app-frame';
import { AttachmentsTab } from './page-models/attachments-tab';
import { LoginPage } from './page-models/login-page';
import { PeoplePage } from './page-models/people-page';
import { PersonRecord } from './page-models/person-record';
import { launchBrowser, openPage, screenshot as fullPageScreenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectCount, expectText } from './support/ui-expect';

const MARYAM = 'مریم تهرانی';
// A 1×1 PNG: enough for the browser to draw a photo.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaGj4DwAE/wH+qEcGkwAAAABJRU5ErkJggg==',
  'base64',
);

describe('attachments, advanced list conditions and suggestion lists', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;

  async function screenshot(name: string): Promise<void> {
    await page.evaluate('window.scrollTo(0, 0)');
    await fullPageScreenshot(page, name);
  }

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    const settings = await apiCall(server.url, 'settings.get', {}, token);
    await apiCall(
      server.url,
      'settings.update',
      { version: settings.version, officeName: settings.officeName, defaultAreaCode: settings.defaultAreaCode, moneyUnit: settings.moneyUnit, attachmentMaxMb: 1 },
      token,
    );
    const people: [string, string, string | null, string | null][] = [
      ['مریم', 'تهرانی', 'تهران', '1990-05-10'],
      ['رضا', 'تهرانی‌زاده', 'تهران', '1975-01-01'],
      ['سینا', 'شیرازی', 'شیراز', '1990-06-01'],
      ['نگار', 'بی‌تاریخ', 'تهران', null],
      ['کاوه', 'کرجی', 'کرج', '1991-02-02'],
    ];
    for (const [firstName, lastName, city, birthDate] of people) {
      await apiCall(server.url, 'people.create', { firstName, lastName, city, birthDate }, token);
    }
    await apiCall(server.url, 'companies.create', { name: 'شرکت پیوست‌دار' }, token);
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('attaches files to a person, lists them in Persian, downloads the same bytes back and deletes one', async () => {
    const people = new PeoplePage(page);
    await people.open();
    await people.openRecord(MARYAM);
    await new PersonRecord(page).openTab('پیوست‌ها');
    const tab = new AttachmentsTab(page);
    const contract = Buffer.from('قرارداد همکاری — نسخهٔ امضاشده\n'.repeat(200), 'utf8');
    await tab.upload(
      [
        { name: 'contract-1403.txt', mimeType: 'text/plain', buffer: contract },
        { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('یادداشت') },
      ],
      'قرارداد سال ۱۴۰۳',
    );
    await expectText(new AppFrame(page).toasts(), '۲ پرونده پیوست شد.');
    await expectCount(tab.row('contract-1403.txt'), 1);
    const row = (await tab.row('contract-1403.txt').innerText()).replace(/\s+/g, ' ');
    expect(row).toContain('قرارداد سال ۱۴۰۳');
    expect(row).toContain('۱۱ کیلوبایت');
    expect(row).toContain(ADMIN.displayName);
    expect(row).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/);
    expect(row.replace('contract-1403.txt', '')).not.toMatch(/[0-9]/);

    const file = await tab.download('contract-1403.txt');
    expect(file.fileName).toBe('contract-1403.txt');
    expect(file.content.equals(contract)).toBe(true);

    await tab.setPhoto({ name: 'maryam.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await tab.photo(MARYAM).waitFor();
    expect(await tab.photo(MARYAM).evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
    await screenshot('60-person-attachments');

    await tab.remove('note.txt');
    await expectCount(tab.row('note.txt'), 0);
    await expectCount(tab.row('contract-1403.txt'), 1);
  });

  it('refuses a file over the office limit in the browser, with the Persian message that names the limit', async () => {
    const tab = new AttachmentsTab(page);
    await tab.upload([{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024 * 1024 + 1, 1) }]);
    await expectText(tab.problems(), `«scan.pdf»: ${errorMessage({ code: 'attachments.tooLarge', details: { limitMb: 1 } })}`);
    await expectText(tab.problems(), 'حد مجاز (\u2068۱\u2069 مگابایت)');
    await expectCount(tab.row('scan.pdf'), 0);
    await screenshot('61-attachment-too-large');
  });

  it('lists exactly the people matching «شهر برابر تهران» and «تاریخ تولد بین …»', async () => {
    const people = new PeoplePage(page);
    await people.open();
    const city = await people.addCondition();
    await city.getByLabel('فیلد', { exact: true }).selectOption({ label: 'شهر' });
    await city.getByLabel('شرط', { exact: true }).selectOption({ label: 'برابر' });
    await city.getByLabel('مقدار', { exact: true }).fill('تهران');
    await expectCount(people.rows(), 3);

    const born = await people.addCondition();
    await born.getByLabel('فیلد', { exact: true }).selectOption({ label: 'تاریخ تولد' });
    expect(await born.getByLabel('شرط', { exact: true }).locator('option').allTextContents()).toEqual(['بین دو تاریخ', 'خالی', 'پر']);
    await born.getByLabel('از تاریخ', { exact: true }).fill(formatJalaliDate('1985-01-01'));
    await born.getByLabel('از تاریخ', { exact: true }).press('Enter');
    await born.getByLabel('تا تاریخ', { exact: true }).fill(formatJalaliDate('1995-12-31'));
    await born.getByLabel('تا تاریخ', { exact: true }).press('Enter');
    await expectCount(people.rows(), 1);
    await expectCount(people.row(MARYAM), 1);
    await screenshot('62-people-conditions');

    await born.getByRole('button', { name: 'حذف شرط' }).click();
    await expectCount(people.rows(), 3);
    // Company fields are not offered for people.
    const options = await city.getByLabel('فیلد', { exact: true }).locator('option').allTextContents();
    expect(options).toContain('تاریخ تولد');
    expect(options).not.toContain('شناسهٔ ملی');
  });

  it('edits the title list in the settings and the person form suggests the new title', async () => {
    await page.goto('/#/settings');
    await page.getByRole('heading', { level: 1, name: 'تنظیمات دفتر' }).waitFor();
    const prefixes = page.getByRole('region', { name: /عنوان‌های اشخاص/ });
    await prefixes.getByLabel('مقدار تازه برای عنوان‌های اشخاص').fill('سرکار خانم');
    await prefixes.getByRole('button', { name: 'افزودن' }).click();
    await prefixes.getByRole('button', { name: 'بالا بردن «سرکار خانم»' }).click();
    await prefixes.getByRole('button', { name: 'ذخیرهٔ فهرست' }).click();
    await expectText(new AppFrame(page).toasts(), 'فهرست «عنوان‌های اشخاص» ذخیره شد.');
    const saved = await apiCall(server.url, 'lookups.list', {}, token);
    expect(saved.prefix?.at(-2)).toBe('سرکار خانم');
    await screenshot('63-settings-lookups');

    await page.goto('/#/people/new');
    await page.getByRole('heading', { level: 1, name: 'شخص جدید' }).waitFor();
    await expectCount(page.locator('#person-prefixes option[value="سرکار خانم"]'), 1);
  });

  it('attaches a file to a «نامه» interaction in its dialog; the list shows a paperclip and the same bytes come back', async () => {
    const people = new PeoplePage(page);
    await people.open();
    await people.openRecord(MARYAM);
    const record = new PersonRecord(page);
    await record.openTab('ارتباطات');
    await page.getByRole('button', { name: 'ارتباط جدید' }).click();
    const dialog = page.getByRole('dialog', { name: 'ارتباط جدید' });
    await dialog.getByLabel('موضوع').fill('نامهٔ پیشنهاد همکاری');
    await dialog.getByLabel('روش', { exact: true }).selectOption({ label: 'نامه' });
    const letter = Buffer.from('پیشنهاد همکاری برای سال ۱۴۰۳\n'.repeat(40), 'utf8');
    await dialog.getByLabel('انتخاب پرونده‌ها').setInputFiles({ name: 'letter-1403.txt', mimeType: 'text/plain', buffer: letter });
    const pending = dialog.getByRole('list', { name: 'پرونده‌های آمادهٔ بارگذاری' });
    await expectText(pending, 'letter-1403.txt');
    await expectText(pending, 'کیلوبایت');
    await dialog.getByRole('region', { name: 'پیوست‌ها' }).scrollIntoViewIfNeeded();
    await screenshot('70-interaction-dialog-files');
    await dialog.getByRole('button', { name: 'ثبت ارتباط' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = record.interactions().getByRole('row').filter({ hasText: 'نامهٔ پیشنهاد همکاری' });
    await expectText(row, 'نامه');
    const clip = row.getByLabel('پیوست‌های «نامهٔ پیشنهاد همکاری»: ۱ پرونده');
    await expectCount(clip, 1);
    await expectText(clip, '۱');
    await clip.click();
    await screenshot('71-interactions-paperclip');
    const file = await new AttachmentsTab(page).download('letter-1403.txt');
    expect(file.fileName).toBe('letter-1403.txt');
    expect(file.content.equals(letter)).toBe(true);

    // Editing the interaction lists its file again, with download and delete.
    await row.getByRole('button', { name: 'ویرایش' }).click();
    const edit = page.getByRole('dialog', { name: 'ویرایش ارتباط «نامهٔ پیشنهاد همکاری»' });
    await expectCount(edit.getByRole('table', { name: 'پیوست‌ها' }).getByRole('row').filter({ hasText: 'letter-1403.txt' }), 1);
    await expectCount(edit.getByRole('button', { name: 'حذف «letter-1403.txt»' }), 1);
    await edit.getByRole('region', { name: 'پیوست‌ها' }).scrollIntoViewIfNeeded();
    await screenshot('72-interaction-edit-files');
    await edit.getByRole('button', { name: 'بستن' }).click();
    await edit.waitFor({ state: 'detached' });

    await record.openTab('پیوست‌ها');
    await expectCount(new AttachmentsTab(page).row('letter-1403.txt'), 1);
  });
});
