import { z } from 'zod';
import { query, RecordId, type ApiSlice } from './kit';
import { PARTY_KINDS } from './parties';

export const SEARCH_MATCHES = ['code', 'phone', 'nationalCode', 'email', 'name'] as const;

export const SearchHit = z.object({
  partyId: RecordId,
  kind: z.enum(PARTY_KINDS),
  code: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  matchedBy: z.enum(SEARCH_MATCHES),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchApi = {
  // The global search box: exact code / phone / national code / e-mail first, then name prefixes.
  'search.quick': query({
    input: z.object({
      q: z.string().max(200),
      limit: z.number().int().min(1).max(50).default(20),
      // Only people or only companies (e.g. the company picker in the person form).
      kind: z.enum(PARTY_KINDS).optional(),
    }),
    output: z.array(SearchHit),
  }),
} satisfies ApiSlice;
