import type { OutMessage, OutStatus } from '../../../src-shared/api/messaging';
import { call } from '../../api/client';
import { createPagedStore } from './paged-store';

export const useOutboxStore = createPagedStore<OutMessage, { status: OutStatus | null }>(
  ({ status }, offset, limit) => call('messaging.listOutbox', { offset, limit, ...(status ? { status } : {}) }),
  { status: null },
);
