import { z } from 'zod';
import { command, Ok, query, RecordId, RecordRef, VersionedRef, type ApiSlice } from './kit';
import { PermissionSchema, RECORD_SCOPES } from './permissions';
import { NewPassword, personText, Username } from './fields';

export const UserRow = z.object({
  id: RecordId,
  username: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  templateId: RecordId.nullable(),
  templateName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.number().int(),
  deletedAt: z.number().int().nullable(),
});
export type UserRow = z.infer<typeof UserRow>;

export const AccessTemplate = z.object({
  id: RecordId,
  name: z.string(),
  scope: z.enum(RECORD_SCOPES),
  permissions: z.array(PermissionSchema),
  version: z.number().int(),
  userCount: z.number().int(),
});
export type AccessTemplate = z.infer<typeof AccessTemplate>;

const TemplateFields = z.object({
  name: personText(80),
  scope: z.enum(RECORD_SCOPES),
  permissions: z.array(PermissionSchema).max(1000),
});

// A non-admin user must have a template: without one they could do nothing at all.
const roleFields = z
  .object({ isAdmin: z.boolean(), templateId: RecordId.nullable() })
  .refine((v) => v.isAdmin || v.templateId !== null, { message: 'validation.templateRequired', path: ['templateId'] });

export const usersApi = {
  'users.list': query({
    input: z.object({ includeDeleted: z.boolean().default(false) }).default({ includeDeleted: false }),
    output: z.array(UserRow),
    permission: 'users.view',
  }),
  'users.create': command({
    input: z
      .object({ username: Username, displayName: personText(100), password: NewPassword })
      .and(roleFields),
    output: UserRow,
    permission: 'users.create',
  }),
  'users.update': command({
    input: VersionedRef.extend({ displayName: personText(100) }).and(roleFields),
    output: UserRow,
    permission: 'users.edit',
  }),
  'users.setActive': command({
    input: VersionedRef.extend({ active: z.boolean() }),
    output: UserRow,
    permission: 'users.deactivate',
  }),
  'users.resetPassword': command({
    input: RecordRef.extend({ password: NewPassword }),
    output: Ok,
    permission: 'users.edit',
  }),
  'users.remove': command({ input: RecordRef, output: Ok, permission: 'users.delete' }),
  'users.restore': command({ input: RecordRef, output: UserRow, permission: 'users.delete' }),
  'users.purge': command({ input: RecordRef, output: Ok, permission: 'users.purge' }),

  // Names of the active users, for pickers (account managers, who did an interaction): every signed-in user.
  'users.directory': query({
    input: z.object({}).default({}),
    output: z.array(z.object({ id: RecordId, name: z.string() })),
  }),
  'users.listTemplates': query({
    input: z.object({}).default({}),
    output: z.array(AccessTemplate),
    permission: 'users.view',
  }),
  'users.createTemplate': command({ input: TemplateFields, output: AccessTemplate, permission: 'users.create' }),
  'users.updateTemplate': command({
    input: VersionedRef.extend(TemplateFields.shape),
    output: AccessTemplate,
    permission: 'users.edit',
  }),
  'users.removeTemplate': command({ input: RecordRef, output: Ok, permission: 'users.delete' }),
} satisfies ApiSlice;
