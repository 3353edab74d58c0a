import { z } from 'zod';
import { command, Ok, query, RecordId, RecordRef, VersionedRef, type ApiSlice } from './kit';
import { personText } from './fields';

// n-level groups shared by people and companies; a party may be in several.
export const Group = z.object({
  id: RecordId,
  parentId: RecordId.nullable(),
  name: z.string(),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type Group = z.infer<typeof Group>;

const GroupFields = z.object({ name: personText(80), parentId: RecordId.nullable().default(null) });

export const groupsApi = {
  'groups.list': query({ input: z.object({}).default({}), output: z.array(Group) }),
  'groups.create': command({ input: GroupFields, output: Group, permission: 'people.edit' }),
  'groups.update': command({ input: VersionedRef.extend(GroupFields.shape), output: Group, permission: 'people.edit' }),
  // Subgroups move up to the removed group's parent; members keep their other groups.
  'groups.remove': command({ input: RecordRef, output: Ok, permission: 'people.edit' }),
} satisfies ApiSlice;
