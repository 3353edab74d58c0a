import { useEffect, useState } from 'react';
import type { Person } from '../../../src-shared/api/people';
import { formatJalaliDate, formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { roleLabel } from '../../../src-shared/i18n/fa';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { Dialog, toast } from '../../ui';
import { formatContactValue, PartyPicker, recordPath } from '../parties';
import { usePeopleStore } from './people-store';

// Each row's value is one line or several; numbers with spaces are kept left-to-right.
const ROWS: { label: string; ltr?: boolean; value(person: Person): string | string[] }[] = [
  { label: 'نام', value: (p) => [p.prefix, p.displayName].filter(Boolean).join(' ') },
  { label: 'کد', value: (p) => toPersianDigits(p.code) },
  { label: 'کد ملی', value: (p) => (p.nationalCode ? toPersianDigits(p.nationalCode) : '') },
  { label: 'تاریخ تولد', value: (p) => (p.birthDate ? formatJalaliDate(p.birthDate) : '') },
  {
    label: 'راه‌های ارتباطی',
    ltr: true,
    value: (p) => p.contactPoints.filter((point) => point.kind !== 'address').map((point) => formatContactValue(point)),
  },
  { label: 'گروه‌ها', value: (p) => p.groups.map((group) => group.name).join('، ') },
  { label: 'نقش‌ها', value: (p) => p.roles.map(roleLabel).join('، ') },
  { label: 'شرکت‌ها', value: (p) => p.companyLinks.map((link) => link.companyName).join('، ') },
  { label: 'ایجاد', value: (p) => formatJalaliDateTime(p.createdAt) },
];

// Two records of one person become one: pick the other by search, compare them, choose which stays.
export function MergeDialog({ person, onClose }: { person: Person; onClose(): void }) {
  const [otherId, setOtherId] = useState<number | null>(null);
  const [other, setOther] = useState<Person | null>(null);
  const [survivorId, setSurvivorId] = useState(person.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (otherId === null) return;
    let live = true;
    setOther(null);
    call('people.get', { id: otherId })
      .then((found) => live && setOther(found))
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [otherId]);

  const merge = async () => {
    if (!other) return;
    setBusy(true);
    setError(null);
    const duplicateId = survivorId === person.id ? other.id : person.id;
    try {
      const survivor = await call('people.merge', { survivorId, duplicateId });
      toast.success(`دو رکورد در «${survivor.displayName}» ادغام شد.`);
      usePeopleStore.getState().setRecord(survivor);
      onClose();
      navigate(recordPath('person', survivor.id));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const both = other ? [person, other] : [person];

  return (
    <Dialog
      title={`ادغام «${person.displayName}» با رکورد تکراری`}
      onClose={onClose}
      size="xl"
      footer={
        <>
          <button type="button" className="button button--primary" disabled={!other || busy} onClick={() => void merge()}>
            ادغام دو رکورد
          </button>
          <button type="button" className="button" onClick={onClose}>
            انصراف
          </button>
        </>
      }
    >
      <p className="page__lead">
        رکورد تکراری همین شخص را پیدا کنید. راه‌های ارتباطی، ارتباطات، گروه‌ها و سمت‌های رکوردی که حذف می‌شود به رکوردی که می‌ماند منتقل
        می‌شود؛ رکورد دیگر حذف می‌شود و با فیلتر «فقط رکوردهای حذف‌شده» دیده می‌شود.
      </p>
      <PartyPicker
        label="جستجوی رکورد تکراری"
        placeholder="نام، کد، تلفن یا کد ملی رکورد تکراری"
        kind="person"
        exclude={[person.id]}
        autoFocus
        onPick={(hit) => {
          setError(null);
          setSurvivorId(person.id);
          setOtherId(hit.partyId);
        }}
      />
      {otherId !== null && !other && !error ? (
        <p className="muted" role="status">
          در حال بارگذاری…
        </p>
      ) : null}
      {other ? (
        <div className="table-wrap merge-compare">
          <table className="data-table">
            <caption className="visually-hidden">مقایسهٔ دو رکورد</caption>
            <thead>
              <tr>
                <th scope="col">فیلد</th>
                {both.map((candidate) => (
                  <th key={candidate.id} scope="col">
                    <label className="choice">
                      <input
                        type="radio"
                        name="merge-survivor"
                        checked={survivorId === candidate.id}
                        onChange={() => setSurvivorId(candidate.id)}
                      />
                      {candidate.id === person.id ? 'این رکورد بماند' : 'رکورد پیداشده بماند'}
                    </label>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {both.map((candidate) => {
                    const lines = [row.value(candidate)].flat().filter(Boolean);
                    return (
                      <td key={candidate.id} className={survivorId === candidate.id ? 'merge-compare__survivor' : undefined}>
                        {lines.length === 0
                          ? '—'
                          : lines.map((line) => (
                              <div key={line}>
                                <bdi dir={row.ltr ? 'ltr' : undefined}>{line}</bdi>
                              </div>
                            ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
