import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeClock, setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createPerson } from '../../support/crm-fixtures';

const DAY = 86_400_000;

describe.each(TRANSPORTS)('the club counter over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  let clock: FakeClock;

  beforeEach(async () => {
    clock = new FakeClock(Date.UTC(2026, 10, 23, 6, 30));
    office = await startTestCore(transport, { clock });
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  // Months pass: sessions end on their own, so the receptionist signs in again.
  async function later(ms: number) {
    clock.advance(ms);
    admin = await signIn(office, ADMIN.username, ADMIN.password);
  }

  async function member(overrides: Parameters<typeof createPerson>[1] = {}, joinInput: { cardCode?: string; referralCode?: string } = {}) {
    const person = await createPerson(admin, { firstName: 'مریم', lastName: 'کاظمی', contactPoints: [{ kind: 'mobile', value: '09121112233' }], nationalCode: '0084575948', ...overrides });
    return admin.call('club.join', { partyId: person.id, ...joinInput });
  }

  it('finds a member by card (typed in Persian digits), membership number, mobile and national code', async () => {
    const joined = await member();
    expect(joined).toMatchObject({ name: 'مریم کاظمی', status: 'active', points: 0, walletRials: 0, membershipNumber: '100001' });
    const card = joined.cardCode!;
    expect(card).toMatch(/^\d{9}$/);
    const persianDigits = card.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    for (const code of [persianDigits, '100001', '09121112233', '+989121112233', '0084575948']) {
      const found = await admin.call('club.lookup', { code });
      expect(found.status, code).toBe('found');
      if (found.status === 'found') expect(found.panel.id).toBe(joined.id);
    }
    expect(await admin.call('club.lookup', { code: '999999999' })).toEqual({ status: 'unknown', code: '999999999', partyId: null, partyName: null });
  });

  it('offers to register an unknown card, and to make a known non-member a member', async () => {
    const person = await createPerson(admin, { firstName: 'رضا', lastName: 'نیکو', contactPoints: [{ kind: 'mobile', value: '09351234567' }] });
    expect(await admin.call('club.lookup', { code: '09351234567' })).toMatchObject({ status: 'unknown', partyId: person.id, partyName: 'رضا نیکو' });
    const joined = await admin.call('club.join', { partyId: person.id, cardCode: '۵۵۵۰۰۰۱۱۱' });
    expect(joined.cardCode).toBe('555000111');
    expect(await admin.fail('club.join', { partyId: person.id })).toMatchObject({ code: 'club.alreadyMember' });
    const other = await createPerson(admin, { firstName: 'نگار', lastName: 'صدری' });
    expect(await admin.fail('club.join', { partyId: other.id, cardCode: '555000111' })).toMatchObject({ code: 'club.cardTaken' });
  });

  it('blocks the old card for good when a card is reissued', async () => {
    const joined = await member();
    const old = joined.cardCode!;
    const reissued = await admin.call('club.reissueCard', { memberId: joined.id, reason: 'گم شده' });
    expect(reissued.cardCode).not.toBe(old);
    expect(await admin.call('club.lookup', { code: old })).toMatchObject({ status: 'blocked', memberId: joined.id, name: 'مریم کاظمی', reason: 'گم شده' });
    expect((await admin.call('club.lookup', { code: reissued.cardCode! })).status).toBe('found');
    expect(reissued.cards.map((card) => [card.code, card.blockedAt !== null])).toEqual([
      [reissued.cardCode, false],
      [old, true],
    ]);
  });

  it('prints the cards of a filtered list, one CR80 page each', async () => {
    const first = await member();
    const other = await createPerson(admin, { firstName: 'بهرام', lastName: 'صادقی' });
    const second = await admin.call('club.join', { partyId: other.id });
    const file = await admin.call('club.printCards', { filter: { status: 'active' } });
    expect(file.mimeType).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(file.contentBase64, 'base64') }).toString();
    expect(text).toContain(first.cardCode!);
    expect(text).toContain(second.cardCode!);
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(2);
  });

  it('earns points on a purchase, upgrades the tier at once and writes an interaction', async () => {
    await admin.call('club.saveRule', { kind: 'spend', name: 'خرید', points: 1, rialsPerPoint: 100_000 });
    await admin.call('club.saveRule', { kind: 'product', name: 'قهوه', points: 5, match: 'قهوه ي' });
    await admin.call('club.saveTier', { name: 'برنزی', threshold: 0 });
    const silver = await admin.call('club.saveTier', { name: 'نقره‌ای', threshold: 50, discountPercent: 10, pointMultiplier: 2 });
    const joined = await member();
    expect(joined.tierName).toBe('برنزی');
    expect(joined.nextTier).toEqual({ name: 'نقره‌ای', missing: 50 });

    const first = await admin.call('club.recordPurchase', {
      memberId: joined.id,
      amountRials: '۴٬۵۵۰٬۰۰۰',
      items: [{ product: 'قهوه ی', quantity: 2, unitPriceRials: 1_000_000 }],
    });
    // 45 for the amount (fractions dropped) + 10 for two coffees (Arabic ي folded), at the bronze multiplier.
    expect(first.purchase).toMatchObject({ amountRials: 4_550_000, discountRials: 0, pointsEarned: 55 });
    expect(first.tierChange).toMatchObject({ fromTier: 'برنزی', toTier: 'نقره‌ای' });
    expect(first.panel).toMatchObject({ points: 55, tierId: silver.id, tierDiscountPercent: 10, tierMultiplier: 2, nextTier: null });
    expect(first.panel.lastInteractions[0]?.subject).toContain('خرید');

    // Silver: 10 % off, and twice the points on what was paid.
    const second = await admin.call('club.recordPurchase', { memberId: joined.id, amountRials: 1_000_000 });
    expect(second.purchase).toMatchObject({ discountRials: 100_000, pointsEarned: 18 });
    expect(second.tierChange).toBeNull();
    const ledger = await admin.call('club.ledger', { memberId: joined.id });
    expect(ledger.balance).toBe(73);
    expect(ledger.rows.map((row) => [row.kind, row.points, row.ruleName])).toEqual([
      ['earn', 18, 'خرید'],
      ['earn', 10, 'قهوه'],
      ['earn', 45, 'خرید'],
    ]);
  });

  it('keeps the wallet from going below zero', async () => {
    const joined = await member();
    await admin.call('club.changeWallet', { memberId: joined.id, kind: 'charge', amountRials: 500_000, reason: 'شارژ نقدی' });
    expect(await admin.fail('club.changeWallet', { memberId: joined.id, kind: 'spend', amountRials: 600_000, reason: null })).toMatchObject({
      code: 'club.insufficientWallet',
      details: { balance: 500_000 },
    });
    const paid = await admin.call('club.recordPurchase', { memberId: joined.id, amountRials: 300_000, walletRials: 300_000 });
    expect(paid.panel.walletRials).toBe(200_000);
    const wallet = await admin.call('club.wallet', { memberId: joined.id });
    expect(wallet.rows.map((row) => [row.kind, row.amountRials, row.balanceRials])).toEqual([
      ['spend', -300_000, 200_000],
      ['charge', 500_000, 500_000],
    ]);
  });

  it('redeems first-in first-out, undoes only by counter-entry, and expires what is left at the nightly run', async () => {
    await admin.call('club.updateSettings', { ...(await admin.call('club.getSettings')), pointsExpiryMonths: 12, expiryNoticeDays: 14 });
    const joined = await member();
    const early = await admin.call('club.adjustPoints', { memberId: joined.id, points: 100, reason: 'هدیهٔ افتتاحیه' });
    expect(early.points).toBe(100);
    await later(60 * DAY);
    await admin.call('club.adjustPoints', { memberId: joined.id, points: 50, reason: 'جبران تأخیر' });
    // 70 taken from the older 100 first, which keeps 30.
    const redeemed = await admin.call('club.redeemPoints', { memberId: joined.id, points: 70, reason: 'هدیه' });
    expect(redeemed.points).toBe(80);
    expect(await admin.fail('club.redeemPoints', { memberId: joined.id, points: 81, reason: 'هدیه' })).toMatchObject({ code: 'club.insufficientPoints', details: { balance: 80 } });

    const ledger = await admin.call('club.ledger', { memberId: joined.id });
    const redeem = ledger.rows.find((row) => row.kind === 'redeem')!;
    const reversed = await admin.call('club.reverseEntry', { entryId: redeem.id, reason: 'اشتباه صندوق' });
    expect(reversed.points).toBe(150);
    expect(await admin.fail('club.reverseEntry', { entryId: redeem.id, reason: 'دوباره' })).toMatchObject({ code: 'club.alreadyReversed' });
    const gift = ledger.rows.find((row) => row.kind === 'adjust' && row.points === 100)!;
    // Part of the gift is spent: it can no longer be reversed whole.
    expect(await admin.fail('club.reverseEntry', { entryId: gift.id, reason: 'اشتباه' })).toMatchObject({ code: 'club.pointsUsed' });

    // What is left of the first 100 expires 12 months after it was given; the 50 and the returned 70 do not yet.
    await later(365 * DAY - 60 * DAY + DAY);
    const summary = await admin.call('club.runNightly');
    expect(summary).toMatchObject({ expiredPoints: 30, expiredMembers: 1 });
    expect((await admin.call('club.panel', { memberId: joined.id })).points).toBe(120);
    expect((await admin.call('club.runNightly')).expiredPoints).toBe(0);
  });

  it('validates coupons at the counter and applies them once', async () => {
    const joined = await member();
    const today = '2026-11-23';
    await admin.call('club.saveDiscount', { name: 'یلدا', kind: 'code', code: 'yalda', percent: 20, validFrom: '2026-11-01', validTo: '2026-12-31', maxUsesPerMember: 1 });
    await admin.call('club.saveDiscount', { name: 'نوروز', kind: 'code', code: 'NOROOZ', amountRials: 50_000, validFrom: '2027-03-15', validTo: '2027-04-02' });
    expect(await admin.call('club.checkCoupon', { memberId: joined.id, code: 'YALDA', amountRials: 1_000_000 })).toMatchObject({ valid: true, discountRials: 200_000 });
    expect(await admin.call('club.checkCoupon', { memberId: joined.id, code: 'NOROOZ', amountRials: 1_000_000 })).toEqual({ valid: false, reason: 'notYet' });
    expect(await admin.call('club.checkCoupon', { memberId: joined.id, code: 'NOPE', amountRials: 1 })).toEqual({ valid: false, reason: 'unknown' });
    const bought = await admin.call('club.recordPurchase', { memberId: joined.id, amountRials: 1_000_000, couponCode: 'yalda' });
    expect(bought.purchase).toMatchObject({ discountRials: 200_000, couponCode: 'YALDA' });
    expect(await admin.call('club.checkCoupon', { memberId: joined.id, code: 'YALDA', amountRials: 1_000_000 })).toEqual({ valid: false, reason: 'usedByMember' });
    expect(await admin.fail('club.recordPurchase', { memberId: joined.id, amountRials: 1_000_000, couponCode: 'yalda' })).toMatchObject({ code: 'club.coupon' });
    expect(today).toBe(new Date(clock.now()).toISOString().slice(0, 10));
  });

  it('draws the same winners again from the stored seed', async () => {
    for (let i = 0; i < 12; i++) {
      const person = await createPerson(admin, { firstName: `عضو${i}`, lastName: 'آزمایشی' });
      const joined = await admin.call('club.join', { partyId: person.id });
      await admin.call('club.adjustPoints', { memberId: joined.id, points: (i + 1) * 10, reason: 'آزمایش' });
    }
    const draw = await admin.call('club.runDraw', { name: 'قرعه‌کشی یلدا', criteria: { weighted: true, minPoints: 30 }, winners: 3, seed: 'yalda-1405' });
    expect(draw.eligibleCount).toBe(10);
    expect(draw.winners).toHaveLength(3);
    const again = await admin.call('club.runDraw', { name: 'تکرار', criteria: { weighted: true, minPoints: 30 }, winners: 3, seed: 'yalda-1405' });
    expect(again.winners.map((w) => w.memberId)).toEqual(draw.winners.map((w) => w.memberId));
    expect(await admin.call('club.verifyDraw', { id: draw.id })).toEqual({ same: true, winners: draw.winners.map((w) => w.memberId) });
    const other = await admin.call('club.runDraw', { name: 'دیگر', criteria: { weighted: true, minPoints: 30 }, winners: 3, seed: 'another-seed' });
    expect(other.seed).toBe('another-seed');
    expect(await admin.fail('club.runDraw', { name: 'خالی', criteria: { minPoints: 10_000 }, winners: 1 })).toMatchObject({ code: 'club.noEligible' });
  });

  it('reports members by tier, points per Jalali month, top members and a member\'s value', async () => {
    await admin.call('club.saveRule', { kind: 'spend', name: 'خرید', points: 1, rialsPerPoint: 100_000 });
    await admin.call('club.saveTier', { name: 'پایه', threshold: 0 });
    const big = await member();
    const small = await admin.call('club.join', { partyId: (await createPerson(admin, { firstName: 'کاوه' })).id });
    await admin.call('club.recordPurchase', { memberId: big.id, amountRials: 5_000_000 });
    await admin.call('club.recordPurchase', { memberId: big.id, amountRials: 3_000_000 });
    await admin.call('club.recordPurchase', { memberId: small.id, amountRials: 200_000 });
    await admin.call('club.redeemPoints', { memberId: big.id, points: 10, reason: 'هدیه' });
    await admin.call('club.runNightly');

    const report = await admin.call('club.report', { months: 3 });
    expect(report.byTier).toEqual([{ tierId: expect.any(Number), name: 'پایه', members: 2 }]);
    expect(report.members).toMatchObject({ total: 2, active: 2, lapsed: 0, newThisMonth: 2 });
    // 23 November 2026 is in Azar 1405.
    expect(report.months.map((m) => m.month)).toEqual(['1405-07', '1405-08', '1405-09']);
    expect(report.months.at(-1)).toMatchObject({ newMembers: 2, earned: 82, redeemed: 10, expired: 0, spentRials: 8_200_000 });
    expect(report.topMembers.map((m) => [m.name, m.spentRials, m.purchases])).toEqual([
      ['مریم کاظمی', 8_000_000, 2],
      [small.name, 200_000, 1],
    ]);

    const value = await admin.call('club.memberValue', { memberId: big.id });
    expect(value).toMatchObject({ purchases: 2, spentRials: 8_000_000, averagePurchaseRials: 4_000_000 });
    expect(value.lifetimeValueRials).toBeGreaterThan(0);
    expect(value.rfm).toMatchObject({ recency: 5, frequency: 5, monetary: 5, segment: 'champions' });
    // A member of a few days with one purchase is new, whatever the scores say.
    expect((await admin.call('club.memberValue', { memberId: small.id })).rfm?.segment).toBe('new');
  });

  it('asks a closed club for its fee and application, and rewards both sides of a referral', async () => {
    await admin.call('club.saveRule', { kind: 'referral', name: 'معرفی', points: 30 });
    await admin.call('club.saveRule', { kind: 'join', name: 'خوش‌آمد', points: 10 });
    const referrer = await member();
    expect(referrer.points).toBe(10);
    const settings = await admin.call('club.getSettings');
    await admin.call('club.updateSettings', { ...settings, mode: 'closed', membershipFeeRials: 2_000_000, membershipMonths: 12, applicationQuestions: ['شغل'] });
    const person = await createPerson(admin, { firstName: 'سینا', lastName: 'فرهی' });
    expect(await admin.fail('club.join', { partyId: person.id })).toMatchObject({ code: 'club.feeRequired' });
    expect(await admin.fail('club.join', { partyId: person.id, feePaidRials: 2_000_000 })).toMatchObject({ code: 'club.answersRequired' });
    expect(await admin.fail('club.join', { partyId: person.id, feePaidRials: 2_000_000, answers: ['معلم'], referralCode: '000000' })).toMatchObject({ code: 'club.referralUnknown' });
    const joined = await admin.call('club.join', { partyId: person.id, feePaidRials: 2_000_000, answers: ['معلم'], referralCode: referrer.referralCode });
    expect(joined.points).toBe(40);
    expect(joined.expiresAt).not.toBeNull();
    expect((await admin.call('club.panel', { memberId: referrer.id })).points).toBe(40);

    await later(366 * DAY);
    // The referrer joined while the club was open: their membership does not expire.
    expect((await admin.call('club.runNightly')).lapsedMemberships).toBe(1);
    expect(await admin.fail('club.recordPurchase', { memberId: joined.id, amountRials: 1000 })).toMatchObject({ code: 'club.notActive' });
  });
});
