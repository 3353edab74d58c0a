import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../../src-shared/api/meetings';
import { calendarLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog, Dialog, Field, FormActions, JalaliDatePicker, TextField, toast, type FieldErrors } from '../../ui';
import { useCan } from '../auth';
import { useSaveForm } from '../messaging';
import { formatClock } from './calendar-dates';
import { refreshCalendarOnChange } from './calendar-store';
import { clockChoices, initialValues, meetingInput, type MeetingFormValues, type MeetingPrefill, withStart } from './meeting-form';
import { PartiesChoice, UsersChoice } from './MeetingParticipants';

interface MeetingDialogProps {
  // The meeting to edit, or null for a new one (with what the caller already knows in `prefill`).
  meeting: Meeting | null;
  prefill?: MeetingPrefill;
  onClose(): void;
}

function ClockField({ label, value, onChange, error }: { label: string; value: number; onChange(minutes: number): void; error?: string | undefined }) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select className="input input--short" {...control} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {clockChoices(value).map((minutes) => (
            <option key={minutes} value={minutes}>
              {formatClock(minutes)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// «قرار ملاقات»: title, day and hours, place, colleagues, people and companies, the reminder and notes. An existing
// meeting can also be removed, after a confirmation.
export function MeetingDialog({ meeting, prefill = {}, onClose }: MeetingDialogProps) {
  const can = useCan();
  const [values, setValues] = useState<MeetingFormValues>(() => initialValues(meeting, prefill));
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { errors: serverErrors, formError, busy, save } = useSaveForm('title');
  const errors = { ...serverErrors, ...ownErrors };
  const change = (patch: Partial<MeetingFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const mayEdit = meeting ? can('tasks.edit') : can('tasks.create');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.title.trim()) found.title = calendarLabels.titleMissing;
    if (values.day === null) found.day = calendarLabels.dateMissing;
    if (values.endMinutes <= values.startMinutes) found.endAt = calendarLabels.endBeforeStart;
    setOwnErrors(found);
    if (Object.keys(found).length > 0 || values.day === null) return;
    const input = meetingInput({ ...values, day: values.day });
    const saved = await save(
      () => (meeting ? call('meetings.update', { ...input, id: meeting.id, version: meeting.version }) : call('meetings.create', input)),
      calendarLabels.saved(values.title.trim()),
    );
    if (saved) {
      refreshCalendarOnChange();
      onClose();
    }
  };

  const remove = async () => {
    if (!meeting) return;
    try {
      await call('meetings.remove', { id: meeting.id });
      toast.success(calendarLabels.removed(meeting.title));
      refreshCalendarOnChange();
      onClose();
    } catch (failure) {
      setRemoveError(messageOf(failure));
    }
  };

  return (
    <Dialog title={meeting ? calendarLabels.editMeeting(meeting.title) : calendarLabels.newMeeting} onClose={onClose} size="lg">
      <form className="meeting-form" onSubmit={submit} noValidate aria-label={calendarLabels.meetingAction}>
        <TextField label="عنوان" value={values.title} onChange={(title) => change({ title })} error={errors.title} maxLength={200} data-autofocus />
        <div className="form-row">
          <JalaliDatePicker label="روز" value={values.day} onChange={(day) => change({ day })} error={errors.day ?? errors.startAt} />
          <ClockField
            label="ساعت شروع"
            value={values.startMinutes}
            onChange={(startMinutes) => setValues((current) => withStart(current, startMinutes))}
          />
          <ClockField label="ساعت پایان" value={values.endMinutes} onChange={(endMinutes) => change({ endMinutes })} error={errors.endAt} />
        </div>
        <div className="form-row">
          <TextField label="مکان" value={values.place} onChange={(place) => change({ place })} error={errors.place} maxLength={200} />
          <Field label="یادآوری" error={errors.reminderMinutes}>
            {(control) => (
              <select
                className="input"
                {...control}
                value={values.reminderMinutes ?? ''}
                onChange={(event) => change({ reminderMinutes: event.target.value === '' ? null : Number(event.target.value) })}
              >
                {calendarLabels.reminders.map((option) => (
                  <option key={option.label} value={option.minutes ?? ''}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-row meeting-form__people">
          <UsersChoice value={values.userIds} onChange={(userIds) => change({ userIds })} error={errors.userIds} />
          <PartiesChoice value={values.parties} onChange={(parties) => change({ parties })} error={errors.partyIds} />
        </div>
        <Field label="یادداشت" error={errors.notes}>
          {(control) => <textarea className="input textarea" {...control} rows={3} maxLength={4000} value={values.notes} onChange={(event) => change({ notes: event.target.value })} />}
        </Field>
        {mayEdit ? (
          <FormActions submitLabel="ذخیرهٔ قرار" busy={busy} error={formError} onCancel={onClose} className={meeting ? 'meeting-form__actions' : undefined} />
        ) : null}
        {meeting && can('tasks.edit') ? (
          <button type="button" className="button button--danger-text meeting-form__remove" onClick={() => setConfirmingRemove(true)}>
            {calendarLabels.removeMeeting}
          </button>
        ) : null}
      </form>
      {confirmingRemove && meeting ? (
        <ConfirmDialog
          title={calendarLabels.removeMeeting}
          message={calendarLabels.removeQuestion(meeting.title)}
          confirmLabel="حذف"
          danger
          error={removeError}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmingRemove(false)}
        />
      ) : null}
    </Dialog>
  );
}
