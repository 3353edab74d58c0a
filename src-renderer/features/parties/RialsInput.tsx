import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatMoneyNumber, numberToPersianWords, parseAmount } from '../../../src-shared/domain/money';
import { toAsciiDigits } from '../../../src-shared/domain/persian-text';
import { Field } from '../../ui';

interface RialsInputProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  error?: string | undefined;
}

const format = (value: number | null) => (value === null ? '' : formatMoneyNumber(value, 'rial'));

function digitsIn(text: string): number {
  return toAsciiDigits(text).replace(/\D/g, '').length;
}

// An amount in Rials, shown with Persian digits and separators while it is typed; the words below confirm
// the size («یک میلیون و دویست هزار ریال»), which separators alone do not for long numbers.
export function RialsInput({ label, value, onChange, error }: RialsInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => format(value));
  // Where the caret should land after reformatting: after this many digits.
  const caretDigits = useRef<number | null>(null);

  useEffect(() => {
    setText((current) => (parseAmount(current) === value ? current : format(value)));
  }, [value]);

  useLayoutEffect(() => {
    const node = input.current;
    const wanted = caretDigits.current;
    if (!node || wanted === null || document.activeElement !== node) return;
    caretDigits.current = null;
    let position = 0;
    for (let seen = 0; position < text.length && seen < wanted; position++) {
      if (/\d/.test(toAsciiDigits(text[position]!))) seen++;
    }
    node.setSelectionRange(position, position);
  }, [text]);

  const typed = (raw: string, caret: number | null) => {
    const digits = toAsciiDigits(raw).replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    if (digits === '') {
      setText('');
      onChange(null);
      return;
    }
    const amount = Number(digits);
    if (!Number.isSafeInteger(amount)) return;
    caretDigits.current = caret === null ? null : digitsIn(raw.slice(0, caret));
    setText(format(amount));
    onChange(amount);
  };

  return (
    <Field label={label} error={error} hint={value === null ? 'به ریال' : `${numberToPersianWords(value)} ریال`}>
      {(control) => (
        <input
          ref={input}
          className="input"
          {...control}
          dir="ltr"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => typed(event.target.value, event.target.selectionStart)}
        />
      )}
    </Field>
  );
}
