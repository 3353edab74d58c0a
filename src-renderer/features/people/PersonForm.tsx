import { GENDERS, LANGUAGE_LEVELS, MARITAL_STATUSES, PersonDraft, type Person } from '../../../src-shared/api/people';
import { genderLabels, languageLevelLabels, maritalStatusLabels } from '../../../src-shared/i18n/ui-fa';
import { call } from '../../api/client';
import { Field, JalaliDatePicker, TextField } from '../../ui';
import { DigitsField, FormSection, newRowKey, PartyEditor, useLookup } from '../parties';
import { CompanyLinksEditor } from './CompanyLinksEditor';
import { personSpec } from './people-store';
import { personDraft, type LanguageRow, type PersonValues } from './person-values';

interface PersonFormProps {
  // Editing this person; absent for a new one.
  person?: Person;
  initial: PersonValues;
  onReload?(): void;
}

export function PersonForm({ person, initial, onReload }: PersonFormProps) {
  const prefixes = useLookup('prefix');
  return (
    <PartyEditor
      spec={personSpec}
      record={person}
      initial={initial}
      onReload={onReload}
      schema={PersonDraft}
      toDraft={personDraft}
      create={(draft) => call('people.create', draft)}
      update={(draft, target) => call('people.update', { ...draft, ...target })}
      ownTitle="مشخصات فردی"
      own={({ values, patch, errors }) => (
        <>
          <Field label="عنوان" error={errors.prefix} hint="مانند دکتر یا مهندس">
            {(control) => (
              <>
                <input className="input" {...control} list="person-prefixes" value={values.prefix} onChange={(event) => patch({ prefix: event.target.value })} />
                <datalist id="person-prefixes">
                  {prefixes.map((prefix) => (
                    <option key={prefix} value={prefix} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="جنسیت" error={errors.gender}>
            {(control) => (
              <select className="input" {...control} value={values.gender} onChange={(event) => patch({ gender: event.target.value as PersonValues['gender'] })}>
                <option value="">—</option>
                {GENDERS.map((gender) => (
                  <option key={gender} value={gender}>
                    {genderLabels[gender]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label="نام" value={values.firstName} onChange={(firstName) => patch({ firstName })} error={errors.firstName} autoFocus={!person} />
          <TextField label="نام خانوادگی" value={values.lastName} onChange={(lastName) => patch({ lastName })} error={errors.lastName} required />
          <DigitsField
            label="کد ملی"
            value={values.nationalCode}
            onChange={(nationalCode) => patch({ nationalCode })}
            error={errors.nationalCode}
            inputMode="numeric"
            hint="۱۰ رقم"
          />
          <DigitsField
            label="شمارهٔ شناسنامه"
            value={values.birthCertificateNo}
            onChange={(birthCertificateNo) => patch({ birthCertificateNo })}
            error={errors.birthCertificateNo}
            inputMode="numeric"
          />
          <Field label="وضعیت تأهل" error={errors.maritalStatus}>
            {(control) => (
              <select
                className="input"
                {...control}
                value={values.maritalStatus}
                onChange={(event) => patch({ maritalStatus: event.target.value as PersonValues['maritalStatus'] })}
              >
                <option value="">—</option>
                {MARITAL_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {maritalStatusLabels[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DigitsField
            label="کد"
            value={values.code}
            onChange={(code) => patch({ code })}
            error={errors.code}
            hint={person ? undefined : 'خالی بماند تا خودکار داده شود'}
          />
          <JalaliDatePicker label="تاریخ تولد" value={values.birthDate} onChange={(birthDate) => patch({ birthDate })} error={errors.birthDate} />
          <JalaliDatePicker label="تاریخ ازدواج" value={values.weddingDate} onChange={(weddingDate) => patch({ weddingDate })} error={errors.weddingDate} />
        </>
      )}
      afterContacts={({ values, patch, errors }) => (
        <FormSection title="شرکت‌ها و سمت‌ها">
          <CompanyLinksEditor links={values.companyLinks} onChange={(companyLinks) => patch({ companyLinks })} errors={errors} />
        </FormSection>
      )}
      more={({ values, patch, errors }) => (
        <>
          <div className="form-grid">
            <TextField label="رشتهٔ تحصیلی" value={values.educationField} onChange={(educationField) => patch({ educationField })} error={errors.educationField} />
            <TextField label="مدرک تحصیلی" value={values.educationDegree} onChange={(educationDegree) => patch({ educationDegree })} error={errors.educationDegree} />
            <TextField label="دین" value={values.religion} onChange={(religion) => patch({ religion })} error={errors.religion} />
            <TextField label="رنگ مورد علاقه" value={values.favoriteColor} onChange={(favoriteColor) => patch({ favoriteColor })} error={errors.favoriteColor} />
          </div>
          <LanguagesEditor rows={values.languages} onChange={(languages) => patch({ languages })} error={errors.languages} />
          <Field label="یادداشت روان‌شناختی" error={errors.psychologyNotes} hint="ویژگی‌های رفتاری و شیوهٔ برخورد مناسب با این شخص">
            {(control) => (
              <textarea
                className="input textarea"
                {...control}
                rows={3}
                value={values.psychologyNotes}
                onChange={(event) => patch({ psychologyNotes: event.target.value })}
              />
            )}
          </Field>
        </>
      )}
    />
  );
}

function LanguagesEditor({ rows, onChange, error }: { rows: readonly LanguageRow[]; onChange(rows: LanguageRow[]): void; error?: string | undefined }) {
  const update = (key: string, changes: Partial<LanguageRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  return (
    <fieldset className="fieldset">
      <legend className="field__label">زبان‌ها</legend>
      {rows.map((row) => (
        <div key={row.key} className="language-row">
          <TextField label="زبان" value={row.language} onChange={(language) => update(row.key, { language })} />
          <Field label="سطح">
            {(control) => (
              <select
                className="input"
                {...control}
                value={row.level}
                onChange={(event) => update(row.key, { level: event.target.value as LanguageRow['level'] })}
              >
                <option value="">—</option>
                {LANGUAGE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {languageLevelLabels[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="icon-button"
            aria-label={`برداشتن زبان ${row.language}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            ×
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button button--small" onClick={() => onChange([...rows, { key: newRowKey(), language: '', level: '' }])}>
          + زبان
        </button>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
