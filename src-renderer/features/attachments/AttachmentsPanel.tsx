import { useCallback, useEffect, useId, useState, type DragEvent } from 'react';
import type { Attachment } from '../../../src-shared/api/attachments';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, DataTable, toast, type Column } from '../../ui';
import { interactionFileLabels } from '../../../src-shared/i18n/ui-fa';
import { downloadAttachment, formatFileSize, sizeRefusal, uploadFiles } from './attachment-files';
import './attachments.css';

interface AttachmentsPanelProps {
  partyId: number;
  canEdit: boolean;
  // The office's limit, once the settings have loaded.
  limitMb: number | null;
  // Only this interaction's files are listed, and new ones are attached to it.
  interactionId?: number;
  // An interaction not saved yet: chosen files are held here and uploaded by the caller once it has an id.
  pending?: { files: readonly File[]; onChange(files: File[]): void };
  // The description box, off inside the interaction dialog.
  describe?: boolean;
}

export function AttachmentsPanel({ partyId, canEdit, limitMb, interactionId, pending, describe = true }: AttachmentsPanelProps) {
  const inputId = useId();
  const [files, setFiles] = useState<Attachment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; message: string }[]>([]);
  const [description, setDescription] = useState('');
  const [uploading, setUploading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  const held = pending !== undefined;
  const load = useCallback(async () => {
    if (held) return setFiles([]);
    try {
      const all = await call('attachments.list', { partyId, interactionId });
      setFiles(all.filter((attachment) => attachment.purpose === 'file'));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [partyId, interactionId, held]);

  useEffect(() => {
    void load();
  }, [load]);

  const upload = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    if (pending) {
      // Refused before the interaction is saved, with the same sentence as an upload.
      const refused = limitMb === null ? [] : chosen.filter((file) => sizeRefusal(file, limitMb) !== null);
      setProblems(refused.map((file) => ({ fileName: file.name, message: sizeRefusal(file, limitMb ?? 0) ?? '' })));
      pending.onChange([...pending.files, ...chosen.filter((file) => !refused.includes(file))]);
      return;
    }
    setUploading(true);
    const { added, failed } = await uploadFiles(partyId, chosen, { limitMb, description, interactionId: interactionId ?? null });
    setProblems(failed);
    setUploading(false);
    if (added > 0) {
      setDescription('');
      toast.success(added === 1 ? 'پرونده پیوست شد.' : `${toPersianDigits(added)} پرونده پیوست شد.`);
      await load();
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!uploading) void upload([...event.dataTransfer.files]);
  };

  const remove = async (attachment: Attachment) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await call('attachments.remove', { id: attachment.id });
      toast.success(`«${attachment.fileName}» حذف شد.`);
      setRemoving(null);
      await load();
    } catch (failure) {
      setConfirmError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<Attachment>[] = [
    {
      key: 'fileName',
      header: 'نام پرونده',
      value: (a) => a.fileName,
      render: (a) => (
        <span className="attachment-name">
          <bdi>{a.fileName}</bdi>
          {a.description ? <span className="muted">{a.description}</span> : null}
        </span>
      ),
    },
    { key: 'size', header: 'حجم', value: (a) => a.size, render: (a) => <bdi>{formatFileSize(a.size)}</bdi>, className: 'nowrap' },
    { key: 'createdBy', header: 'افزوده به دست', value: (a) => a.createdByName ?? '' },
    {
      key: 'createdAt',
      header: 'زمان',
      value: (a) => a.createdAt,
      render: (a) => <bdi>{formatJalaliDateTime(a.createdAt)}</bdi>,
      className: 'nowrap',
    },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (a) => (
        <div className="row-actions">
          <button type="button" className="button button--small" aria-label={`دریافت «${a.fileName}»`} onClick={() => void downloadAttachment(a)}>
            دریافت
          </button>
          {canEdit ? (
            <button
              type="button"
              className="button button--small button--danger-text"
              aria-label={`حذف «${a.fileName}»`}
              onClick={() => {
                setConfirmError(null);
                setRemoving(a);
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
    <div className="attachments">
      {canEdit ? (
        <div
          className={dragging ? 'attachment-drop attachment-drop--over' : 'attachment-drop'}
          role="group"
          aria-label="افزودن پیوست"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {describe ? (
            <input
              className="input attachment-drop__description"
              aria-label="توضیح پیوست (اختیاری)"
              placeholder="توضیح (اختیاری)"
              maxLength={500}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          ) : null}
          <label className="button button--primary" htmlFor={inputId} aria-disabled={uploading}>
            انتخاب پرونده‌ها
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            multiple
            disabled={uploading}
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])];
              event.target.value = '';
              void upload(chosen);
            }}
          />
          <span className="muted" role="status">
            {uploading
              ? 'در حال بارگذاری…'
              : `یا پرونده‌ها را اینجا رها کنید${limitMb === null ? '' : ` (هر پرونده تا ${toPersianDigits(limitMb)} مگابایت)`}.`}
          </span>
          {pending ? <span className="muted">{interactionFileLabels.pendingHint}</span> : null}
        </div>
      ) : null}
      {problems.length > 0 ? (
        <ul className="form-error attachment-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem.fileName}>
              «<bdi>{problem.fileName}</bdi>»: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {pending ? (
        pending.files.length > 0 ? (
          <ul className="attachment-pending" aria-label={interactionFileLabels.pendingCaption}>
            {pending.files.map((file, index) => (
              <li key={`${index}-${file.name}`}>
                <bdi>{file.name}</bdi>
                <span className="muted">
                  <bdi>{formatFileSize(file.size)}</bdi>
                </span>
                <button
                  type="button"
                  className="button button--small button--danger-text"
                  aria-label={interactionFileLabels.drop(file.name)}
                  onClick={() => pending.onChange(pending.files.filter((_, at) => at !== index))}
                >
                  {interactionFileLabels.dropLabel}
                </button>
              </li>
            ))}
          </ul>
        ) : null
      ) : files === null ? (
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      ) : (
        <DataTable
          caption="پیوست‌ها"
          columns={columns}
          rows={files}
          rowKey={(a) => a.id}
          initialSort={{ key: 'createdAt', direction: 'descending' }}
          emptyText="پرونده‌ای پیوست نشده است."
        />
      )}
      {removing ? (
        <ConfirmDialog
          title="حذف پیوست"
          message={<p>پیوست «<bdi>{removing.fileName}</bdi>» حذف شود؟</p>}
          confirmLabel="حذف پیوست"
          danger
          busy={busy}
          error={confirmError}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
