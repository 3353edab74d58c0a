import type { AuditEntry } from '../../../src-shared/api/audit';
import { formatJalaliDate, formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { formatMoney } from '../../../src-shared/domain/money';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { roleLabel } from '../../../src-shared/i18n/fa';
import {
  contactKindLabels,
  genderLabels,
  interactionDirectionLabels,
  interactionMethodLabels,
  languageLevelLabels,
  maritalStatusLabels,
  ownershipLabels,
  partyKindLabels,
  priorityLabels,
} from '../../../src-shared/i18n/ui-fa';
import { formatAuditValue } from '../audit';
import { formatPhone } from './contact-format';

export interface PartyNames {
  users: ReadonlyMap<number, string>;
  groups: ReadonlyMap<number, string>;
  // People and companies this record is linked to (a person's companies, a company's people).
  parties: ReadonlyMap<number, string>;
}

const NO_TEMPLATES: ReadonlyMap<number, string> = new Map();
const DATE_FIELDS = new Set(['birthDate', 'weddingDate', 'foundedOn']);
const MONEY_FIELDS = new Set(['income', 'creditLimit']);
const FLAG_FIELDS = new Set(['preferred', 'noSms', 'noCall', 'noLetter', 'noEmail']);
const LIST_FIELDS = new Set(['activityTypes', 'certificates']);
const LABELS: Record<string, Record<string, string>> = {
  gender: genderLabels,
  maritalStatus: maritalStatusLabels,
  priority: priorityLabels,
  ownership: ownershipLabels,
  direction: interactionDirectionLabels,
  method: interactionMethodLabels,
};

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

const idList = (value: string, names: ReadonlyMap<number, string>) => {
  const ids = parseJson(value);
  if (!Array.isArray(ids)) return value;
  return ids.length === 0 ? 'هیچ' : ids.map((id) => names.get(Number(id)) ?? `شمارهٔ ${toPersianDigits(String(id))}`).join('، ');
};

// An audited value of a party, contact point, link or interaction as the screens show that field;
// anything else falls back to the audit viewer's own formatting.
export function partyAuditValue(entry: Pick<AuditEntry, 'table' | 'field'>, value: string | null, names: PartyNames): string {
  const field = entry.field;
  const fallback = () => formatAuditValue(field, value, { users: names.users, templates: NO_TEMPLATES });
  if (value === null || value === '' || field === null) return fallback();
  if (LABELS[field]) return LABELS[field][value] ?? value;
  if (field === 'kind') return contactKindLabels[value as 'mobile'] ?? partyKindLabels[value as 'person'] ?? value;
  if (field === 'roles') {
    const roles = parseJson(value);
    return Array.isArray(roles) ? roles.map((role) => roleLabel(String(role))).join('، ') || 'هیچ' : value;
  }
  if (LIST_FIELDS.has(field)) {
    const list = parseJson(value);
    return Array.isArray(list) ? list.map(String).join('، ') || 'هیچ' : value;
  }
  if (field === 'languages') {
    const list = parseJson(value);
    if (!Array.isArray(list)) return value;
    return (
      list
        .map((item: { language?: string; level?: string | null }) =>
          item.level ? `${item.language ?? ''} (${languageLevelLabels[item.level as 'basic'] ?? item.level})` : (item.language ?? ''),
        )
        .join('، ') || 'هیچ'
    );
  }
  if (field === 'groupIds') return idList(value, names.groups);
  if (field === 'managerIds') return idList(value, names.users);
  if (field === 'companyId' || field === 'personId' || field === 'partyId') {
    return names.parties.get(Number(value)) ?? `شمارهٔ ${toPersianDigits(value)}`;
  }
  if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatJalaliDate(value);
  if (MONEY_FIELDS.has(field) && /^\d+$/.test(value)) return formatMoney(Number(value), 'rial');
  if (FLAG_FIELDS.has(field)) return value === 'true' || value === '1' ? 'بله' : 'خیر';
  if (entry.table === 'contact_points' && field === 'value' && value.startsWith('+98')) {
    return formatPhone(value.startsWith('+989') ? 'mobile' : 'phone', value);
  }
  if (field === 'occurredAt' && /^\d+$/.test(value)) return formatJalaliDateTime(Number(value));
  return fallback();
}
