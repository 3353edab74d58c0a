import type { z } from 'zod';
import type { NightlySummary } from '../../../src-shared/api/club';
import { jalaliAnniversaryInYear, addDays, toJalali, todayIsoDate } from '../../../src-shared/domain/jalali';
import type { WriteCtx } from '../../core/context';
import type { SystemAccess } from '../../core/dispatch';
import { prepared } from '../../core/db/open';
import { awardOccasion, claimOccasion } from './membership';
import { expiryNotice, sendNotice, tierNotice, type SmsNotices } from './notices';
import { expirePoints } from './points';
import { computeRfmBounds, writeStat } from './reports';
import { clubMembers } from './schema';
import { readClubSettings } from './settings';
import { reviewTier } from './standing';

// The nightly run: expiry, expiry notices, birthdays, tier reviews, lapsed memberships, club figures.
// Each step works in chunks, each chunk its own transaction, so the counter is never kept waiting for
// long, and a crash half-way loses nothing: what is done is committed, the rest is found again next run.
// Every step is idempotent (expired lots are empty, notices and birthdays are claimed once).

const CHUNK = 5_000;

type Summary = z.infer<typeof NightlySummary>;

// Calls `step` with the last key of the previous chunk until it does nothing; each call is its own
// transaction. Keyset paging (member_id > after) makes every chunk cost the same, wherever it starts.
async function inChunks(system: SystemAccess, step: (ctx: WriteCtx, after: number) => { done: number; last: number }): Promise<number> {
  let total = 0;
  let after = 0;
  for (;;) {
    const { done, last } = await system.write((ctx) => step(ctx, after));
    total += done;
    if (done === 0) return total;
    after = last;
    // Let the counter's requests in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

interface Due {
  memberId: number;
  points: number;
  firstAt: number;
}

// Members with lots left that `condition` picks, in member order, from after the previous chunk.
function dueMembers(ctx: WriteCtx, condition: string, after: number, ...params: unknown[]): Due[] {
  return prepared(
    ctx.db,
    `SELECT member_id AS memberId, SUM(remaining) AS points, MIN(expires_at) AS firstAt
     FROM club_point_lots INDEXED BY club_point_lots_member
     WHERE remaining > 0 AND member_id > ? AND ${condition}
     GROUP BY member_id ORDER BY member_id LIMIT ${CHUNK}`,
  ).all(after, ...params) as Due[];
}

export async function runNightly(system: SystemAccess, notices: SmsNotices): Promise<Summary> {
  const summary: Summary = { expiredPoints: 0, expiredMembers: 0, expiryNotices: 0, birthdays: 0, downgrades: 0, lapsedMemberships: 0 };

  summary.expiredMembers = await inChunks(system, (ctx, after) => {
    const now = ctx.clock.now();
    const due = dueMembers(ctx, 'expires_at <= ?', after, now);
    if (due.length === 0) return { done: 0, last: after };
    const last = due.at(-1)!.memberId;
    // One statement empties every due lot of the chunk's members; each member gets one ledger entry.
    prepared(ctx.db, 'UPDATE club_point_lots SET remaining = 0 WHERE member_id > ? AND member_id <= ? AND remaining > 0 AND expires_at <= ?').run(after, last, now);
    expirePoints(ctx, due);
    for (const member of due) summary.expiredPoints += member.points;
    return { done: due.length, last };
  });

  summary.expiryNotices = await sendExpiryNotices(system, notices);

  summary.birthdays = await system.write((ctx) => celebrateBirthdays(ctx, notices));

  await inChunks(system, (ctx, after) => {
    const settings = readClubSettings(ctx.db);
    const due = prepared(ctx.db, `SELECT id, party_id AS partyId FROM club_members WHERE tier_review_at <= ? AND status = 'active' AND id > ? ORDER BY id LIMIT ${CHUNK}`).all(
      ctx.clock.now(),
      after,
    ) as { id: number; partyId: number }[];
    for (const member of due) {
      const change = reviewTier(ctx, member.id, settings, true);
      if (change) {
        summary.downgrades++;
        sendNotice(ctx, notices, member.partyId, tierNotice(settings, change.toTier));
      }
    }
    return { done: due.length, last: due.at(-1)?.id ?? after };
  });

  summary.lapsedMemberships = await inChunks(system, (ctx, after) => {
    const due = prepared(ctx.db, `SELECT id FROM club_members WHERE expires_at <= ? AND status = 'active' AND id > ? ORDER BY id LIMIT ${CHUNK}`).all(ctx.clock.now(), after) as { id: number }[];
    for (const { id } of due) ctx.records.update(clubMembers, id, { status: 'expired', statusReason: 'پایان مدت عضویت' });
    return { done: due.length, last: due.at(-1)?.id ?? after };
  });

  const now = system.read((ctx) => ctx.clock.now());
  const bounds = system.read((ctx) => computeRfmBounds(ctx.db, now));
  await system.write((ctx) => {
    writeStat(ctx.db, 'rfm', bounds, now);
    writeStat(ctx.db, 'nightly', { day: todayIsoDate(now), summary }, now);
    return 0;
  });
  return summary;
}

interface NoticeDue {
  memberId: number;
  partyId: number;
  points: number;
  firstAt: number;
  lots: number[];
}

// Lots that expire within the notice window and were not announced: few (days of earnings), so read at
// once through the expiry index on the read connection, then announced and marked chunk by chunk.
async function sendExpiryNotices(system: SystemAccess, notices: SmsNotices): Promise<number> {
  const { settings, now } = system.read((ctx) => ({ settings: readClubSettings(ctx.db), now: ctx.clock.now() }));
  if (settings.expiryNoticeDays === 0) return 0;
  const lots = system.read(
    (ctx) =>
      prepared(
        ctx.db,
        `SELECT l.entry_id AS entryId, l.member_id AS memberId, l.remaining, l.expires_at AS expiresAt, m.party_id AS partyId
         FROM club_point_lots l INDEXED BY club_point_lots_expiry JOIN club_members m ON m.id = l.member_id
         WHERE l.remaining > 0 AND l.expires_at > ? AND l.expires_at <= ? AND l.notice_sent_at IS NULL`,
      ).all(now, now + settings.expiryNoticeDays * 86_400_000) as { entryId: number; memberId: number; remaining: number; expiresAt: number; partyId: number }[],
  );
  const byMember = new Map<number, NoticeDue>();
  for (const lot of lots) {
    const member = byMember.get(lot.memberId) ?? { memberId: lot.memberId, partyId: lot.partyId, points: 0, firstAt: lot.expiresAt, lots: [] };
    member.points += lot.remaining;
    member.firstAt = Math.min(member.firstAt, lot.expiresAt);
    member.lots.push(lot.entryId);
    byMember.set(lot.memberId, member);
  }
  const due = [...byMember.values()];
  for (let start = 0; start < due.length; start += CHUNK) {
    await system.write((ctx) => {
      const mark = prepared(ctx.db, 'UPDATE club_point_lots SET notice_sent_at = ? WHERE entry_id = ? AND notice_sent_at IS NULL');
      for (const member of due.slice(start, start + CHUNK)) {
        // A lot marked meanwhile (a second run) is not announced twice.
        const fresh = member.lots.filter((entryId) => mark.run(now, entryId).changes === 1);
        if (fresh.length > 0) sendNotice(ctx, notices, member.partyId, expiryNotice(settings, member.points, member.firstAt));
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return due.length;
}

// Birthday points and greeting, once per member and Jalali year. A Gregorian birth date falls on the same
// Jalali day within a couple of Gregorian days, so SQL looks up the few candidate dates of every birth year
// through the birth-date index and the Jalali rule decides (Esfand 30 is celebrated on Esfand 29 in common
// years).
const OLDEST_BIRTH_YEAR = 1900;

function celebrateBirthdays(ctx: WriteCtx, notices: SmsNotices): number {
  const now = ctx.clock.now();
  const today = todayIsoDate(now);
  const { jy } = toJalali(today);
  const nearby = [-2, -1, 0, 1, 2].map((offset) => addDays(today, offset).slice(5));
  const thisYear = Number(today.slice(0, 4));
  const dates: string[] = [];
  for (let year = OLDEST_BIRTH_YEAR; year <= thisYear; year++) for (const monthDay of nearby) dates.push(`${year}-${monthDay}`);
  const candidates = prepared(
    ctx.db,
    `SELECT m.id, m.party_id AS partyId, p.birth_date AS birthDate FROM parties p JOIN club_members m ON m.party_id = p.id
     WHERE p.birth_date IN (SELECT value FROM json_each(?)) AND m.status = 'active'`,
  ).all(JSON.stringify(dates)) as { id: number; partyId: number; birthDate: string }[];
  const settings = readClubSettings(ctx.db);
  let count = 0;
  for (const member of candidates) {
    if (jalaliAnniversaryInYear(member.birthDate, jy) !== today) continue;
    if (!claimOccasion(ctx.db, member.id, `birthday:${jy}`, now)) continue;
    awardOccasion(ctx, member.id, 'birthday', 'تولد');
    sendNotice(ctx, notices, member.partyId, { body: settings.smsBirthday, custom: {} });
    count++;
  }
  return count;
}
