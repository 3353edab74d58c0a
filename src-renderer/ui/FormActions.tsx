interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  // The form-wide message (a refusal, a network failure), shown above the buttons.
  error: string | null;
  onCancel(): void;
  cancelLabel?: string;
  className?: string;
}

// The closing row of a dialog form: its message, then the submit button and the way out.
export function FormActions({ submitLabel, busy, error, onCancel, cancelLabel = 'انصراف', className }: FormActionsProps) {
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={className ? `form-actions ${className}` : 'form-actions'}>
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
