import { useEffect } from 'react';
import { Field } from '../../ui';
import { flattenTree, groupTree, indentedName } from './group-tree';
import { useGroupsStore } from './groups-store';

interface GroupSelectProps {
  value: number | null;
  onChange(groupId: number | null): void;
  error?: string | undefined;
}

// «گروه»: one group of the tree, each indented under its parent (who a campaign or a print run goes to).
export function GroupSelect({ value, onChange, error }: GroupSelectProps) {
  const groups = useGroupsStore((state) => state.groups);
  const load = useGroupsStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Field label="گروه" error={error}>
      {(control) => (
        <select className="input" {...control} value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
          <option value="">— یک گروه انتخاب کنید —</option>
          {flattenTree(groupTree(groups)).map((node) => (
            <option key={node.group.id} value={node.group.id}>
              {indentedName(node)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
