import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { INBOX_TABS, TASK_PRIORITIES, type InboxTab, type Task } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { DataTable, Field, type Column } from '../../ui';
import { useCan } from '../auth';
import { ListError, Pager } from '../messaging';
import { DueAt, PriorityBadge, StateBadge, TaskParty } from './format';
import { useInboxCountsStore, useInboxStore, type TaskPriority } from './inbox-store';
import { NewTaskButton, useNewTaskDialog } from './NewTaskDialog';
import { CompleteTaskDialog, ReferTaskDialog, TaskDetailsDialog } from './TaskDialogs';

type Open = { kind: 'complete' | 'refer' | 'details'; task: Task } | null;

const KEYS = {
  create: { keys: ['n', 'N', 'ن'], code: 'KeyN' },
  complete: { keys: ['c', 'C', 'ت'], code: 'KeyC' },
  refer: { keys: ['r', 'R', 'ا'], code: 'KeyR' },
} as const;

function pressed(event: { key: string; code: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }, which: keyof typeof KEYS): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  const spec = KEYS[which];
  return (spec.keys as readonly string[]).includes(event.key) || event.code === spec.code;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

// «کارتابل»: my tasks in six tabs with their counts, a priority filter, and the keyboard shortcuts of the hint line.
export function TasksPage() {
  const titleId = useId();
  const tabsId = useId();
  const can = useCan();
  const openNewTask = useNewTaskDialog();
  const { rows, total, offset, filter, error, load, setFilter, setOffset, release } = useInboxStore();
  const counts = useInboxCountsStore((state) => state.counts);
  const [open, setOpen] = useState<Open>(null);
  const table = useRef<HTMLDivElement>(null);
  const mayEdit = can('tasks.edit');

  useEffect(() => {
    void load();
    return release;
  }, [load, release]);

  // «N» / «ن» anywhere on the screen, unless a field or a dialog has the keyboard.
  useEffect(() => {
    if (!can('tasks.create')) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || !pressed(event, 'create') || typingIn(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      openNewTask();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [can, openNewTask]);

  const rowOf = (target: EventTarget | null): Task | undefined => {
    const id = (target as HTMLElement | null)?.closest('tr')?.querySelector<HTMLElement>('[data-task-id]')?.dataset.taskId;
    return id === undefined ? undefined : rows.find((row) => row.id === Number(id));
  };

  // On a row: «C» completes, «R» refers; the arrows move between rows.
  const onTableKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (typingIn(event.target)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const handles = [...(table.current?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [])];
      const current = handles.findIndex((handle) => handle.closest('tr') === (event.target as HTMLElement).closest('tr'));
      if (current < 0) return;
      event.preventDefault();
      handles[Math.min(handles.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      return;
    }
    const task = rowOf(event.target);
    if (!task || task.completedAt !== null || !mayEdit) return;
    if (pressed(event, 'complete')) {
      event.preventDefault();
      setOpen({ kind: 'complete', task });
    } else if (pressed(event, 'refer')) {
      event.preventDefault();
      setOpen({ kind: 'refer', task });
    }
  };

  // Right-to-left: the left arrow goes to the next tab.
  const onTabsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? 1 : event.key === 'ArrowRight' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = INBOX_TABS[(INBOX_TABS.indexOf(filter.tab) + step + INBOX_TABS.length) % INBOX_TABS.length]!;
    void setFilter({ tab: next });
    document.getElementById(`${tabsId}-${next}`)?.focus();
  };

  const columns: Column<Task>[] = [
    {
      key: 'code',
      header: 'کد',
      value: (task) => task.code,
      render: (task) => (
        <button
          type="button"
          className="link-button task-code"
          data-task-id={task.id}
          aria-label={`جزئیات کار ${task.code}: ${task.title}`}
          onClick={() => setOpen({ kind: 'details', task })}
        >
          <bdi>{toPersianDigits(task.code)}</bdi>
        </button>
      ),
    },
    { key: 'title', header: 'عنوان', value: (task) => task.title, render: (task) => <span className="task-title">{task.title}</span> },
    {
      key: 'priority',
      header: 'اولویت',
      value: (task) => TASK_PRIORITIES.indexOf(task.priority),
      render: (task) => <PriorityBadge priority={task.priority} />,
    },
    { key: 'party', header: 'شخص', value: (task) => task.partyName, render: (task) => <TaskParty task={task} /> },
    { key: 'due', header: 'موعد', value: (task) => task.dueAt, render: (task) => <DueAt task={task} /> },
    {
      key: 'people',
      header: filter.tab === 'referredToMe' ? 'ارجاع‌دهنده / انجام‌دهنده' : 'انجام‌دهنده / ارجاع‌دهنده',
      value: (task) => (filter.tab === 'referredToMe' ? task.referrerName : task.assigneeName),
      render: (task) => <People task={task} tab={filter.tab} />,
    },
    { key: 'state', header: 'وضعیت', value: (task) => task.completedAt ?? 0, render: (task) => <StateBadge task={task} /> },
    {
      key: 'actions',
      header: 'عملیات',
      className: 'data-table__actions',
      render: (task) => (
        <div className="row-actions">
          {mayEdit && task.completedAt === null ? (
            <>
              <button type="button" className="button button--small" aria-keyshortcuts="C" onClick={() => setOpen({ kind: 'complete', task })}>
                انجام شد
              </button>
              <button type="button" className="button button--small" aria-keyshortcuts="R" onClick={() => setOpen({ kind: 'refer', task })}>
                ارجاع
              </button>
            </>
          ) : null}
          <button type="button" className="button button--small button--ghost" onClick={() => setOpen({ kind: 'details', task })}>
            جزئیات
          </button>
        </div>
      ),
    },
  ];

  const label = taskLabels.tab[filter.tab];
  return (
    <section className="page tasks" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          کارتابل
        </h1>
        <div className="page__tools">
          <NewTaskButton className="button button--primary" />
        </div>
      </header>

      <div className="tabs tasks__tabs" role="tablist" aria-label="بخش‌های کارتابل" onKeyDown={onTabsKey}>
        {INBOX_TABS.map((tab) => (
          <button
            key={tab}
            id={`${tabsId}-${tab}`}
            type="button"
            role="tab"
            className={`tabs__tab tasks__tab tasks__tab--${tab}`}
            aria-selected={filter.tab === tab}
            aria-controls={`${tabsId}-panel`}
            tabIndex={filter.tab === tab ? 0 : -1}
            onClick={() => void setFilter({ tab })}
          >
            {taskLabels.tab[tab]}{' '}
            <span className="tasks__count" data-field="count">
              {toPersianDigits(counts[tab] ?? 0)}
            </span>
          </button>
        ))}
      </div>

      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${filter.tab}`} className="tasks__panel">
        <div className="filters-row tasks__filters" role="group" aria-label="فیلتر کارها">
          <Field label="اولویت">
            {(control) => (
              <select
                className="input input--short"
                {...control}
                value={filter.priority ?? ''}
                onChange={(event) => void setFilter({ priority: (event.target.value || null) as TaskPriority | null })}
              >
                <option value="">همه</option>
                {TASK_PRIORITIES.map((option) => (
                  <option key={option} value={option}>
                    {taskLabels.priority[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="muted tasks__hint" aria-label="میان‌برهای صفحه‌کلید">
            <kbd>N</kbd> یا <kbd>ن</kbd>: کار جدید · روی ردیف: <kbd>C</kbd> یا <kbd>ت</kbd>: انجام شد، <kbd>R</kbd> یا <kbd>ا</kbd>: ارجاع، <kbd>↑</kbd>
            <kbd>↓</kbd>: ردیف دیگر
          </p>
        </div>
        <ListError error={error} />
        <div ref={table} onKeyDown={onTableKey}>
          <DataTable
            caption={`کارهای ${label}`}
            columns={columns}
            rows={rows}
            rowKey={(task) => task.id}
            rowClassName={(task) => `task-row task-row--${task.priority}`}
            emptyText={taskLabels.emptyTab[filter.tab]}
          />
        </div>
        <Pager offset={offset} total={total} onOffset={(next) => void setOffset(next)} />
      </div>

      {open?.kind === 'complete' ? <CompleteTaskDialog task={open.task} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'refer' ? <ReferTaskDialog task={open.task} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'details' ? <TaskDetailsDialog task={open.task} onClose={() => setOpen(null)} /> : null}
    </section>
  );
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
