import { useState } from 'react';
import { messageOf } from '../api/client';
import { toast } from './toast-store';

type Action = () => Promise<unknown>;

// Row actions of a list (users, templates, SMS rules…). Every refusal (403 included) reaches the user as a Persian
// sentence: a direct action's as a toast, a confirmed one's inside its confirm dialog, which stays open.
export function useListActions(reload: () => Promise<unknown>, closeConfirm: () => void) {
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  const run = async (action: Action, success: string) => {
    setBusy(true);
    try {
      await action();
      toast.success(success);
      await reload();
    } catch (failure) {
      toast.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const confirmRun = async (action: Action, success: string) => {
    setConfirmError(null);
    setBusy(true);
    try {
      await action();
      toast.success(success);
      closeConfirm();
      await reload();
    } catch (failure) {
      setConfirmError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return { busy, confirmError, clearConfirmError: () => setConfirmError(null), run, confirmRun };
}
