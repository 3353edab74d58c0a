import { useEffect, useState } from 'react';
import { foldForSearch } from '../../../src-shared/domain/persian-text';
import { flattenTree, groupTree, useGroupsStore } from '../groups';

const FILTER_FROM = 12;

// The group tree as checkboxes; a long tree gets a box to narrow it by name.
export function GroupPicker({ value, onChange, error }: { value: readonly number[]; onChange(ids: number[]): void; error?: string | undefined }) {
  const groups = useGroupsStore((state) => state.groups);
  const loaded = useGroupsStore((state) => state.loaded);
  const load = useGroupsStore((state) => state.load);
  const [narrow, setNarrow] = useState('');

  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);

  const wanted = foldForSearch(narrow);
  const nodes = flattenTree(groupTree(groups)).filter((node) => !wanted || foldForSearch(node.group.name).includes(wanted));
  const toggle = (id: number, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));

  return (
    <fieldset className={error ? 'fieldset field--invalid' : 'fieldset'}>
      <legend className="field__label">گروه‌ها</legend>
      {groups.length === 0 ? (
        <p className="muted">
          هنوز گروهی تعریف نشده است. گروه‌ها را در صفحهٔ <a href="#/groups">گروه‌ها</a> بسازید.
        </p>
      ) : (
        <>
          {groups.length >= FILTER_FROM ? (
            <input
              type="search"
              className="input"
              aria-label="جستجو در گروه‌ها"
              placeholder="جستجو در گروه‌ها"
              value={narrow}
              onChange={(event) => setNarrow(event.target.value)}
            />
          ) : null}
          <ul className="tree-checks" aria-label="گروه‌ها">
            {nodes.map((node) => (
              <li key={node.group.id} style={{ paddingInlineStart: `${wanted ? 0 : node.depth * 20}px` }}>
                <label className="choice">
                  <input type="checkbox" checked={value.includes(node.group.id)} onChange={(event) => toggle(node.group.id, event.target.checked)} />
                  {node.group.name}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
