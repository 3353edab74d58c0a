import { create } from 'zustand';
import type { PrintTemplate } from '../../../src-shared/api/printing';
import { call, messageOf } from '../../api/client';

interface TemplatesState {
  templates: PrintTemplate[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
}

// Letter, envelope and label templates, for the templates list, the editor and the run's template choice.
export const usePrintTemplatesStore = create<TemplatesState>()((set) => ({
  templates: [],
  loaded: false,
  error: null,
  async load() {
    try {
      set({ templates: await call('printing.listTemplates', {}), loaded: true, error: null });
    } catch (failure) {
      set({ error: messageOf(failure) });
    }
  },
}));
