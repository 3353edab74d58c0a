import { useId, useRef } from 'react';
import { MERGE_FIELDS, MERGE_FIELD_TOKENS } from '../../../src-shared/domain/merge-fields';
import { SmsCounter } from './SmsCounter';

interface MessageEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  // Merge fields make sense where each recipient is a person (campaigns, templates).
  mergeFields?: boolean;
  rows?: number;
  autoFocus?: boolean;
}

// An SMS text box: merge-field buttons that insert «{نام}» at the caret, and the live character / part counter.
export function MessageEditor({ label, value, onChange, error, mergeFields = true, rows = 5, autoFocus }: MessageEditorProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  const insert = (token: string) => {
    const node = box.current;
    const text = `{${token}}`;
    const start = node?.selectionStart ?? value.length;
    const end = node?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + text + value.slice(end));
    // After React has written the new value: the caret goes right after the inserted field.
    requestAnimationFrame(() => {
      node?.focus();
      node?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  return (
    <div className={error ? 'field field--invalid message-editor' : 'field message-editor'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {mergeFields ? (
        <div className="merge-fields" role="group" aria-label="درج فیلد ادغام">
          {MERGE_FIELDS.map((field) => (
            <button key={field} type="button" className="button button--small merge-fields__button" onClick={() => insert(MERGE_FIELD_TOKENS[field])}>
              {`{${MERGE_FIELD_TOKENS[field]}}`}
            </button>
          ))}
        </div>
      ) : null}
      <textarea
        ref={box}
        id={id}
        className="input textarea message-editor__text"
        rows={rows}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
      />
      <SmsCounter text={value} id={`${id}-count`} />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
