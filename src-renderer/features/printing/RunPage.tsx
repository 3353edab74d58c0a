import { useEffect, useId, type FormEvent } from 'react';
import { CheckPanel } from './CheckPanel';
import { usePrintRunStore } from './print-run-store';
import { CustomValues, RecipientFields, TemplateSelect } from './RecipientFields';
import { usePrintTemplatesStore } from './templates-store';

// «چاپ گروهی»: a template and its recipients, a check of who can be posted to, then the run with its progress and
// the file at the end (the print dialog in the desktop app, a download in a browser).
export function RunPage() {
  const chooseId = useId();
  const checkId = useId();
  const { check, job, busy, error, runCheck } = usePrintRunStore();
  const loadTemplates = usePrintTemplatesStore((state) => state.load);
  const templatesError = usePrintTemplatesStore((state) => state.error);
  const running = job?.state === 'running';

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void runCheck();
  };

  return (
    <div className="print-run">
      <form className="card print-step" onSubmit={submit} noValidate aria-labelledby={chooseId}>
        <h3 id={chooseId} className="card__title">
          قالب و گیرندگان
        </h3>
        <fieldset className="fieldset" disabled={running}>
          <TemplateSelect />
          <RecipientFields />
          <CustomValues />
        </fieldset>
        {(error || templatesError) && !check ? (
          <p className="form-error" role="alert">
            {error ?? templatesError}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || running}>
            بررسی پیش از چاپ
          </button>
        </div>
      </form>
      <CheckPanel titleId={checkId} />
    </div>
  );
}
