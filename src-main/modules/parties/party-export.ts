import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartyExportRequest, PartyFilter, PartyKind, PartyPrintRequest, PartyRow } from '../../../src-shared/api/parties';
import { formatPhone } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDate, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { roleLabel } from '../../../src-shared/i18n/fa';
import type { Session } from '../../core/context';
import type { ReadDb } from '../../core/db/open';
import { groups } from '../groups/schema';
import { printList } from '../printing/list-printout';
import { exportTable, type ExportColumn } from '../printing/table-export';
import type { Cell } from '../printing/spreadsheet';
import { listParties } from './list-queries';

const PAGE = 5000;
const TITLES: Record<PartyKind, string> = { person: 'اشخاص', company: 'شرکت‌ها' };


// Dates twice: Jalali text to read, and a real date column that Excel can sort and compute with.
const COLUMNS: (ExportColumn & { value: (row: PartyRow) => Cell; kinds?: PartyKind[] })[] = [
  { key: 'code', header: 'کد', type: 'text', width: 10, value: (row) => row.code },
  { key: 'name', header: 'نام', width: 28, value: (row) => row.displayName },
  { key: 'mobile', header: 'تلفن همراه', type: 'text', value: (row) => row.mobile && formatPhone(row.mobile) },
  { key: 'phone', header: 'تلفن ثابت', type: 'text', value: (row) => row.phone && formatPhone(row.phone) },
  { key: 'email', header: 'ایمیل', width: 26, value: (row) => row.email },
  { key: 'city', header: 'شهر', value: (row) => row.city },
  { key: 'roles', header: 'نقش‌ها', width: 24, value: (row) => row.roles.map(roleLabel).join('، ') },
  { key: 'active', header: 'وضعیت', width: 10, value: (row) => (row.active ? 'فعال' : 'غیرفعال') },
  { key: 'birthDateJalali', header: 'تاریخ تولد', kinds: ['person'], value: (row) => (row.birthDate ? formatJalaliDate(row.birthDate) : null) },
  { key: 'birthDate', header: 'تاریخ تولد (میلادی)', type: 'date', kinds: ['person'], value: (row) => (row.birthDate ? new Date(`${row.birthDate}T00:00:00Z`) : null) },
  { key: 'createdAtJalali', header: 'تاریخ ثبت', value: (row) => formatJalaliDate(instantToLocalIsoDate(row.createdAt)) },
  { key: 'createdAt', header: 'تاریخ ثبت (میلادی)', type: 'date', value: (row) => new Date(`${instantToLocalIsoDate(row.createdAt)}T00:00:00Z`) },
];

type ListedRequest = Omit<z.output<typeof PartyExportRequest>, 'format'>;

// Exactly the rows the user's list shows (filter, sort, own-records scope), page by page.
function listedRows(db: ReadDb, kind: PartyKind, request: ListedRequest, session: Session | null, now: number): PartyRow[] {
  const rows: PartyRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listParties(db, kind, { ...request, offset, limit: PAGE }, session, instantToLocalIsoDate(now));
    rows.push(...page.rows);
    if (page.rows.length < PAGE) break;
  }
  return rows;
}

function columnsFor(kind: PartyKind) {
  return COLUMNS.filter((column) => !column.kinds || column.kinds.includes(kind));
}

function fileName(kind: PartyKind, now: number, extension: string): string {
  return `${TITLES[kind]}-${instantToLocalIsoDate(now)}.${extension}`;
}

export async function exportParties(db: ReadDb, kind: PartyKind, request: z.output<typeof PartyExportRequest>, session: Session | null, now: number) {
  const columns = columnsFor(kind);
  const rows = listedRows(db, kind, request, session, now).map((row) => columns.map((column) => column.value(row)));
  const file = await exportTable(request.format, { title: TITLES[kind], columns, rows });
  return { fileName: fileName(kind, now, file.extension), mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
}

// The search and the filters a reader of the printout needs to know what the list is, e.g. «جست‌وجو: علی — شهر: تهران».
function describeFilter(db: ReadDb, filter: PartyFilter, count: number): string {
  const group = filter.groupId
    ? db.select({ name: groups.name }).from(groups).where(and(eq(groups.id, filter.groupId), isNull(groups.deletedAt))).get()
    : undefined;
  const parts = [
    filter.q && `جست‌وجو: ${filter.q}`,
    group && `گروه: ${group.name}`,
    filter.role && `نقش: ${roleLabel(filter.role)}`,
    filter.city && `شهر: ${filter.city}`,
    filter.active !== undefined && (filter.active ? 'فقط فعال‌ها' : 'فقط غیرفعال‌ها'),
    filter.deleted && 'حذف‌شده‌ها',
  ].filter(Boolean);
  return [...(parts.length ? parts : ['همه']), `${toPersianDigits(count)} ردیف`].join(' — ');
}

export async function printParties(db: ReadDb, kind: PartyKind, request: z.output<typeof PartyPrintRequest>, session: Session | null, now: number) {
  // Paper already shows the Jalali dates; the Gregorian date columns exist for Excel's date arithmetic.
  const columns = columnsFor(kind).filter((column) => column.type !== 'date');
  const rows = listedRows(db, kind, request, session, now);
  const content = await printList({
    title: request.title || TITLES[kind],
    filterLine: describeFilter(db, request.filter, rows.length),
    printedOn: formatJalaliDate(instantToLocalIsoDate(now)),
    columns,
    rows: rows.map((row) => columns.map((column) => {
      const value = column.value(row);
      return value === null ? null : String(value);
    })),
  });
  return { fileName: fileName(kind, now, 'pdf'), mimeType: 'application/pdf', contentBase64: content.toString('base64') };
}
