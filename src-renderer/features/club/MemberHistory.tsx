import { memo, useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { LedgerEntry, MemberPanel, Purchase } from '../../../src-shared/api/club';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { DataTable, type Column } from '../../ui';
import { useCan } from '../auth';
import { count, type createPagedStore, ListError, Pager, When } from '../messaging';
import { useLedgerStore, usePurchasesStore, useWalletStore, type WalletEntry } from './club-lists';
import { Day, Money } from './format';
import { ReverseEntryDialog } from './PointsDialogs';

const TABS = [
  { key: 'ledger', title: 'امتیازها' },
  { key: 'wallet', title: 'کیف پول' },
  { key: 'purchases', title: 'خریدها' },
] as const;

type Tab = (typeof TABS)[number]['key'];
type MemberPageStore<Row> = ReturnType<typeof createPagedStore<Row, { memberId: number }>>;

// ‎+۱۲۰ / ‎−۵۰: the sign always shown, so a glance tells earned from spent.
function signed(value: number): string {
  return value > 0 ? `\u200e+${count(value)}` : value < 0 ? `\u200e\u2212${count(-value)}` : count(0);
}

// One page of the member's history; it follows the member on screen and reloads when the panel changes.
function useMemberPage<Row>(store: MemberPageStore<Row>, panel: MemberPanel) {
  const state = store();
  const { setFilter, release } = state;
  useEffect(() => {
    void setFilter({ memberId: panel.id });
  }, [panel, setFilter]);
  useEffect(() => release, [release]);
  return state;
}

function LedgerTab({ panel }: { panel: MemberPanel }) {
  const can = useCan();
  const { rows, total, offset, error, setOffset } = useMemberPage(useLedgerStore, panel);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const reversible = (entry: LedgerEntry) => entry.reversedById === null && (entry.kind === 'earn' || entry.kind === 'redeem' || entry.kind === 'adjust');
  const columns: Column<LedgerEntry>[] = [
    { key: 'at', header: 'زمان', value: (row) => row.at, render: (row) => <When at={row.at} /> },
    { key: 'kind', header: 'نوع', value: (row) => clubLabels.ledgerKind[row.kind] },
    { key: 'points', header: 'امتیاز', value: (row) => row.points, render: (row) => <bdi className="nowrap">{signed(row.points)}</bdi> },
    { key: 'why', header: 'بابت', value: (row) => row.reason ?? row.ruleName },
    { key: 'expires', header: 'انقضا', value: (row) => row.expiresAt, render: (row) => <Day at={row.expiresAt} /> },
    { key: 'user', header: 'کاربر', value: (row) => row.userName },
    {
      key: 'reverse',
      header: 'برگشت',
      hidden: !can('club.edit'),
      render: (row) =>
        row.reversedById !== null ? (
          <span className="badge">برگشت خورده</span>
        ) : reversible(row) ? (
          <button type="button" className="button button--small button--danger-text" onClick={() => setReversing(row)}>
            برگشت
          </button>
        ) : null,
    },
  ];
  return (
    <>
      <ListError error={error} />
      <DataTable caption="ردیف‌های امتیاز" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="هنوز امتیازی ثبت نشده است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      {reversing ? <ReverseEntryDialog entry={reversing} onClose={() => setReversing(null)} /> : null}
    </>
  );
}

function WalletTab({ panel }: { panel: MemberPanel }) {
  const { rows, total, offset, error, setOffset } = useMemberPage(useWalletStore, panel);
  const columns: Column<WalletEntry>[] = [
    { key: 'at', header: 'زمان', value: (row) => row.at, render: (row) => <When at={row.at} /> },
    { key: 'kind', header: 'نوع', value: (row) => clubLabels.walletKind[row.kind] },
    { key: 'amount', header: 'مبلغ', value: (row) => row.amountRials, render: (row) => <Money rials={row.amountRials} /> },
    { key: 'balance', header: 'مانده', value: (row) => row.balanceRials, render: (row) => <Money rials={row.balanceRials} /> },
    { key: 'reason', header: 'توضیح', value: (row) => row.reason },
    { key: 'user', header: 'کاربر', value: (row) => row.userName },
  ];
  return (
    <>
      <ListError error={error} />
      <DataTable caption="گردش کیف پول" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="کیف پول گردشی نداشته است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}

function PurchasesTab({ panel }: { panel: MemberPanel }) {
  const { rows, total, offset, error, setOffset } = useMemberPage(usePurchasesStore, panel);
  const columns: Column<Purchase>[] = [
    { key: 'at', header: 'زمان', value: (row) => row.at, render: (row) => <When at={row.at} /> },
    { key: 'amount', header: 'مبلغ', value: (row) => row.amountRials, render: (row) => <Money rials={row.amountRials} /> },
    { key: 'discount', header: 'تخفیف', value: (row) => row.discountRials, render: (row) => (row.discountRials ? <Money rials={row.discountRials} /> : '—') },
    { key: 'wallet', header: 'از کیف پول', value: (row) => row.walletRials, render: (row) => (row.walletRials ? <Money rials={row.walletRials} /> : '—') },
    { key: 'redeemed', header: 'امتیاز کسرشده', value: (row) => row.pointsRedeemed },
    { key: 'earned', header: 'امتیاز کسب‌شده', value: (row) => row.pointsEarned },
    { key: 'coupon', header: 'کد تخفیف', value: (row) => row.couponCode, render: (row) => (row.couponCode ? <bdi dir="ltr">{row.couponCode}</bdi> : '—') },
    { key: 'items', header: 'اقلام', value: (row) => row.items.map((item) => item.product).join('، ') },
    { key: 'cashier', header: 'صندوق‌دار', value: (row) => row.cashierName },
  ];
  return (
    <>
      <ListError error={error} />
      <DataTable caption="خریدها" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="خریدی ثبت نشده است." />
      <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
    </>
  );
}

// The tabs under the panel: the points ledger, the wallet and the purchases, newest first, a page at a time.
// Memoised: it renders when the panel changes.
export const MemberHistory = memo(function MemberHistory({ panel }: { panel: MemberPanel }) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('ledger');
  // Arrow keys move between tabs; left is "next" in a right-to-left row.
  const onTabsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? 1 : event.key === 'ArrowRight' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.findIndex((item) => item.key === tab) + step + TABS.length) % TABS.length]!.key;
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <section className="card club-history" aria-label="سابقهٔ عضو">
      <div className="tabs" role="tablist" aria-label="سابقهٔ عضو" onKeyDown={onTabsKey}>
        {TABS.map((item) => (
          <button
            key={item.key}
            type="button"
            role="tab"
            id={`${id}-${item.key}`}
            className="tabs__tab"
            aria-selected={tab === item.key}
            tabIndex={tab === item.key ? 0 : -1}
            aria-controls={`${id}-panel`}
            onClick={() => setTab(item.key)}
          >
            {item.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'ledger' ? <LedgerTab panel={panel} /> : tab === 'wallet' ? <WalletTab panel={panel} /> : <PurchasesTab panel={panel} />}
      </div>
    </section>
  );
});
