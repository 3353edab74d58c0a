import type { AuditEntry } from '../../../src-shared/api/audit';
import type { Interaction, TimelineItem } from '../../../src-shared/api/interactions';
import { actionLabel, recordLabel, who } from '../audit';

// Derived search and sort keys: bookkeeping, not something a person changed.
const HIDDEN_FIELDS = new Set(['sortKey', 'lookupKey']);

interface ChangeGroup {
  table: string;
  action: AuditEntry['action'];
  who: string;
  entries: AuditEntry[];
}

type TimelineEntry =
  | { type: 'interaction'; key: string; at: number; interaction: Interaction }
  | { type: 'change'; key: string; at: number; group: ChangeGroup };

// One save writes one audit row per field; the timeline shows it as one event with its fields.
export function groupTimeline(items: readonly TimelineItem[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const item of items) {
    if (item.type === 'interaction') {
      entries.push({ type: 'interaction', key: `i${item.interaction.id}`, at: item.at, interaction: item.interaction });
      continue;
    }
    const change = item.change;
    const last = entries.at(-1);
    if (
      last?.type === 'change' &&
      last.at === change.at &&
      last.group.table === change.table &&
      last.group.action === change.action &&
      last.group.entries[0]!.recordId === change.recordId &&
      last.group.entries[0]!.userId === change.userId
    ) {
      last.group.entries.push(change);
    } else {
      entries.push({ type: 'change', key: `c${change.id}`, at: change.at, group: { table: change.table, action: change.action, who: who(change), entries: [change] } });
    }
  }
  // Newest event first, but an event's fields in the order they were written (as the form lists them).
  for (const entry of entries) if (entry.type === 'change') entry.group.entries.sort((a, b) => a.id - b.id);
  return entries;
}

const SENTENCES: Record<string, Partial<Record<AuditEntry['action'], string>>> = {
  parties: {
    insert: 'این رکورد را ایجاد کرد.',
    update: 'این اطلاعات را تغییر داد:',
    delete: 'این رکورد را حذف کرد.',
    restore: 'این رکورد را بازگرداند.',
  },
  contact_points: {
    insert: 'راه ارتباطی تازه افزود:',
    update: 'یک راه ارتباطی را ویرایش کرد:',
    delete: 'یک راه ارتباطی را حذف کرد.',
    restore: 'یک راه ارتباطی را بازگرداند.',
  },
  party_links: {
    insert: 'سمت تازه‌ای ثبت کرد:',
    update: 'یک سمت را ویرایش کرد:',
    delete: 'یک سمت در شرکت را برداشت.',
    restore: 'یک سمت در شرکت را بازگرداند.',
  },
};

// «مدیر سیستم این اطلاعات را تغییر داد:»
export function changeSentence(group: ChangeGroup): string {
  const sentence = SENTENCES[group.table]?.[group.action];
  if (sentence) return `${group.who} ${sentence}`;
  const first = group.entries[0]!;
  return `${group.who}: ${actionLabel(group.action)} ${recordLabel(first.table, first.recordId, { users: new Map(), templates: new Map() })}`;
}

// A new contact point or link is named by what it is, not by every column it was created with.
const INSERT_FIELDS: Record<string, readonly string[]> = {
  contact_points: ['kind', 'value', 'label', 'addressLine', 'city', 'postalCode'],
  party_links: ['companyId', 'personId', 'position'],
};

const LINK_ENDS = new Set(['personId', 'companyId', 'partyId']);

// The fields listed under a change of `partyId`'s timeline; a person's display name follows their first and last
// name, and a link's end that is the record itself goes without saying.
export function detailEntries(group: ChangeGroup, partyId: number): AuditEntry[] {
  const fields = new Set(group.entries.map((entry) => entry.field));
  return group.entries.filter((entry) => {
    if (entry.field === null || HIDDEN_FIELDS.has(entry.field)) return false;
    if (LINK_ENDS.has(entry.field) && group.action === 'insert' && Number(entry.newValue) === partyId) return false;
    if (entry.field === 'displayName' && (fields.has('firstName') || fields.has('lastName'))) return false;
    if (group.action !== 'insert') return true;
    return (INSERT_FIELDS[group.table] ?? []).includes(entry.field) && Boolean(entry.newValue);
  });
}
