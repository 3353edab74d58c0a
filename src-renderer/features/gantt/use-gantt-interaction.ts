import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Task } from '../../../src-shared/api/tasks';
import { daysMoved, reschedule, type Grip, type Schedule } from './gantt-geometry';

export interface PendingChange {
  id: number;
  schedule: Schedule;
  // Keys wait for Enter; a drag saves on release.
  by: 'keys' | 'pointer';
}

interface Options {
  tasks: readonly Task[];
  dayWidth: number;
  // Tasks with a bar, in row order: where the up and down arrows go.
  drawn: readonly Task[];
  mayEdit(task: Task): boolean;
  onCommit(task: Task, schedule: Schedule): Promise<void>;
  chart: RefObject<SVGSVGElement | null>;
}

interface Drag {
  task: Task;
  grip: Grip;
  originX: number;
  days: number;
}

// Selecting, dragging and the keyboard on the chart. One pending change at a time (the bar under the pointer, or
// the selected bar moved by keys) is drawn in place of the task's own dates until it is saved or dropped; nothing
// else re-renders while the pointer moves.
export function useGanttInteraction({ tasks, dayWidth, drawn, mayEdit, onCommit, chart }: Options) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const drag = useRef<Drag | null>(null);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const selected = selectedId === null ? undefined : byId.get(selectedId);

  useEffect(() => {
    if (selectedId !== null) chart.current?.querySelector<SVGGElement>(`[data-task-id="${selectedId}"]`)?.focus();
  }, [selectedId, chart]);

  const commit = async (task: Task, schedule: Schedule) => {
    setPending({ id: task.id, schedule, by: 'pointer' });
    await onCommit(task, schedule);
    setPending(null);
  };

  const select = (id: number) => {
    if (pending && pending.id !== id) setPending(null);
    setSelectedId(id);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const target = event.target as Element;
    const bar = target.closest<SVGGElement>('[data-task-id]');
    const task = bar ? byId.get(Number(bar.dataset.taskId)) : undefined;
    if (!bar || !task) return;
    // No text selection or native drag while a bar is held; the focus is given by hand instead.
    event.preventDefault();
    bar.focus({ preventScroll: true });
    select(task.id);
    if (!mayEdit(task)) return;
    drag.current = { task, grip: (target.getAttribute('data-grip') as Grip | null) ?? 'move', originX: event.clientX, days: 0 };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const held = drag.current;
    if (!held) return;
    const days = daysMoved(event.clientX - held.originX, dayWidth);
    if (days === held.days) return;
    held.days = days;
    setPending(days === 0 ? null : { id: held.task.id, schedule: reschedule(held.task, held.grip, days), by: 'pointer' });
  };

  const onPointerUp = () => {
    const held = drag.current;
    drag.current = null;
    if (held && held.days !== 0) void commit(held.task, reschedule(held.task, held.grip, held.days));
  };

  const onPointerCancel = () => {
    drag.current = null;
    setPending(null);
  };

  // Right-to-left: the left arrow is a day later. Shift moves only the due date.
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!selected) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      if (!mayEdit(selected)) return;
      event.preventDefault();
      const base = pending?.id === selected.id ? pending.schedule : selected;
      setPending({ id: selected.id, schedule: reschedule(base, event.shiftKey ? 'due' : 'move', event.key === 'ArrowLeft' ? 1 : -1), by: 'keys' });
    } else if (event.key === 'Enter' && pending?.id === selected.id) {
      event.preventDefault();
      void commit(selected, pending.schedule);
    } else if (event.key === 'Escape' && pending) {
      event.preventDefault();
      setPending(null);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const at = drawn.findIndex((task) => task.id === selected.id);
      const next = drawn[Math.min(drawn.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) select(next.id);
    }
  };

  return { selectedId, pending, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown } };
}
