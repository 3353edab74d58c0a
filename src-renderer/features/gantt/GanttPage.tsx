import { useCallback, useEffect, useId, useMemo } from 'react';
import type { Task } from '../../../src-shared/api/tasks';
import { ganttLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { useCan, useSessionStore } from '../auth';
import { ListError } from '../messaging';
import { GanttChart } from './GanttChart';
import { GanttFilters } from './GanttFilters';
import { rangeOfFilter, useGanttStore } from './gantt-store';

// «نمودار گانت»: the tasks of a user (me by default), a person, a company or a group over a Jalali month, a season or
// chosen days; bars are moved and stretched by dragging or with the keyboard.
export function GanttPage() {
  const titleId = useId();
  const can = useCan();
  const me = useSessionStore((state) => state.user);
  const { filter, tasks, loaded, error, load, reschedule, release } = useGanttStore();
  const range = useMemo(() => rangeOfFilter(filter), [filter]);
  const mayEditAny = can('tasks.edit');
  // The core lets the assignee (or an administrator) reschedule a task.
  const mayEdit = useCallback((task: Task) => mayEditAny && (task.assigneeId === me?.id || me?.isAdmin === true), [mayEditAny, me]);

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  return (
    <section className="page gantt-page" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          {ganttLabels.title}
        </h1>
      </header>
      <GanttFilters />
      <ListError error={error} />
      {loaded && tasks.length === 0 && !error ? <p className="muted gantt-page__empty">{ganttLabels.noTasks}</p> : null}
      {tasks.length > 0 ? <GanttChart tasks={tasks} range={range} mayEdit={mayEdit} onReschedule={reschedule} /> : null}
    </section>
  );
}
