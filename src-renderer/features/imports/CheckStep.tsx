import { useId } from 'react';
import { PersianNumber } from '../../ui';
import { JobProgress } from './JobProgress';
import { selectRunning, useImportStore } from './import-store';
import { RowErrors } from './RowErrors';

// Step 3: every row checked exactly as the import will check it (a dry run), nothing written.
export function CheckStep() {
  const titleId = useId();
  const check = useImportStore((state) => state.check);
  const error = useImportStore((state) => state.error);
  const running = useImportStore(selectRunning);
  const { cancel, runCheck, goTo } = useImportStore.getState();
  const result = check?.result ?? null;

  return (
    <>
      <section className="card import-step" aria-labelledby={titleId}>
        <h2 id={titleId} className="card__title">
          بررسی ردیف‌ها
        </h2>
        <p className="muted import-step__lead">
          همهٔ ردیف‌ها با همان قواعد ثبت دستی بررسی می‌شوند: فیلدهای لازم، کد ملی، شمارهٔ همراه و تکراری بودن در پایگاه داده یا در همین
          پرونده. در این مرحله چیزی ثبت نمی‌شود.
        </p>
        {check?.job.state === 'running' ? (
          <JobProgress job={check.job} label="بررسی ردیف‌ها" cancelLabel="لغو بررسی" onCancel={() => void cancel()} />
        ) : null}
        {check?.job.state === 'cancelled' ? (
          <p className="notice" role="status">
            بررسی لغو شد. هر وقت آماده بودید «بررسی دوباره» را بزنید.
          </p>
        ) : null}
        {check?.problem ? (
          <p className="form-error" role="alert">
            {check.problem}
          </p>
        ) : null}
        {result ? (
          <>
            <p className={result.invalid > 0 ? 'import-summary import-summary--warning' : 'import-summary'} role="status">
              <PersianNumber value={result.imported} grouped /> ردیف سالم، <PersianNumber value={result.invalid} grouped /> ردیف دارای خطا
            </p>
            {result.imported === 0 ? (
              <p className="muted">هیچ ردیف سالمی برای ورود نیست. خطاها را در پرونده اصلاح کنید و آن را دوباره انتخاب کنید.</p>
            ) : null}
            <RowErrors result={result} />
          </>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={!result || result.imported === 0} onClick={() => goTo('run')}>
          مرحلهٔ بعد: ورود اطلاعات
        </button>
        <button type="button" className="button" disabled={running} onClick={() => void runCheck()}>
          بررسی دوباره
        </button>
        <button type="button" className="button" disabled={running} onClick={() => goTo('mapping')}>
          بازگشت به نگاشت ستون‌ها
        </button>
      </div>
    </>
  );
}
