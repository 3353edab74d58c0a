import { z } from 'zod';
import { command, Ok, query, RecordId, type ApiSlice } from './kit';

// The notification centre: what the core tells a user (a task referred or done, a reminder, an overdue
// task, a meeting about to start, today's occasions). Kept until the user reads it, so nothing told while
// they were away is lost; pushed live as `notifications.created`.
export const NOTIFICATION_KINDS = ['taskReferred', 'taskCompleted', 'taskReminder', 'taskOverdue', 'meetingReminder', 'occasions'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const Notification = z.object({
  id: RecordId,
  kind: z.enum(NOTIFICATION_KINDS),
  text: z.string(),
  // Where it leads (a route path such as «/tasks/12»), if anywhere.
  path: z.string().nullable(),
  // When it was due (an alarm's time) and when it was made; an alarm made well after its time was missed
  // while the app was closed, and says so.
  dueAt: z.number(),
  at: z.number(),
  late: z.boolean(),
  readAt: z.number().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const notificationsApi = {
  'notifications.list': query({ input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }), output: z.object({ rows: z.array(Notification), unread: z.number().int() }) }),
  'notifications.markRead': command({ input: z.object({ ids: z.array(RecordId).max(500).optional() }), output: Ok }),
} satisfies ApiSlice;
