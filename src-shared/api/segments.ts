import { z } from 'zod';
import { command, Ok, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { personText } from './fields';
import { PARTY_KINDS, PartyFilter } from './parties';

// A named, saved list filter ("customers in Tehran with a birthday this month"); SMS campaigns,
// letters and draws pick their recipients from these.
export const Segment = z.object({
  id: RecordId,
  kind: z.enum(PARTY_KINDS),
  name: z.string(),
  filter: PartyFilter,
  shared: z.boolean(),
  ownerId: RecordId.nullable(),
  version: z.number().int(),
});
export type Segment = z.infer<typeof Segment>;

export const segmentsApi = {
  'segments.list': query({ input: z.object({ kind: z.enum(PARTY_KINDS).optional() }).default({}), output: z.array(Segment) }),
  // Saving under an existing name of the same kind replaces that segment's filter.
  'segments.save': command({
    input: z.object({ kind: z.enum(PARTY_KINDS), name: personText(80), filter: PartyFilter, shared: z.boolean().default(false) }),
    output: Segment,
  }),
  'segments.remove': command({ input: RecordRef, output: Ok }),
} satisfies ApiSlice;
