import { useEffect } from 'react';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { Field } from '../../ui';
import { GroupSelect } from '../groups';
import { SegmentSelect } from '../segments';
import { useComposeStore, type AudienceKind } from './compose-store';

const KINDS: AudienceKind[] = ['group', 'segment', 'numbers'];

// Who gets the campaign: a group, a saved list (segment) or numbers typed or pasted.
export function AudienceFields() {
  const { audienceKind, segmentId, groupId, numbers, segments, errors, set, loadChoices } = useComposeStore();

  useEffect(() => {
    void loadChoices();
  }, [loadChoices]);

  return (
    <div className="audience">
      <fieldset className="fieldset audience__kinds">
        <legend className="field__label">گیرندگان</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="audienceKind" checked={audienceKind === kind} onChange={() => set({ audienceKind: kind })} />
            {messagingLabels.audienceKind[kind]}
          </label>
        ))}
      </fieldset>
      {audienceKind === 'group' ? <GroupSelect value={groupId} onChange={(id) => set({ groupId: id })} error={errors.groupId ?? errors.audience} /> : null}
      {audienceKind === 'segment' ? (
        <SegmentSelect segments={segments} value={segmentId} onChange={(id) => set({ segmentId: id })} error={errors.segmentId ?? errors.audience} />
      ) : null}
      {audienceKind === 'numbers' ? (
        <Field
          label="شماره‌ها"
          error={errors.numbers ?? errors.audience}
          hint="هر شماره در یک سطر یا جداشده با ویرگول؛ ارقام فارسی هم پذیرفته می‌شود."
        >
          {(control) => (
            <textarea
              className="input textarea audience__numbers"
              {...control}
              rows={4}
              dir="ltr"
              value={numbers}
              onChange={(event) => set({ numbers: event.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
