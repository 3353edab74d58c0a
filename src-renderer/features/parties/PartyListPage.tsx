import { useEffect, useId, useMemo, type ReactNode } from 'react';
import type { PartyFilter } from '../../../src-shared/api/parties';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { navigate } from '../../app/router';
import { useCan, useSessionStore } from '../auth';
import { ExportMenu } from '../exports';
import { useGroupsStore } from '../groups';
import { IMPORT_PAGES } from '../imports';
import { SegmentBar } from '../segments';
import { ColumnChooser } from './ColumnChooser';
import { useColumnChoice } from './column-choice';
import { useDirectoryStore } from './directory-store';
import { countActive, FilterPanel } from './FilterPanel';
import { columnsFor } from './party-columns';
import { recordPath, right, type PartyKindSpec } from './party-kind';
import type { PartyStore } from './party-store';
import { PartyTable } from './PartyTable';
import './parties.css';

function formatCount(n: number): string {
  return toPersianDigits(n.toLocaleString('en-US').replace(/,/g, '٬'));
}

// More buttons for the toolbar from the screen that shows the list (printing hands the filtered list on).
export type ListTools = (list: { filter: PartyFilter; total: number | null }) => ReactNode;

interface PartyListPageProps {
  spec: PartyKindSpec;
  store: PartyStore;
  tools?: ListTools | undefined;
}

export function PartyListPage({ spec, store, tools }: PartyListPageProps) {
  const titleId = useId();
  const can = useCan();
  const userId = useSessionStore((state) => state.user?.id ?? 0);
  const filter = store((state) => state.filter);
  const sort = store((state) => state.sort);
  const descending = store((state) => state.descending);
  const total = store((state) => state.total);
  const blocks = store((state) => state.blocks);
  const listError = store((state) => state.listError);
  const queryKey = store((state) => state.queryKey);
  const { setFilter, sortBy, show } = store.getState();
  const [chosen, choose] = useColumnChoice(spec.kind, userId);
  const loadGroups = useGroupsStore((state) => state.load);
  const loadDirectory = useDirectoryStore((state) => state.load);

  useEffect(() => store.getState().attach(), [store]);
  useEffect(() => {
    void loadGroups();
    void loadDirectory();
  }, [loadGroups, loadDirectory]);

  const all = useMemo(
    () => columnsFor(spec.kind).map((column) => (column.key === 'name' && spec.kind === 'company' ? { ...column, header: 'نام شرکت' } : column)),
    [spec.kind],
  );
  const columns = all.filter((column) => column.fixed || chosen.includes(column.key));
  const filtered = countActive(filter) > 0 || filter.q !== '';

  return (
    <section className="page page--fill" aria-labelledby={titleId}>
      <header className="page__header">
        <div className="page__heading">
          <h1 id={titleId} className="page__title">
            {spec.title}
          </h1>
          <p className="list-total" role="status">
            {total === null ? 'در حال شمارش…' : `${formatCount(total)} ${spec.noun}${filter.deleted ? ' حذف‌شده' : ''}`}
          </p>
        </div>
        <div className="page__tools">
          <ExportMenu kind={spec.kind} filter={filter} sort={sort} descending={descending} />
          <ColumnChooser columns={all} chosen={chosen} onChoose={choose} />
          {tools?.({ filter, total })}
          {can(right(spec.form, 'create')) ? (
            <>
              <a className="button" href={`#${IMPORT_PAGES[spec.kind].path}`}>
                ورود از اکسل
              </a>
              <a className="button button--primary" href={`#${recordPath(spec.kind, 'new')}`}>
                {spec.newLabel}
              </a>
            </>
          ) : null}
        </div>
      </header>
      <FilterPanel kind={spec.kind} filter={filter} onChange={setFilter} searchLabel={`جستجو در ${spec.title}`}>
        <SegmentBar kind={spec.kind} filter={filter} onApply={setFilter} />
      </FilterPanel>
      {listError ? (
        <p className="form-error" role="alert">
          {listError}
        </p>
      ) : null}
      {total === 0 ? (
        <p className="empty-state">
          {filter.deleted
            ? `${spec.noun} حذف‌شده‌ای${filtered ? ' با این فیلترها' : ''} نیست.`
            : filtered
              ? `${spec.noun}ی با این فیلترها پیدا نشد. فیلترها را تغییر دهید یا پاک کنید.`
              : `هنوز ${spec.noun}ی ثبت نشده است.`}
        </p>
      ) : total === null && blocks.size === 0 ? (
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      ) : (
        <PartyTable
          caption={`فهرست ${spec.title}`}
          columns={columns}
          total={total ?? 0}
          blocks={blocks}
          sort={sort}
          descending={descending}
          queryKey={queryKey}
          rowHref={(row) => recordPath(spec.kind, row.id)}
          onSort={sortBy}
          onShow={show}
          onOpen={(row) => navigate(recordPath(spec.kind, row.id))}
        />
      )}
    </section>
  );
}
