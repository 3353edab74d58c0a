import type { z } from 'zod';
import type { OptOut } from '../../../src-shared/api/messaging';
import { call } from '../../api/client';
import { createPagedStore } from './paged-store';

export type OptOutRow = z.infer<typeof OptOut>;

export const useOptOutsStore = createPagedStore<OptOutRow, Record<string, never>>(
  (_filter, offset, limit) => call('messaging.listOptOuts', { offset, limit }),
  {},
);
