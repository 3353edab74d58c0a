import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../support/pty';
import { startVoiceModemSim, type VoiceModemSim } from '../support/caller-id-sim/voice-modem-sim';
import { until } from '../support/until';
import { AppFrame } from './page-models/app-frame';
import { LoginPage } from './page-models/login-page';
import { PersonForm } from './page-models/person-form';
import { TasksPage } from './page-models/tasks-page';
import { TelephonyPage } from './page-models/telephony-page';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { ADMIN, apiCall, setUpOffice } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { expectText, todayInTehran } from './support/ui-expect';

describe('caller ID: the office phone rings and the receptionist sees who is calling', () => {
  let pty: PtyPair;
  let modem: VoiceModemSim;
  let server: RunningServer;
  let token: string;
  let browser: Browser;
  let page: Page;
  let sara: number;

  beforeAll(async () => {
    pty = await openPtyPair();
    modem = await startVoiceModemSim(pty.devicePath);
    server = await startServer({ args: ['--callerid', `voiceModem:${pty.appPath}`] });
    token = await setUpOffice(server.url);
    const settings = await apiCall(server.url, 'telephony.getSettings', {}, token);
    await apiCall(server.url, 'telephony.updateSettings', { version: settings.version, lines: [], ringTimeoutSeconds: 3 }, token);
    const person = await apiCall(
      server.url,
      'people.create',
      { gender: 'female', firstName: 'سارا', lastName: 'احمدی', birthDate: todayInTehran(), contactPoints: [{ kind: 'phone', value: '021 8877 6655' }] },
      token,
    );
    sara = person.id;
    await apiCall(server.url, 'interactions.create', { partyId: sara, subject: 'پیگیری سفارش', method: 'call', direction: 'outgoing', occurredAt: Date.now() - 86_400_000 }, token);
    await until(() => apiCall(server.url, 'telephony.status', {}, token), (lines) => lines[0]?.state === 'ready', 'the phone line');
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.url));
    await new LoginPage(page).signIn(ADMIN.username, ADMIN.password);
    // Pop-ups come over the events socket: it must be connected before the phone rings.
    await new AppFrame(page).waitUntilLive();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await modem?.close();
    await pty?.close();
  });

  it('pops up a known customer with her record before the second ring, and the call is noted as taken', async () => {
    const phone = new TelephonyPage(page);
    // A bare local number, as many Tehran lines send it: the office's area code finds her.
    const ringing = modem.ring({ number: '88776655', rings: 2, ringIntervalMs: 1500, cidDelayMs: 200 });
    const popup = phone.popup('سارا احمدی');
    await popup.waitFor({ timeout: 1500 });
    expect(await phone.popupName(popup)).toBe('سارا احمدی');
    await phone.waitForCard(popup);
    expect(await phone.popupBirthday(popup)).toBe('تولد امروز');
    await expectText(phone.lastInteractions(popup), 'پیگیری سفارش');
    await screenshot(page, 'telephony-e2e-popup');
    await phone.take(popup);
    await phone.note('پرسید سفارشش کی می‌رسد.', { popup });
    // A follow-up from the pop-up: the caller is filled in, and the task lands in the inbox.
    const tasks = new TasksPage(page);
    await tasks.newTaskFromPopup(popup);
    expect(await tasks.newTaskPerson()).toBe('سارا احمدی');
    await expect.poll(() => tasks.newTaskTitle()).toBe('پیگیری تماس سارا احمدی');
    await tasks.fillNewTask({ title: 'ارسال زمان تحویل سفارش به سارا' });
    const followUps = await apiCall(server.url, 'tasks.openFor', { partyId: sara }, token);
    expect(followUps.map((task) => task.title)).toEqual(['ارسال زمان تحویل سفارش به سارا']);
    await phone.close(popup);
    await expect.poll(() => phone.popups().count()).toBe(0);
    await ringing;
    const calls = await until(() => apiCall(server.url, 'telephony.listCalls', {}, token), (list) => list.rows[0]?.state === 'answered' && list.rows[0]?.endedAt !== null, 'the call to end', 15_000);
    expect(calls.rows[0]).toMatchObject({ partyId: sara, userName: ADMIN.displayName });
    const history = await apiCall(server.url, 'interactions.list', { partyId: sara }, token);
    expect(history.rows[0]).toMatchObject({ subject: 'تماس ورودی', method: 'call', description: expect.stringContaining('پرسید سفارشش کی می‌رسد.') });
  });

  it('offers «شخص جدید» with the number filled in for an unknown caller, and a call nobody took is under missed calls', async () => {
    const phone = new TelephonyPage(page);
    await modem.ring({ number: '09359998877', rings: 1, cidDelayMs: 100 });
    const popup = phone.popup();
    await popup.waitFor({ timeout: 1500 });
    await expectText(popup, 'شمارهٔ ناشناس');
    await phone.newPerson(popup);
    await expect.poll(() => phone.popups().count()).toBe(0);
    const contactValue = new PersonForm(page).contactRow(1).getByLabel('شمارهٔ همراه', { exact: true });
    await expect.poll(async () => (await contactValue.inputValue()).replace(/\s/g, '')).toBe('۰۹۳۵۹۹۹۸۸۷۷');
    await screenshot(page, 'telephony-e2e-new-person');

    await phone.open('تماس‌های بی‌پاسخ');
    await expect.poll(() => phone.callRows().count(), { timeout: 15_000 }).toBe(1);
    await expectText(phone.callRows(), '۰۹۳۵ ۹۹۹ ۸۸۷۷');
    await expect.poll(() => phone.missedBadge()).toBe('۱');
    await screenshot(page, 'telephony-e2e-missed');
  });

  it('dials a number from the record page through the line, and hangs up', async () => {
    const phone = new TelephonyPage(page);
    await page.goto(`${server.url}#/people/${sara}`);
    await page.getByRole('heading', { level: 1, name: 'سارا احمدی' }).waitFor();
    await phone.dialButton().click();
    await phone.diallingBar().waitFor();
    await until(() => modem.commands, (commands) => commands.includes('ATD02188776655;'), 'ATD on the line');
    await screenshot(page, 'telephony-e2e-dialling');
    await phone.hangUp();
    await until(() => modem.commands, (commands) => commands.some((command) => command.startsWith('ATH')), 'ATH on the line');
    const calls = await apiCall(server.url, 'telephony.listCalls', {}, token);
    expect(calls.rows[0]).toMatchObject({ direction: 'outgoing', state: 'ended', partyId: sara });
  });
});
