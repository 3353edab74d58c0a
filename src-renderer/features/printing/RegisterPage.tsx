import { useEffect } from 'react';
import type { z } from 'zod';
import type { LetterRegisterEntry } from '../../../src-shared/api/printing';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call } from '../../api/client';
import { DataTable, type Column } from '../../ui';
import { PrintListButton } from '../exports';
import { count, createPagedStore, ListError, Pager, When } from '../messaging';
import { recordPath } from '../parties';

type Entry = z.infer<typeof LetterRegisterEntry>;

const useRegisterStore = createPagedStore<Entry, Record<string, never>>((_filter, offset, limit) => call('printing.register', { offset, limit }), {});

const columns: Column<Entry>[] = [
  { key: 'number', header: 'شمارهٔ نامه', value: (e) => e.number, render: (e) => <bdi className="nowrap">{toPersianDigits(e.number)}</bdi> },
  { key: 'at', header: 'تاریخ', value: (e) => e.at, print: (e) => formatJalaliDateTime(e.at), render: (e) => <When at={e.at} /> },
  { key: 'party', header: 'گیرنده', value: (e) => e.partyName, render: (e) => <a href={`#${recordPath(e.partyKind, e.partyId)}`}>{e.partyName}</a> },
  { key: 'template', header: 'قالب', value: (e) => e.templateName },
  { key: 'user', header: 'کاربر', value: (e) => e.userName },
];

// «دفتر نامه‌ها»: every printed letter by its number, newest first (the office's outgoing-letters register).
export function RegisterPage() {
  const { rows, total, offset, error, load, setOffset, release } = useRegisterStore();
  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  return (
    <>
      <div className="filters-row">
        <p className="muted">
          نامه‌های ثبت‌شده: <bdi>{count(total)}</bdi>
        </p>
        <span className="frame__spacer" />
        <PrintListButton title="دفتر نامه‌های صادره" filterLine="" columns={columns} rows={rows} />
      </div>
      <ListError error={error} />
      <DataTable caption="دفتر نامه‌ها" columns={columns} rows={rows} rowKey={(e) => e.id} emptyText="هنوز نامه‌ای چاپ نشده است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}
