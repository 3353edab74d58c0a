import { create } from 'zustand';
import type { LookupResult, MemberPanel } from '../../../src-shared/api/club';
import { call, messageOf } from '../../api/client';
import { navigate } from '../../app/router';
import { subpagePath } from './paths';

interface CounterState {
  // What the counter shows: a member's panel, an unknown card or a blocked one; null before the first lookup.
  result: LookupResult | null;
  busy: boolean;
  error: string | null;
  lookup(code: string): Promise<LookupResult | null>;
  showMember(memberId: number): Promise<void>;
  // A command answered with the member's fresh panel.
  setPanel(panel: MemberPanel): void;
  // Someone changed club records: the panel on screen is read again.
  refresh(): Promise<void>;
  reset(): void;
}

let request = 0;

// The counter (پیشخوان): one member at a time, whoever swiped last. Answers to older lookups are dropped, so two
// quick swipes never end on the first card.
export const useCounterStore = create<CounterState>()((set, get) => {
  const run = async (fetch: () => Promise<LookupResult>): Promise<LookupResult | null> => {
    const mine = ++request;
    set({ busy: true, error: null });
    try {
      const result = await fetch();
      if (mine === request) set({ result, busy: false });
      return result;
    } catch (failure) {
      if (mine === request) set({ error: messageOf(failure), busy: false });
      return null;
    }
  };
  return {
    result: null,
    busy: false,
    error: null,
    lookup: (code) => run(() => call('club.lookup', { code })),
    async showMember(memberId) {
      await run(async () => ({ status: 'found', panel: await call('club.panel', { memberId }) }));
    },
    setPanel(panel) {
      request += 1;
      set({ result: { status: 'found', panel }, error: null, busy: false });
    },
    async refresh() {
      const shown = get().result;
      if (shown?.status === 'found') await get().showMember(shown.panel.id);
    },
    reset() {
      request += 1;
      set({ result: null, busy: false, error: null });
    },
  };
});

export function memberPath(memberId: number): string {
  return `${subpagePath('counter')}/${memberId}`;
}

// A card swiped anywhere, or a code typed at the counter: the counter opens on whoever it belongs to.
export async function openCounter(code: string): Promise<void> {
  navigate(subpagePath('counter'));
  const result = await useCounterStore.getState().lookup(code);
  if (result?.status === 'found') navigate(memberPath(result.panel.id));
}

// A member just joined (or was picked from a list): the counter shows them.
export function openMember(panel: MemberPanel): void {
  useCounterStore.getState().setPanel(panel);
  navigate(memberPath(panel.id));
}
