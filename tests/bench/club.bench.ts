import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LookupResult } from '../../src-shared/api/club';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import { createCore, type Core } from '../../src-main/create-core';
import { createHttpServer } from '../../src-main/server/http';
import { ClubPage } from '../e2e/page-models/club-page';
import { LoginPage } from '../e2e/page-models/login-page';
import { launchBrowser, openPage } from '../e2e/support/browser';
import { percentile, round, timeMs, type Figure } from './figures';
import { activeCardCode, call, checkBalances, COFFEE_PRICE, copyDatabase, membershipNumberOf, seedClub, signIn, type ClubSeed } from './seed-club';
import { BENCH_ADMIN, random } from './seed-crm';

const BENCH_DATA = join(process.cwd(), 'bench-data');
const LOOKUPS = 2_000;
const PURCHASES = 1_000;
const SWIPES = 200;
const WARM_UP = 50;

function randomMembers(seed: number, count: number, members: number): number[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Math.floor(next() * members));
}

async function timed(samples: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await timeMs(() => run(i)));
  return times;
}

async function lookupTimes(core: Core, token: string, seed: ClubSeed): Promise<number[]> {
  const picks = randomMembers(5, WARM_UP + LOOKUPS, seed.members);
  const lookup = async (member: number) => {
    const result = await call<LookupResult>(core, token, 'club.lookup', { code: activeCardCode(member) });
    if (result.status !== 'found' || result.panel.id !== member + 1) throw new Error(`card of member ${member + 1}: ${result.status}`);
  };
  for (const member of picks.slice(0, WARM_UP)) await lookup(member);
  return timed(LOOKUPS, (i) => lookup(picks[WARM_UP + i]!));
}

// A purchase at the counter: the amount and two items, one of them the product the product rule rewards.
async function purchaseTimes(core: Core, token: string, seed: ClubSeed): Promise<number[]> {
  const picks = randomMembers(9, PURCHASES, seed.members);
  return timed(PURCHASES, (i) =>
    call(core, token, 'club.recordPurchase', {
      memberId: picks[i]! + 1,
      amountRials: 2 * COFFEE_PRICE + 950_000,
      items: [
        { product: 'قهوه', group: 'نوشیدنی', quantity: 2, unitPriceRials: COFFEE_PRICE },
        { product: 'کیک شکلاتی', group: 'شیرینی', quantity: 1, unitPriceRials: 950_000 },
      ],
    }),
  );
}

// In the page: from the Enter that ends a scan (its event time) to the first frame after the panel shows the
// expected member's number.
const WATCH_PANEL = `(() => {
  window.__swipes = [];
  let enterAt = null;
  let expected = null;
  window.__expect = (number) => { expected = number; enterAt = null; };
  window.addEventListener('keydown', (event) => { if (event.key === 'Enter' && expected !== null) enterAt = event.timeStamp; }, true);
  new MutationObserver(() => {
    if (expected === null || enterAt === null) return;
    const shown = document.querySelector('section[aria-label^="عضو "] [data-field="membership-number"]');
    if (shown?.textContent !== expected) return;
    const from = enterAt;
    expected = null;
    requestAnimationFrame(() => window.__swipes.push(performance.now() - from));
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

async function swipeTimes(page: Page, seed: ClubSeed): Promise<number[]> {
  const club = new ClubPage(page);
  await club.open('پیشخوان');
  await page.evaluate(WATCH_PANEL);
  const picks = randomMembers(13, SWIPES, seed.members);
  for (const [i, member] of picks.entries()) {
    await club.lookupBox().focus();
    await page.evaluate(`window.__expect(${JSON.stringify(toPersianDigits(membershipNumberOf(member)))})`);
    await club.scan(activeCardCode(member));
    await page.waitForFunction(`window.__swipes.length > ${i}`);
  }
  return (await page.evaluate('window.__swipes')) as number[];
}

async function swipeBench(core: Core, seed: ClubSeed): Promise<number[]> {
  spawnSync(process.execPath, ['scripts/build-ui-if-stale.mjs'], { stdio: 'inherit' });
  const server = createHttpServer(core, { staticRoot: join(process.cwd(), 'dist/renderer') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await new LoginPage(page).signIn(BENCH_ADMIN.username, BENCH_ADMIN.password);
    return await swipeTimes(page, seed);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

interface Due {
  lots: number;
  members: number;
  points: number;
}

function dueForExpiry(dbPath: string, now: number): Due {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare('SELECT count(*) AS lots, count(DISTINCT member_id) AS members, COALESCE(SUM(remaining), 0) AS points FROM club_point_lots WHERE remaining > 0 AND expires_at <= ?')
      .get(now) as Due;
  } finally {
    db.close();
  }
}

function checkBalancesOf(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  try {
    checkBalances(db);
  } finally {
    db.close();
  }
}

const count = (n: number) => n.toLocaleString('en-US');

export async function clubBench(): Promise<Figure[]> {
  const seedStarted = Date.now();
  const seed = await seedClub(BENCH_DATA);
  process.stderr.write(`  club seed ready in ${round((Date.now() - seedStarted) / 1000, 1)} s\n`);
  // Everything runs on a copy: purchases and the nightly run change the data, and the seed is reused.
  const dataDir = copyDatabase(seed.dataDir, join(BENCH_DATA, 'club-run'));
  const started = Date.now();
  const clock = { now: () => seed.now + (Date.now() - started) };
  const core = createCore({ dataDir, clock, clubTiming: { nightly: false } });
  const scale = `${count(seed.members)} members, ${count(seed.ledgerRows)} ledger rows`;
  const figures: Figure[] = [];
  try {
    const token = await signIn(core);
    const lookups = await lookupTimes(core, token, seed);
    figures.push({
      name: 'club.cardLookup.p99_ms',
      value: round(percentile(lookups, 99)),
      unit: 'ms',
      n: lookups.length,
      note: `club.lookup through core.call with random card codes → the member panel, ${scale}; median ${round(percentile(lookups, 50))} ms; goal <= 5`,
    });
    const purchases = await purchaseTimes(core, token, seed);
    figures.push({
      name: 'club.purchase.p99_ms',
      value: round(percentile(purchases, 99)),
      unit: 'ms',
      n: purchases.length,
      note: `club.recordPurchase (amount + 2 items; a spend rule, a product rule, 3 tiers) for random members, with the panel it answers; median ${round(percentile(purchases, 50))} ms; goal <= 10`,
    });
    const swipes = await swipeBench(core, seed);
    figures.push({
      name: 'club.swipeToPanel.p99_ms',
      value: round(percentile(swipes, 99)),
      unit: 'ms',
      n: swipes.length,
      note: `headless Chromium on the LAN server: a card typed at scanner speed into the counter, from its Enter (event time) to the first frame with the member's panel, measured in the page; median ${round(percentile(swipes, 50))} ms; goal <= 50`,
    });
    const due = dueForExpiry(core.dbPath, clock.now());
    const nightlyStarted = process.hrtime.bigint();
    const summary = await call<{ expiredMembers: number; expiredPoints: number }>(core, token, 'club.runNightly', {});
    const seconds = Number(process.hrtime.bigint() - nightlyStarted) / 1e9;
    checkBalancesOf(core.dbPath);
    figures.push({
      name: 'club.expireRun.s',
      value: round(seconds, 1),
      unit: 's',
      n: due.lots,
      note: `club.runNightly over ${scale}: ${count(due.lots)} lots of ${count(summary.expiredMembers)} members expired (${count(summary.expiredPoints)} points, everything earned more than 12 months ago), plus notices, birthdays, tier reviews; ledger still adds up to the lots; goal <= 60`,
    });
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
