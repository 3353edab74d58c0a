import type { Occasion, OCCASION_KINDS } from '../../../src-shared/api/tasks';
import { addDays, diffDays, nextJalaliAnniversary, toJalali } from '../../../src-shared/domain/jalali';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';

type AnyDb = ReadDb | WriteDb;
type OccasionKind = (typeof OCCASION_KINDS)[number];

// Date alarms come from sources: the CRM's yearly dates here; sales registers contract ends, cheques and
// installments when it lands. A source lists what falls in [from, to] (ISO days, inclusive), optionally
// only for the parties a user manages.
export interface OccasionSource {
  kinds: readonly OccasionKind[];
  upcoming(db: AnyDb, from: string, to: string, managedBy: number | null): Occasion[];
}

const sources: OccasionSource[] = [];

export function registerOccasionSource(source: OccasionSource): void {
  sources.push(source);
}

// A Gregorian date and its Jalali anniversary differ by at most a couple of days from year to year, so
// SQL narrows by month-day and the Jalali rule decides (Esfand 30 falls on Esfand 29 in common years).
function monthDaysAround(from: string, to: string): string[] {
  const days = new Set<string>();
  const span = Math.min(diffDays(to, from), 366);
  for (let offset = -2; offset <= span + 2; offset++) days.add(addDays(from, offset).slice(5));
  return [...days];
}

const YEARLY_COLUMNS: { kind: OccasionKind; column: string; partyKind: 'person' | 'company' }[] = [
  { kind: 'birthday', column: 'birth_date', partyKind: 'person' },
  { kind: 'wedding', column: 'wedding_date', partyKind: 'person' },
  { kind: 'founding', column: 'founded_on', partyKind: 'company' },
];

const hasMobile = `EXISTS (SELECT 1 FROM contact_points cp WHERE cp.party_id = p.id AND cp.kind = 'mobile' AND cp.deleted_at IS NULL AND cp.no_sms = 0)`;

registerOccasionSource({
  kinds: YEARLY_COLUMNS.map((c) => c.kind),
  upcoming(db, from, to, managedBy) {
    const monthDays = monthDaysAround(from, to);
    const placeholders = monthDays.map(() => '?').join(', ');
    const occasions: Occasion[] = [];
    for (const { kind, column, partyKind } of YEARLY_COLUMNS) {
      const rows = prepared(
        db,
        `SELECT p.id, p.display_name AS name, p.${column} AS since, ${hasMobile} AS mobile FROM parties p
         WHERE p.kind = '${partyKind}' AND p.deleted_at IS NULL AND p.${column} IS NOT NULL AND substr(p.${column}, 6) IN (${placeholders})
         ${managedBy === null ? '' : 'AND p.id IN (SELECT party_id FROM party_managers WHERE user_id = ?)'}`,
      ).all(...monthDays, ...(managedBy === null ? [] : [managedBy])) as { id: number; name: string; since: string; mobile: number }[];
      for (const row of rows) {
        const date = nextJalaliAnniversary(row.since, from);
        if (date > to || date < from) continue;
        occasions.push({
          kind,
          partyId: row.id,
          partyName: row.name,
          partyKind,
          date,
          since: row.since,
          years: toJalali(date).jy - toJalali(row.since).jy,
          hasMobile: row.mobile === 1,
        });
      }
    }
    return occasions;
  },
});

export function upcomingOccasions(db: AnyDb, from: string, days: number, kinds: readonly OccasionKind[] | undefined, managedBy: number | null): Occasion[] {
  const to = addDays(from, days);
  return sources
    .filter((source) => !kinds || source.kinds.some((kind) => kinds.includes(kind)))
    .flatMap((source) => source.upcoming(db, from, to, managedBy))
    .filter((occasion) => !kinds || kinds.includes(occasion.kind))
    .sort((a, b) => a.date.localeCompare(b.date) || a.partyName.localeCompare(b.partyName, 'fa'));
}

