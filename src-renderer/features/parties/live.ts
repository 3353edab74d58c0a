import { create } from 'zustand';
import { refreshGroupsOnChange, useGroupsStore } from '../groups';
import { useDirectoryStore } from './directory-store';
import { partyStores } from './party-store';

// Tables whose changes show on the party screens. Adding one: here and in app/live-updates.ts's quiet list.
export const PARTY_TABLES: ReadonlySet<string> = new Set(['parties', 'contact_points', 'party_links', 'interactions', 'groups']);

// Bumped on every change of those tables: the timeline and interaction lists on screen read themselves again.
export const useCrmRevision = create<{ revision: number }>()(() => ({ revision: 0 }));

export async function refreshPartiesOnChange(table: string): Promise<void> {
  if (!PARTY_TABLES.has(table)) return;
  useCrmRevision.setState((state) => ({ revision: state.revision + 1 }));
  const reloads: Promise<void>[] = [refreshGroupsOnChange(table)];
  // Interactions appear only in the timeline and interaction lists (revision above). Anything else may show in a list
  // or in the open record, even indirectly (a person renamed on their company's page, a group renamed).
  if (table !== 'interactions') {
    for (const { store, refreshListSoon } of partyStores) {
      refreshListSoon();
      if (store.getState().recordId !== null) reloads.push(store.getState().reloadRecord());
    }
  }
  await Promise.all(reloads);
}

// After a reconnect nothing is known about what changed meanwhile.
export async function catchUpParties(): Promise<void> {
  await refreshPartiesOnChange('parties');
}

export function resetPartyStores(): void {
  for (const { store } of partyStores) store.getState().reset();
  useGroupsStore.getState().reset();
  useDirectoryStore.getState().reset();
}
