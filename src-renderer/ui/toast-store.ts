import { create } from 'zustand';

export type ToastKind = 'success' | 'error' | 'info';

export interface ToastItem {
  id: number;
  kind: ToastKind;
  message: string;
}

interface ToastState {
  toasts: ToastItem[];
  show(kind: ToastKind, message: string): void;
  dismiss(id: number): void;
}

let nextId = 1;
const LIFETIME_MS: Record<ToastKind, number> = { success: 4_000, info: 6_000, error: 10_000 };

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show(kind, message) {
    const id = nextId++;
    // The same message twice in a row (e.g. a double click) shows once.
    if (get().toasts.some((toast) => toast.message === message)) return;
    set((state) => ({ toasts: [...state.toasts.slice(-2), { id, kind, message }] }));
    setTimeout(() => get().dismiss(id), LIFETIME_MS[kind]);
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
}));

export const toast = {
  success: (message: string) => useToastStore.getState().show('success', message),
  error: (message: string) => useToastStore.getState().show('error', message),
  info: (message: string) => useToastStore.getState().show('info', message),
};
