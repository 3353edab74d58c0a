import type { FormEvent, ReactNode } from 'react';
import type { MemberPanel } from '../../../src-shared/api/club';
import { Dialog, FormActions } from '../../ui';
import type { useSaveForm } from '../messaging';
import { useCounterStore } from './counter-store';

interface MemberCommandDialogProps {
  title: string;
  submitLabel: string;
  success: string;
  // A warning above the fields (what cannot be undone).
  warning?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  form: ReturnType<typeof useSaveForm>;
  // Checks the form and returns the command to run, or null when a check failed (its message is shown).
  command(): (() => Promise<MemberPanel>) | null;
  onClose(): void;
  children: ReactNode;
}

// One of the panel's actions as a keyboard-friendly form (Enter saves, Escape closes): the API's Persian errors
// stay inside it; on success the panel shows the member as the command left them.
export function MemberCommandDialog({ title, submitLabel, success, warning, size = 'md', form, command, onClose, children }: MemberCommandDialogProps) {
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const run = command();
    if (!run) return;
    let panel: MemberPanel | null = null;
    const saved = await form.save(async () => {
      panel = await run();
    }, success);
    if (saved && panel) {
      useCounterStore.getState().setPanel(panel);
      onClose();
    }
  };

  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form onSubmit={submit} noValidate aria-label={title}>
        {warning ? (
          <p className="notice" role="note">
            {warning}
          </p>
        ) : null}
        {children}
        <FormActions submitLabel={submitLabel} busy={form.busy} error={form.formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
