import type { AUDIT_ACTIONS } from './audit';

// Events pushed to clients after a command commits. A domain adds its events here (`domain.pastTense`).
export interface ServerEvents {
  'records.changed': {
    table: string;
    ids: number[];
    action: (typeof AUDIT_ACTIONS)[number];
    byUserId: number | null;
  };
}

export type EventName = keyof ServerEvents;
