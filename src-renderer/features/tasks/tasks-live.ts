import type { ServerEvent } from '../../api/client';
import { toast } from '../../ui';
import { useNotificationsStore } from '../notifications';
import { refreshInbox } from './inbox-store';
import { TASKS_PATH } from './paths';

function tell(text: string): void {
  useNotificationsStore.getState().add({ text, path: TASKS_PATH });
  toast.info(text);
}

// A task referred to me, or one I referred done: a toast (and the bell), and the inbox reloads.
export function handleTasksEvent(event: ServerEvent): void {
  if (event.name === 'tasks.referred') {
    tell(`کار «${event.payload.task.title}» به شما ارجاع شد`);
    refreshInbox();
  } else if (event.name === 'tasks.completed') {
    tell(`کار «${event.payload.task.title}» انجام شد`);
    refreshInbox();
  }
}
