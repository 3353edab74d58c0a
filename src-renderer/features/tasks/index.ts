import './tasks.css';

export { TASKS_PATH } from './paths';
export { callFollowUp, NewTaskButton, NewTaskDialogHost, openNewTaskDialog, useNewTaskDialog } from './NewTaskDialog';
export type { NewTaskPrefill } from './TaskFormDialog';
export { handleTasksEvent } from './tasks-live';
export { refreshInbox as refreshTasksOnChange, resetTasks, TASK_TABLES } from './inbox-store';
export { TasksScreen } from './TasksScreen';
