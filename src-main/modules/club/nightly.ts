import type { z } from 'zod';
import type { NightlySummary } from '../../../src-shared/api/club';
import { jalaliAnniversaryInYear, addDays, toJalali, todayIsoDate } from '../../../src-shared/domain/jalali';
import type { WriteCtx } from '../../core/context';
import type { SystemAccess } from '../../core/dispatch';
import { prepared } from '../../core/db/open';
import { awardOccasion, claimOccasion } from './membership';
import { expiryNotice, sendNotice, tierNotice, type SmsNotices } from './notices';
import { expireLots } from './points';
import { computeRfmBounds, writeStat } from './reports';
import { clubMembers } from './schema';
import { readClubSettings } from './settings';
import { reviewTier } from './standing';

// The nightly run: expiry, expiry notices, birthdays, tier reviews, lapsed memberships, club figures.
// Each step works in chunks, each chunk its own transaction, so the counter is never kept waiting for
// long, and a crash half-way loses nothing: what is done is committed, the rest is found again next run.
// Every step is idempotent (expired lots are empty, notices and birthdays are claimed once).

const CHUNK = 2_000;

type Summary = z.infer<typeof NightlySummary>;

async function inChunks(system: SystemAccess, step: (ctx: WriteCtx) => number): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await system.write(step);
    total += done;
    if (done === 0) return total;
    // Let the counter's requests in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

interface Due {
  memberId: number;
  points: number;
  lots: string;
  firstAt: number;
  partyId: number;
}

function dueLots(ctx: WriteCtx, condition: string, ...params: unknown[]): Due[] {
  return prepared(
    ctx.db,
    `SELECT l.member_id AS memberId, SUM(l.remaining) AS points, group_concat(l.entry_id) AS lots, MIN(l.expires_at) AS firstAt, m.party_id AS partyId
     FROM club_point_lots l JOIN club_members m ON m.id = l.member_id
     WHERE l.remaining > 0 AND ${condition}
     GROUP BY l.member_id LIMIT ${CHUNK}`,
  ).all(...params) as Due[];
}

export async function runNightly(system: SystemAccess, notices: SmsNotices): Promise<Summary> {
  const summary: Summary = { expiredPoints: 0, expiredMembers: 0, expiryNotices: 0, birthdays: 0, downgrades: 0, lapsedMemberships: 0 };

  summary.expiredMembers = await inChunks(system, (ctx) => {
    const due = dueLots(ctx, 'l.expires_at <= ?', ctx.clock.now());
    for (const member of due) {
      expireLots(ctx, member.memberId, member.lots.split(',').map(Number), member.points);
      summary.expiredPoints += member.points;
    }
    return due.length;
  });

  summary.expiryNotices = await inChunks(system, (ctx) => {
    const now = ctx.clock.now();
    const settings = readClubSettings(ctx.db);
    if (settings.expiryNoticeDays === 0) return 0;
    const due = dueLots(ctx, 'l.notice_sent_at IS NULL AND l.expires_at > ? AND l.expires_at <= ?', now, now + settings.expiryNoticeDays * 86_400_000);
    const mark = prepared(ctx.db, 'UPDATE club_point_lots SET notice_sent_at = ? WHERE entry_id = ?');
    for (const member of due) {
      for (const lot of member.lots.split(',')) mark.run(now, Number(lot));
      sendNotice(ctx, notices, member.partyId, expiryNotice(settings, member.points, member.firstAt));
    }
    return due.length;
  });

  summary.birthdays = await system.write((ctx) => celebrateBirthdays(ctx, notices));

  summary.downgrades = 0;
  await inChunks(system, (ctx) => {
    const now = ctx.clock.now();
    const settings = readClubSettings(ctx.db);
    const due = prepared(ctx.db, `SELECT id, party_id AS partyId FROM club_members WHERE tier_review_at <= ? AND status = 'active' LIMIT ${CHUNK}`).all(now) as { id: number; partyId: number }[];
    for (const member of due) {
      const change = reviewTier(ctx, member.id, settings, true);
      if (change) {
        summary.downgrades++;
        sendNotice(ctx, notices, member.partyId, tierNotice(settings, change.toTier));
      }
    }
    return due.length;
  });

  summary.lapsedMemberships = await inChunks(system, (ctx) => {
    const due = prepared(ctx.db, `SELECT id FROM club_members WHERE expires_at <= ? AND status = 'active' LIMIT ${CHUNK}`).all(ctx.clock.now()) as { id: number }[];
    for (const { id } of due) ctx.records.update(clubMembers, id, { status: 'expired', statusReason: 'پایان مدت عضویت' });
    return due.length;
  });

  await system.write((ctx) => {
    const now = ctx.clock.now();
    writeStat(ctx.db, 'rfm', computeRfmBounds(ctx.db, now), now);
    writeStat(ctx.db, 'nightly', { day: todayIsoDate(now), summary }, now);
    return 0;
  });
  return summary;
}

// Birthday points and greeting, once per member and Jalali year. A Gregorian birth date falls on the same
// Jalali day within a couple of Gregorian days, so SQL narrows by month-day and the Jalali rule decides
// (Esfand 30 is celebrated on Esfand 29 in common years).
function celebrateBirthdays(ctx: WriteCtx, notices: SmsNotices): number {
  const now = ctx.clock.now();
  const today = todayIsoDate(now);
  const { jy } = toJalali(today);
  const nearby = [-2, -1, 0, 1, 2].map((offset) => addDays(today, offset).slice(5));
  const candidates = prepared(
    ctx.db,
    `SELECT m.id, m.party_id AS partyId, p.birth_date AS birthDate FROM club_members m JOIN parties p ON p.id = m.party_id
     WHERE m.status = 'active' AND p.birth_date IS NOT NULL AND substr(p.birth_date, 6) IN (${nearby.map(() => '?').join(', ')})`,
  ).all(...nearby) as { id: number; partyId: number; birthDate: string }[];
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
