import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { AppFrame } from './page-models/app-frame';
import { ClubPage } from './page-models/club-page';
import { HeaderSearch } from './page-models/header-search';
import { LoginPage } from './page-models/login-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectText } from './support/ui-expect';

const DRAW_PEOPLE = [
  ['علی', 'کاظمی'],
  ['مریم', 'رضایی'],
  ['حسن', 'نوری'],
  ['زهرا', 'موسوی'],
  ['امیر', 'حسینی'],
] as const;

describe('customer club: the counter, card scans, purchases, draws and joining', () => {
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;
  let sara: { memberId: number; card: string };

  beforeAll(async () => {
    server = await startServer();
    token = await setUpOffice(server.url);
    const settings = await apiCall(server.url, 'club.getSettings', {}, token);
    await apiCall(server.url, 'club.updateSettings', { ...settings, tierBasis: 'points' }, token);
    await apiCall(server.url, 'club.saveRule', { kind: 'spend', name: 'هر ۱۰۰ هزار ریال یک امتیاز', points: 1, rialsPerPoint: 100_000 }, token);
    await apiCall(server.url, 'club.saveTier', { name: 'برنزی', threshold: 0, colour: '#b08d57' }, token);
    await apiCall(server.url, 'club.saveTier', { name: 'نقره‌ای', threshold: 50, discountPercent: 5, colour: '#9aa5b1' }, token);
    const person = await apiCall(server.url, 'people.create', { gender: 'female', firstName: 'سارا', lastName: 'احمدی', contactPoints: [{ kind: 'mobile', value: '09121110001' }] }, token);
    const joined = await apiCall(server.url, 'club.join', { partyId: person.id }, token);
    await apiCall(server.url, 'club.adjustPoints', { memberId: joined.id, points: 20, reason: 'هدیهٔ افتتاح' }, token);
    sara = { memberId: joined.id, card: joined.cardCode! };
    for (const [firstName, lastName] of DRAW_PEOPLE) {
      const other = await apiCall(server.url, 'people.create', { firstName, lastName }, token);
      await apiCall(server.url, 'club.join', { partyId: other.id }, token);
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

  it('shows the member panel with her name and points when her card is scanned at the counter', async () => {
    const club = new ClubPage(page);
    await club.open('پیشخوان');
    await club.lookupBox().focus();
    await club.scan(sara.card);
    await club.panel('سارا احمدی').waitFor();
    expect(await club.memberName()).toBe('سارا احمدی');
    expect(await club.points()).toBe('۲۰');
    expect(await club.tier()).toBe('برنزی');
    await screenshot(page, 'club-counter-panel');
  });

  it('leaves a field typed in at human speed alone, and opens the panel for a scan while that field has the focus', async () => {
    const club = new ClubPage(page);
    const search = new HeaderSearch(page);
    await page.goto('/#/people');
    await page.getByRole('heading', { level: 1, name: 'اشخاص', exact: true }).waitFor();
    await search.box().click();
    await club.typeLikeAPerson(sara.card);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/#\/people$/);
    expect(await search.box().inputValue()).toBe(sara.card);

    await club.scan(sara.card);
    await page.waitForURL(new RegExp(`#/club/counter/${sara.memberId}$`));
    await club.panel('سارا احمدی').waitFor();
    // What the person had typed is still there; the scanner's characters are not.
    expect(await search.box().inputValue()).toBe(sara.card);
    await search.box().fill('');
  });

  it('records a purchase from the panel: the points balance and the tier change on screen', async () => {
    const club = new ClubPage(page);
    await club.open('پیشخوان');
    await club.lookupBox().focus();
    await club.scan(sara.card);
    await club.panel('سارا احمدی').waitFor();
    // 6,000,000 Rials at one point per 100,000: 60 points, past the silver tier's 50.
    await club.startPurchase(6_000_000);
    await screenshot(page, 'club-purchase-dialog');
    const recorded = await club.savePurchase();
    await expectText(recorded.locator('[data-field="points-earned"]'), '۶۰ امتیاز');
    await expectText(recorded.locator('[data-field="tier-change"]'), '«نقره‌ای»');
    await screenshot(page, 'club-purchase-recorded');
    await club.closeDialog(recorded);
    await expect.poll(() => club.points()).toBe('۸۰');
    await expect.poll(() => club.tier()).toBe('نقره‌ای');
    await screenshot(page, 'club-panel-after-purchase');
  });

  it('charges the wallet, and a reissued card leaves the old one refused as blocked', async () => {
    const club = new ClubPage(page);
    await page.goto(`/#/club/counter/${sara.memberId}`);
    await club.panel('سارا احمدی').waitFor();
    await club.chargeWallet(500_000);
    await expect.poll(() => club.field('wallet')).toBe('۵۰۰٬۰۰۰ ریال');
    const reissue = await club.reissueCard('گم شدن کارت');
    await expectText(reissue, 'برای همیشه باطل می‌شود');
    await screenshot(page, 'club-reissue-dialog');
    await reissue.getByRole('button', { name: 'باطل کن و کارت جدید بده', exact: true }).click();
    await reissue.waitFor({ state: 'detached' });
    await club.lookupBox().focus();
    await club.scan(sara.card);
    await expectText(club.blockedCard(), 'این کارت باطل شده است');
    await expectText(club.blockedCard(), 'گم شدن کارت');
    await screenshot(page, 'club-blocked-card');
    await club.blockedCard().getByRole('link', { name: /^دیدن عضو/ }).click();
    await club.panel('سارا احمدی').waitFor();
  });

  it('says an unknown card belongs to nobody, and «ثبت عضو جدید» joins a new person with that card', async () => {
    const club = new ClubPage(page);
    const card = '7777123456';
    await club.open('پیشخوان');
    await club.lookupBox().focus();
    await club.scan(card);
    await expectText(club.unknownCard(), 'این کارت به نام هیچ عضوی ثبت نشده است');
    await screenshot(page, 'club-unknown-card');
    await club.unknownCard().getByRole('button', { name: 'ثبت عضو جدید', exact: true }).click();
    expect(await club.joinForm().getByLabel('کد کارت', { exact: true }).inputValue()).toBe(toPersianDigits(card));
    await screenshot(page, 'club-join-dialog');
    await club.joinAsNewPerson({ firstName: 'رضا', lastName: 'کریمی', mobile: '09121110002' });
    await club.panel('رضا کریمی').waitFor();
    await club.lookupBox().focus();
    await club.scan(card);
    await page.waitForURL(/#\/club\/counter\/\d+$/);
    expect(await club.memberName()).toBe('رضا کریمی');
  });

  it('draws the same winners twice from the same seed, and «بررسی دوباره» confirms them', async () => {
    const club = new ClubPage(page);
    await club.open('قرعه‌کشی');
    const first = await club.runDraw({ name: 'یلدا ۱۴۰۴', winners: 2, seed: 'yalda-1404' });
    expect(first).toHaveLength(2);
    await screenshot(page, 'club-draw');
    const second = await club.runDraw({ name: 'یلدا ۱۴۰۴ (تکرار)', winners: 2, seed: 'yalda-1404' });
    expect(second).toEqual(first);
    expect(await club.verifyDraw('یلدا ۱۴۰۴ (تکرار)')).toMatch(/همین برندگان/);
    await screenshot(page, 'club-draws');
  });

  it('lists members, the club settings and the reports', async () => {
    const club = new ClubPage(page);
    await club.open('اعضا');
    await expectText(club.membersTable(), 'سارا احمدی');
    await screenshot(page, 'club-members');
    await page.getByRole('button', { name: 'چاپ کارت', exact: true }).click();
    const printForm = page.getByRole('form', { name: 'چاپ کارت عضویت' });
    await printForm.getByLabel(/^برگ A4/).check();
    const download = page.waitForEvent('download');
    await printForm.getByRole('button', { name: 'ساختن پروندهٔ چاپ', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await club.open('تنظیمات باشگاه');
    await page.getByRole('form', { name: 'تنظیمات باشگاه' }).waitFor();
    await expectText(page.getByRole('region', { name: 'سطح‌ها' }), 'نقره‌ای');
    await screenshot(page, 'club-settings');
    await club.open('گزارش‌ها');
    await expectText(page.getByRole('region', { name: 'بهترین مشتریان' }), 'سارا احمدی');
    await screenshot(page, 'club-reports');
  });
});
