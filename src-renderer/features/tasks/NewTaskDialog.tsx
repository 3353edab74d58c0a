import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { create } from 'zustand';
import { TASK_PRIORITIES, type TASK_SOURCES } from '../../../src-shared/api/tasks';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { call } from '../../api/client';
import { Dialog, Field, FormActions, JalaliDatePicker, TextField, type FieldErrors } from '../../ui';
import { useCan, useSessionStore } from '../auth';
import { useSaveForm } from '../messaging';
import { PartyPicker, useDirectoryStore } from '../parties';
import { refreshInbox, type TaskPriority } from './inbox-store';

export interface NewTaskPrefill {
  // The person (or company) the task is about, shown by name.
  party?: { id: number; name: string } | null;
  title?: string;
  priority?: TaskPriority;
  source?: (typeof TASK_SOURCES)[number];
}

interface NewTaskState {
  // The dialog is open with this prefill; null = closed.
  prefill: NewTaskPrefill | null;
  open(prefill?: NewTaskPrefill): void;
  close(): void;
}

// One new-task dialog for the whole app (mounted by the frame), so it outlives what opened it (a call pop-up).
const useNewTaskStore = create<NewTaskState>()((set) => ({
  prefill: null,
  open(prefill = {}) {
    set({ prefill });
  },
  close() {
    set({ prefill: null });
  },
}));

// `const openNewTask = useNewTaskDialog(); openNewTask({ party, title })`.
export function useNewTaskDialog(): (prefill?: NewTaskPrefill) => void {
  return useNewTaskStore((state) => state.open);
}

export function openNewTaskDialog(prefill?: NewTaskPrefill): void {
  useNewTaskStore.getState().open(prefill);
}

// «پیگیری تماس …»: a follow-up of a call, about its caller when known.
export function callFollowUp(party: { id: number; name: string } | null, who: string): NewTaskPrefill {
  return { party, title: `پیگیری تماس ${who}`, source: 'call' };
}

interface NewTaskButtonProps {
  prefill?: NewTaskPrefill;
  label?: string;
  // A fuller name when several buttons share the label (one per list row).
  ariaLabel?: string;
  className?: string;
}

// «کار جدید», only for users who may create tasks.
export function NewTaskButton({ prefill, label = 'کار جدید', ariaLabel, className = 'button button--small' }: NewTaskButtonProps) {
  const can = useCan();
  const open = useNewTaskDialog();
  if (!can('tasks.create')) return null;
  return (
    <button type="button" className={className} aria-label={ariaLabel} onClick={() => open(prefill)}>
      {label}
    </button>
  );
}

export function NewTaskDialogHost() {
  const prefill = useNewTaskStore((state) => state.prefill);
  const close = useNewTaskStore((state) => state.close);
  return prefill ? <NewTaskDialog prefill={prefill} onClose={close} /> : null;
}

const TIME_INVALID = 'ساعت را به شکل ساعت:دقیقه بنویسید، مانند ۱۴:۳۰.';

// «۱۴:۳۰», «14:30», «9» → minutes after midnight; '' → null; anything else → undefined.
function parseTime(text: string): number | null | undefined {
  const trimmed = toAsciiDigits(text).trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,2})(?:[:٫.](\d{2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

// A Jalali day (as its Gregorian ISO date) and a local time → epoch ms; without a time, the day's end.
function dueAtOf(isoDate: string, minutes: number | null): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const at = minutes ?? 23 * 60 + 59;
  return new Date(year, month - 1, day, Math.floor(at / 60), at % 60).getTime();
}

interface NewTaskDialogProps {
  prefill?: NewTaskPrefill;
  onClose(): void;
}

// «کار جدید»: title, priority, due date-time, the person, who does it (me, or someone else = referred at once).
export function NewTaskDialog({ prefill = {}, onClose }: NewTaskDialogProps) {
  const me = useSessionStore((state) => state.user);
  const users = useDirectoryStore((state) => state.users);
  const loadUsers = useDirectoryStore((state) => state.load);
  const [title, setTitle] = useState(prefill.title ?? '');
  const [priority, setPriority] = useState<TaskPriority>(prefill.priority ?? 'medium');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [time, setTime] = useState('');
  const [party, setParty] = useState(prefill.party ?? null);
  const [assigneeId, setAssigneeId] = useState<number | null>(me?.id ?? null);
  const [description, setDescription] = useState('');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { errors: serverErrors, formError, busy, save } = useSaveForm('title');
  const errors = { ...serverErrors, ...ownErrors };

  useEffect(() => {
    void loadUsers();
  }, [loadUsers]);

  const choices = me && !users.some((user) => user.id === me.id) ? [{ id: me.id, name: me.displayName }, ...users] : users;
  const referTo = assigneeId !== null && assigneeId !== me?.id ? choices.find((user) => user.id === assigneeId) : undefined;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const found: FieldErrors = {};
    if (!title.trim()) found.title = 'عنوان کار را بنویسید.';
    const minutes = parseTime(time);
    if (minutes === undefined) found.dueAt = TIME_INVALID;
    else if (minutes !== null && dueDate === null) found.dueAt = 'برای ساعت، تاریخ موعد را هم انتخاب کنید.';
    setOwnErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = await save(
      () =>
        call('tasks.create', {
          title,
          priority,
          partyId: party?.id ?? null,
          dueAt: dueDate === null ? null : dueAtOf(dueDate, minutes ?? null),
          ...(referTo ? { assigneeId: referTo.id } : {}),
          description: description.trim() ? description : null,
          source: prefill.source ?? 'manual',
        }),
      referTo ? `کار «${title.trim()}» ثبت و به ${referTo.name} ارجاع شد.` : `کار «${title.trim()}» ثبت شد.`,
    );
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

  return (
    <Dialog title="کار جدید" onClose={onClose} size="lg">
      <form className="task-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="کار جدید">
        <TextField label="عنوان" value={title} onChange={setTitle} error={errors.title} maxLength={200} data-autofocus />
        <div className="form-row">
          <Field label="اولویت" error={errors.priority}>
            {(control) => (
              <select className="input" {...control} value={priority} onChange={(event) => setPriority(event.target.value as TaskPriority)}>
                {TASK_PRIORITIES.map((option) => (
                  <option key={option} value={option}>
                    {taskLabels.priority[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <JalaliDatePicker label="تاریخ موعد" value={dueDate} onChange={setDueDate} error={errors.dueAt} />
          <Field label="ساعت موعد" hint="مانند ۱۴:۳۰؛ بی‌ساعت: پایان روز">
            {(control) => (
              <input
                className="input input--short"
                {...control}
                inputMode="numeric"
                autoComplete="off"
                placeholder="۰۹:۰۰"
                value={time}
                onChange={(event) => setTime(toPersianDigits(event.target.value))}
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <PartyField party={party} onChange={setParty} error={errors.partyId} />
          <Field
            label="انجام‌دهنده"
            error={errors.assigneeId}
            hint={referTo ? `کار بی‌درنگ به ${referTo.name} ارجاع می‌شود.` : 'خود شما؛ کاربر دیگر = ارجاع به او'}
          >
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
        </div>
        <Field label="شرح" error={errors.description} hint="Ctrl+Enter: ثبت">
          {(control) => (
            <textarea className="input textarea" {...control} rows={3} maxLength={4000} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </Field>
        <FormActions submitLabel="ثبت کار" busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

// The person the task is about: their name with «برداشتن», or a search box to pick one.
function PartyField({ party, onChange, error }: { party: { id: number; name: string } | null; onChange(party: { id: number; name: string } | null): void; error?: string | undefined }) {
  const labelId = useId();
  if (party) {
    return (
      <div className="field task-form__party">
        <span className="field__label" id={labelId}>
          شخص
        </span>
        <p className="task-form__party-name" aria-labelledby={labelId} data-field="party">
          <strong>{party.name}</strong>
          <button type="button" className="button button--small button--ghost" aria-label={`برداشتن ${party.name}`} onClick={() => onChange(null)}>
            برداشتن
          </button>
        </p>
        {error ? <p className="field__error">{error}</p> : null}
      </div>
    );
  }
  return (
    <div className="field task-form__party">
      <span className="field__label" aria-hidden="true">
        شخص
      </span>
      <PartyPicker label="شخص" placeholder="نام، کد یا تلفن (اختیاری)" onPick={(hit) => onChange({ id: hit.partyId, name: hit.title })} />
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
