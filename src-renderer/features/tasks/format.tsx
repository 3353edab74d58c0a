import type { Task } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { partyColorLabels } from '../../../src-shared/i18n/ui-fa';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { toast } from '../../ui';
import { useCan } from '../auth';
import { When } from '../messaging';
import { recordPath } from '../parties';

export type TaskState = keyof typeof taskLabels.state;

export function taskState(task: Pick<Task, 'completedAt' | 'dueAt'>, now = Date.now()): TaskState {
  if (task.completedAt !== null) return 'done';
  return task.dueAt !== null && task.dueAt < now ? 'overdue' : 'open';
}

export function PriorityBadge({ priority }: { priority: Task['priority'] }) {
  return <span className={`badge priority priority--${priority}`}>{taskLabels.priority[priority]}</span>;
}

export function StateBadge({ task }: { task: Task }) {
  const state = taskState(task);
  return <span className={`task-state task-state--${state}`}>{taskLabels.state[state]}</span>;
}

// «۴۰٪» with a bar; the bar takes the task's colour.
export function Percent({ task }: { task: Pick<Task, 'percent' | 'colour'> }) {
  return (
    <span className="task-percent">
      <span className="task-percent__track" aria-hidden="true">
        <span className="task-percent__bar" style={{ inlineSize: `${task.percent}%`, ...(task.colour ? { background: task.colour } : {}) }} />
      </span>
      <bdi>{toPersianDigits(task.percent)}٪</bdi>
    </span>
  );
}

// The task's colour as a dot before its title, named for those who cannot see it.
export function ColourDot({ colour }: { colour: string | null }) {
  if (colour === null) return null;
  return <span className="task-colour" style={{ background: colour }} role="img" aria-label={`رنگ ${partyColorLabels[colour] ?? ''}`.trim()} />;
}

// The due date-time in Jalali, red once it has passed on an open task.
export function DueAt({ task }: { task: Task }) {
  if (task.dueAt === null) return <span className="muted">بدون موعد</span>;
  return (
    <span className={taskState(task) === 'overdue' ? 'task-due task-due--late' : 'task-due'}>
      <When at={task.dueAt} />
    </span>
  );
}

// The task's person (or company) opens their record: a task knows the party but not its kind, so ask.
export function TaskParty({ task }: { task: Pick<Task, 'partyId' | 'partyName'> }) {
  const can = useCan();
  if (task.partyId === null) return <span className="muted">—</span>;
  const id = task.partyId;
  const name = task.partyName ?? '…';
  if (!can('people.view') && !can('companies.view')) return <span>{name}</span>;
  const open = async () => {
    try {
      if (can('people.view')) {
        try {
          await call('people.get', { id });
          navigate(recordPath('person', id));
          return;
        } catch (failure) {
          if (!can('companies.view')) throw failure;
        }
      }
      await call('companies.get', { id });
      navigate(recordPath('company', id));
    } catch (failure) {
      toast.error(messageOf(failure));
    }
  };
  return (
    <button type="button" className="link-button" onClick={() => void open()}>
      {name}
    </button>
  );
}
