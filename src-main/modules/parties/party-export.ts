import type { z } from 'zod';
import type { PartyExportRequest, PartyKind, PartyRow } from '../../../src-shared/api/parties';
import { formatLandline, formatMobile } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { roleLabel } from '../../../src-shared/i18n/fa';
import type { Session } from '../../core/context';
import type { ReadDb } from '../../core/db/open';
import { exportTable, type ExportColumn } from '../printing/table-export';
import type { Cell } from '../printing/spreadsheet';
import { listParties } from './list-queries';

const PAGE = 5000;
const TITLES: Record<PartyKind, string> = { person: 'اشخاص', company: 'شرکت‌ها' };

function phone(e164: string | null): string | null {
  if (!e164) return null;
  return e164.startsWith('+989') ? formatMobile(e164) : e164.startsWith('+98') ? formatLandline(e164) : e164;
}

// Dates twice: Jalali text to read, and a real date column that Excel can sort and compute with.
const COLUMNS: (ExportColumn & { value: (row: PartyRow) => Cell; kinds?: PartyKind[] })[] = [
  { key: 'code', header: 'کد', type: 'text', width: 10, value: (row) => row.code },
  { key: 'name', header: 'نام', width: 28, value: (row) => row.displayName },
  { key: 'mobile', header: 'تلفن همراه', type: 'text', value: (row) => phone(row.mobile) },
  { key: 'phone', header: 'تلفن ثابت', type: 'text', value: (row) => phone(row.phone) },
  { key: 'email', header: 'ایمیل', width: 26, value: (row) => row.email },
  { key: 'city', header: 'شهر', value: (row) => row.city },
  { key: 'roles', header: 'نقش‌ها', width: 24, value: (row) => row.roles.map(roleLabel).join('، ') },
  { key: 'active', header: 'وضعیت', width: 10, value: (row) => (row.active ? 'فعال' : 'غیرفعال') },
  { key: 'birthDateJalali', header: 'تاریخ تولد', kinds: ['person'], value: (row) => (row.birthDate ? formatJalaliDate(row.birthDate) : null) },
  { key: 'birthDate', header: 'تاریخ تولد (میلادی)', type: 'date', kinds: ['person'], value: (row) => (row.birthDate ? new Date(`${row.birthDate}T00:00:00Z`) : null) },
  { key: 'createdAtJalali', header: 'تاریخ ثبت', value: (row) => formatJalaliDate(instantToLocalIsoDate(row.createdAt)) },
  { key: 'createdAt', header: 'تاریخ ثبت (میلادی)', type: 'date', value: (row) => new Date(`${instantToLocalIsoDate(row.createdAt)}T00:00:00Z`) },
];

// Exactly the rows the user's list shows (filter, sort, own-records scope), page by page.
export async function exportParties(db: ReadDb, kind: PartyKind, request: z.output<typeof PartyExportRequest>, session: Session | null, now: number) {
  const columns = COLUMNS.filter((column) => !column.kinds || column.kinds.includes(kind));
  const rows: Cell[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listParties(db, kind, { ...request, offset, limit: PAGE }, session, instantToLocalIsoDate(now));
    rows.push(...page.rows.map((row) => columns.map((column) => column.value(row))));
    if (page.rows.length < PAGE) break;
  }
  const file = await exportTable(request.format, { title: TITLES[kind], columns, rows });
  return {
    fileName: `${TITLES[kind]}-${instantToLocalIsoDate(now)}.${file.extension}`,
    mimeType: file.mimeType,
    contentBase64: file.content.toString('base64'),
  };
}
