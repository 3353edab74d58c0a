import { useState } from 'react';
import type { Person } from '../../../src-shared/api/people';
import { formatJalaliDate, todayIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { genderLabels, languageLevelLabels, maritalStatusLabels } from '../../../src-shared/i18n/ui-fa';
import { useCan } from '../auth';
import { MeetingAction } from '../calendar';
import { SendSmsAction } from '../messaging';
import { Facts, PartyRecordPage, recordPath } from '../parties';
import { DialButton } from '../telephony';
import { birthdayNotice } from './birthday';
import { MergeDialog } from './MergeDialog';
import { personSpec, usePeopleStore } from './people-store';

const linkedCompanies = (person: Person) => person.companyLinks.map((link) => ({ id: link.companyId, name: link.companyName }));

function PersonDetails({ person }: { person: Person }) {
  return (
    <>
      <section className="card" aria-label="مشخصات فردی">
        <h2 className="card__title">مشخصات فردی</h2>
        <Facts
          facts={[
            { label: 'عنوان', value: person.prefix },
            { label: 'نام', value: person.firstName },
            { label: 'نام خانوادگی', value: person.lastName },
            { label: 'جنسیت', value: person.gender ? genderLabels[person.gender] : null },
            { label: 'کد ملی', value: person.nationalCode ? <bdi>{toPersianDigits(person.nationalCode)}</bdi> : null },
            { label: 'شمارهٔ شناسنامه', value: person.birthCertificateNo ? <bdi>{toPersianDigits(person.birthCertificateNo)}</bdi> : null },
            { label: 'وضعیت تأهل', value: person.maritalStatus ? maritalStatusLabels[person.maritalStatus] : null },
            { label: 'تاریخ تولد', value: person.birthDate ? formatJalaliDate(person.birthDate, 'long') : null },
            { label: 'تاریخ ازدواج', value: person.weddingDate ? formatJalaliDate(person.weddingDate, 'long') : null },
            { label: 'رشتهٔ تحصیلی', value: person.educationField },
            { label: 'مدرک تحصیلی', value: person.educationDegree },
            { label: 'دین', value: person.religion },
            { label: 'رنگ مورد علاقه', value: person.favoriteColor },
            {
              label: 'زبان‌ها',
              value: person.languages
                .map((language) => (language.level ? `${language.language} (${languageLevelLabels[language.level]})` : language.language))
                .join('، '),
            },
            { label: 'یادداشت روان‌شناختی', value: person.psychologyNotes ? <span className="pre-line">{person.psychologyNotes}</span> : null },
          ]}
        />
      </section>
      <section className="card" aria-label="شرکت‌ها">
        <h2 className="card__title">شرکت‌ها</h2>
        {person.companyLinks.length === 0 ? (
          <p className="muted">به شرکتی وصل نیست.</p>
        ) : (
          <ul className="link-list">
            {person.companyLinks.map((link) => (
              <li key={link.companyId}>
                <a href={`#${recordPath('company', link.companyId)}`}>{link.companyName}</a>
                {link.position ? <span className="muted"> — {link.position}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function MergeAction({ person }: { person: Person }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  // Merging edits the survivor and deletes the duplicate: both rights.
  if (!can('people.edit') || !can('people.delete')) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        ادغام با رکورد تکراری
      </button>
      {open ? <MergeDialog person={person} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function PersonPage({ id }: { id: number }) {
  const today = todayIsoDate();
  return (
    <PartyRecordPage
      spec={personSpec}
      store={usePeopleStore}
      id={id}
      subtitle={(person) =>
        [person.prefix, ...person.companyLinks.map((link) => (link.position ? `${link.position} در ${link.companyName}` : link.companyName))]
          .filter(Boolean)
          .join('، ') || null
      }
      badges={(person) => {
        const birthday = birthdayNotice(person.birthDate, today);
        return birthday ? <span className="badge badge--birthday">{birthday}</span> : null;
      }}
      actions={(person) => (
        <>
          <SendSmsAction partyId={person.id} name={person.displayName} hasMobile={person.contactPoints.some((point) => point.kind === 'mobile')} />
          <MeetingAction party={{ id: person.id, name: person.displayName }} />
          <MergeAction person={person} />
        </>
      )}
      contactAction={(point, person) =>
        (point.kind === 'mobile' || point.kind === 'phone') && !point.noCall ? <DialButton number={point.value} partyId={person.id} name={person.displayName} /> : null
      }
      details={(person) => <PersonDetails person={person} />}
      linked={linkedCompanies}
      companies={linkedCompanies}
    />
  );
}
