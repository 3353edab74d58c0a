import { create } from 'zustand';
import type { Output } from '../../../src-shared/api/contract';
import type { ApiErrorBody } from '../../../src-shared/api/errors';
import type { IMPORT_MODES, ImportField, ImportMapping, ImportResult } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import { errorMessage } from '../../../src-shared/i18n/fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { issuesToFieldErrors, toast } from '../../ui';
import { downloadFile } from '../exports';
import { followJob, type FollowedJob, type JobSnapshot } from './follow-job';
import { applySavedMapping } from './import-mapping';

export type ImportStep = 'file' | 'mapping' | 'check' | 'run';
type ImportMode = (typeof IMPORT_MODES)[number];
type Analysis = Output<'imports.analyze'> & { fileName: string };

// One background job of the wizard (the check or the real import) and what came of it.
interface ImportRun {
  job: JobSnapshot;
  result: ImportResult | null;
  // Why a failed job failed, in Persian.
  problem: string | null;
}

// The base64 of a bigger file would exceed the contract's 90,000,000 characters (imports.analyze).
const MAX_BYTES = 64 * 1024 * 1024;

interface ImportState {
  kind: PartyKind;
  step: ImportStep;
  reading: boolean;
  fileError: string | null;
  analysis: Analysis | null;
  mapping: ImportMapping;
  saveMappingAs: string;
  mode: ImportMode;
  check: ImportRun | null;
  final: ImportRun | null;
  // A refused start, cancel or report download.
  error: string | null;
  downloading: boolean;
  begin(kind: PartyKind): void;
  chooseFile(file: File): Promise<void>;
  mapColumn(header: string, field: ImportField | null): void;
  pickSavedMapping(name: string): void;
  setSaveMappingAs(name: string): void;
  goTo(step: ImportStep): void;
  runCheck(): Promise<void>;
  setMode(mode: ImportMode): void;
  runImport(): Promise<void>;
  cancel(): Promise<void>;
  downloadReport(): Promise<void>;
  // The page is left: stop listening and cancel a job still running, so nothing is half done.
  abandon(): void;
}

let following: FollowedJob | null = null;
// Bumped whenever the wizard starts over or is left: an answer that arrives later belongs to a page that is gone.
let generation = 0;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('file read failed'));
    reader.readAsDataURL(file);
  });
}

function runOf(job: JobSnapshot): ImportRun {
  return {
    job,
    result: job.state === 'done' ? (job.result as ImportResult) : null,
    // The contract types the code as any string; an unknown one gets the general Persian message.
    problem: job.state === 'failed' && job.error ? errorMessage(job.error as ApiErrorBody) : null,
  };
}

const initial = {
  step: 'file' as ImportStep,
  reading: false,
  fileError: null,
  analysis: null,
  mapping: {},
  saveMappingAs: '',
  mode: 'skipInvalid' as ImportMode,
  check: null,
  final: null,
  error: null,
  downloading: false,
};

export const useImportStore = create<ImportState>()((set, get) => {
  const start = async (dryRun: boolean) => {
    const { analysis, mapping, mode, saveMappingAs } = get();
    if (!analysis) return;
    const name = saveMappingAs.trim();
    const startedIn = generation;
    set(dryRun ? { check: null, final: null, error: null, step: 'check' } : { final: null, error: null });
    let job: JobSnapshot;
    try {
      job = await call('imports.start', { uploadId: analysis.uploadId, mapping, mode, dryRun, ...(name ? { saveMappingAs: name } : {}) });
    } catch (error) {
      if (startedIn === generation) set({ error: messageOf(error) });
      return;
    }
    // The page was left while the job was being started: nobody watches it, so it must not write anything.
    if (startedIn !== generation) {
      void call('jobs.cancel', { id: job.id }).catch(() => undefined);
      return;
    }
    if (name) {
      const savedMappings = [...analysis.savedMappings.filter((saved) => saved.name !== name), { name, mapping }];
      set({ saveMappingAs: '', analysis: { ...analysis, savedMappings } });
      toast.success(`نگاشت ستون‌ها با نام «${name}» ذخیره شد.`);
    }
    const show = (snapshot: JobSnapshot) => set(dryRun ? { check: runOf(snapshot) } : { final: runOf(snapshot) });
    show(job);
    following?.stop();
    const followed = followJob(job, show);
    following = followed;
    try {
      await followed.finished;
    } catch (error) {
      if (following === followed) set({ error: messageOf(error) });
    }
  };

  const running = (): ImportRun | null => {
    const { check, final } = get();
    return [check, final].find((run) => run?.job.state === 'running') ?? null;
  };

  // Another mapping makes the last check meaningless.
  const remap = (mapping: ImportMapping) => set({ mapping, check: null, final: null });

  return {
    kind: 'person',
    ...initial,

    begin(kind) {
      generation += 1;
      set({ kind, ...initial });
    },

    async chooseFile(file) {
      if (!/\.xlsx$/i.test(file.name)) {
        set({ fileError: 'فقط پرونده‌های اکسل با پسوند xlsx پذیرفته می‌شوند. پروندهٔ xls قدیمی را در اکسل با قالب «Excel Workbook (.xlsx)» ذخیره کنید.' });
        return;
      }
      if (file.size > MAX_BYTES) {
        set({ fileError: 'این پرونده بزرگ‌تر از ۶۴ مگابایت است. ردیف‌ها را در چند پرونده جدا کنید و هر کدام را جداگانه وارد کنید.' });
        return;
      }
      const startedIn = generation;
      set({ reading: true, fileError: null });
      try {
        const result = await call('imports.analyze', { kind: get().kind, fileName: file.name, contentBase64: await readBase64(file) });
        if (startedIn !== generation) return;
        if (result.rowCount === 0) {
          set({ reading: false, fileError: 'در برگهٔ اول این پرونده زیر سطر عنوان‌ها ردیفی نیست. ردیف اول باید عنوان ستون‌ها و ردیف‌های بعدی داده‌ها باشد.' });
          return;
        }
        set({ ...initial, analysis: { ...result, fileName: file.name }, mapping: result.suggestedMapping, step: 'mapping' });
      } catch (error) {
        if (startedIn !== generation) return;
        const unreadable = error instanceof ApiCallError ? issuesToFieldErrors(error.issues).contentBase64 : undefined;
        set({ reading: false, fileError: unreadable ?? messageOf(error) });
      }
    },

    mapColumn(header, field) {
      remap({ ...get().mapping, [header]: field });
    },

    pickSavedMapping(name) {
      const { analysis } = get();
      const saved = analysis?.savedMappings.find((item) => item.name === name);
      if (analysis && saved) remap(applySavedMapping(analysis.headers, saved.mapping));
    },

    setSaveMappingAs(name) {
      set({ saveMappingAs: name });
    },

    goTo(step) {
      if (!running()) set({ step, error: null });
    },

    runCheck: () => start(true),

    setMode(mode) {
      set({ mode });
    },

    runImport: () => start(false),

    async cancel() {
      const run = running();
      if (!run) return;
      try {
        await call('jobs.cancel', { id: run.job.id });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },

    async downloadReport() {
      const { analysis } = get();
      if (!analysis) return;
      set({ downloading: true, error: null });
      try {
        downloadFile(await call('imports.errorReport', { uploadId: analysis.uploadId }));
      } catch (error) {
        set({ error: messageOf(error) });
      } finally {
        set({ downloading: false });
      }
    },

    abandon() {
      generation += 1;
      const run = running();
      following?.stop();
      following = null;
      // Cancelling rolls the job's transaction back; the answer does not matter to a page that is gone.
      if (run) void call('jobs.cancel', { id: run.job.id }).catch(() => undefined);
      set({ ...initial });
    },
  };
});

export function selectRunning(state: ImportState): boolean {
  return state.check?.job.state === 'running' || state.final?.job.state === 'running';
}
