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
  // A card or a typed code: the counter shows the answer, at the found member's address.
  lookup(code: string): Promise<void>;
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
  // `route` gives the answer its address, only for the latest lookup (an older answer arriving late neither shows nor
  // moves the address), and before the answer is stored: the render that follows sees the new address and the new
  // panel together, so the page at the member's address does not ask for the member again.
  const run = async (fetch: () => Promise<LookupResult>, route?: (result: LookupResult | null) => void): Promise<void> => {
    const mine = ++request;
    set({ busy: true, error: null });
    let answer: { result: LookupResult } | { error: string };
    try {
      answer = { result: await fetch() };
    } catch (failure) {
      answer = { error: messageOf(failure) };
    }
    if (mine !== request) return;
    route?.('result' in answer ? answer.result : null);
    set({ ...answer, busy: false });
  };
  return {
    result: null,
    busy: false,
    error: null,
    lookup: (code) =>
      run(
        () => call('club.lookup', { code }),
        (result) => navigate(result?.status === 'found' ? memberPath(result.panel.id) : subpagePath('counter')),
      ),
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

// A card swiped anywhere, or a code typed at the counter: the counter opens on whoever it belongs to, with one route
// change once the answer is in (every route change renders the whole screen again).
export function openCounter(code: string): Promise<void> {
  return useCounterStore.getState().lookup(code);
}

// A member just joined (or was picked from a list): the counter shows them.
export function openMember(panel: MemberPanel): void {
  useCounterStore.getState().setPanel(panel);
  navigate(memberPath(panel.id));
}
