import { useLayoutEffect, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { Field } from '../../ui';

type DigitsFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
};

// A text field for numbers and codes: digits typed on a Latin keyboard show as Persian digits at once (the
// server reads any digit set). The caret stays where it was, since each digit is swapped for one digit.
export function DigitsField({ label, value, onChange, error, hint, ...input }: DigitsFieldProps) {
  const ref = useRef<HTMLInputElement>(null);
  const caret = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    const node = ref.current;
    if (node && caret.current && node.ownerDocument.activeElement === node) node.setSelectionRange(...caret.current);
    caret.current = null;
  }, [value]);

  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          ref={ref}
          className="input"
          dir="ltr"
          autoComplete="off"
          {...input}
          {...control}
          value={value}
          onChange={(event) => {
            caret.current = [event.target.selectionStart ?? 0, event.target.selectionEnd ?? 0];
            onChange(toPersianDigits(event.target.value));
          }}
        />
      )}
    </Field>
  );
}
