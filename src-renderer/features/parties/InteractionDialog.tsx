import { useEffect, useId, useState, type FormEvent } from 'react';
import { INTERACTION_DIRECTIONS, INTERACTION_METHODS, interactionsApi, type Interaction } from '../../../src-shared/api/interactions';
import { instantToLocalIsoDate, todayIsoDate } from '../../../src-shared/domain/jalali';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { interactionDirectionLabels, interactionFileLabels, interactionMethodLabels } from '../../../src-shared/i18n/ui-fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, Field, FormActions, hasErrors, issuesToFieldErrors, JalaliDatePicker, TextField, toast, validateWith, type FieldErrors } from '../../ui';
import { AttachmentsPanel, uploadFiles } from '../attachments';
import { useCrmRevision } from './live';
import { useLookup, useLookupsStore } from './lookups-store';

const BUILT_IN: readonly string[] = INTERACTION_METHODS;
const OTHER = 'other';
const TIME_TEXT = 'ساعت را به شکل ساعت:دقیقه بنویسید، مانند ۱۴:۳۰.';

interface InteractionDialogProps {
  partyId: number;
  // A person's companies: the interaction may have been in their role at one of them.
  companies: readonly { id: number; name: string }[];
  interaction?: Interaction;
  // The record's edit right: files may be attached and removed.
  canAttach: boolean;
  // The office's attachment size limit, once the settings have loaded.
  limitMb: number | null;
  onClose(): void;
}

function timeOf(ms: number): string {
  const date = new Date(ms);
  return toPersianDigits(`${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`);
}

function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})\s*[:٫.]\s*(\d{2})$/.exec(toAsciiDigits(text).trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

export function InteractionDialog({ partyId, companies, interaction, canAttach, limitMb, onClose }: InteractionDialogProps) {
  const now = Date.now();
  const filesTitleId = useId();
  const officeMethods = useLookup('interactionMethod').filter((name) => !BUILT_IN.includes(name));
  const loadLookups = useLookupsStore((state) => state.load);
  const [subject, setSubject] = useState(interaction?.subject ?? '');
  const [method, setMethod] = useState(interaction?.method ?? 'call');
  const [ownMethod, setOwnMethod] = useState('');
  const [direction, setDirection] = useState<string>(interaction?.direction ?? '');
  const [date, setDate] = useState<string | null>(interaction ? instantToLocalIsoDate(interaction.occurredAt) : todayIsoDate(now));
  const [time, setTime] = useState(timeOf(interaction?.occurredAt ?? now));
  const [companyId, setCompanyId] = useState(interaction?.companyId ? String(interaction.companyId) : '');
  const [products, setProducts] = useState(interaction?.products ?? '');
  const [result, setResult] = useState(interaction?.result ?? '');
  const [effect, setEffect] = useState(interaction?.effect ?? '');
  const [description, setDescription] = useState(interaction?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Files chosen for a new interaction, uploaded once it is saved and has an id.
  const [pendingFiles, setPendingFiles] = useState<File[]>([]);

  useEffect(() => {
    void loadLookups();
  }, [loadLookups]);

  // The office's own methods are offered by name beside the built-in ones.
  const known = [...BUILT_IN, ...officeMethods];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: FieldErrors = {};
    const clock = parseTime(time);
    if (!clock) found.time = TIME_TEXT;
    if (!date) found.occurredAt = 'تاریخ ارتباط را وارد کنید.';
    let occurredAt = 0;
    if (date && clock) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      occurredAt = new Date(year, month - 1, day, clock.hours, clock.minutes).getTime();
    }
    const fields = {
      // On a company's page an interaction of one of its people stays that person's.
      partyId: interaction?.partyId ?? partyId,
      companyId: companyId ? Number(companyId) : null,
      subject,
      method: method === OTHER ? ownMethod : method,
      direction: direction ? (direction as Interaction['direction']) : null,
      occurredAt,
      products,
      result,
      effect,
      description,
    };
    const checked = validateWith(interactionsApi['interactions.create'].input, fields);
    if (!checked.ok) Object.assign(found, checked.errors);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const saved = interaction
        ? await call('interactions.update', { ...fields, id: interaction.id, version: interaction.version })
        : await call('interactions.create', fields);
      toast.success(interaction ? `ارتباط «${saved.subject}» ویرایش شد.` : `ارتباط «${saved.subject}» ثبت شد.`);
      if (!interaction && pendingFiles.length > 0) {
        const { failed } = await uploadFiles(saved.partyId, pendingFiles, { limitMb, interactionId: saved.id });
        for (const problem of failed) toast.error(interactionFileLabels.uploadFailed(problem.fileName, problem.message));
      }
      useCrmRevision.setState((state) => ({ revision: state.revision + 1 }));
      onClose();
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      setFormError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={interaction ? `ویرایش ارتباط «${interaction.subject}»` : 'ارتباط جدید'} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <TextField label="موضوع" value={subject} onChange={setSubject} error={errors.subject} data-autofocus />
        <div className="form-grid">
          <Field label="روش" error={method === OTHER ? undefined : errors.method}>
            {(control) => (
              <select className="input" {...control} value={method} onChange={(event) => setMethod(event.target.value)}>
                {known.includes(method) || method === OTHER ? null : <option value={method}>{method}</option>}
                {INTERACTION_METHODS.map((key) => (
                  <option key={key} value={key}>
                    {interactionMethodLabels[key]}
                  </option>
                ))}
                {officeMethods.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
                <option value={OTHER}>روش دیگر…</option>
              </select>
            )}
          </Field>
          {method === OTHER ? <TextField label="روش دیگر" value={ownMethod} onChange={setOwnMethod} error={errors.method} /> : null}
          <Field label="جهت">
            {(control) => (
              <select className="input" {...control} value={direction} onChange={(event) => setDirection(event.target.value)}>
                <option value="">—</option>
                {INTERACTION_DIRECTIONS.map((key) => (
                  <option key={key} value={key}>
                    {interactionDirectionLabels[key]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <JalaliDatePicker label="تاریخ" value={date} onChange={setDate} error={errors.occurredAt} />
          <TextField
            label="ساعت"
            value={time}
            onChange={(text) => setTime(toPersianDigits(text))}
            error={errors.time}
            dir="ltr"
            inputMode="numeric"
            hint="مانند ۱۴:۳۰"
          />
          {companies.length > 0 ? (
            <Field label="در نقش" error={errors.companyId}>
              {(control) => (
                <select className="input" {...control} value={companyId} onChange={(event) => setCompanyId(event.target.value)}>
                  <option value="">خود شخص</option>
                  {companies.map((company) => (
                    <option key={company.id} value={company.id}>
                      {company.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
        <TextField label="محصولات" value={products} onChange={setProducts} error={errors.products} />
        <div className="form-grid form-grid--2">
          <TextField label="نتیجه" value={result} onChange={setResult} error={errors.result} />
          <TextField label="تأثیر" value={effect} onChange={setEffect} error={errors.effect} />
        </div>
        <Field label="توضیحات" error={errors.description}>
          {(control) => (
            <textarea className="input textarea" {...control} rows={4} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </Field>
        {canAttach || interaction ? (
          <section className="interaction-files" aria-labelledby={filesTitleId}>
            <h3 id={filesTitleId} className="interaction-files__title">
              {interactionFileLabels.section}
            </h3>
            {interaction ? (
              <AttachmentsPanel
                partyId={interaction.partyId}
                interactionId={interaction.id}
                canEdit={canAttach}
                limitMb={limitMb}
                describe={false}
              />
            ) : (
              <AttachmentsPanel
                partyId={partyId}
                canEdit
                limitMb={limitMb}
                describe={false}
                pending={{ files: pendingFiles, onChange: setPendingFiles }}
              />
            )}
          </section>
        ) : null}
        <FormActions submitLabel={interaction ? 'ذخیرهٔ تغییرات' : 'ثبت ارتباط'} busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
