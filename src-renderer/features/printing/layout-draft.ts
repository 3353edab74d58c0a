import type { z } from 'zod';
import type { Calibration, EnvelopeLayout, LabelLayout, LetterLayout } from '../../../src-shared/api/printing';
import type { FieldErrors } from '../../ui';

// A layout being edited: a number field may hold what was typed until it is a number (zod names it on save).
type Loose<T> = { [K in keyof T]: T[K] extends number ? number | string | null : T[K] };

export type LetterDraft = Loose<LetterLayout>;
export type EnvelopeDraft = Loose<EnvelopeLayout>;
export type CalibrationDraft = Loose<z.infer<typeof Calibration>>;
export type LabelDraft = Omit<Loose<LabelLayout>, 'calibrations'> & { calibrations: CalibrationDraft[] };
export type LayoutDraft = LetterDraft | EnvelopeDraft | LabelDraft;

export interface LayoutFieldsProps<D extends LayoutDraft> {
  layout: D;
  change(patch: Partial<D>): void;
  // Keyed by path, as the server and zod name them: «layout.rows».
  errors: FieldErrors;
}

export function layoutError(errors: FieldErrors, key: string): string | undefined {
  return errors[`layout.${key}`];
}
