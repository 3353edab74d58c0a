import type { ReactNode } from 'react';
import { toPersianDigits } from '../../src-shared/domain/persian-text';

// Latin text, codes and numbers inside a Persian sentence: isolated so they never reorder it.
export function Bdi({ children, ltr = false }: { children: ReactNode; ltr?: boolean }) {
  return ltr ? <bdi dir="ltr">{children}</bdi> : <bdi>{children}</bdi>;
}

// A number shown with Persian digits (and thousands separators when grouped).
export function PersianNumber({ value, grouped = false }: { value: number | string; grouped?: boolean }) {
  const text =
    typeof value === 'number' && grouped ? value.toLocaleString('en-US').replace(/,/g, '٬') : String(value);
  return <bdi>{toPersianDigits(text)}</bdi>;
}
