import { useEffect, useId } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { Bdi, ConfirmDialog, PersianNumber } from '../../ui';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { IMPORT_PAGES } from './import-kind';
import { selectRunning, useImportStore, type ImportStep } from './import-store';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { useLeaveGuard } from './use-leave-guard';
import './imports.css';

const STEPS: { step: ImportStep; title: string }[] = [
  { step: 'file', title: 'انتخاب پرونده' },
  { step: 'mapping', title: 'نگاشت ستون‌ها' },
  { step: 'check', title: 'بررسی ردیف‌ها' },
  { step: 'run', title: 'ورود اطلاعات' },
];

function Steps({ current }: { current: ImportStep }) {
  const at = STEPS.findIndex((item) => item.step === current);
  return (
    <ol className="steps" aria-label="مراحل ورود از اکسل">
      {STEPS.map((item, index) => (
        <li
          key={item.step}
          className={index === at ? 'steps__item steps__item--current' : index < at ? 'steps__item steps__item--done' : 'steps__item'}
          aria-current={index === at ? 'step' : undefined}
        >
          <span className="steps__number">{toPersianDigits(index + 1)}</span> {item.title}
        </li>
      ))}
    </ol>
  );
}

function FileFacts() {
  const analysis = useImportStore((state) => state.analysis);
  const running = useImportStore(selectRunning);
  const goTo = useImportStore((state) => state.goTo);
  if (!analysis) return null;
  return (
    <div className="card import-file">
      <dl className="facts import-file__facts">
        <dt>پرونده</dt>
        <dd>
          <Bdi>{analysis.fileName}</Bdi>
        </dd>
        <dt>برگه</dt>
        <dd>
          <Bdi>{analysis.sheetName}</Bdi>
        </dd>
        <dt>تعداد ردیف‌ها</dt>
        <dd>
          <PersianNumber value={analysis.rowCount} grouped />
        </dd>
      </dl>
      <button type="button" className="button button--small" disabled={running} onClick={() => goTo('file')}>
        انتخاب پروندهٔ دیگر
      </button>
    </div>
  );
}

// The Excel import wizard for people or companies (#/import/person, #/import/company).
export function ImportPage({ kind }: { kind: PartyKind }) {
  const titleId = useId();
  const step = useImportStore((state) => state.step);
  const running = useImportStore(selectRunning);
  const begin = useImportStore((state) => state.begin);
  const abandon = useImportStore((state) => state.abandon);
  const guard = useLeaveGuard(running);

  useEffect(() => {
    begin(kind);
    return abandon;
  }, [kind, begin, abandon]);

  return (
    <section className="page import" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          {IMPORT_PAGES[kind].title}
        </h1>
      </header>
      <Steps current={step} />
      {step !== 'file' ? <FileFacts /> : null}
      {step === 'file' ? <FileStep /> : step === 'mapping' ? <MappingStep /> : step === 'check' ? <CheckStep /> : <RunStep />}
      {guard.leavingTo !== null ? (
        <ConfirmDialog
          title="ترک صفحهٔ ورود از اکسل"
          message={
            <p>
              {step === 'run' ? 'ورود اطلاعات' : 'بررسی ردیف‌ها'} هنوز تمام نشده است. اگر از این صفحه بروید، کار لغو می‌شود و هیچ ردیفی ثبت
              نمی‌شود.
            </p>
          }
          confirmLabel="لغو کار و رفتن"
          cancelLabel="ماندن در این صفحه"
          danger
          onConfirm={guard.leave}
          onCancel={guard.stay}
        />
      ) : null}
    </section>
  );
}
