import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { validateWith, type FieldErrors } from '../../ui';
import { ClassificationSection, ContactSection, MoreSection } from './CommonSections';
import { checkMobiles, keyContactErrors, type CommonValues } from './party-form-values';
import { listPath, recordPath, type PartyKindSpec, type PartyRecord } from './party-kind';
import { FormSection, PartyFormShell } from './PartyFormShell';

export interface PartyFields<V> {
  values: V;
  patch(changes: Partial<V>): void;
  errors: FieldErrors;
}

interface PartyEditorProps<V extends CommonValues, D, R extends PartyRecord> {
  spec: PartyKindSpec<R>;
  // Editing this record; absent for a new one.
  record?: R;
  initial: V;
  onReload?(): void;
  schema: z.ZodType<D>;
  toDraft(values: V): { draft: D; sentKeys: string[] };
  create(draft: D): Promise<R>;
  update(draft: D, target: { id: number; version: number }): Promise<R>;
  ownTitle: string;
  // The kind's own fields: first in their own section, between the contacts and the classification, and
  // at the head of «سایر اطلاعات».
  own(fields: PartyFields<V>): ReactNode;
  afterContacts?(fields: PartyFields<V>): ReactNode;
  more?(fields: PartyFields<V>): ReactNode;
}

// A person's or a company's form: the kind's own fields around the sections every party has.
export function PartyEditor<V extends CommonValues, D, R extends PartyRecord>({
  spec,
  record,
  initial,
  onReload,
  schema,
  toDraft,
  create,
  update,
  ownTitle,
  own,
  afterContacts,
  more,
}: PartyEditorProps<V, D, R>) {
  const [values, setValues] = useState(initial);
  // The version the form started from: saving over someone else's newer save is refused, not silent.
  const [version] = useState(record?.version);
  const patch = (changes: Partial<V>) => setValues((current) => ({ ...current, ...changes }));
  const common = (changes: Partial<CommonValues>) => setValues((current) => ({ ...current, ...changes }));

  const prepare = () => {
    const { draft, sentKeys } = toDraft(values);
    const checked = validateWith(schema, draft);
    const errors: FieldErrors = {
      ...(checked.ok ? {} : keyContactErrors(checked.errors, sentKeys)),
      ...checkMobiles(values.contactPoints),
    };
    return { draft, sentKeys, errors };
  };

  const send = (draft: D) => (record && version !== undefined ? update(draft, { id: record.id, version }) : create(draft));

  return (
    <PartyFormShell
      spec={spec}
      title={record ? `ویرایش «${record.displayName}»` : spec.newLabel}
      cancelPath={record ? recordPath(spec.kind, record.id) : listPath(spec.kind)}
      prepare={prepare}
      send={send}
      onReload={onReload}
    >
      {(errors) => {
        const fields = { values, patch, errors };
        return (
          <>
            <FormSection title={ownTitle} wide>
              <div className="form-grid">{own(fields)}</div>
            </FormSection>
            <ContactSection values={values} onChange={common} errors={errors} />
            {afterContacts?.(fields)}
            <ClassificationSection values={values} onChange={common} errors={errors} form={spec.form} knownManagers={record?.managers ?? []} />
            <MoreSection values={values} onChange={common} errors={errors}>
              {more?.(fields)}
            </MoreSection>
          </>
        );
      }}
    </PartyFormShell>
  );
}
