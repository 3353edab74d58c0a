import type { z } from 'zod';
import { create } from 'zustand';
import type { Input } from '../../../src-shared/api/contract';
import type { Audience } from '../../../src-shared/api/messaging';
import { PrintRunResult, type RunCheck } from '../../../src-shared/api/printing';
import type { Segment } from '../../../src-shared/api/segments';
import { errorMessage } from '../../../src-shared/i18n/fa';
import { ApiCallError, call, messageOf } from '../../api/client';
import { issuesToFieldErrors, type FieldErrors } from '../../ui';
import { numberOf } from '../club';
import { printFile } from '../exports';
import { followJob, type FollowedJob, type JobSnapshot } from '../imports';

export type AudienceChoice = 'list' | 'group' | 'segment';
type RunRequest = Input<'printing.startRun'>;

// A list screen's list as filtered, handed to the run with a line that says what it is.
export interface HandedList {
  audience: Extract<Audience, { kind: 'filter' }>;
  label: string;
}

interface RunState {
  templateId: number | null;
  audienceChoice: AudienceChoice;
  handed: HandedList | null;
  groupId: number | null;
  segmentId: number | null;
  customFields: Record<string, string>;
  missingAddress: 'skip' | 'stop';
  // Typed text (Persian digits); the first free label of a partly used sheet.
  startAt: string;
  printer: string | null;
  format: 'pdf' | 'docx';
  segments: Segment[];
  // What printing.checkRun said about the choices above; null once any of them changes.
  check: z.infer<typeof RunCheck> | null;
  job: JobSnapshot | null;
  result: z.infer<typeof PrintRunResult> | null;
  busy: boolean;
  errors: FieldErrors;
  error: string | null;
  handOver(list: HandedList): void;
  loadSegments(): Promise<void>;
  // Template, recipients and custom values: a new check is needed.
  choose(values: Partial<Pick<RunState, 'templateId' | 'audienceChoice' | 'groupId' | 'segmentId' | 'customFields'>>): void;
  // How to print: the check still holds.
  setOptions(values: Partial<Pick<RunState, 'missingAddress' | 'startAt' | 'printer' | 'format'>>): void;
  runCheck(): Promise<void>;
  start(): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

const choices = {
  templateId: null,
  audienceChoice: 'group' as AudienceChoice,
  groupId: null,
  segmentId: null,
  customFields: {},
  missingAddress: 'skip' as const,
  startAt: '۱',
  printer: null,
  format: 'pdf' as const,
};
const outcome = { check: null, job: null, result: null, busy: false, errors: {}, error: null };
const REQUIRED = 'این فیلد را پر کنید.';
const AUDIENCE_FIELD: Record<AudienceChoice, string> = { list: 'audience', group: 'groupId', segment: 'segmentId' };

function audienceOf(state: RunState): RunRequest['audience'] | null {
  if (state.audienceChoice === 'list') return state.handed?.audience ?? null;
  if (state.audienceChoice === 'group') return state.groupId === null ? null : { kind: 'group', groupId: state.groupId };
  return state.segmentId === null ? null : { kind: 'segment', segmentId: state.segmentId };
}

// The values the user filled in (blank ones are left out, so the check names them as unknown).
function filledCustomFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

let following: FollowedJob | null = null;

// «چاپ گروهی»: kept while the user looks at other pages, and while a run goes on in the background.
export const usePrintRunStore = create<RunState>()((set, get) => {
  const request = (): RunRequest | null => {
    const state = get();
    const audience = audienceOf(state);
    const errors: FieldErrors = {};
    if (state.templateId === null) errors.templateId = REQUIRED;
    if (!audience) errors[AUDIENCE_FIELD[state.audienceChoice]] = REQUIRED;
    set({ errors, error: null });
    if (state.templateId === null || !audience) return null;
    const startAt = numberOf(state.startAt);
    return {
      templateId: state.templateId,
      audience,
      missingAddress: state.missingAddress,
      format: state.format,
      // A typo is left for zod to name in Persian.
      startAt: (startAt ?? 1) as number,
      printer: state.printer,
      customFields: filledCustomFields(state.customFields),
    };
  };

  const refused = (failure: unknown) => {
    const errors = failure instanceof ApiCallError && failure.code === 'input.invalid' ? issuesToFieldErrors(failure.issues) : {};
    set({ busy: false, errors, error: messageOf(failure) });
  };

  const finished = async (job: JobSnapshot) => {
    following = null;
    if (job.state === 'done') {
      const result = PrintRunResult.parse(job.result);
      set({ job, result, busy: false });
      await printFile(result.file);
    } else {
      set({ job, busy: false, error: job.state === 'failed' && job.error ? errorMessage(job.error) : null });
    }
  };

  return {
    ...choices,
    ...outcome,
    handed: null,
    segments: [],
    handOver(list) {
      following?.stop();
      following = null;
      set({ ...choices, ...outcome, templateId: get().templateId, handed: list, audienceChoice: 'list' });
    },
    async loadSegments() {
      try {
        set({ segments: await call('segments.list', {}) });
      } catch (failure) {
        set({ error: messageOf(failure) });
      }
    },
    choose(values) {
      set({ ...values, check: null, result: null, job: null, error: null });
    },
    setOptions(values) {
      set(values);
    },
    async runCheck() {
      const input = request();
      if (!input) return;
      set({ busy: true });
      try {
        set({ check: await call('printing.checkRun', input), busy: false });
      } catch (failure) {
        refused(failure);
      }
    },
    async start() {
      const input = request();
      if (!input) return;
      set({ busy: true, result: null, job: null });
      try {
        const job = await call('printing.startRun', input);
        set({ job });
        following = followJob(job, (progress) => set({ job: progress }));
        await finished(await following.finished);
      } catch (failure) {
        following = null;
        refused(failure);
      }
    },
    async cancel() {
      const job = get().job;
      if (!job) return;
      try {
        await call('jobs.cancel', { id: job.id });
      } catch (failure) {
        set({ error: messageOf(failure) });
      }
    },
    reset() {
      following?.stop();
      following = null;
      set({ ...choices, ...outcome, handed: null });
    },
  };
});
