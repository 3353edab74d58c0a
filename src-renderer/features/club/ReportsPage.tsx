import { useEffect, useState } from 'react';
import type { Output } from '../../../src-shared/api/contract';
import { JALALI_MONTHS } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { DataTable, Field, type Column } from '../../ui';
import { count, ListError } from '../messaging';
import { memberPath } from './counter-store';
import { Money } from './format';

type Report = Output<'club.report'>;
type MonthRow = Report['months'][number];
type TopRow = Report['topMembers'][number];
type TierRow = Report['byTier'][number];

const SPANS = [3, 6, 12, 24] as const;

// «1405-08» → «آبان ۱۴۰۵».
function monthName(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return `${JALALI_MONTHS[index - 1] ?? ''} ${toPersianDigits(year)}`;
}

const MONTH_COLUMNS: Column<MonthRow>[] = [
  { key: 'month', header: 'ماه', value: (row) => row.month, render: (row) => monthName(row.month) },
  { key: 'new', header: 'عضو جدید', value: (row) => row.newMembers },
  { key: 'earned', header: 'امتیاز کسب‌شده', value: (row) => row.earned },
  { key: 'redeemed', header: 'امتیاز استفاده‌شده', value: (row) => row.redeemed },
  { key: 'expired', header: 'امتیاز منقضی', value: (row) => row.expired },
  { key: 'spent', header: 'مبلغ خرید', value: (row) => row.spentRials, render: (row) => <Money rials={row.spentRials} /> },
];

const TOP_COLUMNS: Column<TopRow>[] = [
  { key: 'name', header: 'عضو', value: (row) => row.name, render: (row) => <a href={`#${memberPath(row.memberId)}`}>{row.name}</a> },
  { key: 'spent', header: 'مبلغ خرید', value: (row) => row.spentRials, render: (row) => <Money rials={row.spentRials} /> },
  { key: 'purchases', header: 'تعداد خرید', value: (row) => row.purchases },
  { key: 'points', header: 'امتیاز', value: (row) => row.points },
];

function tierColumns(total: number): Column<TierRow>[] {
  return [
    { key: 'name', header: 'سطح', value: (row) => row.name ?? 'بدون سطح' },
    { key: 'members', header: 'اعضا', value: (row) => row.members },
    {
      key: 'share',
      header: 'سهم',
      render: (row) => (
        <span className="club-share">
          <progress className="club-progress" max={Math.max(total, 1)} value={row.members} aria-hidden="true" />
          <bdi>{count(total ? Math.round((row.members / total) * 100) : 0)}٪</bdi>
        </span>
      ),
    },
  ];
}

// «گزارش‌ها» (club.reports): members by tier and state, the months' points and spend, and the best customers.
export function ReportsPage() {
  const [months, setMonths] = useState<number>(12);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('club.report', { months })
      .then((found) => live && (setReport(found), setError(null)))
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [months]);

  const figures: [string, number][] = report
    ? [
        ['همهٔ اعضا', report.members.total],
        ['فعال', report.members.active],
        ['بی‌خرید اخیر', report.members.lapsed],
        ['جدید این ماه', report.members.newThisMonth],
        ['تعلیق‌شده', report.members.suspended],
        ['منقضی', report.members.expired],
      ]
    : [];

  return (
    <>
      <div className="filters-row">
        <Field label="بازهٔ گزارش">
          {(control) => (
            <select className="input" {...control} value={months} onChange={(event) => setMonths(Number(event.target.value))}>
              {SPANS.map((span) => (
                <option key={span} value={span}>
                  {toPersianDigits(span)} ماه اخیر
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ListError error={error} />
      {report ? (
        <>
          <section className="club-panel__figures" aria-label="اعضا">
            {figures.map(([label, value]) => (
              <div key={label} className="club-figure">
                <span className="club-figure__label">{label}</span>
                <span className="club-figure__value">{count(value)}</span>
              </div>
            ))}
          </section>
          <div className="club-report__pair">
            <section className="card" aria-label="اعضا به تفکیک سطح">
              <h2 className="card__title">اعضا به تفکیک سطح</h2>
              <DataTable caption="اعضا به تفکیک سطح" columns={tierColumns(report.members.total)} rows={report.byTier} rowKey={(row) => row.tierId ?? 0} />
            </section>
            <section className="card" aria-label="بهترین مشتریان">
              <h2 className="card__title">بهترین مشتریان</h2>
              <DataTable caption="بهترین مشتریان" columns={TOP_COLUMNS} rows={report.topMembers} rowKey={(row) => row.memberId} emptyText="هنوز خریدی ثبت نشده است." />
            </section>
          </div>
          <section className="card" aria-label="ماه به ماه">
            <h2 className="card__title">ماه به ماه</h2>
            <DataTable caption="ماه به ماه" columns={MONTH_COLUMNS} rows={report.months} rowKey={(row) => row.month} />
          </section>
        </>
      ) : null}
    </>
  );
}
