import type { ServerEvent } from '../../api/client';
import { useSessionStore } from '../auth';
import { throttled } from '../messaging';
import { useCallsStore, useLinesStore, useMissedCallsStore, useMissedCountStore } from './calls-store';
import { useDiallingStore, useIncomingStore } from './incoming-store';

const RELOAD_MS = 300;

const reloadCalls = throttled(() => {
  for (const store of [useCallsStore, useMissedCallsStore]) {
    if (store.getState().loaded) void store.getState().load();
  }
  void useMissedCountStore.getState().load();
}, RELOAD_MS);

const reloadLines = throttled(() => {
  if (useLinesStore.getState().loaded || useLinesStore.getState().watching) void useLinesStore.getState().loadStatus();
}, RELOAD_MS);

// The telephony events: the pop-up opens at once from the event, follows the call, and the lists and badge reload.
export function handleTelephonyEvent(event: ServerEvent): void {
  if (event.name === 'telephony.incomingCall') {
    useIncomingStore.getState().ring(event.payload.call);
    reloadCalls();
  } else if (event.name === 'telephony.callChanged') {
    const changed = event.payload.call;
    if (changed === null) {
      reloadLines();
      return;
    }
    useIncomingStore.getState().changed(changed, useSessionStore.getState().user?.id ?? null);
    useDiallingStore.getState().changed(changed);
    reloadCalls();
  }
}

// Signed out: nothing of the previous user's calls stays on screen.
export function resetTelephony(): void {
  useIncomingStore.getState().reset();
  useDiallingStore.getState().clear();
  useLinesStore.getState().reset();
  useMissedCountStore.setState({ count: 0 });
}
