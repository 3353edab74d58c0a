import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMessage } from '../../src-shared/domain/sms-parts';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startModemSim, type ModemSim } from '../support/modem-sim/modem-sim';
import { ExportMenu } from './page-models/export-menu';
import { LoginPage } from './page-models/login-page';
import { MessagingPage } from './page-models/messaging-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectText } from './support/ui-expect';

const PEOPLE = [
  ['female', 'سارا', 'احمدی', '09121112201'],
  ['male', 'علی', 'کاظمی', '09121112202'],
  ['female', 'مریم', 'رضایی', '09121112203'],
  ['male', 'حسن', 'نوری', '09121112204'],
] as const;

// Long enough for three UCS-2 parts once «{نام}» and the campaign's own «{کد تخفیف}» are filled in.
const TEXT =
  'سلام {نام} عزیز، جشنوارهٔ پاییزی فروشگاه پیوند از شنبه آغاز می‌شود. با ارائهٔ همین پیامک و کد {کد تخفیف} در صندوق، بیست درصد تخفیف بگیرید. این تخفیف تا پایان آذر برای همهٔ اعضای باشگاه معتبر است.';
const CODE = 'PAIZ1405';
const textFor = (firstName: string) => TEXT.replace('{نام}', firstName).replace('{کد تخفیف}', CODE);

describe('SMS: a long Persian message to a group through the GSM modem', () => {
  let pty: PtyPair;
  let sim: ModemSim;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    pty = await openPtyPair();
    sim = await startModemSim(pty.devicePath, { cmgsDelayMs: 100, statusReports: { delayMs: 300, status: 0 } });
    server = await startServer({ args: ['--sms-modem', pty.appPath] });
    const token = await setUpOffice(server.url);
    const group = await apiCall(server.url, 'groups.create', { name: 'مشتریان باشگاه' }, token);
    for (const [gender, firstName, lastName, mobile] of PEOPLE) {
      await apiCall(server.url, 'people.create', { gender, firstName, lastName, groupIds: [group.id], contactPoints: [{ kind: 'mobile', value: mobile }] }, token);
    }
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sim?.close();
    await pty?.close();
  });

  it('shows the modem ready, counts parts as the text is typed, and follows the campaign to delivery', async () => {
    const sms = new MessagingPage(page);
    await sms.open('وضعیت و تنظیمات');
    await expectText(sms.gatewayCard('مودم'), /آماده/);
    await screenshot(page, 'messaging-e2e-status');

    await sms.open('ارسال گروهی');
    await sms.chooseGroup('مشتریان باشگاه');
    await sms.writeMessage('سلام ');
    await sms.insertField('نام');
    await expectText(sms.counter(), /۱ پیامک/);
    await sms.writeMessage(TEXT);
    await sms.composeForm().getByLabel('{کد تخفیف}', { exact: true }).fill(CODE);
    const longest = Math.max(...PEOPLE.map(([, firstName]) => planMessage(textFor(firstName)).parts.length));
    expect(longest).toBe(3);
    await expectText(sms.counter(), new RegExp(`${toPersianDigits(planMessage(TEXT).parts.length)} پیامک`));

    await sms.preview();
    await expectText(sms.previewFact('گیرندگان'), toPersianDigits(PEOPLE.length));
    await expectText(sms.previewFact('مجموع پیامک‌ها'), toPersianDigits(PEOPLE.length * 3));
    await screenshot(page, 'messaging-e2e-preview');

    await sms.send();
    await expectText(sms.campaignCount('تحویل‌شده'), toPersianDigits(PEOPLE.length));
    await expectText(sms.campaignCount('در صف'), '۰');
    await screenshot(page, 'messaging-e2e-delivered');

    // What the modem really sent: three parts per person, one concatenation reference each, in order.
    expect(sim.submitted).toHaveLength(PEOPLE.length * 3);
    for (const [, firstName, , mobile] of PEOPLE) {
      const parts = sim.submitted.filter((part) => part.to === `+98${mobile.slice(1)}`);
      expect(parts.map((part) => part.concat?.sequence)).toEqual([1, 2, 3]);
      expect(new Set(parts.map((part) => part.concat?.reference)).size).toBe(1);
      expect(parts.map((part) => part.text).join('')).toBe(textFor(firstName));
    }

    // The per-recipient report, as the office keeps it.
    const report = await new ExportMenu(page, 'گزارش ارسال').download('اکسل');
    expect(report.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.content as unknown as ArrayBuffer);
    const statuses = workbook.worksheets[0]!.getColumn(3).values.slice(2);
    expect(statuses).toEqual(PEOPLE.map(() => 'تحویل‌شده'));
  }, 120_000);
});
