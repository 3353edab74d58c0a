import { CompanyDraft, OWNERSHIPS, type Company } from '../../../src-shared/api/companies';
import { ownershipLabels } from '../../../src-shared/i18n/ui-fa';
import { call } from '../../api/client';
import { Field, JalaliDatePicker, TextField } from '../../ui';
import { DigitsField, PartyEditor, useLookup } from '../parties';
import { companySpec } from './companies-store';
import { companyDraft, type CompanyValues } from './company-values';

interface CompanyFormProps {
  company?: Company;
  initial: CompanyValues;
  onReload?(): void;
}

export function CompanyForm({ company, initial, onReload }: CompanyFormProps) {
  const companyTypes = useLookup('companyType');
  return (
    <PartyEditor
      spec={companySpec}
      record={company}
      initial={initial}
      onReload={onReload}
      schema={CompanyDraft}
      toDraft={companyDraft}
      create={(draft) => call('companies.create', draft)}
      update={(draft, target) => call('companies.update', { ...draft, ...target })}
      ownTitle="مشخصات شرکت"
      own={({ values, patch, errors }) => (
        <>
          <TextField label="نام شرکت" value={values.name} onChange={(name) => patch({ name })} error={errors.name} autoFocus={!company} />
          <Field label="نوع شرکت" error={errors.companyType}>
            {(control) => (
              <>
                <input
                  className="input"
                  {...control}
                  list="company-types"
                  value={values.companyType}
                  onChange={(event) => patch({ companyType: event.target.value })}
                />
                <datalist id="company-types">
                  {companyTypes.map((type) => (
                    <option key={type} value={type} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <TextField label="نام تجاری" value={values.brand} onChange={(brand) => patch({ brand })} error={errors.brand} />
          <DigitsField
            label="کد"
            value={values.code}
            onChange={(code) => patch({ code })}
            error={errors.code}
            hint={company ? undefined : 'خالی بماند تا خودکار داده شود'}
          />
          <DigitsField
            label="شناسهٔ ملی"
            value={values.legalNationalId}
            onChange={(legalNationalId) => patch({ legalNationalId })}
            error={errors.legalNationalId}
            inputMode="numeric"
            hint="۱۱ رقم"
          />
          <DigitsField
            label="کد اقتصادی"
            value={values.economicCode}
            onChange={(economicCode) => patch({ economicCode })}
            error={errors.economicCode}
            inputMode="numeric"
          />
          <DigitsField
            label="شمارهٔ ثبت"
            value={values.registrationNo}
            onChange={(registrationNo) => patch({ registrationNo })}
            error={errors.registrationNo}
          />
          <Field label="نوع مالکیت محل" error={errors.ownership}>
            {(control) => (
              <select
                className="input"
                {...control}
                value={values.ownership}
                onChange={(event) => patch({ ownership: event.target.value as CompanyValues['ownership'] })}
              >
                <option value="">—</option>
                {OWNERSHIPS.map((ownership) => (
                  <option key={ownership} value={ownership}>
                    {ownershipLabels[ownership]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <JalaliDatePicker label="تاریخ تأسیس" value={values.foundedOn} onChange={(foundedOn) => patch({ foundedOn })} error={errors.foundedOn} />
          <DigitsField
            label="سال تأسیس"
            value={values.foundedYear}
            onChange={(foundedYear) => patch({ foundedYear })}
            error={errors.foundedYear}
            inputMode="numeric"
            hint="سال شمسی، اگر روز دقیق را نمی‌دانید؛ مانند ۱۳۸۵"
          />
          <DigitsField
            label="تعداد کارکنان"
            value={values.employeesCount}
            onChange={(employeesCount) => patch({ employeesCount })}
            error={errors.employeesCount}
            inputMode="numeric"
          />
        </>
      )}
    />
  );
}
