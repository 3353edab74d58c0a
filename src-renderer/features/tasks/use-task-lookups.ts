import { useEffect, useState } from 'react';
import { call } from '../../api/client';

interface TaskLookups {
  types: readonly string[];
  statuses: readonly string[];
}

const NONE: TaskLookups = { types: [], statuses: [] };

// The office's task types and statuses (editable in the settings), read again each time a form or filter
// opens so an edited list shows at once.
export function useTaskLookups(): TaskLookups {
  const [lookups, setLookups] = useState<TaskLookups>(NONE);
  useEffect(() => {
    let live = true;
    call('lookups.list')
      .then((lists) => live && setLookups({ types: lists.taskType ?? [], statuses: lists.taskStatus ?? [] }))
      .catch(() => {
        // Suggestions only: without them the fields still take what is typed.
      });
    return () => {
      live = false;
    };
  }, []);
  return lookups;
}
