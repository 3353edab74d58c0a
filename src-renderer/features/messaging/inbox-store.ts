import type { InMessage } from '../../../src-shared/api/messaging';
import { call } from '../../api/client';
import { createPagedStore } from './paged-store';

export const useInboxStore = createPagedStore<InMessage, { referredToMe: boolean; unlinked: boolean }>(
  (filter, offset, limit) => call('messaging.listInbox', { ...filter, offset, limit }),
  { referredToMe: false, unlinked: false },
);
