import { z } from 'zod';
import { command, Ok, query, RecordRef, VersionedRef, type MethodSpec } from './kit';
import type { Permission } from './permissions';
import { ExportedFile, PartyExportRequest, PartyListRequest, PartyPage, PartyPrintRequest } from './parties';

const SetActive = VersionedRef.extend({ active: z.boolean() });

type Q<I extends z.ZodType, O extends z.ZodType> = MethodSpec<I, O, 'query'>;
type C<I extends z.ZodType, O extends z.ZodType> = MethodSpec<I, O, 'command'>;
type Update<D extends z.ZodObject> = z.ZodObject<D['shape'] & typeof VersionedRef.shape>;

export type PartySlice<P extends 'people' | 'companies', R extends z.ZodType, D extends z.ZodObject> = {
  [K in `${P}.list`]: Q<typeof PartyListRequest, typeof PartyPage>;
} & { [K in `${P}.get`]: Q<typeof RecordRef, R> } & { [K in `${P}.create`]: C<D, R> } & {
  [K in `${P}.update`]: C<Update<D>, R>;
} & { [K in `${P}.setActive`]: C<typeof SetActive, R> } & { [K in `${P}.remove`]: C<typeof RecordRef, typeof Ok> } & {
  [K in `${P}.restore`]: C<typeof RecordRef, R>;
} & { [K in `${P}.purge`]: C<typeof RecordRef, typeof Ok> } & {
  [K in `${P}.export`]: Q<typeof PartyExportRequest, typeof ExportedFile>;
} & { [K in `${P}.print`]: Q<typeof PartyPrintRequest, typeof ExportedFile> };

// People and companies offer the same everyday actions over their own record shapes and rights.
export function partySlice<P extends 'people' | 'companies', R extends z.ZodType, D extends z.ZodObject>(
  form: P,
  record: R,
  draft: D,
): PartySlice<P, R, D> {
  const right = (name: string) => `${form}.${name}` as Permission;
  return {
    [`${form}.list`]: query({ input: PartyListRequest, output: PartyPage, permission: right('view') }),
    [`${form}.get`]: query({ input: RecordRef, output: record, permission: right('view') }),
    [`${form}.create`]: command({ input: draft, output: record, permission: right('create') }),
    [`${form}.update`]: command({ input: draft.extend(VersionedRef.shape), output: record, permission: right('edit') }),
    [`${form}.setActive`]: command({ input: SetActive, output: record, permission: right('deactivate') }),
    [`${form}.remove`]: command({ input: RecordRef, output: Ok, permission: right('delete') }),
    [`${form}.restore`]: command({ input: RecordRef, output: record, permission: right('delete') }),
    [`${form}.purge`]: command({ input: RecordRef, output: Ok, permission: right('purge') }),
    // The current list (same filter, sort and scope) as a file.
    [`${form}.export`]: query({ input: PartyExportRequest, output: ExportedFile, permission: right('export') }),
    // The same list as a PDF to print (A4 landscape).
    [`${form}.print`]: query({ input: PartyPrintRequest, output: ExportedFile, permission: right('print') }),
  } as PartySlice<P, R, D>;
}
