import { useEffect, useId, useState } from 'react';
import type { Occasion } from '../../../src-shared/api/tasks';
import { formatJalaliDate, weekdayIndexFromSaturday, WEEKDAYS_FROM_SATURDAY } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { call, messageOf } from '../../api/client';
import { DataTable, type Column } from '../../ui';
import { useCan } from '../auth';
import { PrintListButton } from '../exports';
import { count, ListError } from '../messaging';
import { recordPath } from '../parties';
import { GreetingSmsDialog } from './GreetingSmsDialog';
import { TASKS_PATH } from './paths';

const SPANS = [1, 7, 30] as const;
type Span = (typeof SPANS)[number];
// The yearly dates of people and companies; contract ends, cheques and installments come with sales.
const KINDS = ['birthday', 'wedding', 'founding'] as const;
type YearlyKind = (typeof KINDS)[number];

const occasionKey = (occasion: Occasion) => `${occasion.kind}-${occasion.partyId}`;
const dayText = (iso: string) => `${WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(iso)]} ${formatJalaliDate(iso, 'long')}`;

// «مناسبت‌های پیش رو»: birthdays, wedding anniversaries and foundings of the next days, to greet by SMS or print.
export function OccasionsPage() {
  const titleId = useId();
  const can = useCan();
  const [days, setDays] = useState<Span>(7);
  const [kinds, setKinds] = useState<readonly YearlyKind[]>(KINDS);
  const [rows, setRows] = useState<Occasion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [greeting, setGreeting] = useState(false);

  useEffect(() => {
    let live = true;
    call('tasks.occasions', { days, kinds: [...kinds] })
      .then((found) => {
        if (!live) return;
        setRows(found);
        setError(null);
        setSelected(new Set());
      })
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [days, kinds]);

  const reachable = rows.filter((occasion) => occasion.hasMobile);
  const chosen = reachable.filter((occasion) => selected.has(occasionKey(occasion)));
  const allChosen = reachable.length > 0 && chosen.length === reachable.length;
  const toggle = (occasion: Occasion) => {
    const next = new Set(selected);
    if (!next.delete(occasionKey(occasion))) next.add(occasionKey(occasion));
    setSelected(next);
  };

  const columns: Column<Occasion>[] = [
    {
      key: 'pick',
      header: 'انتخاب',
      render: (occasion) => (
        <input
          type="checkbox"
          className="occasions__check"
          aria-label={`انتخاب ${occasion.partyName}`}
          disabled={!occasion.hasMobile}
          checked={selected.has(occasionKey(occasion))}
          onChange={() => toggle(occasion)}
        />
      ),
    },
    { key: 'date', header: 'روز', value: (occasion) => occasion.date, print: (occasion) => dayText(occasion.date), render: (occasion) => <span className="nowrap">{dayText(occasion.date)}</span> },
    { key: 'kind', header: 'مناسبت', value: (occasion) => taskLabels.occasion[occasion.kind] },
    { key: 'years', header: 'سال', value: (occasion) => occasion.years, print: (occasion) => (occasion.years === null ? null : toPersianDigits(occasion.years)) },
    {
      key: 'name',
      header: 'نام',
      value: (occasion) => occasion.partyName,
      render: (occasion) => <a href={`#${recordPath(occasion.partyKind, occasion.partyId)}`}>{occasion.partyName}</a>,
    },
    {
      key: 'mobile',
      header: 'شمارهٔ همراه',
      value: (occasion) => (occasion.hasMobile ? 'دارد' : 'ندارد'),
      render: (occasion) => (occasion.hasMobile ? <span>دارد</span> : <span className="occasions__no-mobile">بدون شمارهٔ همراه؛ پیامک نمی‌گیرد</span>),
    },
  ];

  const filterLine = `${toPersianDigits(days)} روز آینده · ${kinds.map((kind) => taskLabels.occasion[kind]).join('، ')}`;
  return (
    <section className="page occasions" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          مناسبت‌های پیش رو
        </h1>
        <div className="page__tools">
          <a className="button button--ghost" href={`#${TASKS_PATH}`}>
            بازگشت به کارتابل
          </a>
        </div>
      </header>

      <div className="filters-row occasions__filters" role="group" aria-label="فیلتر مناسبت‌ها">
        <fieldset className="fieldset">
          <legend className="field__label">بازه</legend>
          <div className="toggle-chips">
            {SPANS.map((span) => (
              <button key={span} type="button" className="toggle-chip" aria-pressed={days === span} onClick={() => setDays(span)}>
                {toPersianDigits(span)} روز آینده
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="field__label">نوع مناسبت</legend>
          <div className="occasions__kinds">
            {KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() => setKinds(kinds.includes(kind) ? kinds.filter((other) => other !== kind) : KINDS.filter((other) => other === kind || kinds.includes(other)))}
                />
                {taskLabels.occasion[kind]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="occasions__actions">
        <label className="choice">
          <input type="checkbox" checked={allChosen} disabled={reachable.length === 0} onChange={() => setSelected(allChosen ? new Set() : new Set(reachable.map(occasionKey)))} />
          انتخاب همه ({count(reachable.length)} نفر با شمارهٔ همراه)
        </label>
        <span className="muted" role="status">
          {count(chosen.length)} انتخاب‌شده
        </span>
        {can('messaging.send') ? (
          <button type="button" className="button button--primary" disabled={chosen.length === 0} onClick={() => setGreeting(true)}>
            ارسال پیامک تبریک
          </button>
        ) : null}
        <PrintListButton title="مناسبت‌های پیش رو" filterLine={filterLine} columns={columns} rows={rows} />
      </div>

      <ListError error={error} />
      <DataTable caption="مناسبت‌ها" columns={columns} rows={rows} rowKey={occasionKey} emptyText="در این بازه مناسبتی نیست." />
      {greeting ? <GreetingSmsDialog partyIds={[...new Set(chosen.map((occasion) => occasion.partyId))]} onClose={() => setGreeting(false)} /> : null}
    </section>
  );
}
