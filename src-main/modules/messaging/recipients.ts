import { and, eq, isNull } from 'drizzle-orm';
import type { Audience } from '../../../src-shared/api/messaging';
import type { MergeRecipient } from '../../../src-shared/domain/merge-fields';
import { parseMobile } from '../../../src-shared/domain/iran-ids';
import type { Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { audienceCondition, mergeOf, mergeRowOf, mergeRows } from '../parties/merge-data';
import { scopeCondition } from '../parties/scope';
import { contactPoints, parties } from '../parties/schema';
import { smsOptOuts } from './schema';

export interface Recipient {
  partyId: number | null;
  name: string | null;
  // +989…
  number: string;
  merge: MergeRecipient;
}

export interface AudienceResult {
  recipients: Recipient[];
  report: { recipients: number; duplicates: number; optedOut: number; noMobile: number; invalidNumbers: string[] };
  label: string;
}

type AnyDb = ReadDb | WriteDb;

const NUMBER_ONLY: MergeRecipient = {
  kind: 'number',
  prefix: null,
  gender: null,
  firstName: null,
  lastName: null,
  displayName: null,
  company: null,
  code: null,
  points: null,
  walletRials: null,
  birthDate: null,
  position: null,
  address: null,
  city: null,
  postalCode: null,
};

// Merge values of one known party (an auto-reply to a customer who wrote in).
export function mergeDataOf(db: AnyDb, partyId: number): MergeRecipient | null {
  const row = mergeRowOf(db, partyId);
  return row ? mergeOf(row) : null;
}

// The one a notice goes to: their preferred SMS mobile, unless they have none or opted out.
export function noticeRecipient(db: AnyDb, partyId: number): Recipient | null {
  const row = mergeRowOf(db, partyId);
  if (!row || row.mobile === null || isOptedOut(db, row.mobile)) return null;
  return { partyId: row.id, name: row.displayName, number: row.mobile, merge: mergeOf(row) };
}

function optedOutNumbers(db: AnyDb): Set<string> {
  return new Set(
    db
      .select({ number: smsOptOuts.number })
      .from(smsOptOuts)
      .where(isNull(smsOptOuts.deletedAt))
      .all()
      .map((row) => row.number),
  );
}

// Everyone an audience reaches, once each, with a mobile that may receive SMS and not on the opt-out list.
export function resolveAudience(db: AnyDb, session: Session, audience: Audience, today: string): AudienceResult {
  const optedOut = optedOutNumbers(db);
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  const report = { recipients: 0, duplicates: 0, optedOut: 0, noMobile: 0, invalidNumbers: [] as string[] };
  const add = (recipient: Recipient) => {
    if (seen.has(recipient.number)) report.duplicates++;
    else if (optedOut.has(recipient.number)) report.optedOut++;
    else {
      seen.add(recipient.number);
      recipients.push(recipient);
    }
  };

  let label: string;
  if (audience.kind === 'numbers') {
    label = 'فهرست شماره‌ها';
    for (const token of audience.text.split(/[\s,،;؛]+/).filter(Boolean)) {
      const mobile = parseMobile(token);
      if (!mobile.ok) {
        if (report.invalidNumbers.length < 50) report.invalidNumbers.push(token);
        continue;
      }
      const owner = db
        .select({ id: parties.id, displayName: parties.displayName })
        .from(contactPoints)
        .innerJoin(parties, eq(parties.id, contactPoints.partyId))
        .where(and(eq(contactPoints.lookupKey, mobile.value), isNull(contactPoints.deletedAt), isNull(parties.deletedAt), scopeCondition(session)))
        .get();
      add({ partyId: owner?.id ?? null, name: owner?.displayName ?? null, number: mobile.value, merge: { ...NUMBER_ONLY, displayName: owner?.displayName ?? null } });
    }
  } else {
    const condition = audienceCondition(db, audience, session, today);
    label = condition.label;
    const rows = mergeRows(db, condition.where);
    for (const row of rows) {
      if (row.mobile === null) {
        if (row.blocked) report.optedOut++;
        else report.noMobile++;
        continue;
      }
      add({ partyId: row.id, name: row.displayName, number: row.mobile, merge: mergeOf(row) });
    }
  }
  report.recipients = recipients.length;
  return { recipients, report, label };
}

export function isOptedOut(db: AnyDb, number: string): boolean {
  return db.select({ id: smsOptOuts.id }).from(smsOptOuts).where(and(eq(smsOptOuts.number, number), isNull(smsOptOuts.deletedAt))).get() !== undefined;
}
