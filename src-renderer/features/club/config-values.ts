import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';

// Numbers in the settings forms are typed as text (Persian digits shown, «٫» or «.» for decimals); the API
// takes numbers. An empty box is null; what is not a number stays text, so zod's message names the field.
export function numberOf(text: string): number | string | null {
  const ascii = toAsciiDigits(text).replace(/[٫/]/g, '.').replace(/[\s٬,]/g, '');
  if (ascii === '') return null;
  const value = Number(ascii);
  return Number.isFinite(value) ? value : text;
}

export function textOf(value: number | null): string {
  return value === null ? '' : toPersianDigits(String(value).replace('.', '٫'));
}
