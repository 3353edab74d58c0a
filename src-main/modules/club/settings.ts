import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ClubSettings, Tier } from '../../../src-shared/api/club';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { clubEarnRules } from './schema';

type AnyDb = ReadDb | WriteDb;

// Read on every swipe and purchase: prepared once rather than built by drizzle each time.
const SETTINGS_SQL = `SELECT mode, membership_fee_rials AS membershipFeeRials, membership_months AS membershipMonths,
    application_questions AS applicationQuestions, points_expiry_months AS pointsExpiryMonths, point_value_rials AS pointValueRials,
    expiry_notice_days AS expiryNoticeDays, tier_basis AS tierBasis, tier_window_months AS tierWindowMonths,
    sms_wallet_changed AS smsWalletChanged, sms_tier_changed AS smsTierChanged, sms_points_expiring AS smsPointsExpiring,
    sms_birthday AS smsBirthday, sms_draw_winner AS smsDrawWinner, version
  FROM club_settings WHERE id = 1`;

export function readClubSettings(db: AnyDb): ClubSettings {
  const row = prepared(db, SETTINGS_SQL).get() as Omit<ClubSettings, 'applicationQuestions'> & { applicationQuestions: string };
  return { ...row, applicationQuestions: JSON.parse(row.applicationQuestions) as string[] };
}

export function listTiers(db: AnyDb): Tier[] {
  return prepared(
    db,
    `SELECT id, name, threshold, discount_percent AS discountPercent, point_multiplier AS pointMultiplier, colour, version
     FROM club_tiers WHERE deleted_at IS NULL ORDER BY threshold`,
  ).all() as Tier[];
}

export function listRules(db: AnyDb, activeOnly = false) {
  return db
    .select({
      id: clubEarnRules.id,
      kind: clubEarnRules.kind,
      name: clubEarnRules.name,
      points: clubEarnRules.points,
      rialsPerPoint: clubEarnRules.rialsPerPoint,
      match: clubEarnRules.match,
      expiryMonths: clubEarnRules.expiryMonths,
      active: clubEarnRules.active,
      version: clubEarnRules.version,
    })
    .from(clubEarnRules)
    .where(and(isNull(clubEarnRules.deletedAt), activeOnly ? eq(clubEarnRules.active, true) : undefined))
    .orderBy(asc(clubEarnRules.id))
    .all();
}
