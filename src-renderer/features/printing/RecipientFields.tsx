import { useEffect } from 'react';
import { customTokensOf, PRINT_TEMPLATE_KINDS } from '../../../src-shared/api/printing';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';
import { Field, TextField } from '../../ui';
import { GroupSelect } from '../groups';
import { SegmentSelect } from '../segments';
import { usePrintRunStore, type AudienceChoice } from './print-run-store';
import { usePrintTemplatesStore } from './templates-store';

// The template, grouped by kind (نامه / پاکت / برچسب).
export function TemplateSelect() {
  const templates = usePrintTemplatesStore((state) => state.templates);
  const { templateId, errors, choose } = usePrintRunStore();
  return (
    <Field label="قالب" error={errors.templateId}>
      {(control) => (
        <select className="input" {...control} value={templateId ?? ''} onChange={(event) => choose({ templateId: event.target.value ? Number(event.target.value) : null })}>
          <option value="">— یک قالب انتخاب کنید —</option>
          {PRINT_TEMPLATE_KINDS.map((kind) => (
            <optgroup key={kind} label={printingLabels.kind[kind]}>
              {templates
                .filter((template) => template.kind === kind)
                .map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

// Who gets a page: the list a people or companies screen handed over, a group, or a saved list (segment).
export function RecipientFields() {
  const { audienceChoice, handed, groupId, segmentId, segments, errors, choose, loadSegments } = usePrintRunStore();
  const kinds: AudienceChoice[] = handed ? ['list', 'group', 'segment'] : ['group', 'segment'];

  useEffect(() => {
    void loadSegments();
  }, [loadSegments]);

  return (
    <>
      <fieldset className="fieldset">
        <legend className="field__label">گیرندگان</legend>
        <div className="print-choices">
          {kinds.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="print-audience" checked={audienceChoice === kind} onChange={() => choose({ audienceChoice: kind })} />
              {printingLabels.audience[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      {audienceChoice === 'list' && handed ? (
        <p className="print-handed" data-field="handed">
          {handed.label}
        </p>
      ) : null}
      {audienceChoice === 'group' ? <GroupSelect value={groupId} onChange={(id) => choose({ groupId: id })} error={errors.groupId ?? errors.audience} /> : null}
      {audienceChoice === 'segment' ? (
        <SegmentSelect segments={segments} value={segmentId} onChange={(id) => choose({ segmentId: id })} error={errors.segmentId ?? errors.audience} />
      ) : null}
    </>
  );
}

// A value for each «{…}» of the template that no recipient field fills, the same on every page.
export function CustomValues() {
  const { templateId, customFields, choose } = usePrintRunStore();
  const template = usePrintTemplatesStore((state) => state.templates.find((item) => item.id === templateId));
  const tokens = template ? customTokensOf(template.layout) : [];
  if (tokens.length === 0) return null;
  return (
    <fieldset className="fieldset">
      <legend className="field__label">مقدار فیلدهای دلخواه این قالب</legend>
      {tokens.map((token) => (
        <TextField
          key={token}
          label={`{${token}}`}
          value={customFields[token] ?? ''}
          onChange={(value) => choose({ customFields: { ...customFields, [token]: value } })}
          hint="برای همهٔ گیرندگان یکسان چاپ می‌شود."
        />
      ))}
    </fieldset>
  );
}
