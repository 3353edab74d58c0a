import { z } from 'zod';
import { command, Empty, Ok, query, RecordId, type ApiSlice } from './kit';
import { PermissionSchema, RECORD_SCOPES } from './permissions';
import { AreaCode, NewPassword, personText, Username } from './fields';

export const SessionUser = z.object({
  id: RecordId,
  username: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  scope: z.enum(RECORD_SCOPES),
  permissions: z.array(PermissionSchema),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionGrant = z.object({
  token: z.string(),
  expiresAt: z.number().int(),
  user: SessionUser,
});
export type SessionGrant = z.infer<typeof SessionGrant>;

export const authApi = {
  'auth.status': query({
    input: Empty,
    output: z.object({ needsSetup: z.boolean(), officeName: z.string().nullable() }),
    public: true,
  }),
  // The first-run wizard: only accepted while no user exists.
  'auth.setupAdmin': command({
    input: z.object({
      officeName: personText(120),
      defaultAreaCode: AreaCode,
      username: Username,
      displayName: personText(100),
      password: NewPassword,
    }),
    output: SessionGrant,
    public: true,
  }),
  'auth.login': command({
    input: z.object({ username: z.string().max(100), password: z.string().max(200) }),
    output: SessionGrant,
    public: true,
  }),
  'auth.logout': command({ input: Empty, output: Ok }),
  'auth.me': query({ input: Empty, output: SessionUser }),
  'auth.changePassword': command({
    input: z.object({ currentPassword: z.string().max(200), newPassword: NewPassword }),
    output: Ok,
  }),
} satisfies ApiSlice;
