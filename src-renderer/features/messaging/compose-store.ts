import { create } from 'zustand';
import type { Audience, Campaign, CampaignPreview } from '../../../src-shared/api/messaging';
import type { Segment } from '../../../src-shared/api/segments';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { MERGE_FIELD_TOKENS, templateTokens } from '../../../src-shared/domain/merge-fields';
import { ApiCallError, call, messageOf } from '../../api/client';
import { issuesToFieldErrors, type FieldErrors } from '../../ui';

export type AudienceKind = 'segment' | 'group' | 'numbers';

interface ComposeState {
  name: string;
  audienceKind: AudienceKind;
  segmentId: number | null;
  groupId: number | null;
  numbers: string;
  body: string;
  // Campaign-wide values of the «{…}» tokens that are not recipient fields (a discount code, a date).
  customFields: Record<string, string>;
  segments: Segment[];
  preview: CampaignPreview | null;
  busy: boolean;
  errors: FieldErrors;
  error: string | null;
  loadChoices(): Promise<void>;
  set(values: Partial<Pick<ComposeState, 'name' | 'audienceKind' | 'segmentId' | 'groupId' | 'numbers' | 'body' | 'customFields'>>): void;
  // Fetches the preview; false when it was refused (the errors say why).
  runPreview(): Promise<boolean>;
  start(): Promise<Campaign | null>;
  reset(): void;
}

const initial = {
  name: '',
  audienceKind: 'group' as AudienceKind,
  segmentId: null,
  groupId: null,
  numbers: '',
  body: '',
  customFields: {},
  preview: null,
  busy: false,
  errors: {},
  error: null,
};

// null when the chosen kind has nothing chosen yet (the field says so).
function audienceOf(state: ComposeState): Audience | null {
  if (state.audienceKind === 'segment') return state.segmentId === null ? null : { kind: 'segment', segmentId: state.segmentId };
  if (state.audienceKind === 'group') return state.groupId === null ? null : { kind: 'group', groupId: state.groupId };
  return state.numbers.trim() ? { kind: 'numbers', text: state.numbers } : null;
}

const RECIPIENT_TOKENS = new Set(Object.values(MERGE_FIELD_TOKENS));

// The tokens of the text that are not recipient fields: the user gives each one value for the whole campaign.
export function customTokens(body: string): string[] {
  return templateTokens(body).filter((token) => !RECIPIENT_TOKENS.has(token));
}

// Only the values of tokens still in the text, so an edited-away token does not linger.
function customValues(state: Pick<ComposeState, 'body' | 'customFields'>): Record<string, string> {
  return Object.fromEntries(customTokens(state.body).flatMap((token) => (state.customFields[token] ? [[token, state.customFields[token]]] : [])));
}

const AUDIENCE_FIELD: Record<AudienceKind, string> = { segment: 'segmentId', group: 'groupId', numbers: 'numbers' };
const REQUIRED = 'این فیلد را پر کنید.';

// The «ارسال گروهی» compose box. Kept while the user looks at other pages, so a half-written message is not lost.
export const useComposeStore = create<ComposeState>()((set, get) => {
  const checked = (): Audience | null => {
    const state = get();
    const audience = audienceOf(state);
    const errors: FieldErrors = {};
    if (!audience) errors[AUDIENCE_FIELD[state.audienceKind]] = REQUIRED;
    if (!state.body.trim()) errors.body = REQUIRED;
    set({ errors, error: null });
    return Object.keys(errors).length === 0 ? audience : null;
  };

  const refused = (failure: unknown) => {
    const errors = failure instanceof ApiCallError && failure.code === 'input.invalid' ? issuesToFieldErrors(failure.issues) : {};
    set({ busy: false, errors, error: messageOf(failure) });
  };

  return {
    ...initial,
    segments: [],
    async loadChoices() {
      try {
        set({ segments: await call('segments.list', {}) });
      } catch (failure) {
        set({ error: messageOf(failure) });
      }
    },
    set(values) {
      // Anything changed makes the last preview stale.
      set({ ...values, preview: null });
    },
    async runPreview() {
      const audience = checked();
      if (!audience) return false;
      set({ busy: true });
      try {
        const preview = await call('messaging.previewCampaign', { audience, body: get().body, customFields: customValues(get()) });
        set({ preview, busy: false });
        return true;
      } catch (failure) {
        refused(failure);
        return false;
      }
    },
    async start() {
      const audience = checked();
      if (!audience) return null;
      set({ busy: true });
      const name = get().name.trim() || `ارسال ${formatJalaliDateTime(Date.now())}`;
      try {
        const campaign = await call('messaging.startCampaign', { name, audience, body: get().body, customFields: customValues(get()) });
        set({ ...initial });
        return campaign;
      } catch (failure) {
        refused(failure);
        return null;
      }
    },
    reset() {
      set({ ...initial });
    },
  };
});
