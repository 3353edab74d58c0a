import { useId, useState } from 'react';
import { normalizePersianText } from '../../../src-shared/domain/persian-text';

interface ChipsInputProps {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  suggestions?: readonly string[];
  // How a stored value reads (a built-in role key → its Persian name).
  display?: (value: string) => string;
  error?: string | undefined;
}

// A short list of free texts (certificates, activity types, the office's own roles): type, Enter, repeat.
export function ChipsInput({ label, values, onChange, suggestions, display = (value) => value, error }: ChipsInputProps) {
  const id = useId();
  const [text, setText] = useState('');

  const add = () => {
    const value = normalizePersianText(text);
    if (value && !values.includes(value)) onChange([...values, value]);
    setText('');
  };

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {values.length > 0 ? (
        <ul className="chips" aria-label={label}>
          {values.map((value) => (
            <li key={value} className="chip">
              {display(value)}
              <button
                type="button"
                className="chip__remove"
                aria-label={`برداشتن «${display(value)}»`}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="chips__add">
        <input
          id={id}
          className="input"
          value={text}
          list={suggestions ? `${id}-list` : undefined}
          aria-invalid={Boolean(error)}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              // Enter adds the item; it must not submit the whole form.
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add} disabled={!text.trim()}>
          افزودن
        </button>
      </div>
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
