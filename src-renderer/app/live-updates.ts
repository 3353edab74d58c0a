import { useEffect, useSyncExternalStore } from 'react';
import { api, type EventsState } from '../api/client';
import type { Permission } from '../../src-shared/api/permissions';
import { hasPermission, useSessionStore } from '../features/auth';
import { MEETINGS_TABLE, refreshCalendarOnChange } from '../features/calendar';
import { isClubTable, refreshClubOnChange } from '../features/club';
import { refreshGanttOnChange } from '../features/gantt';
import { describeChange, handleNotificationCreated, useNotificationsStore, type RecordsChanged } from '../features/notifications';
import { catchUpParties, PARTY_TABLES, refreshPartiesOnChange } from '../features/parties';
import { useSettingsStore } from '../features/settings';
import { refreshUsersOnChange, useTemplatesStore, userName, useUsersStore } from '../features/users';
import { handleMessagingEvent } from '../features/messaging';
import { handleTelephonyEvent } from '../features/telephony';
import { handleTasksEvent, refreshTasksOnChange, resetTasks, TASK_TABLES } from '../features/tasks';
import { toast } from '../ui';

// Who may hear about a table: a change is news only to those who can see that table.
const TABLE_PERMISSION: Record<string, Permission> = {
  users: 'users.view',
  access_templates: 'users.view',
  office_settings: 'settings.view',
};

const ROUTE_OF_TABLE: Record<string, string> = {
  users: '/users',
  access_templates: '/templates',
  office_settings: '/settings',
};

function recordName(table: string, id: number): string | null {
  if (table === 'users') return userName(id);
  if (table === 'access_templates') {
    return useTemplatesStore.getState().templates.find((template) => template.id === id)?.name ?? null;
  }
  return null;
}

async function onRecordsChanged(change: RecordsChanged): Promise<void> {
  const session = useSessionStore.getState();
  const me = session.user;
  if (!me) return;
  // People, companies and their interactions change all day, and a user who sees only their own records must not
  // hear of others': the screens refresh quietly, without toasts or the bell.
  if (PARTY_TABLES.has(change.table)) {
    await refreshPartiesOnChange(change.table);
    return;
  }
  // Members, points and purchases change at every counter all day: the club's screens refresh quietly.
  if (isClubTable(change.table)) {
    if (hasPermission(me, 'club.view')) refreshClubOnChange(change.table);
    return;
  }
  // Tasks have their own events (referred, completed) for the one concerned: the inbox only reloads.
  if (TASK_TABLES.has(change.table)) {
    refreshTasksOnChange();
    refreshGanttOnChange();
    return;
  }
  // Meetings are told by their reminders: the calendar only reloads.
  if (change.table === MEETINGS_TABLE) {
    refreshCalendarOnChange();
    return;
  }
  // Names before the refresh, so a deleted record is still called by its name.
  const before = new Map(change.ids.map((id) => [id, recordName(change.table, id)]));

  if (hasPermission(me, 'users.view')) {
    if (!useUsersStore.getState().loaded) await useUsersStore.getState().load();
    if (change.table === 'access_templates' && !useTemplatesStore.getState().loaded) {
      await useTemplatesStore.getState().load();
    }
  }
  await refreshUsersOnChange(change.table);
  // My own rights may have changed: the frame and buttons follow at once.
  const mine = change.ids.length === 0 || change.ids.includes(me.id);
  if ((change.table === 'users' && mine) || change.table === 'access_templates') {
    await session.refreshMe();
  }
  if (change.table === 'office_settings') {
    await useSettingsStore.getState().load();
    const settings = useSettingsStore.getState().settings;
    if (settings) session.setOfficeName(settings.officeName);
  }

  const current = useSessionStore.getState().user;
  if (!current || change.byUserId === current.id) return;
  const needed = TABLE_PERMISSION[change.table];
  if (needed && !hasPermission(current, needed)) return;
  const text = describeChange(change, {
    record: (table, id) => recordName(table, id) ?? before.get(id) ?? null,
    user: (id) => userName(id),
  });
  useNotificationsStore.getState().addChange({ text, path: ROUTE_OF_TABLE[change.table] ?? null });
  toast.info(text);
}

// Events sent while the socket was down are lost: after a reconnect, reload what is on screen.
async function catchUp(): Promise<void> {
  await useSessionStore.getState().refreshMe();
  await Promise.all([
    refreshUsersOnChange('users'),
    useSettingsStore.getState().settings ? useSettingsStore.getState().load() : null,
    catchUpParties(),
    useNotificationsStore.getState().load(),
  ]);
}

// One events subscription for the signed-in session: lists refresh, the bell and toasts hear about others' changes.
export function useLiveUpdates(userId: number | null): void {
  useEffect(() => {
    if (userId === null) return;
    let wasReady = false;
    let lostSinceReady = false;
    const stopState = api.onEventsState((state) => {
      if (state === 'ready') {
        if (wasReady && lostSinceReady) void catchUp();
        wasReady = true;
        lostSinceReady = false;
      } else if (wasReady) {
        lostSinceReady = true;
      }
    });
    const stopEvents = api.subscribeEvents((event) => {
      if (event.name === 'records.changed') void onRecordsChanged(event.payload);
      else if (event.name === 'notifications.created') {
        handleNotificationCreated(event.payload);
        // A reminder or an overdue alarm moves a task between tabs without any record changing.
        if (event.payload.notification.kind.startsWith('task')) refreshTasksOnChange();
      } else if (event.name === 'notifications.read') {
        useNotificationsStore.getState().readElsewhere(event.payload.ids);
      } else if (event.name.startsWith('messaging.')) {
        const me = useSessionStore.getState().user;
        if (me && hasPermission(me, 'messaging.view')) handleMessagingEvent(event);
      } else if (event.name.startsWith('telephony.')) {
        const me = useSessionStore.getState().user;
        if (me && hasPermission(me, 'telephony.view')) handleTelephonyEvent(event);
      } else if (event.name.startsWith('tasks.')) {
        const me = useSessionStore.getState().user;
        if (me && hasPermission(me, 'tasks.view')) handleTasksEvent(event);
      }
    });
    return () => {
      stopEvents();
      stopState();
      resetTasks();
    };
  }, [userId]);
}

export function useEventsState(): EventsState {
  return useSyncExternalStore(api.onEventsState, api.eventsState);
}
