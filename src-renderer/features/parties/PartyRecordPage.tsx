import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ContactKind, ContactPoint } from '../../../src-shared/api/parties';
import { formatJalaliDateTime, todayIsoDate } from '../../../src-shared/domain/jalali';
import { formatMoney } from '../../../src-shared/domain/money';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { roleLabel } from '../../../src-shared/i18n/fa';
import { priorityLabels } from '../../../src-shared/i18n/ui-fa';
import { ApiCallError, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { ConfirmDialog, toast } from '../../ui';
import { AttachmentsPanel, PartyPhoto } from '../attachments';
import { AuditHistoryDialog } from '../audit';
import { useCan } from '../auth';
import { groupPath, useGroupsStore } from '../groups';
import { useSettingsStore } from '../settings';
import { formatContactValue } from './contact-format';
import { ContactPointList } from './ContactPointList';
import { useDirectoryStore } from './directory-store';
import { Facts } from './Facts';
import { InteractionsPanel } from './InteractionsPanel';
import { PageMessage } from './PageMessage';
import { statusLabel } from './party-columns';
import { listPath, recordPath, right, type PartyKindSpec, type PartyRecord } from './party-kind';
import type { PartyStore } from './party-store';
import { Timeline } from './Timeline';
import { useOpenRecord } from './use-open-record';
import './parties.css';

interface PartyRecordPageProps<R extends PartyRecord> {
  spec: PartyKindSpec<R>;
  store: PartyStore<R>;
  id: number;
  // A line under the name (a person's title and positions).
  subtitle?(record: R): ReactNode;
  // Badges beside the name (a birthday coming up).
  badges?(record: R): ReactNode;
  // Actions only one kind has (merging people).
  actions?(record: R): ReactNode;
  // A button beside a contact point (click-to-dial beside phone numbers).
  contactAction?(point: ContactPoint, record: R): ReactNode;
  // The kind's own facts, first in the details tab.
  details(record: R): ReactNode;
  // People and companies linked to the record, by id: for interactions and the timeline.
  linked(record: R): { id: number; name: string }[];
  // The companies an interaction of this record may be in the name of.
  companies(record: R): { id: number; name: string }[];
}

type Tab = 'details' | 'timeline' | 'interactions' | 'attachments';
type Confirm = 'remove' | 'purge' | 'history' | null;

const TAB_LABELS: Record<Tab, string> = { details: 'جزئیات', timeline: 'گاه‌شمار', interactions: 'ارتباطات', attachments: 'پیوست‌ها' };

// The preferred point of a kind, else its first.
function quickContact(record: PartyRecord, kind: ContactKind) {
  const points = record.contactPoints.filter((point) => point.kind === kind);
  return points.find((point) => point.preferred) ?? points[0];
}

export function PartyRecordPage<R extends PartyRecord>(props: PartyRecordPageProps<R>) {
  const { spec, store, id } = props;
  const { record, error } = useOpenRecord(store, id);
  const loadGroups = useGroupsStore((state) => state.load);
  const loadDirectory = useDirectoryStore((state) => state.load);
  const settings = useSettingsStore((state) => state.settings);
  const loadSettings = useSettingsStore((state) => state.load);

  useEffect(() => {
    void loadGroups();
    void loadDirectory();
    if (!settings) void loadSettings();
  }, [loadGroups, loadDirectory, loadSettings, settings]);

  const name = record?.displayName;
  useEffect(() => {
    if (!name) return;
    const before = document.title;
    document.title = `${name} — پیوند`;
    return () => {
      document.title = before;
    };
  }, [name]);

  if (error) {
    return <PageMessage title="رکورد پیدا نشد" text={error} backPath={listPath(spec.kind)} backLabel={`بازگشت به ${spec.title}`} />;
  }
  if (!record) {
    return (
      <section className="page">
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      </section>
    );
  }
  return <RecordView {...props} record={record} moneyUnit={settings?.moneyUnit ?? 'rial'} attachmentMaxMb={settings?.attachmentMaxMb ?? null} />;
}

function RecordView<R extends PartyRecord>({
  spec,
  store,
  record,
  moneyUnit,
  subtitle,
  badges,
  actions,
  contactAction,
  details,
  linked,
  companies,
  attachmentMaxMb,
}: PartyRecordPageProps<R> & { record: R; moneyUnit: 'rial' | 'toman'; attachmentMaxMb: number | null }) {
  const titleId = useId();
  const tabsId = useId();
  const can = useCan();
  const groups = useGroupsStore((state) => state.groups);
  const [tab, setTab] = useState<Tab>('details');
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const deleted = record.deletedAt !== null;
  const status = statusLabel(record);
  const linkedNames = useMemo(() => new Map(linked(record).map((party) => [party.id, party.name])), [linked, record]);
  const tabs: Tab[] = can('interactions.view') ? ['details', 'timeline', 'interactions', 'attachments'] : ['details', 'attachments'];
  const canEdit = !deleted && can(right(spec.form, 'edit'));

  const act = async (work: () => Promise<unknown>, done: string, after?: () => void) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await work();
      toast.success(done);
      setConfirm(null);
      if (after) after();
      else await store.getState().reloadRecord();
    } catch (failure) {
      // Someone else changed the record meanwhile: show theirs, then the user decides again.
      if (failure instanceof ApiCallError && failure.code === 'record.versionConflict') await store.getState().reloadRecord();
      if (confirm) setConfirmError(messageOf(failure));
      else toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // Right-to-left: the left arrow goes to the next tab.
    const step = event.key === 'ArrowLeft' ? 1 : event.key === 'ArrowRight' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
    setTab(next);
    document.getElementById(`${tabsId}-${next}`)?.focus();
  };

  const today = todayIsoDate();
  const rankings = record.rankings.filter((ranking) => (ranking.from ?? '') <= today && today <= (ranking.to ?? '9999'));
  const mobile = quickContact(record, 'mobile');
  const phone = quickContact(record, 'phone');
  const email = quickContact(record, 'email');

  return (
    <section className="page record-page" aria-labelledby={titleId}>
      <header className="card record-header">
        <PartyPhoto
          partyId={record.id}
          noun={spec.kind === 'person' ? 'عکس' : 'لوگو'}
          name={record.displayName}
          canEdit={canEdit}
          limitMb={attachmentMaxMb}
        />
        <div className="record-header__main">
          <h1 id={titleId} className="page__title record-header__title">
            {record.color ? <span className="color-dot color-dot--large" style={{ background: record.color }} aria-hidden="true" /> : null}
            {record.displayName}
          </h1>
          {subtitle ? <p className="record-header__subtitle">{subtitle(record)}</p> : null}
          <p className="record-header__meta">
            <span>
              کد <bdi>{toPersianDigits(record.code)}</bdi>
            </span>
            <span className={`badge badge--${status.tone}`}>{status.label}</span>
            {record.priority ? <span className="badge">اولویت {priorityLabels[record.priority]}</span> : null}
            {rankings.map((ranking) => (
              <span key={ranking.name} className="badge">
                {ranking.color ? <span className="color-dot" style={{ background: ranking.color }} aria-hidden="true" /> : null}
                رتبهٔ {ranking.name}
              </span>
            ))}
            {badges ? badges(record) : null}
          </p>
          {record.roles.length > 0 || record.groups.length > 0 ? (
            <ul className="chips" aria-label="نقش‌ها و گروه‌ها">
              {record.roles.map((role) => (
                <li key={`role-${role}`} className="chip chip--role">
                  {roleLabel(role)}
                </li>
              ))}
              {record.groups.map((group) => (
                <li key={`group-${group.id}`} className="chip chip--group">
                  {groupPath(groups, group.id) || group.name}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="record-header__contacts">
            {[mobile, phone, email].map((point) =>
              point ? (
                <span key={point.id} className="record-header__contact">
                  <span className="muted">{point.kind === 'mobile' ? 'همراه' : point.kind === 'phone' ? 'تلفن' : 'ایمیل'}: </span>
                  <bdi dir="ltr">{formatContactValue(point)}</bdi>
                  {contactAction && !deleted ? contactAction(point, record) : null}
                </span>
              ) : null,
            )}
          </p>
        </div>
        <div className="record-header__actions" role="group" aria-label="کارها">
          {canEdit ? (
            <a className="button button--primary" href={`#${recordPath(spec.kind, record.id, 'edit')}`}>
              ویرایش
            </a>
          ) : null}
          {can(right(spec.form, 'create')) ? (
            <a className="button" href={`#${recordPath(spec.kind, record.id, 'similar')}`}>
              ایجاد مشابه
            </a>
          ) : null}
          {!deleted && can(right(spec.form, 'deactivate')) ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => spec.setActive({ id: record.id, version: record.version, active: !record.active }),
                  record.active ? `«${record.displayName}» غیرفعال شد.` : `«${record.displayName}» فعال شد.`,
                )
              }
            >
              {record.active ? 'غیرفعال کردن' : 'فعال کردن'}
            </button>
          ) : null}
          {actions && !deleted ? actions(record) : null}
          {!deleted && can(right(spec.form, 'delete')) ? (
            <button type="button" className="button button--danger-text" onClick={() => setConfirm('remove')}>
              حذف
            </button>
          ) : null}
          {deleted && can(right(spec.form, 'delete')) ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => spec.restore(record.id), `«${record.displayName}» بازگردانده شد.`)}
            >
              بازگردانی
            </button>
          ) : null}
          {deleted && can(right(spec.form, 'purge')) ? (
            <button type="button" className="button button--danger-text" onClick={() => setConfirm('purge')}>
              حذف همیشگی
            </button>
          ) : null}
          {can('audit.view') ? (
            <button type="button" className="button" onClick={() => setConfirm('history')}>
              تاریخچه
            </button>
          ) : null}
        </div>
      </header>

      {deleted ? (
        <p className="notice" role="status">
          این {spec.noun} حذف شده است و در فهرست‌ها فقط با فیلتر «فقط رکوردهای حذف‌شده» دیده می‌شود.
        </p>
      ) : null}

      <div className="tabs" role="tablist" aria-label="بخش‌های رکورد" onKeyDown={onTabKey}>
          {tabs.map((key) => (
            <button
              key={key}
              id={`${tabsId}-${key}`}
              type="button"
              role="tab"
              className="tabs__tab"
              aria-selected={tab === key}
              aria-controls={`${tabsId}-${key}-panel`}
              tabIndex={tab === key ? 0 : -1}
              onClick={() => setTab(key)}
            >
              {TAB_LABELS[key]}
            </button>
          ))}
        </div>

      <div id={`${tabsId}-${tab}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${tab}`}>
        {tab === 'details' ? (
          <div className="record-details">
            {details(record)}
            <section className="card" aria-label="راه‌های ارتباطی">
              <h2 className="card__title">راه‌های ارتباطی</h2>
              <ContactPointList points={record.contactPoints} action={contactAction && !deleted ? (point) => contactAction(point, record) : undefined} />
            </section>
            <section className="card" aria-label="سایر اطلاعات">
              <h2 className="card__title">سایر اطلاعات</h2>
              <Facts
                facts={[
                  { label: 'مسئولان پرونده', value: record.managers.map((manager) => manager.name).join('، ') },
                  { label: 'شیوهٔ آشنایی', value: record.referralSource },
                  { label: 'درآمد', value: record.income === null ? null : <bdi>{formatMoney(record.income, moneyUnit)}</bdi> },
                  { label: 'سقف اعتبار', value: record.creditLimit === null ? null : <bdi>{formatMoney(record.creditLimit, moneyUnit)}</bdi> },
                  { label: 'زمینه‌های فعالیت', value: record.activityTypes.join('، ') },
                  { label: 'گواهی‌نامه‌ها', value: record.certificates.join('، ') },
                  { label: 'محل', value: [record.country, record.province, record.city, record.region].filter(Boolean).join('، ') },
                  { label: 'توضیحات', value: record.description ? <span className="pre-line">{record.description}</span> : null },
                  { label: 'ایجاد', value: <bdi>{formatJalaliDateTime(record.createdAt)}</bdi> },
                  { label: 'آخرین تغییر', value: <bdi>{formatJalaliDateTime(record.updatedAt)}</bdi> },
                ]}
              />
            </section>
          </div>
        ) : null}
        {tab === 'timeline' ? <Timeline partyId={record.id} linked={linkedNames} /> : null}
        {tab === 'attachments' ? <AttachmentsPanel partyId={record.id} canEdit={canEdit} limitMb={attachmentMaxMb} /> : null}
        {tab === 'interactions' ? (
          <InteractionsPanel
            partyId={record.id}
            companies={companies(record)}
            readOnly={deleted}
            canAttach={canEdit}
            limitMb={attachmentMaxMb}
          />
        ) : null}
      </div>

      {confirm === 'remove' ? (
        <ConfirmDialog
          title={`حذف ${spec.noun}`}
          message={
            <p>
              «{record.displayName}» حذف شود؟ با فیلتر «فقط رکوردهای حذف‌شده» در فهرست {spec.title} می‌توانید بعداً آن را بازگردانید.
            </p>
          }
          confirmLabel="حذف"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void act(() => spec.remove(record.id), `«${record.displayName}» حذف شد.`)}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'purge' ? (
        <ConfirmDialog
          title={`حذف همیشگی ${spec.noun}`}
          message={<p>«{record.displayName}» و همهٔ راه‌های ارتباطی آن برای همیشه پاک شود؟ این کار بازگشت ندارد.</p>}
          confirmLabel="پاک کردن برای همیشه"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() =>
            void act(() => spec.purge(record.id), `«${record.displayName}» برای همیشه پاک شد.`, () => navigate(listPath(spec.kind)))
          }
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'history' ? (
        <AuditHistoryDialog
          table="parties"
          id={record.id}
          title={`تاریخچهٔ تغییرات «${record.displayName}»`}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}
