import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { InboxPage } from './InboxPage';
import { OccasionsPage } from './OccasionsPage';
import { TASKS_PATH } from './paths';

// #/tasks: the inbox; #/tasks/12: the inbox with that task open; #/tasks/occasions: the upcoming occasions.
// Anything else under #/tasks goes back to the inbox.
export function TasksScreen({ rest }: { rest: readonly string[] }) {
  const [first] = rest;
  const taskId = first !== undefined && /^\d+$/.test(first) ? Number(first) : null;
  const known = first === undefined || first === 'occasions' || taskId !== null;

  useEffect(() => {
    if (!known) navigate(TASKS_PATH);
  }, [known]);

  return first === 'occasions' ? <OccasionsPage /> : <InboxPage taskId={taskId} />;
}
