import type { Draw, LedgerEntry, MemberRow, MemberStatus, Purchase } from '../../../src-shared/api/club';
import type { Output } from '../../../src-shared/api/contract';
import { call } from '../../api/client';
import { createPagedStore, throttled } from '../messaging';
import { useClubConfigStore } from './config-store';
import { useCounterStore } from './counter-store';

export type WalletEntry = Output<'club.wallet'>['rows'][number];

export interface MembersFilter {
  search: string;
  tierId: number | null;
  status: MemberStatus | null;
}

// What club.listMembers and club.printCards take from the filter bar (empty fields left out).
export function membersQuery({ search, tierId, status }: MembersFilter) {
  return { ...(search.trim() ? { search: search.trim() } : {}), ...(tierId !== null ? { tierId } : {}), ...(status ? { status } : {}) };
}

export const useMembersStore = createPagedStore<MemberRow, MembersFilter>(
  (filter, offset, limit) => call('club.listMembers', { ...membersQuery(filter), offset, limit }),
  { search: '', tierId: null, status: null },
);

// The tabs under a member's panel, each a page of that member's history.
export const useLedgerStore = createPagedStore<LedgerEntry, { memberId: number }>(
  (filter, offset, limit) => call('club.ledger', { ...filter, offset, limit }),
  { memberId: 0 },
);

export const useWalletStore = createPagedStore<WalletEntry, { memberId: number }>(
  (filter, offset, limit) => call('club.wallet', { ...filter, offset, limit }),
  { memberId: 0 },
);

export const usePurchasesStore = createPagedStore<Purchase, { memberId: number }>(
  (filter, offset, limit) => call('club.purchases', { ...filter, offset, limit }),
  { memberId: 0 },
);

export const useDrawsStore = createPagedStore<Draw, Record<string, never>>((_filter, offset, limit) => call('club.listDraws', { offset, limit }), {});

const LISTS = [useMembersStore, useLedgerStore, useWalletStore, usePurchasesStore, useDrawsStore];

const CONFIG_TABLES: ReadonlySet<string> = new Set(['club_settings', 'club_tiers', 'club_earn_rules', 'club_discounts']);

const reloadConfig = throttled(() => {
  if (useClubConfigStore.getState().loaded) void useClubConfigStore.getState().load();
}, 300);

const reloadShown = throttled(() => {
  void useCounterStore.getState().refresh();
  for (const store of LISTS) {
    if (store.getState().loaded) void store.getState().load();
  }
}, 300);

export function isClubTable(table: string): boolean {
  return table.startsWith('club_');
}

// Club records changed (here, at another desk, or by the nightly run): what is on screen is read again, quietly.
export function refreshClubOnChange(table: string): void {
  if (CONFIG_TABLES.has(table)) reloadConfig();
  else reloadShown();
}

function clear(store: { setState(partial: { rows: never[]; total: number; offset: number; error: null }): void }): void {
  store.setState({ rows: [], total: 0, offset: 0, error: null });
}

export function resetClub(): void {
  useCounterStore.getState().reset();
  useClubConfigStore.setState({ settings: null, tiers: [], rules: [], discounts: [], loaded: false, error: null });
  for (const store of LISTS) clear(store);
}
