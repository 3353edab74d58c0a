import { useEffect } from 'react';
import { messagingLabels } from '../../../src-shared/i18n/ui-fa-messaging';
import { Field } from '../../ui';
import { indentedName, flattenTree, groupTree, useGroupsStore } from '../groups';
import { useComposeStore, type AudienceKind } from './compose-store';

const KINDS: AudienceKind[] = ['group', 'segment', 'numbers'];

// Who gets the campaign: a group, a saved list (segment) or numbers typed or pasted.
export function AudienceFields() {
  const { audienceKind, segmentId, groupId, numbers, segments, errors, set, loadChoices } = useComposeStore();
  const groups = useGroupsStore((state) => state.groups);
  const loadGroups = useGroupsStore((state) => state.load);

  useEffect(() => {
    void loadChoices();
    void loadGroups();
  }, [loadChoices, loadGroups]);

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
      {audienceKind === 'group' ? (
        <Field label="گروه" error={errors.groupId ?? errors.audience}>
          {(control) => (
            <select
              className="input"
              {...control}
              value={groupId ?? ''}
              onChange={(event) => set({ groupId: event.target.value ? Number(event.target.value) : null })}
            >
              <option value="">— یک گروه انتخاب کنید —</option>
              {flattenTree(groupTree(groups)).map((node) => (
                <option key={node.group.id} value={node.group.id}>
                  {indentedName(node)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {audienceKind === 'segment' ? (
        <Field
          label="فهرست ذخیره‌شده"
          error={errors.segmentId ?? errors.audience}
          hint={segments.length === 0 ? 'هنوز فهرستی ذخیره نشده است؛ در فهرست اشخاص، فیلتر را با «ذخیرهٔ فهرست» نگه دارید.' : undefined}
        >
          {(control) => (
            <select
              className="input"
              {...control}
              value={segmentId ?? ''}
              onChange={(event) => set({ segmentId: event.target.value ? Number(event.target.value) : null })}
            >
              <option value="">— یک فهرست انتخاب کنید —</option>
              {segments.map((segment) => (
                <option key={segment.id} value={segment.id}>
                  {segment.name}
                </option>
              ))}
            </select>
          )}
        </Field>
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
