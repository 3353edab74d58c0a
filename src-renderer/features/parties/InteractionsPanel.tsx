import { useCallback, useEffect, useState } from 'react';
import type { Attachment } from '../../../src-shared/api/attachments';
import type { Interaction } from '../../../src-shared/api/interactions';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { interactionDirectionLabels, interactionFileLabels } from '../../../src-shared/i18n/ui-fa';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, DataTable, toast, type Column } from '../../ui';
import { AttachmentClip } from '../attachments';
import { useCan } from '../auth';
import { methodLabel } from './interaction-format';
import { InteractionDialog } from './InteractionDialog';
import { useCrmRevision } from './live';

const PAGE = 50;

type Open = { kind: 'create' } | { kind: 'edit'; interaction: Interaction } | { kind: 'remove'; interaction: Interaction } | null;

interface InteractionsPanelProps {
  partyId: number;
  companies: readonly { id: number; name: string }[];
  // A deleted record keeps its history but takes no new interactions.
  readOnly: boolean;
  // The record's edit right, for files attached to an interaction.
  canAttach: boolean;
  limitMb: number | null;
}

const NO_FILES: readonly Attachment[] = [];

export function InteractionsPanel({ partyId, companies, readOnly, canAttach, limitMb }: InteractionsPanelProps) {
  const can = useCan();
  const revision = useCrmRevision((state) => state.revision);
  const [shown, setShown] = useState(PAGE);
  const [page, setPage] = useState<{ rows: Interaction[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [filesOf, setFilesOf] = useState<ReadonlyMap<number, readonly Attachment[]>>(new Map());

  const load = useCallback(async () => {
    try {
      setPage(await call('interactions.list', { partyId, offset: 0, limit: shown }));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [partyId, shown]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  // Files of the listed interactions, one request per record they belong to (a company's page lists its people's too).
  useEffect(() => {
    if (!page || open !== null) return;
    let current = true;
    const owners = [...new Set(page.rows.map((i) => i.partyId))];
    Promise.all(owners.map((owner) => call('attachments.list', { partyId: owner })))
      .then((lists) => {
        if (!current) return;
        const grouped = new Map<number, Attachment[]>();
        for (const attachment of lists.flat()) {
          if (attachment.interactionId === null || attachment.purpose !== 'file') continue;
          grouped.set(attachment.interactionId, [...(grouped.get(attachment.interactionId) ?? []), attachment]);
        }
        setFilesOf(grouped);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [page, open]);

  const remove = async (interaction: Interaction) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await call('interactions.remove', { id: interaction.id });
      toast.success(`ارتباط «${interaction.subject}» حذف شد.`);
      setOpen(null);
      useCrmRevision.setState((state) => ({ revision: state.revision + 1 }));
    } catch (failure) {
      setConfirmError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const actions = !readOnly && (can('interactions.edit') || can('interactions.delete'));
  const columns: Column<Interaction>[] = [
    {
      key: 'occurredAt',
      header: 'زمان',
      value: (i) => i.occurredAt,
      render: (i) => <bdi>{formatJalaliDateTime(i.occurredAt)}</bdi>,
      className: 'nowrap',
    },
    { key: 'subject', header: 'موضوع', value: (i) => i.subject },
    {
      key: 'files',
      header: interactionFileLabels.column,
      value: (i) => filesOf.get(i.id)?.length ?? 0,
      render: (i) => <AttachmentClip subject={i.subject} files={filesOf.get(i.id) ?? NO_FILES} />,
      className: 'nowrap',
    },
    { key: 'method', header: 'روش', value: (i) => methodLabel(i.method) },
    { key: 'direction', header: 'جهت', value: (i) => (i.direction ? interactionDirectionLabels[i.direction] : '') },
    { key: 'user', header: 'کاربر', value: (i) => i.userName ?? '' },
    { key: 'result', header: 'نتیجه', value: (i) => i.result ?? '' },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      hidden: !actions,
      render: (i) => (
        <div className="row-actions">
          {can('interactions.edit') ? (
            <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', interaction: i })}>
              ویرایش
            </button>
          ) : null}
          {can('interactions.delete') ? (
            <button
              type="button"
              className="button button--small button--danger-text"
              onClick={() => {
                setConfirmError(null);
                setOpen({ kind: 'remove', interaction: i });
              }}
            >
              حذف
            </button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <div className="interactions">
      <div className="interactions__tools">
        <p className="muted" role="status">
          {page ? (page.total === 0 ? 'ارتباطی ثبت نشده است.' : `${toPersianDigits(page.total)} ارتباط`) : 'در حال بارگذاری…'}
        </p>
        {!readOnly && can('interactions.create') ? (
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })}>
            ارتباط جدید
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {page && page.total > 0 ? (
        <DataTable
          caption="ارتباطات"
          columns={columns}
          rows={page.rows}
          rowKey={(i) => i.id}
          initialSort={{ key: 'occurredAt', direction: 'descending' }}
        />
      ) : null}
      {page && page.rows.length < page.total ? (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          نمایش ارتباطات بیشتر
        </button>
      ) : null}
      {open?.kind === 'create' ? <InteractionDialog partyId={partyId} companies={companies} canAttach={canAttach} limitMb={limitMb} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? (
        <InteractionDialog
          partyId={partyId}
          companies={companies}
          interaction={open.interaction}
          canAttach={canAttach}
          limitMb={limitMb}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="حذف ارتباط"
          message={<p>ارتباط «{open.interaction.subject}» حذف شود؟</p>}
          confirmLabel="حذف ارتباط"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void remove(open.interaction)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
