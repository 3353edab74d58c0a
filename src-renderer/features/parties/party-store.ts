import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { PartyFilter, type PARTY_SORTS, type PartyRow } from '../../../src-shared/api/parties';
import { messageOf } from '../../api/client';
import type { PartyKindSpec, PartyRecord } from './party-kind';

export type PartySort = (typeof PARTY_SORTS)[number];

// The list is read from the server in blocks as the table scrolls; only blocks near the visible rows are kept,
// so a million-row list costs what a screenful does.
export const BLOCK_SIZE = 100;
const KEEP_BLOCKS = 30;
// The API's largest page is 500 rows.
const MAX_RUN_BLOCKS = 5;
const FETCH_DELAY_MS = 40;
// A million-row list sorted by name costs the server seconds per page: live changes are gathered for a second.
const REFRESH_DELAY_MS = 1000;

export const EMPTY_FILTER: PartyFilter = PartyFilter.parse({});

interface PartyStoreState<R extends PartyRecord> {
  filter: PartyFilter;
  sort: PartySort;
  descending: boolean;
  // Bumped when the filter or sort changes: the table scrolls back to the top.
  queryKey: number;
  total: number | null;
  blocks: ReadonlyMap<number, PartyRow[]>;
  listError: string | null;
  setFilter(filter: PartyFilter): void;
  sortBy(sort: PartySort): void;
  // The rows the table shows (with overscan); blocks around them are fetched.
  show(first: number, last: number): void;
  // A list screen is on view: it follows live changes while attached.
  attach(): () => void;
  refreshList(): void;

  // The record open on its page (or in its form).
  recordId: number | null;
  record: R | null;
  recordError: string | null;
  openRecord(id: number): Promise<void>;
  reloadRecord(): Promise<void>;
  setRecord(record: R): void;
  reset(): void;
}

export type PartyStore<R extends PartyRecord = PartyRecord> = UseBoundStore<StoreApi<PartyStoreState<R>>>;

interface RegisteredPartyStore {
  spec: PartyKindSpec;
  store: PartyStore;
  // Reload the list on screen soon (coalesced); nothing when no list is on screen.
  refreshListSoon(): void;
}

// Every party store, so live updates and sign-out reach them without this folder importing people or companies.
export const partyStores: RegisteredPartyStore[] = [];

export function createPartyStore<R extends PartyRecord>(spec: PartyKindSpec<R>): PartyStore<R> {
  let generation = 0;
  const loadedIn = new Map<number, number>();
  const inflight = new Set<string>();
  let visible: [number, number] = [0, 30];
  let fetchTimer: ReturnType<typeof setTimeout> | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let attached = 0;
  let recordRequest = 0;

  const store = create<PartyStoreState<R>>()((set, get) => {
    const keepNearVisible = (blocks: Map<number, PartyRow[]>) => {
      if (blocks.size <= KEEP_BLOCKS) return;
      const centre = (visible[0] + visible[1]) / 2 / BLOCK_SIZE;
      const far = [...blocks.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
      for (const block of far.slice(0, blocks.size - KEEP_BLOCKS)) {
        blocks.delete(block);
        loadedIn.delete(block);
      }
    };

    // One request for a run of adjacent missing blocks (the API pages up to 500 rows), so a screen that
    // straddles two blocks costs one query, not two.
    const fetchRun = async (first: number, count: number) => {
      const wanted = generation;
      const key = `${wanted}:${first}:${count}`;
      if (inflight.has(key)) return;
      inflight.add(key);
      try {
        const { filter, sort, descending } = get();
        const page = await spec.list({ filter, sort, descending, offset: first * BLOCK_SIZE, limit: count * BLOCK_SIZE });
        if (wanted !== generation) return;
        const blocks = new Map(get().blocks);
        for (let i = 0; i < count; i++) {
          loadedIn.set(first + i, wanted);
          blocks.set(first + i, page.rows.slice(i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE));
        }
        keepNearVisible(blocks);
        set({ blocks, total: page.total, listError: null });
      } catch (error) {
        if (wanted === generation) set({ listError: messageOf(error) });
      } finally {
        inflight.delete(key);
      }
    };

    const fetchVisible = () => {
      fetchTimer = null;
      const total = get().total;
      const last = total === null ? visible[1] : Math.min(visible[1], total - 1);
      const lastBlock = Math.floor(Math.max(last, 0) / BLOCK_SIZE);
      let runStart: number | null = null;
      for (let block = Math.floor(visible[0] / BLOCK_SIZE); block <= lastBlock + 1; block++) {
        const missing = block <= lastBlock && loadedIn.get(block) !== generation;
        if (missing && runStart === null) runStart = block;
        if (runStart !== null && (!missing || block - runStart === MAX_RUN_BLOCKS)) {
          void fetchRun(runStart, block - runStart);
          runStart = missing ? block : null;
        }
      }
    };

    // Scrolling through thousands of rows asks only for where the scrolling stops.
    const scheduleFetch = (now: boolean) => {
      if (fetchTimer) clearTimeout(fetchTimer);
      fetchTimer = now ? null : setTimeout(fetchVisible, FETCH_DELAY_MS);
      if (now) fetchVisible();
    };

    const restart = (patch: Partial<PartyStoreState<R>>) => {
      generation += 1;
      loadedIn.clear();
      visible = [0, visible[1] - visible[0]];
      set({ ...patch, blocks: new Map(), total: null, listError: null, queryKey: get().queryKey + 1 });
      scheduleFetch(true);
    };

    const loadRecord = async (id: number) => {
      const request = ++recordRequest;
      try {
        const record = await spec.get(id);
        if (request === recordRequest && get().recordId === id) set({ record, recordError: null });
      } catch (error) {
        if (request === recordRequest && get().recordId === id) set({ record: null, recordError: messageOf(error) });
      }
    };

    return {
      filter: EMPTY_FILTER,
      sort: 'name',
      descending: false,
      queryKey: 0,
      total: null,
      blocks: new Map(),
      listError: null,
      setFilter(filter) {
        restart({ filter });
      },
      sortBy(sort) {
        const current = get();
        restart({ sort, descending: current.sort === sort ? !current.descending : false });
      },
      show(first, last) {
        visible = [first, last];
        scheduleFetch(get().blocks.size === 0);
      },
      attach() {
        attached += 1;
        // What changed while the list was not on screen is read afresh.
        get().refreshList();
        return () => {
          attached -= 1;
        };
      },
      refreshList() {
        if (refreshTimer) clearTimeout(refreshTimer);
        refreshTimer = null;
        // Rows on screen stay until their fresh copies arrive, so a refresh never blanks the table.
        generation += 1;
        scheduleFetch(true);
      },

      recordId: null,
      record: null,
      recordError: null,
      async openRecord(id) {
        if (get().recordId !== id) set({ recordId: id, record: null, recordError: null });
        await loadRecord(id);
      },
      async reloadRecord() {
        const id = get().recordId;
        if (id !== null) await loadRecord(id);
      },
      setRecord(record) {
        set({ recordId: record.id, record, recordError: null });
      },
      reset() {
        generation += 1;
        loadedIn.clear();
        set({
          filter: EMPTY_FILTER,
          sort: 'name',
          descending: false,
          total: null,
          blocks: new Map(),
          listError: null,
          recordId: null,
          record: null,
          recordError: null,
        });
      },
    };
  });

  // Bursts of changes (another user importing, typing fast) become one reload of what is on screen.
  const scheduleRefresh = () => {
    if (attached === 0 || refreshTimer) return;
    refreshTimer = setTimeout(() => store.getState().refreshList(), REFRESH_DELAY_MS);
  };

  partyStores.push({ spec: spec as unknown as PartyKindSpec, store: store as unknown as PartyStore, refreshListSoon: scheduleRefresh });
  return store;
}
