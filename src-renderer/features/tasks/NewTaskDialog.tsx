import { create } from 'zustand';
import { useCan } from '../auth';
import { TaskFormDialog, type NewTaskPrefill } from './TaskFormDialog';

interface NewTaskState {
  // The dialog is open with this prefill; null = closed.
  prefill: NewTaskPrefill | null;
  open(prefill?: NewTaskPrefill): void;
  close(): void;
}

// One new-task dialog for the whole app (mounted by the frame), so it outlives what opened it (a call pop-up).
const useNewTaskStore = create<NewTaskState>()((set) => ({
  prefill: null,
  open(prefill = {}) {
    set({ prefill });
  },
  close() {
    set({ prefill: null });
  },
}));

// `const openNewTask = useNewTaskDialog(); openNewTask({ party, title })`.
export function useNewTaskDialog(): (prefill?: NewTaskPrefill) => void {
  return useNewTaskStore((state) => state.open);
}

export function openNewTaskDialog(prefill?: NewTaskPrefill): void {
  useNewTaskStore.getState().open(prefill);
}

// «پیگیری تماس …»: a follow-up of a call, about its caller when known.
export function callFollowUp(party: { id: number; name: string } | null, who: string): NewTaskPrefill {
  return { party, title: `پیگیری تماس ${who}`, source: 'call' };
}

interface NewTaskButtonProps {
  prefill?: NewTaskPrefill;
  label?: string;
  // A fuller name when several buttons share the label (one per list row).
  ariaLabel?: string;
  className?: string;
}

// «کار جدید», only for users who may create tasks.
export function NewTaskButton({ prefill, label = 'کار جدید', ariaLabel, className = 'button button--small' }: NewTaskButtonProps) {
  const can = useCan();
  const open = useNewTaskDialog();
  if (!can('tasks.create')) return null;
  return (
    <button type="button" className={className} aria-label={ariaLabel} onClick={() => open(prefill)}>
      {label}
    </button>
  );
}

export function NewTaskDialogHost() {
  const prefill = useNewTaskStore((state) => state.prefill);
  const close = useNewTaskStore((state) => state.close);
  return prefill ? <TaskFormDialog mode="create" prefill={prefill} onClose={close} /> : null;
}
