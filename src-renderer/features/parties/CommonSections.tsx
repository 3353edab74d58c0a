import type { ReactNode } from 'react';
import { PRIORITIES } from '../../../src-shared/api/parties';
import { partyColorLabels, priorityLabels } from '../../../src-shared/i18n/ui-fa';
import { Field, TextField, type FieldErrors } from '../../ui';
import { ChipsInput } from './ChipsInput';
import { ContactPointsEditor } from './ContactPointsEditor';
import { GroupPicker } from './GroupPicker';
import { useLookup } from './lookups-store';
import { ManagerPicker } from './ManagerPicker';
import type { CommonPatch, CommonValues } from './party-form-values';
import type { PartyForm } from './party-kind';
import { FormSection } from './PartyFormShell';
import { RankingsEditor } from './RankingsEditor';
import { RialsInput } from './RialsInput';
import { RolePicker } from './RolePicker';

interface SectionProps {
  values: CommonValues;
  onChange: CommonPatch;
  errors: FieldErrors;
}

export function ContactSection({ values, onChange, errors }: SectionProps) {
  return (
    <FormSection title="راه‌های ارتباطی" wide>
      <ContactPointsEditor rows={values.contactPoints} onChange={(contactPoints) => onChange({ contactPoints })} errors={errors} />
    </FormSection>
  );
}

export function ClassificationSection({
  values,
  onChange,
  errors,
  form,
  knownManagers,
}: SectionProps & { form: PartyForm; knownManagers: readonly { id: number; name: string }[] }) {
  return (
    <FormSection title="گروه‌ها، نقش‌ها و مسئولان">
      <GroupPicker value={values.groupIds} onChange={(groupIds) => onChange({ groupIds })} error={errors.groupIds} />
      <RolePicker roles={values.roles} onChange={(roles) => onChange({ roles })} error={errors.roles} />
      <ManagerPicker
        form={form}
        value={values.managerIds}
        known={knownManagers}
        onChange={(managerIds) => onChange({ managerIds })}
        error={errors.managerIds}
      />
    </FormSection>
  );
}

function ColorChoice({ value, onChange }: { value: string; onChange(color: string): void }) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">رنگ</legend>
      <div className="swatches">
        <label className="swatch swatch--none" title="بدون رنگ">
          <input type="radio" name="party-color" checked={value === ''} onChange={() => onChange('')} aria-label="بدون رنگ" />
        </label>
        {Object.entries(partyColorLabels).map(([color, name]) => (
          <label key={color} className="swatch" style={{ background: color }} title={name}>
            <input type="radio" name="party-color" checked={value === color} onChange={() => onChange(color)} aria-label={name} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// The rest of what people and companies share; `children` are a kind's own fields, shown first.
export function MoreSection({ values, onChange, errors, children }: SectionProps & { children?: ReactNode }) {
  const referralSources = useLookup('referralSource');
  const activityTypes = useLookup('activityType');
  return (
    <FormSection title="سایر اطلاعات" wide>
      {children}
      <div className="form-grid">
        <TextField label="کشور" value={values.country} onChange={(country) => onChange({ country })} error={errors.country} />
        <TextField label="استان" value={values.province} onChange={(province) => onChange({ province })} error={errors.province} />
        <TextField label="شهر" value={values.city} onChange={(city) => onChange({ city })} error={errors.city} />
        <TextField label="منطقه" value={values.region} onChange={(region) => onChange({ region })} error={errors.region} />
        <RialsInput label="درآمد (ریال)" value={values.income} onChange={(income) => onChange({ income })} error={errors.income} />
        <RialsInput
          label="سقف اعتبار (ریال)"
          value={values.creditLimit}
          onChange={(creditLimit) => onChange({ creditLimit })}
          error={errors.creditLimit}
        />
        <TextField
          label="شیوهٔ آشنایی"
          value={values.referralSource}
          onChange={(referralSource) => onChange({ referralSource })}
          error={errors.referralSource}
          list="referral-sources"
        />
        <datalist id="referral-sources">
          {referralSources.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
        <Field label="اولویت" error={errors.priority}>
          {(control) => (
            <select
              className="input"
              {...control}
              value={values.priority}
              onChange={(event) => onChange({ priority: event.target.value as CommonValues['priority'] })}
            >
              <option value="">—</option>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {priorityLabels[priority]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-grid form-grid--2">
        <ChipsInput
          label="زمینه‌های فعالیت"
          values={values.activityTypes}
          onChange={(activityTypes) => onChange({ activityTypes })}
          error={errors.activityTypes}
          suggestions={activityTypes}
        />
        <ChipsInput
          label="گواهی‌نامه‌ها"
          values={values.certificates}
          onChange={(certificates) => onChange({ certificates })}
          error={errors.certificates}
        />
      </div>
      <RankingsEditor rows={values.rankings} onChange={(rankings) => onChange({ rankings })} error={errors.rankings} />
      <ColorChoice value={values.color} onChange={(color) => onChange({ color })} />
      <Field label="توضیحات" error={errors.description}>
        {(control) => (
          <textarea
            className="input textarea"
            {...control}
            rows={4}
            value={values.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        )}
      </Field>
      <label className="choice">
        <input type="checkbox" checked={values.active} onChange={(event) => onChange({ active: event.target.checked })} />
        فعال
      </label>
    </FormSection>
  );
}
