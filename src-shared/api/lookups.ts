import { z } from 'zod';
import { command, query, type ApiSlice } from './kit';
import { personText } from './fields';

// Editable lists offered as suggestions in forms; a value typed that is not in the list is still accepted.
export const LOOKUP_KINDS = ['prefix', 'companyType', 'interactionMethod', 'referralSource', 'activityType', 'role', 'ranking', 'taskType', 'taskStatus'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export const lookupsApi = {
  'lookups.list': query({
    input: z.object({}).default({}),
    output: z.record(z.enum(LOOKUP_KINDS), z.array(z.string())),
  }),
  // Replaces one list, in the order given.
  'lookups.save': command({
    input: z.object({ kind: z.enum(LOOKUP_KINDS), values: z.array(personText(80)).max(500) }),
    output: z.array(z.string()),
    permission: 'settings.edit',
  }),
} satisfies ApiSlice;
