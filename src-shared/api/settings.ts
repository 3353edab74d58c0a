import { z } from 'zod';
import { command, Empty, query, type ApiSlice } from './kit';
import { AreaCode, personText } from './fields';

export const MONEY_UNITS = ['rial', 'toman'] as const;

export const OfficeSettings = z.object({
  officeName: z.string(),
  defaultAreaCode: z.string(),
  moneyUnit: z.enum(MONEY_UNITS),
  // Largest file a user may attach to a record.
  attachmentMaxMb: z.number().int(),
  version: z.number().int(),
});
export type OfficeSettings = z.infer<typeof OfficeSettings>;

export const settingsApi = {
  'settings.get': query({ input: Empty, output: OfficeSettings }),
  'settings.update': command({
    input: z.object({
      version: z.number().int().positive(),
      officeName: personText(120),
      defaultAreaCode: AreaCode,
      moneyUnit: z.enum(MONEY_UNITS),
      attachmentMaxMb: z.number().int().min(1).max(60).optional(),
    }),
    output: OfficeSettings,
    permission: 'settings.edit',
  }),
} satisfies ApiSlice;
