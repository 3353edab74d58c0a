import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { INBOX_TABS, type Task } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { DataTable, toast } from '../../ui';
import { useCan, useSessionStore } from '../auth';
import { ListError, Pager } from '../messaging';
import { inboxColumns, type TaskDialogKind } from './inbox-columns';
import { pressed, typingIn } from './inbox-keys';
import { refreshInbox, useInboxCountsStore, useInboxStore } from './inbox-store';
import { InboxFilters } from './InboxFilters';
import { NewTaskButton, useNewTaskDialog } from './NewTaskDialog';
import { occasionsPath, TASKS_PATH } from './paths';
import { CompleteTaskDialog, ReferTaskDialog, TaskDetailsDialog } from './TaskDialogs';
import { TaskFormDialog } from './TaskFormDialog';

type Open = { kind: TaskDialogKind; task: Task } | null;

// A due time passing moves tasks between tabs with no event to say so: the counts are read again this often.
const TIME_REFRESH_MS = 60_000;

// «کارتابل»: my tasks in six tabs with their counts, quick filters, and the keyboard shortcuts of the hint line.
// `taskId` (#/tasks/12, where a notification leads) opens that task's details over the inbox.
export function InboxPage({ taskId }: { taskId: number | null }) {
  const titleId = useId();
  const tabsId = useId();
  const can = useCan();
  const me = useSessionStore((state) => state.user);
  const openNewTask = useNewTaskDialog();
  const { rows, total, offset, filter, error, load, setFilter, setOffset, release } = useInboxStore();
  const counts = useInboxCountsStore((state) => state.counts);
  const [open, setOpen] = useState<Open>(null);
  const table = useRef<HTMLDivElement>(null);
  const mayAct = (task: Task) => can('tasks.edit') && (task.assigneeId === me?.id || me?.isAdmin === true);

  useEffect(() => {
    void load();
    const timer = setInterval(refreshInbox, TIME_REFRESH_MS);
    return () => {
      clearInterval(timer);
      release();
    };
  }, [load, release]);

  useEffect(() => {
    if (taskId === null) return;
    let live = true;
    call('tasks.get', { id: taskId })
      .then((task) => live && setOpen({ kind: 'details', task }))
      .catch((failure: unknown) => {
        if (!live) return;
        toast.error(messageOf(failure));
        navigate(TASKS_PATH);
      });
    return () => {
      live = false;
    };
  }, [taskId]);

  const close = () => {
    setOpen(null);
    if (taskId !== null) navigate(TASKS_PATH);
  };

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

  // On a row: «C» completes, «R» refers, «E» edits; the arrows move between rows.
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
    if (!task || !mayAct(task)) return;
    const kind = pressed(event, 'edit') ? 'edit' : task.completedAt !== null ? null : pressed(event, 'complete') ? 'complete' : pressed(event, 'refer') ? 'refer' : null;
    if (kind === null) return;
    event.preventDefault();
    setOpen({ kind, task });
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

  const columns = inboxColumns({ tab: filter.tab, mayAct, open: (kind, task) => setOpen({ kind, task }) });
  const seenTypes = rows.flatMap((task) => (task.type ? [task.type] : []));
  const label = taskLabels.tab[filter.tab];
  return (
    <section className="page tasks" aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId} className="page__title">
          کارتابل
        </h1>
        <div className="page__tools">
          {can('people.view') ? (
            <a className="button" href={`#${occasionsPath()}`}>
              مناسبت‌های پیش رو
            </a>
          ) : null}
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
        <InboxFilters filter={filter} seenTypes={seenTypes} onChange={(next) => void setFilter(next)} />
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

      {open?.kind === 'complete' ? <CompleteTaskDialog task={open.task} onClose={close} /> : null}
      {open?.kind === 'refer' ? <ReferTaskDialog task={open.task} onClose={close} /> : null}
      {open?.kind === 'edit' ? <TaskFormDialog mode="edit" task={open.task} onClose={close} /> : null}
      {open?.kind === 'details' ? (
        <TaskDetailsDialog task={open.task} onClose={close} onEdit={mayAct(open.task) ? (task) => setOpen({ kind: 'edit', task }) : undefined} />
      ) : null}
    </section>
  );
}
