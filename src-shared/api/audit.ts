import { z } from 'zod';
import { page, PageRequest, query, RecordId, type ApiSlice } from './kit';
import { IsoDate } from './fields';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete', 'restore', 'purge'] as const;

export const AuditEntry = z.object({
  id: RecordId,
  at: z.number().int(),
  userId: RecordId.nullable(),
  userName: z.string().nullable(),
  table: z.string(),
  recordId: RecordId,
  action: z.enum(AUDIT_ACTIONS),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const TableName = z.string().regex(/^[a-z_]{1,64}$/, 'validation.invalid');

export const auditApi = {
  'audit.history': query({
    input: z.object({ table: TableName, id: RecordId }),
    output: z.array(AuditEntry),
    permission: 'audit.view',
  }),
  // Dates are the local calendar days (Gregorian ISO) chosen in the Jalali picker, both inclusive.
  'audit.search': query({
    input: PageRequest.extend({
      table: TableName.optional(),
      userId: RecordId.optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
    }),
    output: page(AuditEntry),
    permission: 'audit.view',
  }),
} satisfies ApiSlice;
