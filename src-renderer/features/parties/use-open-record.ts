import { useEffect } from 'react';
import type { PartyRecord } from './party-kind';
import type { PartyStore } from './party-store';

// The record with this id, read through the kind's store (which keeps it fresh on live changes).
export function useOpenRecord<R extends PartyRecord>(store: PartyStore<R>, id: number | null): { record: R | null; error: string | null } {
  useEffect(() => {
    if (id !== null) void store.getState().openRecord(id);
  }, [store, id]);
  const record = store((state) => (state.recordId === id ? state.record : null));
  const error = store((state) => (state.recordId === id ? state.recordError : null));
  return { record, error };
}
