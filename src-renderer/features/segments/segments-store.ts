import { create } from 'zustand';
import type { Input } from '../../../src-shared/api/contract';
import { PartyFilter } from '../../../src-shared/api/parties';
import type { Segment } from '../../../src-shared/api/segments';
import { call, messageOf } from '../../api/client';

interface SegmentsState {
  // Whose segments these are: after a sign-out at this desk the next user never sees the previous one's.
  userId: number | null;
  segments: Segment[];
  error: string | null;
  load(userId: number): Promise<void>;
  save(input: Input<'segments.save'>): Promise<Segment>;
  remove(segment: Segment): Promise<void>;
}

export const useSegmentsStore = create<SegmentsState>()((set, get) => ({
  userId: null,
  segments: [],
  error: null,
  async load(userId) {
    try {
      const segments = await call('segments.list', {});
      set({ userId, segments, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async save(input) {
    const saved = await call('segments.save', input);
    const { userId } = get();
    if (userId !== null) await get().load(userId);
    return saved;
  },
  async remove(segment) {
    await call('segments.remove', { id: segment.id });
    set((state) => ({ segments: state.segments.filter((item) => item.id !== segment.id) }));
  },
}));

// Filters compared as the server stores them (defaults filled in), so {} and { q: '' } are the same filter.
export function sameFilter(a: PartyFilter, b: PartyFilter): boolean {
  return JSON.stringify(PartyFilter.parse(a)) === JSON.stringify(PartyFilter.parse(b));
}
