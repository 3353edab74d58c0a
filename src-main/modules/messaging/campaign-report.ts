import type { z } from 'zod';
import type { ExportFormat, ExportedFile } from '../../../src-shared/api/parties';
import { formatMobile } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDateTime, instantToLocalIsoDate } from '../../../src-shared/domain/jalali';
import { messagingLabels, smsErrorLabel } from '../../../src-shared/i18n/ui-fa-messaging';
import type { Session } from '../../core/context';
import type { ReadDb } from '../../core/db/open';
import { exportTable, type ExportColumn } from '../printing/table-export';
import type { Cell } from '../printing/spreadsheet';
import { getCampaign, listOutbox } from './queries';

type Row = Awaited<ReturnType<typeof listOutbox>>['rows'][number];

const when = (instant: number | null) => (instant === null ? null : formatJalaliDateTime(instant));

const COLUMNS: (ExportColumn & { value: (row: Row) => Cell })[] = [
  { key: 'name', header: 'گیرنده', width: 26, value: (row) => row.partyName },
  { key: 'mobile', header: 'شمارهٔ همراه', type: 'text', value: (row) => formatMobile(row.number) },
  { key: 'status', header: 'وضعیت', value: (row) => messagingLabels.outStatus[row.status] },
  { key: 'parts', header: 'بخش‌های ارسال‌شده', width: 12, value: (row) => `${row.partsSent} از ${row.parts}` },
  { key: 'sentAt', header: 'زمان ارسال', value: (row) => when(row.sentAt) },
  { key: 'deliveredAt', header: 'زمان تحویل', value: (row) => when(row.deliveredAt) },
  { key: 'error', header: 'خطا', width: 30, value: (row) => (row.error ? smsErrorLabel(row.error) : null) },
  { key: 'text', header: 'متن', width: 60, value: (row) => row.text },
];

const PAGE = 500;

export async function exportCampaign(db: ReadDb, session: Session | null, id: number, format: ExportFormat, now: number): Promise<z.input<typeof ExportedFile>> {
  const campaign = getCampaign(db, session, id);
  const rows: Row[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listOutbox(db, session, { offset, limit: PAGE, campaignId: id });
    rows.push(...page.rows);
    if (page.rows.length < PAGE) break;
  }
  const file = await exportTable(format, {
    title: `گزارش ارسال «${campaign.name}»`,
    columns: COLUMNS,
    rows: rows.map((row) => COLUMNS.map((column) => column.value(row))),
  });
  return { fileName: `پیامک-${campaign.id}-${instantToLocalIsoDate(now)}.${file.extension}`, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
}
