import { useState, type FormEvent } from 'react';
import { groupsApi, type Group } from '../../../src-shared/api/groups';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Dialog, Field, FormActions, hasErrors, issuesToFieldErrors, TextField, toast, validateWith, type FieldErrors } from '../../ui';
import { flattenTree, groupTree, indentedName, subtreeIds } from './group-tree';
import { useGroupsStore } from './groups-store';

export type GroupDialogMode = { kind: 'create'; parentId: number | null } | { kind: 'rename'; group: Group } | { kind: 'move'; group: Group };

const TITLES = { create: 'گروه جدید', rename: 'تغییر نام گروه', move: 'انتقال گروه' } as const;

export function GroupDialog({ mode, onClose }: { mode: GroupDialogMode; onClose(): void }) {
  const groups = useGroupsStore((state) => state.groups);
  const load = useGroupsStore((state) => state.load);
  const group = mode.kind === 'create' ? null : mode.group;
  const [name, setName] = useState(group?.name ?? '');
  const [parentId, setParentId] = useState(String(mode.kind === 'create' ? (mode.parentId ?? '') : (group?.parentId ?? '')));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A group cannot move under itself or its own subgroups.
  const barred = group ? subtreeIds(groups, group.id) : new Set<number>();
  const parents = flattenTree(groupTree(groups)).filter((node) => !barred.has(node.group.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = { name, parentId: parentId ? Number(parentId) : null };
    const checked = validateWith(groupsApi['groups.create'].input, fields);
    const found = checked.ok ? {} : checked.errors;
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const saved = group ? await call('groups.update', { ...fields, id: group.id, version: group.version }) : await call('groups.create', fields);
      toast.success(group ? `گروه «${saved.name}» ذخیره شد.` : `گروه «${saved.name}» ساخته شد.`);
      await load();
      onClose();
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.code === 'input.invalid') setErrors(issuesToFieldErrors(failure.issues));
      setFormError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={group ? `${TITLES[mode.kind]} «${group.name}»` : TITLES[mode.kind]} onClose={onClose} size="sm">
      <form onSubmit={submit} noValidate>
        {mode.kind !== 'move' ? <TextField label="نام گروه" value={name} onChange={setName} error={errors.name} data-autofocus /> : null}
        {mode.kind !== 'rename' ? (
          <Field label="گروه بالاتر" error={errors.parentId}>
            {(control) => (
              <select className="input" {...control} value={parentId} onChange={(event) => setParentId(event.target.value)} data-autofocus>
                <option value="">— بالاترین سطح —</option>
                {parents.map((node) => (
                  <option key={node.group.id} value={node.group.id}>
                    {indentedName(node)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <FormActions submitLabel={mode.kind === 'create' ? 'ساخت گروه' : mode.kind === 'move' ? 'انتقال' : 'ذخیره'} busy={busy} error={formError} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
