import type { AUDIT_ACTIONS } from './audit';
import type { Job } from './jobs';

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
}

export type EventName = keyof ServerEvents;
