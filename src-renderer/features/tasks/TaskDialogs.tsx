import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../../src-shared/api/contract';
import type { Task } from '../../../src-shared/api/tasks';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { call, messageOf } from '../../api/client';
import { Bdi, Dialog, Field, FormActions, TextField } from '../../ui';
import { useSaveForm } from '../messaging';
import { Facts, useDirectoryStore } from '../parties';
import { ColourDot, DueAt, Percent, PriorityBadge, StateBadge, TaskParty } from './format';
import { DependencyList } from './DependencyPicker';
import { TaskIcon } from './task-icons';
import { refreshInbox } from './inbox-store';

interface TaskDialogProps {
  task: Task;
  onClose(): void;
}

const when = (at: number | null) => (at === null ? null : <bdi>{formatJalaliDateTime(at)}</bdi>);

// «انجام شد»: the task is done, with what came of it (optional). Enter saves.
export function CompleteTaskDialog({ task, onClose }: TaskDialogProps) {
  const [result, setResult] = useState('');
  const { errors, formError, busy, save } = useSaveForm('result');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(() => call('tasks.complete', { id: task.id, result: result.trim() ? result : null }), `کار «${task.title}» انجام شد.`);
    if (saved) {
      refreshInbox();
      onClose();
    }
  };

  return (
    <Dialog title={`انجام کار «${task.title}»`} onClose={onClose} size="md">
      <form onSubmit={submit} noValidate aria-label="انجام کار">
        <TextField label="نتیجه (اختیاری)" value={result} onChange={setResult} error={errors.result} maxLength={2000} data-autofocus />
        <FormActions submitLabel="انجام شد" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

// «ارجاع»: the task moves on to another user, with a note; the chain keeps who passed it to whom.
export function ReferTaskDialog({ task, onClose }: TaskDialogProps) {
  const users = useDirectoryStore((state) => state.users);
  const loadUsers = useDirectoryStore((state) => state.load);
  const [toUserId, setToUserId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const { errors, formError, busy, save } = useSaveForm('note');
  const choices = users.filter((user) => user.id !== task.assigneeId);

  useEffect(() => {
    void loadUsers();
  }, [loadUsers]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const to = choices.find((user) => user.id === toUserId);
    if (!to) {
      setPickError('کاربری را که کار به او ارجاع می‌شود انتخاب کنید.');
      return;
    }
    setPickError(undefined);
    const saved = await save(() => call('tasks.refer', { id: task.id, toUserId: to.id, note: note.trim() ? note : null }), `کار «${task.title}» به ${to.name} ارجاع شد.`);
    if (saved) {
      refreshInbox();
      onClose();
    }
  };

  return (
    <Dialog title={`ارجاع کار «${task.title}»`} onClose={onClose} size="md">
      <form onSubmit={submit} noValidate aria-label="ارجاع کار">
        <Field label="ارجاع به" error={pickError ?? errors.toUserId}>
          {(control) => (
            <select
              className="input"
              {...control}
              data-autofocus
              value={toUserId ?? ''}
              onChange={(event) => setToUserId(event.target.value ? Number(event.target.value) : null)}
              onKeyDown={(event) => {
                // Enter on the list sends the form, as in the other fields.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
            >
              <option value="">— یک کاربر انتخاب کنید —</option>
              {choices.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label="یادداشت ارجاع (اختیاری)" value={note} onChange={setNote} error={errors.note} maxLength={1000} />
        <FormActions submitLabel="ارجاع" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

type TaskWithChain = Output<'tasks.get'>;

// The task as it is now and its referral chain, oldest first; «ویرایش» for whoever may change it.
export function TaskDetailsDialog({ task: row, onClose, onEdit }: TaskDialogProps & { onEdit?: ((task: Task) => void) | undefined }) {
  const [task, setTask] = useState<TaskWithChain | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('tasks.get', { id: row.id })
      .then((found) => live && setTask(found))
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [row.id]);

  const shown = task ?? row;
  return (
    <Dialog title={`کار «${shown.title}»`} onClose={onClose} size="lg">
      <Facts
        facts={[
          { label: 'کد', value: <Bdi>{toPersianDigits(shown.code)}</Bdi> },
          { label: 'نوع', value: shown.type },
          { label: 'اولویت', value: <PriorityBadge priority={shown.priority} /> },
          { label: 'وضعیت', value: <StateBadge task={shown} /> },
          { label: 'وضعیت کار', value: shown.status },
          { label: 'پیشرفت', value: <Percent task={shown} /> },
          { label: 'شخص', value: shown.partyId === null ? null : <TaskParty task={shown} /> },
          { label: 'شرکت', value: shown.companyId === null ? null : <TaskParty task={{ partyId: shown.companyId, partyName: shown.companyName }} /> },
          { label: 'شروع', value: when(shown.startAt) },
          { label: 'موعد', value: <DueAt task={shown} /> },
          { label: 'یادآوری', value: when(shown.reminderAt) },
          { label: 'نماد و رنگ', value: shown.icon || shown.colour ? <span className="task-title"><ColourDot colour={shown.colour} /><TaskIcon icon={shown.icon} colour={shown.colour} /></span> : null },
          { label: 'پیش‌نیازها', value: shown.dependsOn.length === 0 ? null : <DependencyList ids={shown.dependsOn} /> },
          { label: 'انجام‌دهنده', value: shown.assigneeName },
          { label: 'ارجاع‌دهنده', value: shown.referrerName },
          { label: 'منشأ', value: taskLabels.source[shown.source] },
          { label: 'ایجاد', value: when(shown.createdAt) },
          { label: 'انجام', value: when(shown.completedAt) },
          { label: 'نتیجه', value: shown.result ? <span className="pre-line">{shown.result}</span> : null },
          { label: 'شرح', value: shown.description ? <span className="pre-line">{shown.description}</span> : null },
        ]}
      />
      <section className="task-chain" aria-label="زنجیرهٔ ارجاع">
        <h3 className="card__title">زنجیرهٔ ارجاع</h3>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : !task ? (
          <p className="muted" role="status">
            در حال خواندن…
          </p>
        ) : task.referrals.length === 0 ? (
          <p className="muted">این کار ارجاع نشده است.</p>
        ) : (
          <ol className="task-chain__list">
            {task.referrals.map((referral, index) => (
              <li key={index} className="task-chain__item">
                <span className="task-chain__who">
                  <strong>{referral.fromName ?? 'سامانه'}</strong>
                  <span aria-hidden="true"> ← </span>
                  <span className="visually-hidden"> به </span>
                  <strong>{referral.toName ?? '—'}</strong>
                </span>
                <bdi className="muted nowrap">{formatJalaliDateTime(referral.at)}</bdi>
                {referral.note ? <span className="task-chain__note">{referral.note}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      {onEdit ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => onEdit(shown)}>
            ویرایش
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}
