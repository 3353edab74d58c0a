import { z } from 'zod';
import { Empty, query, type ApiSlice } from './kit';

export const systemApi = {
  'system.info': query({
    input: Empty,
    output: z.object({ appVersion: z.string(), schemaVersion: z.number().int(), serverTime: z.number().int() }),
  }),
} satisfies ApiSlice;
