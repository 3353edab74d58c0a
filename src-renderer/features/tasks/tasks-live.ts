import type { ServerEvent } from '../../api/client';
import { refreshInbox } from './inbox-store';

// A task referred to me, or one I referred done: the inbox reloads. The toast and the bell come from the
// core's notifications.created, kept until read, so they are not made here as well.
export function handleTasksEvent(event: ServerEvent): void {
  if (event.name === 'tasks.referred' || event.name === 'tasks.completed') refreshInbox();
}
