import type { AUDIT_ACTIONS } from './audit';
import type { Job } from './jobs';
import type { Call } from './telephony';
import type { Task } from './tasks';
import type { Notification } from './notifications';

// Events pushed to clients after a command commits. A domain adds its events here (`domain.pastTense`).
export interface ServerEvents {
  'records.changed': {
    table: string;
    // Empty when too many rows changed at once to list (an import): reload the whole list.
    ids: number[];
    action: (typeof AUDIT_ACTIONS)[number];
    byUserId: number | null;
  };
  // Progress and end of a background job, to the user who started it.
  'jobs.progressed': Job;
  // The outbox moved on (sent, delivered, failed…); at most a few times a second. Lists and campaign
  // progress reload from it.
  'messaging.outboxChanged': { campaignIds: number[] };
  'messaging.received': { id: number; partyId: number | null; number: string; text: string; referredTo: number | null };
  // A gateway's state, signal or problem changed (the modem status panel).
  'messaging.gatewayChanged': Record<string, never>;
  // To the users of the line, the moment the caller's number is known (or the first ring of a withheld one).
  'telephony.incomingCall': { call: Call };
  // Answered, ended, missed, noted, or a line's state changed (call: null).
  'telephony.callChanged': { call: Call | null };
  // To the user a task was referred to (by someone, or by an SMS rule), and to its referrer when it is done.
  'tasks.referred': { task: Task };
  'tasks.completed': { task: Task };
  // To the one user it is for; the centre adds it and shows it as a toast.
  'notifications.created': { notification: Notification };
  // Read on one PC: the user's other PCs clear them too. No ids: all of them.
  'notifications.read': { ids: number[] | null };
}

export type EventName = keyof ServerEvents;
