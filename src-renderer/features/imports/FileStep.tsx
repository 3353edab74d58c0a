import { useId, useRef, useState, type DragEvent } from 'react';
import { partyKindLabels } from '../../../src-shared/i18n/ui-fa';
import { useImportStore } from './import-store';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Step 1: an .xlsx file, picked or dropped, read in the browser and analysed on the server.
export function FileStep() {
  const titleId = useId();
  const hintId = useId();
  const kind = useImportStore((state) => state.kind);
  const reading = useImportStore((state) => state.reading);
  const fileError = useImportStore((state) => state.fileError);
  const chooseFile = useImportStore((state) => state.chooseFile);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (file: File | undefined) => {
    if (file && !reading) void chooseFile(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <section className="card import-step" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        انتخاب پروندهٔ اکسل
      </h2>
      <div
        className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <svg className="drop-zone__icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
          <path
            fill="currentColor"
            d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6Zm4 18H6V4h7v5h5v11Zm-9.5-8.5 2 3-2 3H10l1.3-2 1.2 2h1.6l-2-3 2-3h-1.6l-1.2 2-1.3-2H8.5Z"
          />
        </svg>
        <p className="drop-zone__title">پروندهٔ اکسل را اینجا رها کنید</p>
        <p className="muted">یا</p>
        <button type="button" className="button button--primary" onClick={() => input.current?.click()} disabled={reading} aria-describedby={hintId}>
          انتخاب پرونده از رایانه
        </button>
        <input
          ref={input}
          type="file"
          accept={XLSX_TYPES}
          hidden
          aria-label="پروندهٔ اکسل"
          onChange={(event) => {
            take(event.target.files?.[0]);
            // The same file may be chosen again after it is fixed in Excel.
            event.target.value = '';
          }}
        />
        <p id={hintId} className="field__hint drop-zone__hint">
          پرونده با قالب <bdi>xlsx</bdi> باشد و فقط برگهٔ اول آن خوانده می‌شود. ردیف اول باید عنوان ستون‌ها باشد و هر ردیف بعدی یک {partyKindLabels[kind]}.
        </p>
      </div>
      {reading ? (
        <p className="muted" role="status">
          در حال خواندن پرونده…
        </p>
      ) : null}
      {fileError ? (
        <p className="form-error" role="alert">
          {fileError}
        </p>
      ) : null}
    </section>
  );
}
