import { useState } from 'react';
import { ApiCallError, messageOf } from '../../api/client';
import { issuesToFieldErrors, toast, type FieldErrors } from '../../ui';

// The state of a dialog form that saves through one command: field errors (input.invalid, or a taken name on
// `nameField`), the form-wide message and the busy flag.
export function useSaveForm(nameField = 'name') {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (action: () => Promise<unknown>, success: string): Promise<boolean> => {
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      await action();
      toast.success(success);
      return true;
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      if (failure instanceof ApiCallError && failure.code === 'messaging.nameTaken') setErrors({ [nameField]: failure.message });
      setFormError(messageOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errors, formError, busy, save };
}
