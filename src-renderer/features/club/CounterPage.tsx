import { memo, useEffect, useId, useState, type FormEvent } from 'react';
import type { LookupResult } from '../../../src-shared/api/club';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { useCan } from '../auth';
import { ListError } from '../messaging';
import { openCounter, memberPath, useCounterStore } from './counter-store';
import { JoinDialog, type JoinPrefill } from './JoinDialog';
import { MemberPanelView } from './MemberPanelView';

const LOOKUP_LABEL = 'کارت را بکشید یا شماره همراه / کد ملی / شماره عضویت را وارد کنید';

// «پیشخوان»: the big box a card is swiped into (or a mobile, national code or membership number typed), and the
// member it finds. #/club/counter/12 shows member 12.
export function CounterPage({ memberId }: { memberId: number | null }) {
  const result = useCounterStore((state) => state.result);
  const busy = useCounterStore((state) => state.busy);
  const error = useCounterStore((state) => state.error);
  const showMember = useCounterStore((state) => state.showMember);
  const [joining, setJoining] = useState<JoinPrefill | null>(null);
  const shownId = result?.status === 'found' ? result.panel.id : null;

  useEffect(() => {
    if (memberId !== null && memberId !== shownId) void showMember(memberId);
    // Only a new address asks for a member; the panel changing under it does not.
  }, [memberId]);

  return (
    <>
      <LookupForm busy={busy} onJoin={setJoining} />
      {busy ? (
        <p className="muted" role="status">
          در حال جستجو…
        </p>
      ) : null}
      <ListError error={error} />
      {result ? <LookupAnswer result={result} onJoin={setJoining} /> : null}
      {joining ? <JoinDialog prefill={joining} onClose={() => setJoining(null)} /> : null}
    </>
  );
}

// The box keeps what is typed to itself: a scanner types a key every few milliseconds, and the panel below must not
// render again for each one.
function LookupForm({ busy, onJoin }: { busy: boolean; onJoin(prefill: JoinPrefill): void }) {
  const inputId = useId();
  const can = useCan();
  const [code, setCode] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return;
    void openCounter(code);
    setCode('');
  };

  return (
    <form className="card club-lookup" onSubmit={submit} role="search" aria-label="جستجوی عضو">
      <label className="club-lookup__label" htmlFor={inputId}>
        {LOOKUP_LABEL}
      </label>
      <div className="club-lookup__row">
        <input
          id={inputId}
          className="input club-lookup__input"
          value={code}
          onChange={(event) => setCode(toPersianDigits(event.target.value))}
          autoComplete="off"
          autoFocus
          data-scan-target="submit"
          dir="ltr"
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          جستجو
        </button>
        {can('club.create') ? (
          <button type="button" className="button" onClick={() => onJoin({})}>
            ثبت عضو جدید
          </button>
        ) : null}
      </div>
    </form>
  );
}

// Memoised: the busy line coming and going and the address moving to the member re-render the page, not the panel.
const LookupAnswer = memo(function LookupAnswer({ result, onJoin }: { result: LookupResult; onJoin(prefill: JoinPrefill): void }) {
  const can = useCan();
  if (result.status === 'found') return <MemberPanelView panel={result.panel} />;
  if (result.status === 'blocked') {
    return (
      <section className="card club-answer club-answer--blocked" role="alert" aria-label="کارت باطل">
        <h2 className="club-answer__title">این کارت باطل شده است</h2>
        <p>
          کارت <bdi dir="ltr">{toPersianDigits(result.code)}</bdi> پیش‌تر به نام <strong>{result.name}</strong> بوده و باطل شده است
          {result.reason ? <> (دلیل: {result.reason})</> : null}. آن را نپذیرید و در صورت لزوم کارت معتبر عضو را بخواهید.
        </p>
        <a className="button" href={`#${memberPath(result.memberId)}`}>
          دیدن عضو {result.name}
        </a>
      </section>
    );
  }
  const party = result.partyId !== null && result.partyName !== null ? { id: result.partyId, name: result.partyName } : null;
  return (
    <section className="card club-answer" role="alert" aria-label="کارت ناشناس">
      <h2 className="club-answer__title">{party ? `${party.name} هنوز عضو باشگاه نیست` : 'این کارت به نام هیچ عضوی ثبت نشده است'}</h2>
      <p className="muted">
        آنچه خوانده شد: <bdi dir="ltr">{toPersianDigits(result.code)}</bdi>
      </p>
      {can('club.create') ? (
        <button type="button" className="button button--primary" onClick={() => onJoin({ code: result.code, party })}>
          ثبت عضو جدید
        </button>
      ) : null}
    </section>
  );
});
