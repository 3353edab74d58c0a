// «کارتابل» (#/tasks), a task over it (#/tasks/12, where the core's notifications lead) and the occasions.
export const TASKS_PATH = '/tasks';

export function occasionsPath(): string {
  return `${TASKS_PATH}/occasions`;
}
