import { TASK_PRIORITIES, type InboxTab, type Task } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { Column } from '../../ui';
import { ColourDot, DueAt, Percent, PriorityBadge, StateBadge, TaskParty } from './format';
import { TaskIcon } from './task-icons';

export type TaskDialogKind = 'complete' | 'refer' | 'details' | 'edit';

interface InboxColumnsOptions {
  tab: InboxTab;
  // Whether this user may complete, refer and edit the task (its assignee, or an admin, with tasks.edit).
  mayAct(task: Task): boolean;
  open(kind: TaskDialogKind, task: Task): void;
}

// The inbox's columns: code (the row's keyboard handle), title with its colour, mark and type, priority, person,
// due, who does it / who passed it on, state with the status and progress, actions.
export function inboxColumns({ tab, mayAct, open }: InboxColumnsOptions): Column<Task>[] {
  return [
    {
      key: 'code',
      header: 'کد',
      value: (task) => task.code,
      render: (task) => (
        <button type="button" className="link-button task-code" data-task-id={task.id} aria-label={`جزئیات کار ${task.code}: ${task.title}`} onClick={() => open('details', task)}>
          <bdi>{toPersianDigits(task.code)}</bdi>
        </button>
      ),
    },
    {
      key: 'title',
      header: 'عنوان',
      value: (task) => task.title,
      render: (task) => (
        <span className="task-heading">
          <span className="task-title">
            <ColourDot colour={task.colour} />
            <TaskIcon icon={task.icon} colour={task.colour} />
            <span className="task-title__text">{task.title}</span>
          </span>
          {task.type ? <span className="muted task-type">{task.type}</span> : null}
        </span>
      ),
    },
    { key: 'priority', header: 'اولویت', value: (task) => TASK_PRIORITIES.indexOf(task.priority), render: (task) => <PriorityBadge priority={task.priority} /> },
    { key: 'party', header: 'شخص', value: (task) => task.partyName, render: (task) => <TaskParty task={task} /> },
    { key: 'due', header: 'موعد', value: (task) => task.dueAt, render: (task) => <DueAt task={task} /> },
    {
      key: 'people',
      header: tab === 'referredToMe' ? 'ارجاع‌دهنده / انجام‌دهنده' : 'انجام‌دهنده / ارجاع‌دهنده',
      value: (task) => (tab === 'referredToMe' ? task.referrerName : task.assigneeName),
      render: (task) => <People task={task} tab={tab} />,
    },
    {
      key: 'state',
      header: 'وضعیت',
      value: (task) => task.completedAt ?? 0,
      render: (task) => (
        <span className="task-status">
          <StateBadge task={task} />
          {task.status ? <span className="muted task-status__text">{task.status}</span> : null}
          <Percent task={task} />
        </span>
      ),
    },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (task) => (
        <div className="row-actions">
          {mayAct(task) && task.completedAt === null ? (
            <>
              <button type="button" className="button button--small" aria-keyshortcuts="C" onClick={() => open('complete', task)}>
                انجام شد
              </button>
              <button type="button" className="button button--small" aria-keyshortcuts="R" onClick={() => open('refer', task)}>
                ارجاع
              </button>
            </>
          ) : null}
          {mayAct(task) ? (
            <button type="button" className="button button--small" aria-keyshortcuts="E" onClick={() => open('edit', task)}>
              ویرایش
            </button>
          ) : null}
          <button type="button" className="button button--small button--ghost" onClick={() => open('details', task)}>
            جزئیات
          </button>
        </div>
      ),
    },
  ];
}

// Who does it, and who passed it on: in «ارجاع‌شده به من» the referrer comes first.
function People({ task, tab }: { task: Task; tab: InboxTab }) {
  const assignee = task.assigneeName ?? '—';
  if (task.referrerName === null) return <span>{assignee}</span>;
  return tab === 'referredToMe' ? (
    <span>
      از طرف <strong>{task.referrerName}</strong>
    </span>
  ) : (
    <span>
      {assignee}
      <span className="muted task-people__from"> (ارجاع از {task.referrerName})</span>
    </span>
  );
}
