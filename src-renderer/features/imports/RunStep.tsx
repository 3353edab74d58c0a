import { useId } from 'react';
import { IMPORT_MODES, type ImportResult } from '../../../src-shared/api/imports';
import { importModeHints, importModeLabels } from '../../../src-shared/i18n/ui-fa';
import { PersianNumber } from '../../ui';
import { JobProgress } from './JobProgress';
import { IMPORT_PAGES } from './import-kind';
import { selectRunning, useImportStore } from './import-store';
import { RowErrors } from './RowErrors';

function Outcome({ result }: { result: ImportResult }) {
  return (
    <>
      {result.committed ? (
        <p className="import-summary import-summary--success" role="status">
          <PersianNumber value={result.imported} grouped /> ردیف وارد شد، <PersianNumber value={result.invalid} grouped /> ردیف رد شد
        </p>
      ) : (
        <>
          <p className="import-summary import-summary--warning" role="status">
            هیچ ردیفی وارد نشد، چون <PersianNumber value={result.invalid} grouped /> ردیف خطا داشت و «{importModeLabels.allOrNothing}» انتخاب شده
            بود
          </p>
          <p className="muted">
            ردیف‌های نادرست را در پرونده اصلاح کنید و پرونده را دوباره وارد کنید، یا گزینهٔ «{importModeLabels.skipInvalid}» را انتخاب کنید.
          </p>
        </>
      )}
      <RowErrors result={result} />
    </>
  );
}

// Step 4: the real import, in one transaction: cancelled or failed, it leaves nothing behind.
export function RunStep() {
  const titleId = useId();
  const kind = useImportStore((state) => state.kind);
  const check = useImportStore((state) => state.check);
  const final = useImportStore((state) => state.final);
  const mode = useImportStore((state) => state.mode);
  const error = useImportStore((state) => state.error);
  const running = useImportStore(selectRunning);
  const { setMode, runImport, cancel, goTo, begin } = useImportStore.getState();
  const committed = final?.result?.committed === true;
  const page = IMPORT_PAGES[kind];

  return (
    <>
      <section className="card import-step" aria-labelledby={titleId}>
        <h2 id={titleId} className="card__title">
          ورود اطلاعات
        </h2>
        {check?.result ? (
          <p className="muted import-step__lead">
            بررسی نشان داد <PersianNumber value={check.result.imported} grouped /> ردیف سالم و{' '}
            <PersianNumber value={check.result.invalid} grouped /> ردیف دارای خطاست.
          </p>
        ) : null}
        <fieldset className="fieldset import-modes" disabled={running || committed}>
          <legend className="field__label">اگر ردیفی خطا داشت</legend>
          {IMPORT_MODES.map((option) => (
            <div key={option} className="choice import-modes__choice">
              <input
                id={`${titleId}-${option}`}
                type="radio"
                name="import-mode"
                checked={mode === option}
                onChange={() => setMode(option)}
                aria-describedby={`${titleId}-${option}-hint`}
              />
              <div>
                <label className="import-modes__label" htmlFor={`${titleId}-${option}`}>
                  {importModeLabels[option]}
                </label>
                <p id={`${titleId}-${option}-hint`} className="field__hint">
                  {importModeHints[option]}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        {!committed ? (
          <button type="button" className="button button--primary" disabled={running} onClick={() => void runImport()}>
            شروع ورود اطلاعات
          </button>
        ) : null}
        {final?.job.state === 'running' ? (
          <JobProgress job={final.job} label="ورود ردیف‌ها" cancelLabel="لغو ورود" onCancel={() => void cancel()} />
        ) : null}
        {final?.job.state === 'cancelled' ? (
          <p className="notice" role="status">
            ورود لغو شد و هیچ ردیفی ثبت نشد. هر وقت آماده بودید «شروع ورود اطلاعات» را دوباره بزنید.
          </p>
        ) : null}
        {final?.problem ? (
          <p className="form-error" role="alert">
            {final.problem} هیچ ردیفی ثبت نشد.
          </p>
        ) : null}
        {final?.result ? <Outcome result={final.result} /> : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      <div className="form-actions">
        {committed ? (
          <>
            <a className="button button--primary" href={`#${page.listPath}`}>
              رفتن به {page.listTitle}
            </a>
            <button type="button" className="button" onClick={() => begin(kind)}>
              ورود پروندهٔ دیگر
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={running} onClick={() => goTo('check')}>
            بازگشت به بررسی
          </button>
        )}
      </div>
    </>
  );
}
