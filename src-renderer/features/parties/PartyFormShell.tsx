import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import { errorMessage } from '../../../src-shared/i18n/fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { hasErrors, issuesToFieldErrors, toast, type FieldErrors } from '../../ui';
import { useLookupsStore } from './lookups-store';
import { keyContactErrors } from './party-form-values';
import { recordPath, type PartyKindSpec, type PartyRecord } from './party-kind';
import './parties.css';

type Problem =
  | { kind: 'message'; text: string }
  | { kind: 'duplicate'; text: string; partyId: number; field: string; value: string; name: string }
  | { kind: 'conflict'; text: string };

interface Prepared<D> {
  draft: D;
  // Which form row each sent contact point was (see keyContactErrors).
  sentKeys: string[];
  // Mistakes found before sending, with the contract's own rules.
  errors: FieldErrors;
}

interface PartyFormShellProps<D, R extends PartyRecord> {
  spec: PartyKindSpec<R>;
  title: string;
  cancelPath: string;
  prepare(): Prepared<D>;
  send(draft: D): Promise<R>;
  // Editing: read the record again after someone else saved it meanwhile.
  onReload?(): void;
  children(errors: FieldErrors): ReactNode;
}

// Page, sections and save bar of the person and company forms, and what a refused save looks like:
// field messages beside their fields, a duplicate named with a link to it, a conflict with a way to reload.
export function PartyFormShell<D, R extends PartyRecord>({ spec, title, cancelPath, prepare, send, onReload, children }: PartyFormShellProps<D, R>) {
  const titleId = useId();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusError, setFocusError] = useState(0);
  const loadLookups = useLookupsStore((state) => state.load);

  useEffect(() => {
    void loadLookups();
  }, [loadLookups]);

  // After a refused save the first field with a message takes the focus (else the message itself), so the
  // keyboard user lands on what to fix, wherever it is on this long page.
  useEffect(() => {
    if (focusError === 0) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? problemRef.current;
    target?.focus();
  }, [focusError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { draft, sentKeys, errors: found } = prepare();
    setErrors(found);
    if (hasErrors(found)) {
      setProblem({ kind: 'message', text: errorMessage({ code: 'input.invalid' }) });
      setFocusError((n) => n + 1);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const saved = await send(draft);
      toast.success(`${spec.noun} «${saved.displayName}» ذخیره شد.`);
      navigate(recordPath(spec.kind, saved.id));
    } catch (failure) {
      if (!(failure instanceof ApiCallError)) {
        setProblem({ kind: 'message', text: messageOf(failure) });
        setFocusError((n) => n + 1);
      } else if (failure.code === 'input.invalid') {
        setErrors(keyContactErrors(issuesToFieldErrors(failure.issues), sentKeys));
        setProblem({ kind: 'message', text: failure.message });
        setFocusError((n) => n + 1);
      } else if (failure.code === 'parties.duplicate') {
        const details = failure.details ?? {};
        const field = String(details.field ?? '');
        setErrors({ [field]: failure.message });
        setProblem({
          kind: 'duplicate',
          text: failure.message,
          field,
          value: String(details.value ?? ''),
          partyId: Number(details.partyId),
          name: String(details.name ?? ''),
        });
        setFocusError((n) => n + 1);
      } else if (failure.code === 'record.versionConflict') {
        setProblem({ kind: 'conflict', text: failure.message });
        setFocusError((n) => n + 1);
      } else {
        // A refusal (403 included) stays beside what was typed, so nothing is lost.
        setProblem({ kind: 'message', text: failure.message });
        setFocusError((n) => n + 1);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page page--form" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          {title}
        </h1>
        <div className="page__tools">
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            ذخیره
          </button>
          <a className="button" href={`#${cancelPath}`}>
            انصراف
          </a>
        </div>
      </header>
      <form id={formId} ref={form} className="party-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        {children(errors)}
        <div className="form-bar">
          {problem ? (
            <div ref={problemRef} className="form-error form-bar__problem" role="alert" tabIndex={-1}>
              <p>{problem.text}</p>
              {problem.kind === 'duplicate' ? <DuplicateLink problem={problem} ownKind={spec.kind} /> : null}
              {problem.kind === 'conflict' && onReload ? (
                <button type="button" className="button button--small" onClick={onReload}>
                  بارگذاری دوباره (تغییرات این فرم کنار گذاشته می‌شود)
                </button>
              ) : null}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'در حال ذخیره…' : 'ذخیره'}
            </button>
            <a className="button" href={`#${cancelPath}`}>
              انصراف
            </a>
          </div>
        </div>
      </form>
    </section>
  );
}

// A national code belongs to a person and a legal ID to a company; a code may be either, so the search finds out.
function DuplicateLink({ problem, ownKind }: { problem: Extract<Problem, { kind: 'duplicate' }>; ownKind: PartyKind }) {
  const known: PartyKind | null = problem.field === 'nationalCode' ? 'person' : problem.field === 'legalNationalId' ? 'company' : null;
  const [kind, setKind] = useState<PartyKind>(known ?? ownKind);

  useEffect(() => {
    if (known) return;
    let live = true;
    call('search.quick', { q: problem.value, limit: 5 })
      .then((hits) => {
        const hit = hits.find((h) => h.partyId === problem.partyId);
        if (live && hit) setKind(hit.kind);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [known, problem.value, problem.partyId]);

  return (
    <a className="button button--small" href={`#${recordPath(kind, problem.partyId)}`}>
      باز کردن «{problem.name}»
    </a>
  );
}

export function FormSection({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const id = useId();
  return (
    <section className={wide ? 'card form-section form-section--wide' : 'card form-section'} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
