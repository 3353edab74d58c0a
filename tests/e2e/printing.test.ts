import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJalali } from '../../src-shared/domain/jalali';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { AppFrame } from './page-models/app-frame';
import { LoginPage } from './page-models/login-page';
import { PeoplePage } from './page-models/people-page';
import { PrintingPage } from './page-models/printing-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectCount, expectText, todayInTehran } from './support/ui-expect';

const CITY = 'اصفهان';
// In the list's order, Persian alphabetical: پ comes after ب and before ز (code points would put it last).
const POSTED = ['بهرام اکبری', 'پریسا جعفری', 'زهرا یزدانی', 'ژاله کریمی'];
const NO_ADDRESS = 'کامران صادقی';
const ELSEWHERE = [
  ['نسرین مرادی', 'شیراز'],
  ['داوود فرهادی', 'تبریز'],
] as const;
const GROUP = 'مشتریان ویژه';
const SCREENS_DIR = fileURLToPath(new URL('../../test-output/screens', import.meta.url));

const addressIn = (city: string, n: number) => ({ kind: 'address' as const, province: city, city, addressLine: `خیابان چهارباغ، پلاک ${n}`, postalCode: `813456789${n}` });

// pdftotext -layout wraps each line in bidi marks.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// pdftotext -bbox gives a Persian word's glyphs left to right: reversed, it reads in logical order.
const logical = (word: string) => (/[\u0621-\u06D3]/.test(word) ? [...word].reverse().join('') : word);

// The labels of a sheet as pdftotext -bbox places them: each name's first word with its position, in reading order
// for a Persian sheet (top row first, right to left within a row).
function labelOrder(pdf: Buffer, firstNames: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'peyvand-labels-'));
  try {
    const file = join(dir, 'labels.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, x, y, text]) => ({
      x: Number(x),
      y: Number(y),
      text: logical(text!),
    }));
    return words
      .filter((word) => firstNames.includes(word.text))
      .sort((a, b) => Math.round(a.y / 20) - Math.round(b.y / 20) || b.x - a.x)
      .map((word) => word.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The sheet's first page beside the screenshots, to look at where the labels landed.
function savePagePng(pdf: Buffer, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'peyvand-page-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    mkdirSync(SCREENS_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(SCREENS_DIR, name)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function docxText(docx: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'peyvand-docx-'));
  try {
    const file = join(dir, 'letters.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-p', file, 'word/document.xml']).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const firstWord = (name: string) => name.split(' ')[0]!;

// From the top of the page: a full-page shot of a scrolled window repeats the sticky header mid-page.
async function look(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

describe('printing: labels for a filtered list, letters to Word, the register and the templates', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    const group = await apiCall(server.url, 'groups.create', { name: GROUP }, token);
    for (const [index, name] of POSTED.entries()) {
      const [firstName, lastName] = name.split(' ') as [string, string];
      // Two of the city's people are also in the group the letters go to.
      const groupIds = index < 2 ? [group.id] : [];
      await apiCall(server.url, 'people.create', { firstName, lastName, city: CITY, groupIds, contactPoints: [addressIn(CITY, index + 1)] }, token);
    }
    const [firstName, lastName] = NO_ADDRESS.split(' ') as [string, string];
    await apiCall(server.url, 'people.create', { firstName, lastName, city: CITY }, token);
    for (const [index, [name, city]] of ELSEWHERE.entries()) {
      const [first, last] = name.split(' ') as [string, string];
      await apiCall(server.url, 'people.create', { firstName: first, lastName: last, city, contactPoints: [addressIn(city, index + 5)] }, token);
    }
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
    await new AppFrame(page).waitUntilLive();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints labels for the people of one city: names the one without an address and prints the others once each, in Persian order', async () => {
    const people = new PeoplePage(page);
    await people.open();
    const city = await people.addCondition();
    await city.getByLabel('فیلد', { exact: true }).selectOption({ label: 'شهر' });
    await city.getByLabel('شرط', { exact: true }).selectOption({ label: 'برابر' });
    await city.getByLabel('مقدار', { exact: true }).fill(CITY);
    await expectCount(people.rows(), POSTED.length + 1);
    await look(page, 'printing-from-people-list');
    await page.getByRole('button', { name: 'چاپ نامه / برچسب / پاکت', exact: true }).click();

    const printing = new PrintingPage(page);
    await page.waitForURL(/#\/printing\/run$/);
    await expectText(printing.handedList(), `(${toPersianDigits(POSTED.length + 1)} شخص)`);
    await printing.chooseTemplate('برچسب ۳×۸ (۷۰×۳۷)');
    const check = await printing.check();
    await expectText(check.locator('[data-field="recipients"]'), `${toPersianDigits(POSTED.length)} نفر`);
    await expectText(printing.withoutAddress(), NO_ADDRESS);
    await look(page, 'printing-run-check');

    const file = await printing.run();
    expect(file.fileName).toMatch(/\.pdf$/);
    await expectText(printing.outcome(), `${toPersianDigits(POSTED.length)} چاپ شد، ۱ کنار گذاشته شد.`);
    await look(page, 'printing-run-done');

    const everyone = [...POSTED, NO_ADDRESS, ...ELSEWHERE.map(([name]) => name)].map(firstWord);
    expect(labelOrder(file.content, everyone)).toEqual(POSTED.map(firstWord));
    savePagePng(file.content, 'printing-labels-sheet');
  });

  it('prints a letter to a group as Word, and the register lists both letters with their numbers', async () => {
    const printing = new PrintingPage(page);
    await printing.open('چاپ گروهی');
    await page.reload();
    await printing.choices().waitFor();
    await printing.chooseTemplate('نامهٔ رسمی A4');
    await printing.chooseGroup(GROUP);
    const check = await printing.check();
    await expectText(check.locator('[data-field="recipients"]'), '۲ نفر');
    await check.getByLabel(/^ورد/).check();
    await look(page, 'printing-run-letter');

    const file = await printing.run();
    expect(file.fileName).toMatch(/\.docx$/);
    const text = docxText(file.content);
    for (const name of POSTED.slice(0, 2)) expect(text).toContain(name);
    await expectText(printing.outcome(), '۲ چاپ شد، ۰ کنار گذاشته شد.');

    await printing.open('دفتر نامه‌ها');
    const year = toJalali(todayInTehran()).jy;
    const rows = printing.registerTable().getByRole('row').filter({ has: page.getByRole('cell') });
    await expectCount(rows, 2);
    // Newest first; the letters were numbered in the list's order.
    await expectText(rows.nth(0), toPersianDigits(`${year}/2`));
    await expectText(rows.nth(0), POSTED[1]!);
    await expectText(rows.nth(1), toPersianDigits(`${year}/1`));
    await expectText(rows.nth(1), POSTED[0]!);
    await look(page, 'printing-register');
    await rows.nth(1).getByRole('link', { name: POSTED[0]! }).click();
    await page.getByRole('heading', { level: 1, name: POSTED[0]! }).waitFor();
  });

  it('edits a template: a merge field goes in at the caret, and an edit saved meanwhile elsewhere is reported, not overwritten', async () => {
    const printing = new PrintingPage(page);
    await printing.open('قالب‌ها');
    await expectCount(printing.templatesTable().getByRole('row').filter({ has: page.getByRole('cell') }), 3);
    await look(page, 'printing-templates');

    const editor = await printing.openTemplate('پاکت DL');
    const sender = editor.getByLabel('فرستنده', { exact: true });
    await sender.fill('بازرگانی نمونه، ');
    await printing.mergeFieldButton('شهر').click();
    expect(await sender.inputValue()).toBe('بازرگانی نمونه، {شهر}');
    await look(page, 'printing-template-envelope');

    const [stored] = await apiCall(server.url, 'printing.listTemplates', { kind: 'envelope' }, token);
    await apiCall(server.url, 'printing.saveTemplate', { id: stored!.id, version: stored!.version, name: stored!.name, layout: { ...stored!.layout, sender: 'دفتر مرکزی' } as never }, token);
    await editor.getByRole('button', { name: 'ذخیرهٔ قالب', exact: true }).click();
    await expectText(editor.getByRole('alert'), 'هم‌زمان توسط کاربر دیگری تغییر کرده است');
    await editor.getByRole('button', { name: /^بارگذاری نسخهٔ تازه/ }).click();
    await expect.poll(() => printing.editor('پاکت DL').getByLabel('فرستنده', { exact: true }).inputValue()).toBe('دفتر مرکزی');

    await printing.open('قالب‌ها');
    const letter = await printing.openTemplate('نامهٔ رسمی A4');
    await letter.getByLabel('موضوع', { exact: true }).fill('دعوت به نمایشگاه');
    await letter.getByRole('button', { name: 'ذخیرهٔ قالب', exact: true }).click();
    await expectText(page.getByRole('region', { name: 'پیام‌ها' }), 'قالب «نامهٔ رسمی A4» ذخیره شد.');
    await look(page, 'printing-template-letter');
    const preview = await printing.preview(POSTED[2]!);
    // Chromium's PDF viewer draws the page a moment after the frame loads.
    await page.waitForTimeout(1500);
    await look(page, 'printing-preview');
    await preview.getByRole('button', { name: 'بستن', exact: true }).last().click();

    await printing.open('قالب‌ها');
    await printing.openTemplate('برچسب ۳×۸ (۷۰×۳۷)');
    await look(page, 'printing-template-labels');
  });

  it('prints the club members list as it is shown', async () => {
    const [person] = (await apiCall(server.url, 'people.list', { filter: { q: 'زهرا' } } as never, token)).rows;
    await apiCall(server.url, 'club.join', { partyId: person!.id }, token);
    await page.goto('/#/club/members');
    await expectText(page.getByRole('table', { name: 'اعضای باشگاه' }), POSTED[2]!);
    await look(page, 'printing-club-members');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'چاپ فهرست', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^اعضای باشگاه.*\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', await download.path(), '-']).toString().replace(BIDI_MARKS, '');
    expect(text).toContain('اعضای باشگاه');
    expect(text).toContain(POSTED[2]!);
  });
});
