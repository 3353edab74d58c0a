import { useState, type FormEvent } from 'react';
import { GENDERS } from '../../../src-shared/api/people';
import { formatMoney } from '../../../src-shared/domain/money';
import { parseMobile, parseNationalCode } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { genderLabels } from '../../../src-shared/i18n/ui-fa';
import { call } from '../../api/client';
import { Dialog, Field, FormActions, TextField } from '../../ui';
import { useCan } from '../auth';
import { useSaveForm } from '../messaging';
import { DigitsField, PartyPicker, RialsInput } from '../parties';
import { useClubConfig } from './config-store';
import { openMember } from './counter-store';
import { useMoneyUnit } from './format';

export interface JoinPrefill {
  // What was swiped or typed at the counter and found no member.
  code?: string;
  // The person it belongs to (a mobile or national code of a non-member).
  party?: { id: number; name: string } | null;
}

interface NewPerson {
  gender: (typeof GENDERS)[number] | null;
  firstName: string;
  lastName: string;
  mobile: string;
  nationalCode: string;
}

// What was typed goes where it belongs: a mobile or national code into the new person, anything else is a card.
function startValues(code: string | undefined): { cardCode: string; person: NewPerson } {
  const person: NewPerson = { gender: null, firstName: '', lastName: '', mobile: '', nationalCode: '' };
  if (!code) return { cardCode: '', person };
  if (parseMobile(code).ok) return { cardCode: '', person: { ...person, mobile: toPersianDigits(code) } };
  if (parseNationalCode(code).ok) return { cardCode: '', person: { ...person, nationalCode: toPersianDigits(code) } };
  return { cardCode: toPersianDigits(code), person };
}

// «ثبت عضو جدید»: a person of the CRM (found by the search, or entered here) joins the club with the card in
// hand. A closed club asks its fee and the application form's questions.
export function JoinDialog({ prefill, onClose }: { prefill: JoinPrefill; onClose(): void }) {
  const can = useCan();
  const unit = useMoneyUnit();
  const { settings } = useClubConfig();
  const closed = settings?.mode === 'closed';
  const questions = settings?.applicationQuestions ?? [];
  const form = useSaveForm('lastName');
  const [start] = useState(() => startValues(prefill.code));
  const [party, setParty] = useState(prefill.party ?? null);
  const [creating, setCreating] = useState(!prefill.party && can('people.create') && start.cardCode === '');
  const [person, setPerson] = useState<NewPerson>(start.person);
  const [cardCode, setCardCode] = useState(start.cardCode);
  const [referralCode, setReferralCode] = useState('');
  // undefined: the club's fee, untouched; null: the box was emptied.
  const [fee, setFee] = useState<number | null | undefined>(undefined);
  const [answers, setAnswers] = useState<string[]>([]);
  const [pickError, setPickError] = useState<string | undefined>();
  const change = (patch: Partial<NewPerson>) => setPerson((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPickError(!party && !creating ? 'شخصی را که عضو می‌شود جستجو و انتخاب کنید، یا «شخص جدید» را بزنید.' : undefined);
    if (!party && !creating) return;
    await form.save(async () => {
      // The person is kept once created, so a refused join (a taken card) is retried without a duplicate.
      const member = party ?? (await createPerson(person));
      if (!party) {
        setParty(member);
        setCreating(false);
      }
      const panel = await call('club.join', {
        partyId: member.id,
        ...(cardCode.trim() ? { cardCode: cardCode.trim() } : {}),
        ...(referralCode.trim() ? { referralCode: referralCode.trim() } : {}),
        feePaidRials: closed ? (fee === undefined ? (settings?.membershipFeeRials ?? 0) : (fee ?? 0)) : 0,
        answers: questions.map((_, index) => answers[index]?.trim() ?? ''),
      });
      openMember(panel);
      onClose();
    }, 'عضو جدید ثبت شد.');
  };

  return (
    <Dialog title="ثبت عضو جدید" onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate aria-label="ثبت عضو جدید">
        {party ? (
          <p className="club-join__person">
            عضو جدید: <strong data-field="join-person">{party.name}</strong>{' '}
            <button type="button" className="button button--small" onClick={() => setParty(null)}>
              تغییر
            </button>
          </p>
        ) : creating ? (
          <fieldset className="fieldset club-join__new">
            <legend className="field__label">شخص جدید</legend>
            <Field label="جنسیت">
              {(control) => (
                <select className="input" {...control} value={person.gender ?? ''} onChange={(event) => change({ gender: (event.target.value || null) as NewPerson['gender'] })}>
                  <option value="">—</option>
                  {GENDERS.map((gender) => (
                    <option key={gender} value={gender}>
                      {genderLabels[gender]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="form-row">
              <TextField label="نام" value={person.firstName} onChange={(firstName) => change({ firstName })} error={form.errors.firstName} maxLength={80} data-autofocus />
              <TextField label="نام خانوادگی" value={person.lastName} onChange={(lastName) => change({ lastName })} error={form.errors.lastName} maxLength={80} />
            </div>
            <div className="form-row">
              <DigitsField label="شمارهٔ همراه" value={person.mobile} onChange={(mobile) => change({ mobile })} error={form.errors['contactPoints.0.value']} inputMode="tel" />
              <DigitsField label="کد ملی" value={person.nationalCode} onChange={(nationalCode) => change({ nationalCode })} error={form.errors.nationalCode} inputMode="numeric" />
            </div>
            <button type="button" className="button button--small" onClick={() => setCreating(false)}>
              جستجوی شخص ثبت‌شده
            </button>
          </fieldset>
        ) : (
          <Field label="شخص" error={pickError}>
            {() => (
              <div className="club-join__pick">
                <PartyPicker label="جستجوی شخص برای عضویت" placeholder="نام، تلفن یا کد ملی…" kind="person" onPick={(hit) => setParty({ id: hit.partyId, name: hit.title })} autoFocus />
                {can('people.create') ? (
                  <button type="button" className="button" onClick={() => setCreating(true)}>
                    شخص جدید
                  </button>
                ) : null}
              </div>
            )}
          </Field>
        )}
        <div className="form-row">
          <DigitsField
            label="کد کارت"
            value={cardCode}
            onChange={setCardCode}
            error={form.errors.cardCode}
            data-scan-target
            hint="کارت چاپ‌شده را اینجا بکشید؛ خالی بماند تا کد کارت ساخته شود."
          />
          <TextField label="کد معرف (اختیاری)" value={referralCode} onChange={setReferralCode} error={form.errors.referralCode} dir="ltr" autoComplete="off" />
        </div>
        {closed && settings ? (
          <>
            <RialsInput label={`حق عضویت پرداخت‌شده (حق عضویت: ${formatMoney(settings.membershipFeeRials, unit)})`} value={fee === undefined ? settings.membershipFeeRials : fee} onChange={setFee} error={form.errors.feePaidRials} />
            {questions.map((question, index) => (
              <TextField
                key={index}
                label={question}
                value={answers[index] ?? ''}
                onChange={(answer) => setAnswers((current) => Object.assign([...current], { [index]: answer }))}
                error={form.errors[`answers.${index}`]}
                maxLength={1000}
              />
            ))}
          </>
        ) : null}
        <FormActions submitLabel="ثبت عضویت" busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

async function createPerson(person: NewPerson): Promise<{ id: number; name: string }> {
  const created = await call('people.create', {
    gender: person.gender,
    firstName: person.firstName.trim() || null,
    lastName: person.lastName,
    nationalCode: person.nationalCode.trim() || null,
    contactPoints: person.mobile.trim() ? [{ kind: 'mobile', value: person.mobile.trim() }] : [],
  });
  return { id: created.id, name: created.displayName };
}
