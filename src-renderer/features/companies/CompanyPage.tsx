import type { Company } from '../../../src-shared/api/companies';
import { formatJalaliDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { ownershipLabels } from '../../../src-shared/i18n/ui-fa';
import { MeetingAction } from '../calendar';
import { Facts, PartyRecordPage, recordPath } from '../parties';
import { DialButton } from '../telephony';
import { companySpec, useCompaniesStore } from './companies-store';

const digits = (value: string | number | null) => (value === null ? null : <bdi>{toPersianDigits(String(value))}</bdi>);

function CompanyDetails({ company }: { company: Company }) {
  return (
    <>
      <section className="card" aria-label="مشخصات شرکت">
        <h2 className="card__title">مشخصات شرکت</h2>
        <Facts
          facts={[
            { label: 'نوع شرکت', value: company.companyType },
            { label: 'نام تجاری', value: company.brand },
            { label: 'شناسهٔ ملی', value: digits(company.legalNationalId) },
            { label: 'کد اقتصادی', value: digits(company.economicCode) },
            { label: 'شمارهٔ ثبت', value: digits(company.registrationNo) },
            { label: 'تاریخ تأسیس', value: company.foundedOn ? formatJalaliDate(company.foundedOn, 'long') : null },
            { label: 'سال تأسیس', value: company.foundedOn ? null : digits(company.foundedYear) },
            { label: 'تعداد کارکنان', value: digits(company.employeesCount) },
            { label: 'نوع مالکیت محل', value: company.ownership ? ownershipLabels[company.ownership] : null },
          ]}
        />
      </section>
      <section className="card" aria-label="اشخاص این شرکت">
        <h2 className="card__title">اشخاص این شرکت</h2>
        {company.people.length === 0 ? (
          <p className="muted">هنوز شخصی به این شرکت وصل نشده است. شرکت را در فرم هر شخص (بخش «شرکت‌ها و سمت‌ها») به او وصل کنید.</p>
        ) : (
          <ul className="link-list">
            {company.people.map((person) => (
              <li key={person.personId}>
                <a href={`#${recordPath('person', person.personId)}`}>{person.personName}</a>
                {person.position ? <span className="muted"> — {person.position}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const linkedPeople = (company: Company) => company.people.map((person) => ({ id: person.personId, name: person.personName }));

export function CompanyPage({ id }: { id: number }) {
  return (
    <PartyRecordPage
      spec={companySpec}
      store={useCompaniesStore}
      id={id}
      subtitle={(company) => [company.companyType, company.brand].filter(Boolean).join('، ') || null}
      actions={(company) => <MeetingAction party={{ id: company.id, name: company.displayName }} />}
      contactAction={(point, company) =>
        (point.kind === 'mobile' || point.kind === 'phone') && !point.noCall ? <DialButton number={point.value} partyId={company.id} name={company.displayName} /> : null
      }
      details={(company) => <CompanyDetails company={company} />}
      linked={linkedPeople}
      companies={() => []}
    />
  );
}
