import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { personText } from '../../../src-shared/api/fields';
import { TemplateLayout, type PrintTemplate, type PrintTemplateKind } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { ApiCallError, call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { issuesToFieldErrors, TextField, toast, validateWith, type FieldErrors } from '../../ui';
import { EnvelopeFields } from './EnvelopeFields';
import { LabelFields } from './LabelFields';
import type { EnvelopeDraft, LabelDraft, LayoutDraft, LetterDraft } from './layout-draft';
import { LetterFields } from './LetterFields';
import { MergeFieldPicker, MergeTargetScope } from './merge-text';
import { subpagePath, templatePath } from './paths';
import { RecipientPreview } from './RecipientPreview';
import { NEW_LAYOUTS, pickerTokens } from './template-values';
import { usePrintTemplatesStore } from './templates-store';

const TemplateForm = z.object({ name: personText(100), layout: TemplateLayout });

type Problem = { text: string; conflict: boolean } | null;

interface TemplateEditorProps {
  // The template being edited; null: a new one of `kind`.
  template: PrintTemplate | null;
  kind: PrintTemplateKind;
}

function LayoutFields({ layout, change, errors }: { layout: LayoutDraft; change(patch: Partial<LayoutDraft>): void; errors: FieldErrors }) {
  switch (layout.kind) {
    case 'letter':
      return <LetterFields layout={layout as LetterDraft} change={change} errors={errors} />;
    case 'envelope':
      return <EnvelopeFields layout={layout as EnvelopeDraft} change={change} errors={errors} />;
    case 'labels':
      return <LabelFields layout={layout as LabelDraft} change={change} errors={errors} />;
  }
}

// One letter, envelope or label template: its texts with merge fields, its sizes, and a preview for anyone.
// A save sends the version it started from, so an edit made meanwhile at another desk is not overwritten.
export function TemplateEditor({ template, kind }: TemplateEditorProps) {
  const titleId = useId();
  const [name, setName] = useState(template?.name ?? '');
  const [layout, setLayout] = useState<LayoutDraft>(template?.layout ?? NEW_LAYOUTS[kind]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const title = template ? `قالب «${template.name}»` : printingLabels.newKind[kind];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(TemplateForm, { name, layout });
    setErrors(checked.ok ? {} : checked.errors);
    setProblem(checked.ok ? null : { text: 'چند فیلد نیاز به اصلاح دارد؛ پیام کنار هر فیلد را ببینید.', conflict: false });
    if (!checked.ok) return;
    setBusy(true);
    try {
      const saved = await call('printing.saveTemplate', { ...(template ? { id: template.id, version: template.version } : {}), ...checked.value });
      toast.success(`قالب «${saved.name}» ذخیره شد.`);
      await usePrintTemplatesStore.getState().load();
      if (!template) navigate(templatePath(saved.id));
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      setProblem({ text: messageOf(failure), conflict: failure instanceof ApiCallError && failure.code === 'record.versionConflict' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <MergeTargetScope>
      <form className="print-editor" onSubmit={save} noValidate aria-labelledby={titleId}>
        <div className="print-editor__main card">
          <h3 id={titleId} className="card__title">
            {title}
          </h3>
          <TextField label="نام قالب" value={name} onChange={setName} error={errors.name} maxLength={100} required />
          <LayoutFields layout={layout} change={(patch) => setLayout({ ...layout, ...patch } as LayoutDraft)} errors={errors} />
          {problem ? (
            <div className="form-error" role="alert">
              <p>{problem.text}</p>
              {problem.conflict ? (
                <button type="button" className="button button--small" onClick={() => void usePrintTemplatesStore.getState().load()}>
                  بارگذاری نسخهٔ تازه (تغییرات این فرم کنار گذاشته می‌شود)
                </button>
              ) : null}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'در حال ذخیره…' : 'ذخیرهٔ قالب'}
            </button>
            <a className="button" href={`#${subpagePath('templates')}`}>
              بازگشت به قالب‌ها
            </a>
          </div>
        </div>
        <aside className="print-editor__side">
          <MergeFieldPicker tokens={pickerTokens(kind)} />
          {template ? (
            <section className="card" aria-label="پیش‌نمایش">
              <RecipientPreview templateId={template.id} customFields={{}} hint="نسخهٔ ذخیره‌شدهٔ قالب را نشان می‌دهد؛ پیش از پیش‌نمایش ذخیره کنید." />
            </section>
          ) : null}
        </aside>
      </form>
    </MergeTargetScope>
  );
}
