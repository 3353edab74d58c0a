import { create } from 'zustand';
import { messageOf } from '../../api/client';

export const PAGE_SIZE = 50;

export interface Paged<Row> {
  rows: Row[];
  total: number;
}

export interface PagedState<Row, Filter> {
  rows: Row[];
  total: number;
  offset: number;
  filter: Filter;
  // A page on screen listens: only those are reloaded by events.
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  setFilter(filter: Partial<Filter>): Promise<void>;
  setOffset(offset: number): Promise<void>;
  // The page left the screen: events stop reloading it (the rows stay, so coming back does not flash).
  release(): void;
}

// One list of the SMS screens (campaigns, outbox, inbox, opt-outs…): a page of rows under a filter. Answers that
// arrive after a newer request are dropped, so a quick filter change never shows the older list.
export function createPagedStore<Row, Filter>(fetch: (filter: Filter, offset: number, limit: number) => Promise<Paged<Row>>, initial: Filter) {
  let request = 0;
  return create<PagedState<Row, Filter>>()((set, get) => ({
    rows: [],
    total: 0,
    offset: 0,
    filter: initial,
    loaded: false,
    error: null,
    async load() {
      const mine = ++request;
      const { filter, offset } = get();
      try {
        const page = await fetch(filter, offset, PAGE_SIZE);
        if (mine === request) set({ rows: page.rows, total: page.total, loaded: true, error: null });
      } catch (error) {
        if (mine === request) set({ error: messageOf(error) });
      }
    },
    async setFilter(filter) {
      set({ filter: { ...get().filter, ...filter }, offset: 0 });
      await get().load();
    },
    async setOffset(offset) {
      set({ offset });
      await get().load();
    },
    release() {
      request += 1;
      set({ loaded: false });
    },
  }));
}

export type PagedStore<Row, Filter> = ReturnType<typeof createPagedStore<Row, Filter>>;

// At most one call per `ms`, the last one always made: events may come many times a second.
export function throttled(run: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) return;
    const wait = Math.max(0, last + ms - Date.now());
    timer = setTimeout(() => {
      timer = null;
      last = Date.now();
      run();
    }, wait);
  };
}
