import type { ReactNode } from 'react';
import type { PartyKind, PartyRow } from '../../../src-shared/api/parties';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { roleLabel } from '../../../src-shared/i18n/fa';
import { priorityLabels } from '../../../src-shared/i18n/ui-fa';
import { formatPhone } from './contact-format';
import type { PartySort } from './party-store';

export interface PartyColumn {
  key: string;
  header: string;
  // The narrowest the column gets; wider windows share the rest in proportion.
  width: number;
  sort?: PartySort;
  // Only for one kind (a company has no birthday).
  only?: PartyKind;
  // Always shown: the column that names the row.
  fixed?: boolean;
  // Latin or numeric values (e-mail, phones): cut short at their own end, not at the Persian line's end.
  ltr?: boolean;
  // Plain text for the cell's tooltip, when the cell may be cut short.
  text(row: PartyRow): string;
  render?(row: PartyRow): ReactNode;
}


export function statusLabel(row: Pick<PartyRow, 'active' | 'deletedAt'>): { label: string; tone: 'active' | 'inactive' | 'deleted' } {
  if (row.deletedAt !== null) return { label: 'حذف‌شده', tone: 'deleted' };
  return row.active ? { label: 'فعال', tone: 'active' } : { label: 'غیرفعال', tone: 'inactive' };
}

// Adding a column: PartyRow must carry it (src-shared/api/parties.ts), then one entry here.
const PARTY_COLUMNS: readonly PartyColumn[] = [
  { key: 'code', header: 'کد', width: 90, sort: 'code', text: (row) => toPersianDigits(row.code), render: (row) => <bdi>{toPersianDigits(row.code)}</bdi> },
  { key: 'name', header: 'نام', width: 240, sort: 'name', fixed: true, text: (row) => row.displayName },
  { key: 'mobile', header: 'همراه', width: 140, ltr: true, text: (row) => (row.mobile ? formatPhone('mobile', row.mobile) : '') },
  { key: 'phone', header: 'تلفن ثابت', width: 140, ltr: true, text: (row) => (row.phone ? formatPhone('phone', row.phone) : '') },
  { key: 'email', header: 'ایمیل', width: 200, ltr: true, text: (row) => row.email ?? '' },
  { key: 'city', header: 'شهر', width: 110, text: (row) => row.city ?? '' },
  { key: 'roles', header: 'نقش‌ها', width: 160, text: (row) => row.roles.map(roleLabel).join('، ') },
  { key: 'priority', header: 'اولویت', width: 80, text: (row) => (row.priority ? priorityLabels[row.priority] : '') },
  {
    key: 'birthDate',
    header: 'تاریخ تولد',
    width: 110,
    only: 'person',
    text: (row) => (row.birthDate ? formatJalaliDate(row.birthDate) : ''),
    render: (row) => (row.birthDate ? <bdi>{formatJalaliDate(row.birthDate)}</bdi> : '—'),
  },
  {
    key: 'status',
    header: 'وضعیت',
    width: 104,
    text: (row) => statusLabel(row).label,
    render: (row) => {
      const status = statusLabel(row);
      return <span className={`badge badge--${status.tone}`}>{status.label}</span>;
    },
  },
  {
    key: 'createdAt',
    header: 'تاریخ ایجاد',
    width: 110,
    sort: 'createdAt',
    text: (row) => formatJalaliDate(instantToLocalIsoDate(row.createdAt)),
    render: (row) => <bdi>{formatJalaliDate(instantToLocalIsoDate(row.createdAt))}</bdi>,
  },
];

export const DEFAULT_COLUMNS = ['code', 'name', 'mobile', 'phone', 'city', 'roles', 'status'];

export function columnsFor(kind: PartyKind): PartyColumn[] {
  return PARTY_COLUMNS.filter((column) => !column.only || column.only === kind);
}
