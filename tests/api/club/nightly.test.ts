import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeClock, setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createPerson } from '../../support/crm-fixtures';
import { startKavenegarServer, type KavenegarServer } from '../../support/sms-panels/kavenegar-server';
import { PANEL_API_KEY, PANEL_LINE, usePanel } from '../../support/sms-panels/use-panel';
import { until } from '../../support/until';

const DAY = 86_400_000;

// Esfand 29, 1404 (a common year: Esfand has no 30th), 10:00 in Tehran.
const ESFAND_29_1404 = Date.UTC(2026, 2, 20, 6, 30);

describe.each(TRANSPORTS)('the club nightly run and notices over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  let clock: FakeClock;
  let panel: KavenegarServer;

  beforeEach(async () => {
    clock = new FakeClock(ESFAND_29_1404);
    panel = await startKavenegarServer({ apiKey: PANEL_API_KEY, lineNumber: PANEL_LINE });
    office = await startTestCore(transport, { clock, messagingTiming: { idleMs: 50, panelPollMs: 100, eventThrottleMs: 20 } });
    admin = await setUpOffice(office);
    await usePanel(admin, panel, { deliveryReports: false });
  });
  afterEach(async () => {
    await office.close();
    await panel.close();
  });

  async function later(ms: number) {
    clock.advance(ms);
    admin = await signIn(office, ADMIN.username, ADMIN.password);
  }

  async function member(firstName: string, mobile: string, birthDate: string | null = null) {
    const person = await createPerson(admin, { firstName, lastName: 'احمدی', gender: 'female', contactPoints: [{ kind: 'mobile', value: mobile }], birthDate });
    return admin.call('club.join', { partyId: person.id });
  }

  const textsTo = (mobile: string) => panel.sent.filter((m) => m.receptor === mobile).map((m) => m.message);

  it('celebrates an Esfand 30 birthday on Esfand 29 of a common year, once', async () => {
    await admin.call('club.saveRule', { kind: 'birthday', name: 'هدیهٔ تولد', points: 25 });
    // Born on Esfand 30, 1399 (a leap year).
    const born = await member('شیما', '09121110001', '2021-03-20');
    // Born on Esfand 28, 1399: not today.
    const other = await member('لیلا', '09121110002', '2021-03-18');
    const first = await admin.call('club.runNightly');
    expect(first.birthdays).toBe(1);
    expect((await admin.call('club.panel', { memberId: born.id })).points).toBe(25);
    expect((await admin.call('club.panel', { memberId: other.id })).points).toBe(0);
    expect((await admin.call('club.runNightly')).birthdays).toBe(0);
    await until(() => textsTo('09121110001'), (texts) => texts.length === 1, 'the birthday SMS');
    expect(textsTo('09121110001')[0]).toContain('سرکار خانم احمدی، زادروزتان خجسته باد');
  });

  it('tells a member about a wallet change and about points about to expire, once', async () => {
    const joined = await member('نازنین', '09121110003');
    await admin.call('club.changeWallet', { memberId: joined.id, kind: 'charge', amountRials: 500_000, reason: null });
    await admin.call('club.adjustPoints', { memberId: joined.id, points: 80, reason: 'جشنواره' });
    await until(() => textsTo('09121110003'), (texts) => texts.length === 1, 'the wallet SMS');
    expect(textsTo('09121110003')[0]).toMatch(/موجودی کیف پول شما .*افزایش یافت/);

    // Twelve months less ten days later the 80 points expire within the 14-day notice window.
    await later(355 * DAY);
    expect((await admin.call('club.runNightly')).expiryNotices).toBe(1);
    expect((await admin.call('club.runNightly')).expiryNotices).toBe(0);
    await until(() => textsTo('09121110003'), (texts) => texts.length === 2, 'the expiry notice');
    expect(textsTo('09121110003')[1]).toContain('۸۰ امتیاز شما در باشگاه مشتریان');
  });

  it('keeps a tier for the whole window and downgrades only at its end, with the reason', async () => {
    await admin.call('club.saveTier', { name: 'عادی', threshold: 0 });
    await admin.call('club.saveTier', { name: 'طلایی', threshold: 100 });
    const joined = await member('مهسا', '09121110004');
    const upgraded = await admin.call('club.adjustPoints', { memberId: joined.id, points: 120, reason: 'خرید عمده' });
    expect(upgraded.tierName).toBe('طلایی');

    await later(200 * DAY);
    expect((await admin.call('club.runNightly')).downgrades).toBe(0);
    await later(170 * DAY);
    expect((await admin.call('club.runNightly')).downgrades).toBe(1);
    expect((await admin.call('club.panel', { memberId: joined.id })).tierName).toBe('عادی');
    await until(() => textsTo('09121110004'), (texts) => texts.some((text) => text.includes('«عادی»')), 'the downgrade SMS');
  });
});

describe('the club schedule', () => {
  it('runs the nightly work by itself once a day, and catches up a day missed while closed', async () => {
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 6, 30));
    const office = await startTestCore('direct', { clock, clubTiming: { nightly: true, checkEveryMs: 30, runAfterHour: 1 } });
    try {
      const admin = await setUpOffice(office);
      const person = await createPerson(admin, { firstName: 'آرش' });
      const joined = await admin.call('club.join', { partyId: person.id });
      await admin.call('club.adjustPoints', { memberId: joined.id, points: 40, reason: 'آزمایش' });
      clock.advance(400 * DAY);
      const again = await signIn(office, ADMIN.username, ADMIN.password);
      await until(() => again.call('club.panel', { memberId: joined.id }), (panel) => panel.points === 0, 'the scheduled expiry');
      const ledger = await again.call('club.ledger', { memberId: joined.id });
      expect(ledger.rows.filter((row) => row.kind === 'expire').map((row) => row.points)).toEqual([-40]);
    } finally {
      await office.close();
    }
  });
});
