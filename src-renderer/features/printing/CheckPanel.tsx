import type { LabelLayout } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { Field } from '../../ui';
import { Choices } from '../club';
import { printFile } from '../exports';
import { JobProgress } from '../imports';
import { count } from '../messaging';
import { DigitsField, recordPath } from '../parties';
import { usePrintRunStore } from './print-run-store';
import { RecipientPreview } from './RecipientPreview';
import { usePrintTemplatesStore } from './templates-store';

// Labels: where on a partly used sheet to start, and which printer's measured offset to apply.
function LabelOptions({ layout }: { layout: LabelLayout }) {
  const { startAt, printer, errors, setOptions } = usePrintRunStore();
  return (
    <div className="form-row">
      <DigitsField
        label="شروع از برچسب شمارهٔ"
        value={startAt}
        onChange={(value) => setOptions({ startAt: value })}
        error={errors.startAt}
        inputMode="numeric"
        className="input input--short"
        hint={`برچسب شمارهٔ ۱ بالا راست برگه است؛ هر برگ ${count(layout.rows * layout.columns)} برچسب دارد.`}
      />
      <Field label="تنظیم چاپگر" hint="جابه‌جایی اندازه‌گیری‌شدهٔ هر چاپگر در قالب برچسب ثبت می‌شود.">
        {(control) => (
          <select className="input" {...control} value={printer ?? ''} onChange={(event) => setOptions({ printer: event.target.value || null })}>
            <option value="">بدون تنظیم</option>
            {layout.calibrations.map((calibration) => (
              <option key={calibration.printer} value={calibration.printer}>
                {calibration.printer}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

// What the check found (who prints, who has no postal address, tokens nobody fills), how to print, and the run.
export function CheckPanel({ titleId }: { titleId: string }) {
  const { templateId, check, customFields, missingAddress, format, job, result, busy, error, setOptions, start, cancel, reset } = usePrintRunStore();
  const template = usePrintTemplatesStore((state) => state.templates.find((item) => item.id === templateId));
  if (!check || !template) return null;
  const running = job?.state === 'running';
  const layout = template.layout;
  const hidden = check.withoutAddressCount - check.withoutAddress.length;

  return (
    <section className="card print-step" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        بررسی و چاپ
      </h3>
      <dl className="facts">
        <dt>چاپ می‌شود برای</dt>
        <dd data-field="recipients">{count(check.recipients)} نفر</dd>
        <dt>بدون نشانی پستی</dt>
        <dd data-field="without-address">{count(check.withoutAddressCount)} نفر</dd>
      </dl>
      {check.withoutAddressCount > 0 ? (
        <div className="notice print-missing" role="region" aria-label="بدون نشانی پستی">
          <p>این افراد نشانی پستی قابل استفاده (نشانی با شهر یا کد پستی) ندارند:</p>
          <ul className="print-missing__names">
            {check.withoutAddress.map((party) => (
              <li key={party.partyId}>
                <a href={`#${recordPath(party.partyKind, party.partyId)}`}>{party.name}</a>
              </li>
            ))}
            {hidden > 0 ? <li className="muted">و {count(hidden)} نفر دیگر</li> : null}
          </ul>
          <Choices legend="با این افراد چه شود؟" name="missing-address" options={printingLabels.missingAddress} value={missingAddress} onChange={(value) => setOptions({ missingAddress: value })} />
        </div>
      ) : null}
      {check.unknownFields.length > 0 ? (
        <p className="notice" data-field="unknown-fields">
          این فیلدها شناخته نشدند و همان‌طور که نوشته شده‌اند چاپ می‌شوند: <bdi>{check.unknownFields.map((field) => `{${field}}`).join('، ')}</bdi>
        </p>
      ) : null}
      {layout.kind === 'labels' ? <LabelOptions layout={layout} /> : null}
      {layout.kind === 'letter' ? <Choices legend="قالب پرونده" name="print-format" options={printingLabels.format} value={format} onChange={(value) => setOptions({ format: value })} /> : null}
      <RecipientPreview templateId={template.id} customFields={customFields} hint="شمارهٔ نامه در پیش‌نمایش مصرف نمی‌شود." />
      {running ? <JobProgress job={job} label="ساختن صفحه‌ها" cancelLabel="لغو چاپ" unit="گیرنده" onCancel={() => void cancel()} /> : null}
      {job?.state === 'cancelled' ? (
        <p className="notice" role="status">
          چاپ لغو شد؛ هیچ نامه‌ای شماره نگرفت و چیزی ثبت نشد.
        </p>
      ) : null}
      {result ? (
        <p className="print-outcome" role="status" data-field="outcome">
          {count(result.printed)} چاپ شد، {count(result.skipped)} کنار گذاشته شد.
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        {result ? (
          <>
            <button type="button" className="button button--primary" onClick={() => void printFile(result.file)}>
              چاپ یا دریافت دوبارهٔ پرونده
            </button>
            <button type="button" className="button" onClick={reset}>
              چاپ گروهی تازه
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" disabled={busy || running || check.recipients === 0} onClick={() => void start()}>
            شروع چاپ
          </button>
        )}
      </div>
    </section>
  );
}
