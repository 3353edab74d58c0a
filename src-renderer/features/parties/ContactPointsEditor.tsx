import { useId } from 'react';
import { CONTACT_KINDS, type ContactKind } from '../../../src-shared/api/parties';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { contactKindLabels, contactLabelSuggestions, doNotContactLabels } from '../../../src-shared/i18n/ui-fa';
import { Field, TextField, type FieldErrors } from '../../ui';
import { isPhoneKind } from './contact-format';
import { DigitsField } from './DigitsField';
import { emptyContactRow, type ContactRow } from './party-form-values';

const VALUE_LABELS: Record<Exclude<ContactKind, 'address'>, string> = {
  mobile: 'شمارهٔ همراه',
  phone: 'شمارهٔ تلفن',
  fax: 'شمارهٔ نمابر',
  email: 'نشانی ایمیل',
  website: 'نشانی وب‌سایت',
};

const VALUE_HINTS: Partial<Record<ContactKind, string>> = {
  mobile: 'مانند ۰۹۱۲۳۴۵۶۷۸۹',
  phone: 'با پیش‌شماره، مانند ۰۲۱۸۸۷۷۶۶۵۵؛ بدون پیش‌شماره، پیش‌شمارهٔ دفتر گذاشته می‌شود',
  fax: 'با پیش‌شماره، مانند ۰۲۱۸۸۷۷۶۶۵۵',
};

// Which "do not contact" wishes make sense for each kind of contact point.
const FLAGS: Record<ContactKind, (keyof typeof doNotContactLabels)[]> = {
  mobile: ['noSms', 'noCall'],
  phone: ['noCall'],
  fax: [],
  email: ['noEmail'],
  website: [],
  address: ['noLetter'],
};

interface ContactPointsEditorProps {
  rows: readonly ContactRow[];
  onChange(rows: ContactRow[]): void;
  // Keyed contactPoints.<row key>.<field>.
  errors: FieldErrors;
}

// Any number of phones, e-mails, web sites and addresses, each with its label, preference and wishes.
export function ContactPointsEditor({ rows, onChange, errors }: ContactPointsEditorProps) {
  const update = (key: string, patch: Partial<ContactRow>) =>
    onChange(
      rows.map((row) => {
        if (row.key === key) return { ...row, ...patch };
        // One preferred point of each kind: choosing another unchooses the first.
        const target = rows.find((r) => r.key === key);
        return patch.preferred && target && row.kind === (patch.kind ?? target.kind) ? { ...row, preferred: false } : row;
      }),
    );

  return (
    <div className="contact-editor">
      {rows.length === 0 ? <p className="muted">راه ارتباطی ثبت نشده است.</p> : null}
      {rows.map((row, index) => (
        <ContactRowEditor
          key={row.key}
          row={row}
          number={index + 1}
          errors={errors}
          onChange={(patch) => update(row.key, patch)}
          onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
        />
      ))}
      <div className="contact-editor__add" role="group" aria-label="افزودن راه ارتباطی">
        {CONTACT_KINDS.map((kind) => (
          <button key={kind} type="button" className="button button--small" onClick={() => onChange([...rows, emptyContactRow(kind)])}>
            + {contactKindLabels[kind]}
          </button>
        ))}
      </div>
    </div>
  );
}

interface ContactRowEditorProps {
  row: ContactRow;
  number: number;
  errors: FieldErrors;
  onChange(patch: Partial<ContactRow>): void;
  onRemove(): void;
}

function ContactRowEditor({ row, number, errors, onChange, onRemove }: ContactRowEditorProps) {
  const listId = useId();
  const error = (field: string) => errors[`contactPoints.${row.key}.${field}`];
  const name = `راه ارتباطی ${toPersianDigits(number)}`;

  return (
    <fieldset className="contact-row">
      <legend className="visually-hidden">{name}</legend>
      <div className={row.kind === 'phone' ? 'contact-row__main contact-row__main--ext' : 'contact-row__main'}>
        <Field label="نوع">
          {(control) => (
            <select
              className="input"
              {...control}
              value={row.kind}
              onChange={(event) => onChange({ kind: event.target.value as ContactKind, preferred: false })}
            >
              {CONTACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {contactKindLabels[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {row.kind === 'address' ? (
          <TextField
            label="نشانی"
            value={row.addressLine}
            onChange={(addressLine) => onChange({ addressLine })}
            error={error('addressLine')}
          />
        ) : isPhoneKind(row.kind) ? (
          <DigitsField
            label={VALUE_LABELS[row.kind]}
            value={row.value}
            onChange={(value) => onChange({ value })}
            error={error('value')}
            hint={VALUE_HINTS[row.kind]}
            inputMode="tel"
          />
        ) : (
          <TextField
            label={VALUE_LABELS[row.kind]}
            value={row.value}
            onChange={(value) => onChange({ value })}
            error={error('value')}
            dir="ltr"
            inputMode={row.kind === 'email' ? 'email' : 'url'}
            autoComplete="off"
          />
        )}
        <Field label="برچسب" error={error('label')}>
          {(control) => (
            <>
              <input className="input" {...control} list={listId} value={row.label} onChange={(event) => onChange({ label: event.target.value })} />
              <datalist id={listId}>
                {contactLabelSuggestions.map((label) => (
                  <option key={label} value={label} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {row.kind === 'phone' ? (
          <DigitsField label="داخلی" value={row.extension} onChange={(extension) => onChange({ extension })} error={error('extension')} inputMode="numeric" />
        ) : null}
        <button type="button" className="icon-button contact-row__remove" aria-label={`حذف ${name}`} onClick={onRemove}>
          ×
        </button>
      </div>
      {row.kind === 'address' ? (
        <div className="contact-row__address">
          <TextField label="استان" value={row.province} onChange={(province) => onChange({ province })} error={error('province')} />
          <TextField label="شهر" value={row.city} onChange={(city) => onChange({ city })} error={error('city')} />
          <TextField label="منطقه" value={row.region} onChange={(region) => onChange({ region })} error={error('region')} />
          <DigitsField
            label="کد پستی"
            value={row.postalCode}
            onChange={(postalCode) => onChange({ postalCode })}
            error={error('postalCode')}
            inputMode="numeric"
            hint="۱۰ رقم"
          />
          <TextField label="صندوق پستی" value={row.poBox} onChange={(poBox) => onChange({ poBox })} error={error('poBox')} />
        </div>
      ) : null}
      <div className="contact-row__flags">
        <label className="choice">
          <input type="checkbox" checked={row.preferred} onChange={(event) => onChange({ preferred: event.target.checked })} />
          راه ترجیحی
        </label>
        {FLAGS[row.kind].map((flag) => (
          <label key={flag} className="choice">
            <input type="checkbox" checked={row[flag]} onChange={(event) => onChange({ [flag]: event.target.checked })} />
            {doNotContactLabels[flag]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
