import type { ServerEvents } from '../../../src-shared/api/events';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { auditActionPast, recordNouns, tableLabels } from '../../../src-shared/i18n/ui-fa';

export type RecordsChanged = ServerEvents['records.changed'];

export interface ChangeNames {
  record(table: string, id: number): string | null;
  user(id: number | null): string | null;
}

// «کاربر «سارا احمدی» توسط «مدیر سیستم» تغییر کرد.»
export function describeChange(change: RecordsChanged, names: ChangeNames): string {
  const noun = recordNouns[change.table] ?? `رکورد ${tableLabels[change.table] ?? ''}`.trim();
  const verb = auditActionPast[change.action] ?? 'تغییر کرد';
  let subject: string;
  if (change.table === 'office_settings') {
    subject = noun;
  } else if (change.ids.length === 0) {
    // A bulk change (an import) does not list its rows.
    subject = `چند رکورد در «${tableLabels[change.table] ?? change.table}»`;
  } else if (change.ids.length === 1) {
    const id = change.ids[0]!;
    const name = names.record(change.table, id);
    subject = name ? `${noun} «${name}»` : `${noun} شمارهٔ ${toPersianDigits(id)}`;
  } else {
    subject = `${toPersianDigits(change.ids.length)} ${noun}`;
  }
  const by = names.user(change.byUserId);
  return by ? `${subject} توسط «${by}» ${verb}.` : `${subject} ${verb}.`;
}
