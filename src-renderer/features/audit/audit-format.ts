import type { AuditEntry } from '../../../src-shared/api/audit';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { permissionLabel } from '../../../src-shared/i18n/fa';
import {
  auditActionLabels,
  auditFieldLabels,
  moneyUnitLabels,
  recordNouns,
  scopeLabels,
  tableLabels,
} from '../../../src-shared/i18n/ui-fa';

export interface NameLookup {
  users: ReadonlyMap<number, string>;
  templates: ReadonlyMap<number, string>;
}

const BOOLEAN_FIELDS = new Set(['isAdmin', 'is_admin', 'active', 'isActive', 'is_active']);
const SECRET_FIELDS = new Set(['passwordHash', 'password_hash', 'password']);
const INSTANT_FIELDS = new Set(['deletedAt', 'deleted_at', 'createdAt', 'created_at', 'updatedAt', 'updated_at']);
const TEMPLATE_FIELDS = new Set(['templateId', 'template_id']);

export function fieldLabel(field: string | null): string {
  if (field === null) return '—';
  return auditFieldLabels[field] ?? field;
}

export function tableLabel(table: string): string {
  return tableLabels[table] ?? table;
}

export function actionLabel(action: AuditEntry['action']): string {
  return auditActionLabels[action];
}

export function formatInstant(ms: number): string {
  return formatJalaliDateTime(ms);
}

// Old and new values are stored as text; show them the way the screens show the field.
export function formatAuditValue(field: string | null, value: string | null, names: NameLookup): string {
  if (value === null || value === '') return '—';
  if (field && SECRET_FIELDS.has(field)) return '(محرمانه)';
  if (field && BOOLEAN_FIELDS.has(field)) {
    if (value === '1' || value === 'true') return 'بله';
    if (value === '0' || value === 'false') return 'خیر';
  }
  if (field && TEMPLATE_FIELDS.has(field)) {
    const name = names.templates.get(Number(value));
    return name ?? `قالب شمارهٔ ${toPersianDigits(value)}`;
  }
  if (field && INSTANT_FIELDS.has(field) && /^\d+$/.test(value)) return formatJalaliDateTime(Number(value));
  if (field === 'moneyUnit' || field === 'money_unit') return moneyUnitLabels[value as 'rial'] ?? value;
  if (field === 'scope') return scopeLabels[value as 'all'] ?? value;
  if (field === 'permissions') {
    try {
      const list: unknown = JSON.parse(value);
      if (Array.isArray(list)) return list.length === 0 ? 'هیچ' : list.map((p) => permissionLabel(String(p))).join('، ');
    } catch {
      // Not JSON: fall through and show it as stored.
    }
  }
  if (/^-?\d+(\.\d+)?$/.test(value)) return toPersianDigits(value);
  return value;
}

export function recordLabel(table: string, id: number, names: NameLookup): string {
  const noun = recordNouns[table] ?? 'رکورد';
  // A table with a single row (office settings) needs no number.
  if (table === 'office_settings') return noun;
  const name = table === 'users' ? names.users.get(id) : table === 'access_templates' ? names.templates.get(id) : undefined;
  return name ? `${noun} «${name}»` : `${noun} شمارهٔ ${toPersianDigits(id)}`;
}

export function who(entry: Pick<AuditEntry, 'userName'>): string {
  return entry.userName ?? 'سیستم';
}
