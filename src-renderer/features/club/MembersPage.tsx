import { useEffect, useState } from 'react';
import { formatMoney } from '../../../src-shared/domain/money';
import { MEMBER_STATUSES, type MemberRow, type MemberStatus } from '../../../src-shared/api/club';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { navigate } from '../../app/router';
import { DataTable, Field, TextField, type Column } from '../../ui';
import { useCan } from '../auth';
import { PrintListButton } from '../exports';
import { count, ListError, Pager } from '../messaging';
import { useDebouncedValue } from '../parties';
import { useMembersStore } from './club-lists';
import { useClubConfig } from './config-store';
import { TierSelect } from './TierSelect';
import { memberPath } from './counter-store';
import { Day, jalaliDay, Money, StatusBadge, TierBadge, useMoneyUnit } from './format';
import { PrintCardsDialog } from './PrintCardsDialog';

const SEARCH_DELAY_MS = 250;

// «اعضا»: every member under a search and tier / status filters; a row opens the member's panel, and cards are
// printed for the members ticked or for the whole filtered list.
export function MembersPage() {
  const can = useCan();
  const { tiers } = useClubConfig();
  const unit = useMoneyUnit();
  const { rows, total, offset, filter, error, load, setFilter, setOffset, release } = useMembersStore();
  const [search, setSearch] = useState(filter.search);
  const settled = useDebouncedValue(search, SEARCH_DELAY_MS);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  useEffect(() => {
    if (settled !== useMembersStore.getState().filter.search) void setFilter({ search: settled });
  }, [settled, setFilter]);

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // The filter bar in words, above the printed list.
  const filterLine = [
    filter.search.trim() ? `جستجو: «${filter.search.trim()}»` : null,
    filter.tierId !== null ? `سطح: ${tiers.find((tier) => tier.id === filter.tierId)?.name ?? ''}` : null,
    filter.status ? `وضعیت: ${clubLabels.status[filter.status]}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const colourOf = (tierId: number | null) => tiers.find((tier) => tier.id === tierId)?.colour ?? null;
  const columns: Column<MemberRow>[] = [
    {
      key: 'pick',
      header: 'انتخاب',
      hidden: !can('club.print'),
      render: (row) => <input type="checkbox" aria-label={`انتخاب ${row.name}`} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />,
    },
    { key: 'number', header: 'شمارهٔ عضویت', value: (row) => row.membershipNumber, render: (row) => <bdi>{toPersianDigits(row.membershipNumber)}</bdi> },
    {
      key: 'name',
      header: 'نام',
      value: (row) => row.name,
      render: (row) => (
        <a href={`#${memberPath(row.id)}`} onClick={(event) => (event.preventDefault(), navigate(memberPath(row.id)))}>
          {row.name}
        </a>
      ),
    },
    { key: 'card', header: 'کارت', value: (row) => row.cardCode, render: (row) => (row.cardCode ? <bdi dir="ltr">{toPersianDigits(row.cardCode)}</bdi> : '—') },
    { key: 'tier', header: 'سطح', value: (row) => row.tierName, print: (row) => row.tierName ?? 'بدون سطح', render: (row) => <TierBadge name={row.tierName} colour={colourOf(row.tierId)} /> },
    { key: 'status', header: 'وضعیت', value: (row) => clubLabels.status[row.status], render: (row) => <StatusBadge status={row.status} /> },
    { key: 'points', header: 'امتیاز', value: (row) => row.points, print: (row) => count(row.points), render: (row) => <bdi>{count(row.points)}</bdi> },
    { key: 'wallet', header: 'کیف پول', value: (row) => row.walletRials, print: (row) => formatMoney(row.walletRials, unit), render: (row) => <Money rials={row.walletRials} /> },
    { key: 'joined', header: 'تاریخ عضویت', value: (row) => row.joinedAt, print: (row) => jalaliDay(row.joinedAt), render: (row) => <Day at={row.joinedAt} /> },
  ];

  return (
    <>
      <div className="filters-row" role="group" aria-label="فیلتر اعضا">
        <TextField label="جستجو" value={search} onChange={setSearch} placeholder="نام، شماره یا کارت…" type="search" />
        <TierSelect value={filter.tierId} onChange={(tierId) => void setFilter({ tierId })} />
        <Field label="وضعیت">
          {(control) => (
            <select
              className="input"
              {...control}
              value={filter.status ?? ''}
              onChange={(event) => void setFilter({ status: (event.target.value || null) as MemberStatus | null })}
            >
              <option value="">همه</option>
              {MEMBER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {clubLabels.status[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <span className="frame__spacer" />
        <PrintListButton title="اعضای باشگاه" filterLine={filterLine} columns={columns} rows={rows} />
        {can('club.print') ? (
          <button type="button" className="button" onClick={() => setPrinting(true)} disabled={total === 0}>
            چاپ کارت
          </button>
        ) : null}
      </div>
      <p className="muted">
        اعضا: <bdi>{count(total)}</bdi>
        {selected.size > 0 ? (
          <>
            {' '}
            · انتخاب‌شده: <bdi>{count(selected.size)}</bdi>{' '}
            <button type="button" className="button button--small button--ghost" onClick={() => setSelected(new Set())}>
              لغو انتخاب
            </button>
          </>
        ) : null}
      </p>
      <ListError error={error} />
      <DataTable caption="اعضای باشگاه" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="عضوی با این شرایط نیست." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      {printing ? <PrintCardsDialog memberIds={[...selected]} filter={filter} total={total} onClose={() => setPrinting(false)} /> : null}
    </>
  );
}
