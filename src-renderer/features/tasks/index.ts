import './tasks.css';

export { TASKS_PATH } from './paths';
export { callFollowUp, NewTaskButton, NewTaskDialog, NewTaskDialogHost, openNewTaskDialog, useNewTaskDialog, type NewTaskPrefill } from './NewTaskDialog';
export { handleTasksEvent } from './tasks-live';
export { refreshInbox as refreshTasksOnChange, resetTasks, TASK_TABLES } from './inbox-store';
export { TasksPage } from './TasksPage';
