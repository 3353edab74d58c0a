// «کارتابل» (#/tasks).
export const TASKS_PATH = '/tasks';
