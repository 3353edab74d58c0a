import { ENVELOPE_MM, ENVELOPE_SIZES } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { Field } from '../../ui';
import { layoutError, type EnvelopeDraft, type LayoutFieldsProps } from './layout-draft';
import { MergeTextField } from './merge-text';
import { NumberField } from './NumberField';

// An envelope: a standard size or any size in millimetres, the sender's block and the recipient's.
export function EnvelopeFields({ layout, change, errors }: LayoutFieldsProps<EnvelopeDraft>) {
  const choose = (size: EnvelopeDraft['size']) =>
    // A custom size starts from the one chosen before, since printers' envelopes differ by a few millimetres.
    change(size === 'custom' ? { size } : { size, widthMm: ENVELOPE_MM[size].width, heightMm: ENVELOPE_MM[size].height });
  return (
    <>
      <div className="form-row">
        <Field label="اندازهٔ پاکت" error={layoutError(errors, 'size')}>
          {(control) => (
            <select className="input" {...control} value={layout.size} onChange={(event) => choose(event.target.value as EnvelopeDraft['size'])}>
              {ENVELOPE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {printingLabels.envelopeSize[size]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {layout.size === 'custom' ? (
          <>
            <NumberField label="پهنا (میلی‌متر)" value={layout.widthMm} onChange={(widthMm) => change({ widthMm })} error={layoutError(errors, 'widthMm')} />
            <NumberField label="بلندی (میلی‌متر)" value={layout.heightMm} onChange={(heightMm) => change({ heightMm })} error={layoutError(errors, 'heightMm')} />
          </>
        ) : null}
      </div>
      <MergeTextField label="فرستنده" value={layout.sender} onChange={(sender) => change({ sender })} error={layoutError(errors, 'sender')} rows={3} hint="بالا چپ پاکت؛ بالا راست جای تمبر است و کد پستی گیرنده جداگانه چاپ می‌شود." />
      <MergeTextField label="گیرنده" value={layout.recipient} onChange={(recipient) => change({ recipient })} error={layoutError(errors, 'recipient')} rows={4} />
    </>
  );
}
