import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { interactionMethodLabels } from '../../../src-shared/i18n/ui-fa';
import { telephonyLabels } from '../../../src-shared/i18n/ui-fa-telephony';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { toast } from '../../ui';
import { useCan, useSessionStore } from '../auth';
import { count } from '../messaging';
import { listPath, prefillNewParty, recordPath } from '../parties';
import { callFollowUp, NewTaskButton } from '../tasks';
import { useMissedCountStore } from './calls-store';
import { PhoneIcon } from './DialButton';
import { birthdayBadge, CallNumber, numberText } from './format';
import { useIncomingStore, type Ringing } from './incoming-store';

// Every ringing call of this user's lines, stacked at the top of the screen; not modal, so work goes on under it.
export function IncomingCalls() {
  const calls = useIncomingStore((state) => state.calls);
  const close = useIncomingStore((state) => state.close);

  // Escape closes the newest pop-up when nothing else (a modal dialog, a field) has the keyboard.
  useEffect(() => {
    if (calls.length === 0) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      // Someone typing elsewhere keeps their Escape (a search box, a form field).
      const active = document.activeElement;
      const typing = active instanceof HTMLElement && (active.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName));
      if (typing && !active.closest('.incoming-calls')) return;
      const first = useIncomingStore.getState().calls.find((item) => !item.writing);
      if (first) close(first.call.id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [calls.length, close]);

  if (calls.length === 0) return null;
  return (
    <div className="incoming-calls">
      {calls.map((item) => (
        <CallPopup key={item.call.id} item={item} />
      ))}
    </div>
  );
}

function CallPopup({ item }: { item: Ringing }) {
  const titleId = useId();
  const can = useCan();
  const myId = useSessionStore((state) => state.user?.id ?? null);
  const close = useIncomingStore((state) => state.close);
  const setCall = useIncomingStore((state) => state.setCall);
  const [busy, setBusy] = useState(false);
  const { call: current, card } = item;
  const party = card?.party ?? null;
  const name = party?.name ?? current.partyName;
  const partyId = party?.id ?? current.partyId;
  const takenByMe = current.state === 'answered' && current.userId === myId;
  const birthday = birthdayBadge(party?.birthdayInDays ?? null);
  const unknown = current.partyId === null && card !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    // Inside the note form, Escape closes the form, not the pop-up.
    if (!item.writing) close(current.id);
  };

  const take = async () => {
    setBusy(true);
    try {
      setCall(await call('telephony.takeCall', { id: current.id }));
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const openRecord = () => {
    if (!party) return;
    navigate(recordPath(party.kind, party.id));
  };

  // The new-person form needs the whole page: the pop-up has done its job.
  const newPerson = () => {
    if (current.number === null) return;
    prefillNewParty(current.number);
    close(current.id);
    navigate(`${listPath('person')}/new`);
  };

  return (
    <section className="incoming-call card" role="dialog" aria-modal="false" aria-label="تماس ورودی" aria-describedby={titleId} onKeyDown={onKeyDown}>
      <header className="incoming-call__header">
        <span className="incoming-call__icon" aria-hidden="true">
          <PhoneIcon />
        </span>
        <div className="incoming-call__who" id={titleId}>
          <p className="incoming-call__line">
            تماس ورودی از خط <strong>{current.lineName}</strong>
            {current.state !== 'ringing' ? <span className="badge incoming-call__state">{telephonyLabels.callState[current.state]}</span> : null}
          </p>
          <p className="incoming-call__name" data-field="name">
            {name ?? (unknown ? 'شمارهٔ ناشناس' : '')}
          </p>
          <p className="incoming-call__number" data-field="number">
            <CallNumber call={current} />
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="بستن" title="بستن" onClick={() => close(current.id)}>
          ×
        </button>
      </header>

      {party ? (
        <div className="incoming-call__facts">
          {party.company ? <span>{party.company}</span> : null}
          {party.groups.length > 0 ? <span className="muted">{party.groups.join('، ')}</span> : null}
          {party.clubTier !== null ? <span className="badge">سطح باشگاه: {party.clubTier}</span> : null}
          {party.points !== null ? <span className="badge">امتیاز: {count(party.points)}</span> : null}
          {birthday ? (
            <span className="badge badge--birthday" data-field="birthday">
              {birthday}
            </span>
          ) : null}
        </div>
      ) : null}

      {card && card.lastInteractions.length > 0 ? (
        <section className="incoming-call__section" aria-label="آخرین ارتباطات">
          <h3 className="incoming-call__subtitle">آخرین ارتباطات</h3>
          <ul className="incoming-call__list">
            {card.lastInteractions.slice(0, 5).map((interaction) => (
              <li key={interaction.id}>
                <bdi className="nowrap muted">{formatJalaliDateTime(interaction.occurredAt)}</bdi>{' '}
                <span className="muted">({interactionMethodLabels[interaction.method as keyof typeof interactionMethodLabels] ?? interaction.method})</span>{' '}
                {interaction.subject}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {card && card.openTasks.length > 0 ? (
        <section className="incoming-call__section" aria-label="کارهای باز">
          <h3 className="incoming-call__subtitle">کارهای باز</h3>
          <ul className="incoming-call__list">
            {card.openTasks.map((task) => (
              <li key={task.id}>{task.title}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {!card ? (
        <p className="muted incoming-call__loading" role="status">
          در حال خواندن پرونده…
        </p>
      ) : null}

      {item.writing ? <NoteForm item={item} /> : null}

      <div className="incoming-call__actions" role="group" aria-label={`کارهای تماس ${numberText(current)}`}>
        {takenByMe ? (
          <span className="badge badge--active">شما پاسخ دادید</span>
        ) : current.state === 'ringing' || current.state === 'missed' ? (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void take()}>
            پاسخ دادم
          </button>
        ) : null}
        {party ? (
          <button type="button" className="button button--small" onClick={openRecord}>
            باز کردن پرونده
          </button>
        ) : null}
        {!item.writing && can('interactions.create') ? (
          <button type="button" className="button button--small" onClick={() => useIncomingStore.getState().setWriting(current.id, true)}>
            یادداشت تماس
          </button>
        ) : null}
        {unknown && current.number !== null && can('people.create') ? (
          <button type="button" className="button button--small" onClick={newPerson}>
            شخص جدید
          </button>
        ) : null}
        <NewTaskButton prefill={callFollowUp(partyId !== null && name ? { id: partyId, name } : null, name ?? numberText(current))} />
        <span className="frame__spacer" />
        <button type="button" className="button button--small button--ghost" onClick={() => close(current.id)}>
          بستن
        </button>
      </div>
    </section>
  );
}

// «یادداشت تماس»: a note on the call's interaction, maybe a complaint. While it is open the pop-up stays.
function NoteForm({ item }: { item: Ringing }) {
  const noteId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const setWriting = useIncomingStore((state) => state.setWriting);
  const setCall = useIncomingStore((state) => state.setCall);
  const [note, setNote] = useState('');
  const [complaint, setComplaint] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = item.call.id;

  useEffect(() => area.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError('متن یادداشت را بنویسید.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setCall(await call('telephony.noteCall', { id, note: note.trim(), complaint }));
      toast.success(complaint ? 'شکایت ثبت شد.' : 'یادداشت تماس ثبت شد.');
      setWriting(id, false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="incoming-call__note"
      onSubmit={submit}
      noValidate
      aria-label="یادداشت تماس"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          setWriting(id, false);
        }
      }}
    >
      <label className="field__label" htmlFor={noteId}>
        یادداشت تماس
      </label>
      <textarea
        id={noteId}
        ref={area}
        className="input textarea"
        rows={3}
        value={note}
        maxLength={4000}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <label className="choice">
        <input type="checkbox" checked={complaint} onChange={(event) => setComplaint(event.target.checked)} />
        شکایت است
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          ثبت یادداشت
        </button>
        <button type="button" className="button button--small" onClick={() => setWriting(id, false)}>
          انصراف
        </button>
      </div>
    </form>
  );
}

// The count beside the menu item: missed calls not yet called back.
export function MissedBadge() {
  const missed = useMissedCount();
  if (missed === 0) return null;
  return (
    <span className="badge badge--count" aria-label={`${toPersianDigits(missed)} تماس بی‌پاسخ`}>
      {count(missed)}
    </span>
  );
}

function useMissedCount(): number {
  const missed = useMissedCountStore((state) => state.count);
  const load = useMissedCountStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return missed;
}
