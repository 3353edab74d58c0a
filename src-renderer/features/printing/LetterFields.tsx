import { useRef, useState, type ChangeEvent } from 'react';
import { LETTER_PAPERS } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { Field, TextField } from '../../ui';
import { layoutError, type LayoutFieldsProps, type LetterDraft } from './layout-draft';
import { MergeTextField } from './merge-text';

// The contract keeps a letterhead under 3,000,000 characters of data URL: about 2 MB of image.
const LETTERHEAD_MAX_CHARS = 3_000_000;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// A PNG or JPEG printed at the top of every page; none for plain or pre-printed paper.
function LetterheadField({ value, onChange, error }: { value: string | null; onChange(value: string | null): void; error?: string | undefined }) {
  const [problem, setProblem] = useState<string | null>(null);
  // The browser's own file button speaks the browser's language: a Persian button opens it instead.
  const picker = useRef<HTMLInputElement>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setProblem('سربرگ باید تصویر PNG یا JPEG باشد.');
    const url = await readAsDataUrl(file);
    if (url.length > LETTERHEAD_MAX_CHARS) return setProblem('این تصویر بزرگ‌تر از حدود ۲ مگابایت است؛ آن را کوچک‌تر ذخیره کنید و دوباره بفرستید.');
    setProblem(null);
    onChange(url);
  };
  return (
    <Field label="تصویر سربرگ" error={problem ?? error} hint="PNG یا JPEG، بالای هر صفحه چاپ می‌شود؛ برای کاغذ سربرگ‌دار چاپی خالی بگذارید.">
      {(control) => (
        <div className="print-letterhead">
          {value ? <img className="print-letterhead__image" src={value} alt="سربرگ کنونی" /> : <span className="muted">بدون سربرگ</span>}
          <button type="button" className="button button--small" {...control} onClick={() => picker.current?.click()}>
            {value ? 'تصویر دیگر…' : 'انتخاب تصویر…'}
          </button>
          <input ref={picker} type="file" accept="image/png,image/jpeg" hidden onChange={(event) => void choose(event)} />
          {value ? (
            <button type="button" className="button button--small button--danger-text" onClick={() => onChange(null)}>
              برداشتن سربرگ
            </button>
          ) : null}
        </div>
      )}
    </Field>
  );
}

// A letter: paper, letterhead, the «شماره» prefix and each part of the page, all with merge fields.
export function LetterFields({ layout, change, errors }: LayoutFieldsProps<LetterDraft>) {
  return (
    <>
      <div className="form-row">
        <Field label="کاغذ" error={layoutError(errors, 'paper')}>
          {(control) => (
            <select className="input" {...control} value={layout.paper} onChange={(event) => change({ paper: event.target.value as LetterDraft['paper'] })}>
              {LETTER_PAPERS.map((paper) => (
                <option key={paper} value={paper}>
                  {printingLabels.paper[paper]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="پیشوند شمارهٔ نامه"
          value={layout.numberPrefix}
          onChange={(numberPrefix) => change({ numberPrefix })}
          error={layoutError(errors, 'numberPrefix')}
          maxLength={20}
          hint="مثلاً «ف/» تا شماره «ف/۱۴۰۵/۱۲» شود."
        />
      </div>
      <LetterheadField value={layout.letterhead} onChange={(letterhead) => change({ letterhead })} error={layoutError(errors, 'letterhead')} />
      <div className="form-row">
        <MergeTextField label="پیوست" value={layout.attachments} onChange={(attachments) => change({ attachments })} error={layoutError(errors, 'attachments')} />
        <MergeTextField label="موضوع" value={layout.subject} onChange={(subject) => change({ subject })} error={layoutError(errors, 'subject')} />
      </div>
      <MergeTextField label="عنوان گیرنده" value={layout.salutation} onChange={(salutation) => change({ salutation })} error={layoutError(errors, 'salutation')} rows={2} />
      <MergeTextField label="متن نامه" value={layout.body} onChange={(body) => change({ body })} error={layoutError(errors, 'body')} rows={10} />
      <MergeTextField label="پایان نامه" value={layout.closing} onChange={(closing) => change({ closing })} error={layoutError(errors, 'closing')} />
      <div className="form-row">
        <MergeTextField label="نام امضاکننده" value={layout.signatureName} onChange={(signatureName) => change({ signatureName })} error={layoutError(errors, 'signatureName')} />
        <MergeTextField label="سمت امضاکننده" value={layout.signatureTitle} onChange={(signatureTitle) => change({ signatureTitle })} error={layoutError(errors, 'signatureTitle')} />
      </div>
    </>
  );
}
