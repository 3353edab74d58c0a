import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { readWorkbook, workbookBase64 } from '../support/crm-fixtures';
import { AppFrame } from './page-models/app-frame';
import { ExportMenu } from './page-models/export-menu';
import { ImportWizard } from './page-models/import-wizard';
import { LoginPage } from './page-models/login-page';
import { PeoplePage } from './page-models/people-page';
import { SegmentBar } from './page-models/segment-bar';
import { launchBrowser, openPage, screenshot as fullPageScreenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectCount, expectText } from './support/ui-expect';

type Cell = string | number | Date | null;

const HEADERS = ['نام', 'نام خانوادگی', 'کد ملی', 'موبایل', 'تاریخ تولد', 'ایمیل'];
// Rows 2–7 as Excel numbers them: three good people, and between them a bad national code (row 3), a missing
// last name (row 5) and a mobile that row 2 already has, typed differently (row 7).
const CUSTOMERS: Cell[][] = [
  ['علی', 'رضایی', '0084575948', '09121234567', '1369/01/01', 'ali.rezaei@example.com'],
  ['بهرام', 'یزدانی', '1234567890', null, null, null],
  ['مریم', 'كاظمي', null, '۰۹۱۳۱۱۱۲۲۳۳', new Date(Date.UTC(1985, 5, 15)), null],
  ['بی‌نام', '', null, null, null, null],
  ['حسن', 'نوری', null, 9351112233, null, null],
  ['رضا', 'تکراری', null, '0912 123 4567', null, null],
];
const GOOD_PEOPLE = ['حسن نوری', 'علی رضایی', 'مریم کاظمی'];

describe('Excel import wizard and list export', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;
  let wizard: ImportWizard;
  const files = mkdtempSync(join(tmpdir(), 'peyvand-e2e-xlsx-'));

  async function sheetFile(name: string, headers: string[], rows: Cell[][]): Promise<string> {
    const path = join(files, name);
    writeFileSync(path, Buffer.from(await workbookBase64(headers, rows), 'base64'));
    return path;
  }

  // From the top: a full-page capture of a scrolled page draws the sticky header over the content.
  async function screenshot(shown: Page, name: string): Promise<void> {
    await shown.evaluate('window.scrollTo(0, 0)');
    await fullPageScreenshot(shown, name);
  }

  async function peopleNamed(q = ''): Promise<string[]> {
    const list = await apiCall(server.url, 'people.list', { filter: { q }, limit: 500 }, token);
    return list.rows.map((row) => row.displayName);
  }

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
    await page.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
    wizard = new ImportWizard(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('checks every row, lists exactly the three bad ones with Persian reasons, imports the rest and reports the bad ones in Excel', async () => {
    await wizard.open('person');
    await screenshot(page, '30-import-choose-file');
    await wizard.chooseFile(await sheetFile('مشتریان.xlsx', HEADERS, CUSTOMERS));

    await expectText(wizard.fact('پرونده'), 'مشتریان.xlsx');
    await expectText(wizard.fact('برگه'), 'Sheet1');
    await expectText(wizard.fact('تعداد ردیف‌ها'), '۶');
    await expectText(wizard.currentStep(), 'نگاشت ستون‌ها');
    // The mapping proposed from the Persian column titles.
    expect(await wizard.fieldOf('نام خانوادگی').inputValue()).toBe('lastName');
    expect(await wizard.fieldOf('موبایل').inputValue()).toBe('mobile');
    expect(await wizard.fieldOf('ایمیل').inputValue()).toBe('email');
    // The preview reads the first rows as they will be saved: Persian digits, a Jalali date, Latin e-mail left to right.
    const firstRow = wizard.previewTable().locator('tbody tr').first().getByRole('cell');
    expect((await firstRow.allTextContents()).map((text) => text.trim())).toEqual([
      '۲',
      'علی',
      'رضایی',
      '۰۰۸۴۵۷۵۹۴۸',
      '۰۹۱۲۱۲۳۴۵۶۷',
      '۱۳۶۹/۰۱/۰۱',
      'ali.rezaei@example.com',
    ]);
    expect(await firstRow.nth(6).locator('bdi').getAttribute('dir')).toBe('ltr');
    await expectText(wizard.previewTable().locator('tbody tr').nth(2).getByRole('cell').nth(5), '۱۳۶۴/۰۳/۲۵');
    await wizard.saveMappingAs('مشتریان نمایشگاه');
    await screenshot(page, '31-import-mapping');

    await wizard.check();
    await expectText(wizard.summary(), '۳ ردیف سالم، ۳ ردیف دارای خطا');
    const reported = await wizard.errors();
    expect(reported.map((error) => error.row)).toEqual(['۳', '۵', '۷']);
    expect(reported[0]!.reasons).toEqual(['کد ملی: کد ملی معتبر نیست؛ ارقام را دوباره بررسی کنید.']);
    expect(reported[1]!.reasons).toEqual(['نام خانوادگی: این فیلد را پر کنید.']);
    expect(reported[2]!.reasons).toEqual([
      'تلفن همراه «\u2068۰۹۱۲ ۱۲۳ ۴۵۶۷\u2069» قبلاً برای «\u2068علی رضایی\u2069» ثبت شده است. همان رکورد را باز کنید یا مقدار را اصلاح کنید.',
    ]);
    await expectText(new AppFrame(page).toasts(), 'نگاشت ستون‌ها با نام «مشتریان نمایشگاه» ذخیره شد.');
    await screenshot(page, '32-import-check');
    // The check wrote nothing.
    expect(await peopleNamed()).toEqual([]);

    await wizard.toImportStep();
    expect(await page.getByRole('radio', { name: 'ردیف‌های نادرست را رد کن و بقیه را وارد کن', exact: true }).isChecked()).toBe(true);
    await wizard.startImport();
    await expectText(wizard.summary(), '۳ ردیف وارد شد، ۳ ردیف رد شد');
    expect(await peopleNamed()).toEqual(GOOD_PEOPLE);
    await screenshot(page, '33-import-done');

    const report = await wizard.downloadReport();
    expect(report.fileName).toBe('مشتریان-errors.xlsx');
    const { sheet, rows } = await readWorkbook(report.content.toString('base64'));
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(rows.map((row) => row[0])).toEqual(['ردیف', 3, 5, 7]);
    expect(rows[0]![1]).toBe('دلیل خطا');
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      'کد ملی: کد ملی معتبر نیست؛ ارقام را دوباره بررسی کنید.',
      'نام خانوادگی: این فیلد را پر کنید.',
      'تلفن همراه «\u2068۰۹۱۲ ۱۲۳ ۴۵۶۷\u2069» قبلاً برای «\u2068علی رضایی\u2069» ثبت شده است. همان رکورد را باز کنید یا مقدار را اصلاح کنید.',
    ]);
    expect(rows[3]![2]).toBe('رضا');

    await page.getByRole('link', { name: 'رفتن به فهرست اشخاص' }).waitFor();
  });

  it('all-or-nothing with one bad row imports nothing, and a saved mapping can be picked again', async () => {
    await wizard.open('person');
    await wizard.chooseFile(
      await sheetFile('همه-یا-هیچ.xlsx', HEADERS, [
        ['سارا', 'نیکو', null, '09351234000', null, 'sara@example.com'],
        ['کاوه', 'آهنگر', '1111111111', null, null, null],
        ['شیرین', 'فرهادی', null, null, null, null],
      ]),
    );
    expect(await wizard.savedMapping().inputValue()).toBe('مشتریان نمایشگاه');
    await wizard.fieldOf('ایمیل').selectOption({ label: 'نادیده گرفتن' });
    expect(await wizard.savedMapping().inputValue()).toBe('');
    await wizard.savedMapping().selectOption({ label: 'مشتریان نمایشگاه' });
    expect(await wizard.fieldOf('ایمیل').inputValue()).toBe('email');

    await wizard.check();
    await expectText(wizard.summary(), '۲ ردیف سالم، ۱ ردیف دارای خطا');
    await wizard.toImportStep();
    await wizard.chooseMode('همه یا هیچ');
    await wizard.startImport();
    await expectText(wizard.summary(), 'هیچ ردیفی وارد نشد، چون ۱ ردیف خطا داشت');
    expect((await wizard.errors()).map((error) => error.row)).toEqual(['۳']);
    await screenshot(page, '34-import-all-or-nothing');
    expect(await peopleNamed()).toEqual(GOOD_PEOPLE);
  });

  it('imports companies through the same wizard, with the company fields to map to', async () => {
    await wizard.open('company');
    await wizard.chooseFile(
      await sheetFile('شرکت‌ها.xlsx', ['نام شرکت', 'تلفن', 'وب سایت'], [
        ['پارس نمونه', '02188776655', 'parsnemoone.ir'],
        ['', '02188776600', null],
      ]),
    );
    expect(await wizard.fieldOf('نام شرکت').inputValue()).toBe('name');
    expect(await wizard.fieldOf('وب سایت').locator('option:checked').textContent()).toBe('وب‌سایت');
    await wizard.check();
    await expectText(wizard.summary(), '۱ ردیف سالم، ۱ ردیف دارای خطا');
    expect(await wizard.errors()).toEqual([{ row: '۳', reasons: ['نام شرکت: این فیلد را پر کنید.'] }]);
    await wizard.toImportStep();
    await wizard.startImport();
    await expectText(wizard.summary(), '۱ ردیف وارد شد، ۱ ردیف رد شد');
    await page.getByRole('link', { name: 'رفتن به فهرست شرکت‌ها' }).waitFor();
    const companies = await apiCall(server.url, 'companies.list', {}, token);
    expect(companies.rows.map((row) => row.displayName)).toEqual(['پارس نمونه']);
  });

  it('leaving the page while the rows are checked asks first; cancelling a running import of thousands of rows leaves nothing behind', async () => {
    const count = 30_000;
    const rows = Array.from({ length: count }, (_, i): Cell[] => ['مشتری', `انبوه ${i}`, null, `0912${String(i).padStart(7, '0')}`, null, null]);
    await wizard.open('person');
    await wizard.chooseFile(await sheetFile('انبوه.xlsx', HEADERS, rows));
    await expectText(wizard.fact('تعداد ردیف‌ها'), toPersianDigits('30٬000'));
    await wizard.check();

    // A link out of the page while a job runs: the address stays and the user is asked.
    const checking = wizard.progress('بررسی ردیف‌ها');
    await expect.poll(async () => Number((await checking.getAttribute('value')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
    await new AppFrame(page).navLink('خانه').click();
    await wizard.leaveDialog().waitFor();
    expect(page.url()).toMatch(/#\/import\/person$/);
    await screenshot(page, '35-import-leave-confirm');
    await wizard.leaveDialog().getByRole('button', { name: 'ماندن در این صفحه' }).click();
    await expectCount(wizard.leaveDialog(), 0);
    await wizard.summary().waitFor({ timeout: 60_000 });
    await expectText(wizard.summary(), `${toPersianDigits('30٬000')} ردیف سالم، ۰ ردیف دارای خطا`);

    await wizard.toImportStep();
    await wizard.startImport();
    const importing = wizard.progress('ورود ردیف‌ها');
    // A tenth of the way in, so the bar shows how far it has come (it fills from the right).
    await expect.poll(async () => Number((await importing.getAttribute('value')) ?? 0), { timeout: 20_000 }).toBeGreaterThanOrEqual(count / 10);
    await screenshot(page, '36-import-progress');
    await wizard.cancelImport();
    await expectText(page.getByRole('status').filter({ hasText: 'ورود لغو شد' }), 'ورود لغو شد و هیچ ردیفی ثبت نشد.');
    expect(await peopleNamed('انبوه')).toEqual([]);
    expect(await peopleNamed()).toEqual(GOOD_PEOPLE);
    await screenshot(page, '37-import-cancelled');
  });

  it('exports exactly the rows of the current filter to a right-to-left Excel sheet with Persian headers', async () => {
    for (const [firstName, lastName] of [
      ['زهرا', 'احمدی'],
      ['احمد', 'کریمی'],
    ] as const) {
      await apiCall(server.url, 'people.create', { firstName, lastName }, token);
    }
    const people = new PeoplePage(page);
    await people.open();
    await people.search('احمد');
    await expectText(people.total(), '۲ شخص');
    await expectCount(people.rows(), 2);

    // The menu works from the keyboard: Enter opens it on the first format, arrows move, Escape closes it.
    const exportMenu = new ExportMenu(page);
    await exportMenu.button().focus();
    await page.keyboard.press('Enter');
    await exportMenu.menu().waitFor();
    expect(await page.evaluate('document.activeElement.textContent')).toBe('اکسل.xlsx');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('ورد.docx');
    await screenshot(page, '38-export-menu');
    await page.keyboard.press('Escape');
    await expectCount(exportMenu.menu(), 0);
    expect(await page.evaluate('document.activeElement.textContent')).toBe('خروجی');

    const file = await exportMenu.download('اکسل');
    expect(file.fileName).toMatch(/^اشخاص-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheet, rows } = await readWorkbook(file.content.toString('base64'));
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(rows[0]!.slice(0, 3)).toEqual(['کد', 'نام', 'تلفن همراه']);
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(['احمد کریمی', 'زهرا احمدی']);
    await expectText(new AppFrame(page).toasts(), 'پروندهٔ اکسل فهرست آماده شد.');
  });

  it('saves the current filter as a segment, applies it after the filter is cleared, and deletes it', async () => {
    const people = new PeoplePage(page);
    const segments = new SegmentBar(page);
    await people.open();
    await people.search('احمد');
    await expectText(people.total(), '۲ شخص');
    await segments.saveCurrent('احمدها', true);
    await expectText(new AppFrame(page).toasts(), 'فیلتر «احمدها» ذخیره شد.');
    expect(await segments.select().locator('option:checked').textContent()).toBe('احمدها (مشترک)');
    await screenshot(page, '39-segment-saved');

    await page.getByRole('button', { name: 'پاک کردن فیلترها' }).click();
    await expectText(people.total(), '۵ شخص');
    expect(await segments.select().inputValue()).toBe('');

    await segments.apply('احمدها (مشترک)');
    await expectText(people.total(), '۲ شخص');
    expect(await page.getByRole('searchbox', { name: 'جستجو در اشخاص' }).inputValue()).toBe('احمد');
    expect((await apiCall(server.url, 'segments.list', { kind: 'person' }, token)).map((segment) => [segment.name, segment.filter.q, segment.shared])).toEqual([
      ['احمدها', 'احمد', true],
    ]);

    await segments.remove('احمدها');
    await expectText(new AppFrame(page).toasts(), 'فیلتر «احمدها» حذف شد.');
    expect(await segments.options()).toEqual(['— فیلتری ذخیره نشده —']);
    expect(await apiCall(server.url, 'segments.list', { kind: 'person' }, token)).toEqual([]);
  });

  it('a user without the export and create rights sees no «خروجی» and may not open the import wizard', async () => {
    const template = await apiCall(server.url, 'users.createTemplate', { name: 'فقط مشاهده', scope: 'all', permissions: ['people.view'] }, token);
    await apiCall(
      server.url,
      'users.create',
      { username: 'nima', displayName: 'نیما', password: 'nima-pass-1403', isAdmin: false, templateId: template.id },
      token,
    );
    const { context, page: nima } = await openPage(browser, server.url);
    try {
      await new LoginPage(nima).signIn('nima', 'nima-pass-1403');
      await nima.getByRole('heading', { level: 1, name: /خوش آمدید/ }).waitFor();
      const people = new PeoplePage(nima);
      await people.open();
      await people.row('علی رضایی').waitFor();
      await expectCount(new ExportMenu(nima).button(), 0);
      await nima.goto('/#/import/person');
      await expectText(nima.getByRole('alert'), 'شما اجازهٔ باز کردن «ورود اشخاص از اکسل» را ندارید.');
    } finally {
      await context.close();
    }
  });
});
