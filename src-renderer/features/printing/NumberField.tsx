import { useState } from 'react';
import { numberOf, textOf } from '../club';
import { DigitsField } from '../parties';

interface NumberFieldProps {
  label: string;
  // A number, or what was typed when it is not one (zod then names the field).
  value: number | string | null;
  onChange(value: number | string | null): void;
  error?: string | undefined;
  hint?: string;
  whole?: boolean;
}

// Millimetres, rows, a font size: typed with Persian digits and «٫», handed on as a number.
export function NumberField({ label, value, onChange, error, hint, whole = false }: NumberFieldProps) {
  const [text, setText] = useState(() => (typeof value === 'number' ? textOf(value) : (value ?? '')));
  return (
    <DigitsField
      label={label}
      value={text}
      onChange={(typed) => {
        setText(typed);
        onChange(numberOf(typed));
      }}
      error={error}
      hint={hint}
      inputMode={whole ? 'numeric' : 'decimal'}
      className="input input--short"
    />
  );
}
