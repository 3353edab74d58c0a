import { Fragment, useState, type ReactNode } from 'react';
import { permissionLabel } from '../../../src-shared/i18n/fa';
import { useCan, useSessionStore } from '../auth';
import { PageMessage } from './PageMessage';
import { listPath, recordPath, right, type PartyKindSpec, type PartyRecord } from './party-kind';
import type { PartyStore } from './party-store';
import { useOpenRecord } from './use-open-record';

type FormMode = 'new' | 'edit' | 'similar';

export interface FormStart<R extends PartyRecord> {
  mode: FormMode;
  // The record being edited, or the one a similar record copies; null for a new one.
  record: R | null;
  // Who manages the new record: the creator, or the original's managers for those who may assign them.
  managerIds: number[];
  onReload?(): void;
}

interface PartyFormPageProps<R extends PartyRecord> {
  spec: PartyKindSpec<R>;
  store: PartyStore<R>;
  mode: FormMode;
  id?: number;
  form(start: FormStart<R>): ReactNode;
}

// The right checks and record loading around a person or company form.
export function PartyFormPage<R extends PartyRecord>(props: PartyFormPageProps<R>) {
  const can = useCan();
  const userId = useSessionStore((state) => state.user?.id ?? 0);
  const needed = right(props.spec.form, props.mode === 'edit' ? 'edit' : 'create');
  if (!can(needed)) {
    return (
      <PageMessage
        title="دسترسی ندارید"
        text={`برای این کار به دسترسی «${permissionLabel(needed)}» نیاز دارید. اگر لازم است، از مدیر سیستم بخواهید آن را به شما بدهد.`}
        backPath={listPath(props.spec.kind)}
        backLabel={`بازگشت به ${props.spec.title}`}
      />
    );
  }
  if (props.mode === 'new' || props.id === undefined) return <>{props.form({ mode: 'new', record: null, managerIds: [userId] })}</>;
  return <LoadedForm {...props} id={props.id} userId={userId} />;
}

function LoadedForm<R extends PartyRecord>({ spec, store, mode, id, form, userId }: PartyFormPageProps<R> & { id: number; userId: number }) {
  const can = useCan();
  const { record, error } = useOpenRecord(store, id);
  // Bumped to start the form afresh from the record read again (after a version conflict).
  const [generation, setGeneration] = useState(0);

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
  if (mode === 'edit' && record.deletedAt !== null) {
    return (
      <PageMessage
        title={`ویرایش «${record.displayName}»`}
        text={`این ${spec.noun} حذف شده است. برای ویرایش، ابتدا آن را از صفحهٔ خودش بازگردانید.`}
        backPath={recordPath(spec.kind, record.id)}
        backLabel={`بازگشت به «${record.displayName}»`}
      />
    );
  }
  const managerIds = mode === 'similar' && can(right(spec.form, 'assignManager')) ? record.managers.map((manager) => manager.id) : [userId];
  const onReload =
    mode === 'edit'
      ? () =>
          void store
            .getState()
            .reloadRecord()
            .then(() => setGeneration((n) => n + 1))
      : undefined;
  return <Fragment key={generation}>{form({ mode, record, managerIds, onReload })}</Fragment>;
}
