import { taskLabels } from '../../../src-shared/i18n/ui-fa-tasks';

export type TaskIconName = keyof typeof taskLabels.icon;

// The marks a task may carry in the inbox and on its Gantt bar (stored by name, drawn here).
const ICON_PATHS: Record<TaskIconName, string> = {
  phone:
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1 11.4 11.4 0 0 0 .57 3.6 1 1 0 0 1-.25 1l-2.2 2.2Z',
  meeting: 'M16 11a4 4 0 1 0-4-4 4 4 0 0 0 4 4Zm-8 1a3 3 0 1 0-3-3 3 3 0 0 0 3 3Zm8 1c-2.7 0-8 1.3-8 4v3h16v-3c0-2.7-5.3-4-8-4Zm-8 0c-.3 0-.7 0-1.1.1A4.6 4.6 0 0 1 9 17v3H1v-3c0-2.3 4.7-4 7-4Z',
  mail: 'M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 4-8 5-8-5V6l8 5 8-5v2Z',
  document: 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6Zm2 16H8v-2h8v2Zm0-4H8v-2h8v2Zm-3-5V3.5L18.5 9H13Z',
  money: 'M3 6h18v12H3V6Zm9 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM5 8v2a2 2 0 0 0 2-2H5Zm14 0h-2a2 2 0 0 0 2 2V8ZM5 16h2a2 2 0 0 0-2-2v2Zm14 0v-2a2 2 0 0 0-2 2h2Z',
  delivery: 'M3 5h11v9H3V5Zm12 3h3.5L21 11.5V16h-1.2a2.5 2.5 0 0 0-4.6 0H15V8ZM6.5 14a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm11 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z',
  flag: 'M5 3h2v18H5V3Zm3 1h10l-2 4 2 4H8V4Z',
  star: 'M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5L2.5 9.4l6.6-.9L12 2.5Z',
};

export const TASK_ICON_NAMES = Object.keys(ICON_PATHS) as TaskIconName[];

function isTaskIcon(name: string): name is TaskIconName {
  return name in ICON_PATHS;
}

// The task's mark in its colour; nothing for a task without one (or with a name this version does not draw).
export function TaskIcon({ icon, colour }: { icon: string | null; colour: string | null }) {
  if (icon === null || !isTaskIcon(icon)) return null;
  return (
    <svg className="task-icon" viewBox="0 0 24 24" width="18" height="18" role="img" aria-label={taskLabels.icon[icon]} style={colour ? { color: colour } : undefined}>
      <path fill="currentColor" d={ICON_PATHS[icon]} />
    </svg>
  );
}
