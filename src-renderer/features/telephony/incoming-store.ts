import { create } from 'zustand';
import type { Call, CallerCard } from '../../../src-shared/api/telephony';
import { call } from '../../api/client';

export interface Ringing {
  call: Call;
  // null until telephony.callerCard answers: the pop-up shows the event's name and number at once.
  card: CallerCard | null;
  // The user is writing a note: the pop-up stays when the call ends or someone else takes it.
  writing: boolean;
}

interface IncomingState {
  calls: Ringing[];
  ring(call: Call): void;
  // A call changed: shown ones follow; gone for this user (missed, or taken by someone else) close unless a note is open.
  changed(call: Call, myId: number | null): void;
  setCall(call: Call): void;
  setWriting(id: number, writing: boolean): void;
  close(id: number): void;
  reset(): void;
}

function patch(calls: Ringing[], id: number, change: Partial<Ringing>): Ringing[] {
  return calls.map((item) => (item.call.id === id ? { ...item, ...change } : item));
}

// The calls ringing on this user's lines, newest first; several lines may ring at once.
export const useIncomingStore = create<IncomingState>()((set, get) => ({
  calls: [],
  ring(incoming) {
    if (get().calls.some((item) => item.call.id === incoming.id)) {
      get().setCall(incoming);
      return;
    }
    set((state) => ({ calls: [{ call: incoming, card: null, writing: false }, ...state.calls] }));
    call('telephony.callerCard', { id: incoming.id })
      .then((card) => set((state) => ({ calls: patch(state.calls, incoming.id, { card }) })))
      .catch(() => {
        // The pop-up keeps what the event said (name and number); the details are missing, nothing else.
      });
  },
  changed(next, myId) {
    const shown = get().calls.find((item) => item.call.id === next.id);
    if (!shown) return;
    const takenByOther = next.userId !== null && next.userId !== myId;
    const gone = next.state === 'missed' || (next.state === 'answered' && takenByOther) || (next.state === 'ended' && next.userId !== myId);
    if (gone && !shown.writing) get().close(next.id);
    else get().setCall(next);
  },
  setCall(next) {
    set((state) => ({
      calls: state.calls.map((item) => (item.call.id === next.id ? { ...item, call: next, card: item.card ? { ...item.card, call: next } : null } : item)),
    }));
  },
  setWriting(id, writing) {
    set((state) => ({ calls: patch(state.calls, id, { writing }) }));
  },
  close(id) {
    set((state) => ({ calls: state.calls.filter((item) => item.call.id !== id) }));
  },
  reset() {
    set({ calls: [] });
  },
}));

interface DiallingState {
  // The outgoing call placed from this screen, while it is being dialled.
  call: Call | null;
  label: string | null;
  start(call: Call, label: string): void;
  changed(call: Call): void;
  clear(): void;
}

export const useDiallingStore = create<DiallingState>()((set, get) => ({
  call: null,
  label: null,
  start(placed, label) {
    set({ call: placed, label });
  },
  changed(next) {
    if (get().call?.id !== next.id) return;
    if (next.state === 'ended' || next.state === 'missed') set({ call: null, label: null });
    else set({ call: next });
  },
  clear() {
    set({ call: null, label: null });
  },
}));
