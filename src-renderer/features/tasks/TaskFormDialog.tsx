import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Task, TASK_SOURCES } from '../../../src-shared/api/tasks';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, Field, FormActions, TextField, type FieldErrors } from '../../ui';
import { useSessionStore } from '../auth';
import { useSaveForm } from '../messaging';
import { useDirectoryStore } from '../parties';
import { DependencyPicker } from './DependencyPicker';
import { refreshInbox } from './inbox-store';
import { AppearanceFields, DateTimeField, PartyField, PriorityField, SuggestField } from './task-form-fields';
import { emptyTaskValues, readTaskValues, taskValuesOf, type PartyRef, type TaskFormValues, type TaskPriority } from './task-form-values';
import { useTaskLookups } from './use-task-lookups';

export interface NewTaskPrefill {
  // The person (or company) the task is about, shown by name.
  party?: PartyRef | null;
  title?: string;
  priority?: TaskPriority;
  source?: (typeof TASK_SOURCES)[number];
}

type TaskFormDialogProps = { onClose(): void } & ({ mode: 'create'; prefill: NewTaskPrefill } | { mode: 'edit'; task: Task });

// «کار جدید» and «ویرایش کار»: every field of a task; a new one may be given to someone else (referred at once).
export function TaskFormDialog(props: TaskFormDialogProps) {
  const { onClose } = props;
  const editing = props.mode === 'edit' ? props.task : null;
  const me = useSessionStore((state) => state.user);
  const users = useDirectoryStore((state) => state.users);
  const loadUsers = useDirectoryStore((state) => state.load);
  const [values, setValues] = useState<TaskFormValues>(() => (editing ? taskValuesOf(editing) : emptyTaskValues(props.mode === 'create' ? props.prefill : {})));
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [assigneeId, setAssigneeId] = useState<number | null>(me?.id ?? null);
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  const { errors: serverErrors, formError, busy, save } = useSaveForm('title');
  const errors: FieldErrors = { ...serverErrors, ...ownErrors };
  const { types, statuses } = useTaskLookups();
  const change = (next: Partial<TaskFormValues>) => setValues((current) => ({ ...current, ...next }));

  useEffect(() => {
    if (!editing) void loadUsers();
  }, [editing, loadUsers]);

  const choices = me && !users.some((user) => user.id === me.id) ? [{ id: me.id, name: me.displayName }, ...users] : users;
  const referTo = !editing && assigneeId !== null && assigneeId !== me?.id ? choices.find((user) => user.id === assigneeId) : undefined;
  const title = values.title.trim();

  // Someone else saved the task meanwhile: start again from what they saved.
  const reload = async () => {
    if (!editing) return;
    try {
      const fresh = await call('tasks.get', { id: editing.id });
      setValues(taskValuesOf(fresh));
      setVersion(fresh.version);
      setConflict(false);
    } catch (failure) {
      setOwnErrors({ title: messageOf(failure) });
    }
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const read = readTaskValues(values);
    setOwnErrors('errors' in read ? read.errors : {});
    if ('errors' in read) return;
    setConflict(false);
    const action = editing
      ? () => call('tasks.update', { id: editing.id, version, ...read.fields })
      : () => call('tasks.create', { ...read.fields, ...(referTo ? { assigneeId: referTo.id } : {}), source: props.mode === 'create' ? (props.prefill.source ?? 'manual') : 'manual' });
    const success = editing ? `تغییرات کار «${title}» ذخیره شد.` : referTo ? `کار «${title}» ثبت و به ${referTo.name} ارجاع شد.` : `کار «${title}» ثبت شد.`;
    const saved = await save(async () => {
      try {
        await action();
      } catch (failure) {
        if (failure instanceof ApiCallError && failure.code === 'record.versionConflict') setConflict(true);
        throw failure;
      }
    }, success);
    if (saved) {
      refreshInbox();
      onClose();
    }
  };

  // Enter saves from any one-line field. The date box keeps its Enter to read the typed date, so the form is sent
  // right after that has been taken in.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName === 'BUTTON' || target.closest('[role="dialog"][aria-modal="false"], .picker')) return;
    if (target.tagName === 'TEXTAREA') {
      if (!event.ctrlKey) return;
      event.preventDefault();
      void submit();
      return;
    }
    if (event.defaultPrevented && target.classList.contains('date-picker__input')) {
      const form = event.currentTarget;
      setTimeout(() => form.requestSubmit(), 0);
    }
  };

  const dialogTitle = editing ? `ویرایش کار «${editing.title}»` : 'کار جدید';
  return (
    <Dialog title={dialogTitle} onClose={onClose} size="lg">
      <form className="task-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={dialogTitle}>
        <TextField label="عنوان" value={values.title} onChange={(text) => change({ title: text })} error={errors.title} maxLength={200} data-autofocus />
        <div className="form-row task-form__kind">
          <SuggestField label="نوع" value={values.type} onChange={(type) => change({ type })} suggestions={types} error={errors.type} />
          <SuggestField label="وضعیت" value={values.status} onChange={(status) => change({ status })} suggestions={statuses} error={errors.status} />
          <PriorityField value={values.priority} onChange={(priority) => change({ priority: priority ?? 'medium' })} error={errors.priority} />
          <Field label="درصد پیشرفت" error={errors.percent}>
            {(control) => <input className="input input--short" {...control} inputMode="numeric" autoComplete="off" value={values.percent} onChange={(event) => change({ percent: event.target.value })} />}
          </Field>
        </div>
        <div className="form-row">
          <PartyField label="شخص" party={values.party} onChange={(party) => change({ party })} error={errors.partyId} />
          <PartyField label="شرکت" kind="company" party={values.company} onChange={(company) => change({ company })} error={errors.companyId} />
        </div>
        <div className="form-row task-form__times">
          <DateTimeField which="start" value={values.start} onChange={(start) => change({ start })} error={errors.startAt} />
          <DateTimeField which="due" value={values.due} onChange={(due) => change({ due })} error={errors.dueAt} />
          <DateTimeField which="reminder" value={values.reminder} onChange={(reminder) => change({ reminder })} error={errors.reminderAt} />
          {editing ? null : (
            <Field label="انجام‌دهنده" error={errors.assigneeId} hint={referTo ? `کار بی‌درنگ به ${referTo.name} ارجاع می‌شود.` : 'خود شما؛ کاربر دیگر = ارجاع به او'}>
              {(control) => (
                <select className="input" {...control} value={assigneeId ?? ''} onChange={(event) => setAssigneeId(Number(event.target.value))}>
                  {choices.map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.id === me?.id ? `${user.name} (خودم)` : user.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <DependencyPicker taskId={editing?.id ?? null} value={values.dependsOn} onChange={(dependsOn) => change({ dependsOn })} error={errors.dependsOn} />
        <AppearanceFields colour={values.colour} icon={values.icon} onChange={change} error={errors.colour} />
        <Field label="شرح" error={errors.description} hint="Ctrl+Enter: ثبت">
          {(control) => <textarea className="input textarea" {...control} rows={3} maxLength={4000} value={values.description} onChange={(event) => change({ description: event.target.value })} />}
        </Field>
        {conflict ? (
          <p className="notice task-form__conflict">
            <button type="button" className="button button--small" onClick={() => void reload()}>
              خواندن نسخهٔ تازه
            </button>{' '}
            تغییرات شما کنار گذاشته می‌شود؛ پس از خواندن دوباره آن‌ها را اعمال کنید.
          </p>
        ) : null}
        <FormActions submitLabel={editing ? 'ذخیرهٔ تغییرات' : 'ثبت کار'} busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
