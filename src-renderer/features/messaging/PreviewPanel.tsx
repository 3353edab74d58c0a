import type { CampaignPreview } from '../../../src-shared/api/messaging';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { count, Phone } from './format';

const SAMPLES_SHOWN = 5;

// What messaging.previewCampaign found: who gets it, who was left out and why, the gateway, warnings, samples.
export function PreviewPanel({ preview }: { preview: CampaignPreview }) {
  const { audience } = preview;
  return (
    <section className="card preview" aria-labelledby="sms-preview-title">
      <h2 id="sms-preview-title" className="card__title">
        پیش‌نمایش ارسال
      </h2>
      <dl className="facts preview__facts">
        <dt>گیرندگان</dt>
        <dd data-testid="preview-recipients">{count(audience.recipients)}</dd>
        <dt>تکراری‌های حذف‌شده</dt>
        <dd>{count(audience.duplicates)}</dd>
        <dt>انصراف‌داده</dt>
        <dd>{count(audience.optedOut)}</dd>
        <dt>بدون شمارهٔ همراه</dt>
        <dd>{count(audience.noMobile)}</dd>
        <dt>شمارهٔ نامعتبر</dt>
        <dd>
          {count(audience.invalidNumbers.length)}
          {audience.invalidNumbers.length > 0 ? (
            <span className="muted">
              {' '}
              (
              {audience.invalidNumbers.map((number, index) => (
                <span key={`${number}-${index}`}>
                  {index > 0 ? '، ' : ''}
                  <bdi dir="ltr">{toPersianDigits(number)}</bdi>
                </span>
              ))}
              )
            </span>
          ) : null}
        </dd>
        <dt>راه ارسال</dt>
        <dd>{preview.gateway ? messagingLabels.gateway[preview.gateway] : 'هیچ راهی آماده نیست'}</dd>
        <dt>مجموع پیامک‌ها</dt>
        <dd data-testid="preview-parts">{count(preview.totalParts)}</dd>
      </dl>
      {preview.warnings.length > 0 || preview.unknownFields.length > 0 ? (
        <ul className="preview__warnings" aria-label="هشدارها">
          {preview.warnings.map((code) => (
            <li key={code} className="notice">
              {messagingLabels.warning[code] ?? code}
            </li>
          ))}
          {preview.unknownFields.length > 0 ? (
            <li className="notice">
              این فیلدها شناخته نشدند و همان‌طور که نوشته شده‌اند فرستاده می‌شوند: {preview.unknownFields.map((field) => `{${field}}`).join('، ')}
            </li>
          ) : null}
        </ul>
      ) : null}
      {preview.samples.length > 0 ? (
        <>
          <h3 className="preview__subtitle">نمونهٔ پیامک‌ها</h3>
          <ul className="preview__samples">
            {preview.samples.slice(0, SAMPLES_SHOWN).map((sample, index) => (
              <li key={`${sample.number}-${index}`} className="sample">
                <div className="sample__head">
                  <span className="sample__name">{sample.name ?? 'بدون نام'}</span>
                  <Phone number={sample.number} />
                  <span className="muted">{count(sample.parts)} پیامک</span>
                </div>
                <p className="sample__text">{sample.text}</p>
                {sample.missing.length > 0 ? (
                  <p className="muted sample__missing">بدون مقدار: {sample.missing.map((field) => `{${field}}`).join('، ')}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
