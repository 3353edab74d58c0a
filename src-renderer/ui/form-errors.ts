import type { z } from 'zod';
import type { FieldIssue } from '../../src-shared/api/errors';
import { issueMessage, validationMessages } from '../../src-shared/i18n/fa';

export type FieldErrors = Partial<Record<string, string>>;

// Server issues (details.issues) → Persian message per top-level field, and per dotted path
// (`contactPoints.0.value`) so that a row of a list can show its own message.
export function issuesToFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const message = issueMessage(issue);
    errors[String(issue.path[0] ?? '')] ??= message;
    errors[issue.path.join('.')] ??= message;
  }
  return errors;
}

// The contract's own zod schema checks a form before sending, so the rules and the Persian texts
// are the same as the server's.
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: issuesToFieldErrors(
      result.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        message: issue.message in validationMessages ? issue.message : issue.code,
      })),
    ),
  };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
