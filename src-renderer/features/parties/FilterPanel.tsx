import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { BUILT_IN_ROLES, PRIORITIES, type PartyFilter, type PartyKind } from '../../../src-shared/api/parties';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { builtInRoleLabels, roleLabel } from '../../../src-shared/i18n/fa';
import { priorityLabels } from '../../../src-shared/i18n/ui-fa';
import { Field, JalaliDatePicker } from '../../ui';
import { flattenTree, groupTree, indentedName, useGroupsStore } from '../groups';
import { ConditionRows } from './ConditionRows';
import { useDirectoryStore } from './directory-store';
import { useLookup, useLookupsStore } from './lookups-store';
import { EMPTY_FILTER } from './party-store';
import { useDebouncedValue } from './use-debounced-value';

const TYPING_DELAY_MS = 300;

// A built-in role is stored by its key; what the user typed is matched against the Persian labels.
function roleKey(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return BUILT_IN_ROLES.find((role) => builtInRoleLabels[role] === trimmed) ?? trimmed;
}

// Filters set besides the text and the deleted-records switch.
export function countActive(filter: PartyFilter): number {
  const { q: _q, deleted: _deleted, conditions, ...rest } = filter;
  return Object.values(rest).filter((value) => value !== undefined).length + conditions.length;
}

interface FilterPanelProps {
  kind: PartyKind;
  filter: PartyFilter;
  onChange(filter: PartyFilter): void;
  // «جستجو در اشخاص»
  searchLabel: string;
  // At the end of the search bar (saved filters).
  children?: ReactNode;
}

export function FilterPanel({ kind, filter, onChange, searchLabel, children }: FilterPanelProps) {
  const panelId = useId();
  const groups = useGroupsStore((state) => state.groups);
  const users = useDirectoryStore((state) => state.users);
  const [open, setOpen] = useState(() => countActive(filter) > 0 || filter.deleted);
  const [q, setQ] = useState(filter.q);
  const [role, setRole] = useState(filter.role ? roleLabel(filter.role) : '');
  const [city, setCity] = useState(filter.city ?? '');
  const [ranking, setRanking] = useState(filter.ranking ?? '');
  const officeRoles = useLookup('role');
  const rankings = useLookup('ranking');
  const loadLookups = useLookupsStore((state) => state.load);
  const typedQ = useDebouncedValue(q, TYPING_DELAY_MS);
  const typedRole = useDebouncedValue(role, TYPING_DELAY_MS);
  const typedCity = useDebouncedValue(city, TYPING_DELAY_MS);
  const typedRanking = useDebouncedValue(ranking, TYPING_DELAY_MS);

  useEffect(() => {
    void loadLookups();
  }, [loadLookups]);

  // A filter set from outside (a saved segment, «پاک کردن») shows in the boxes; the user's own typing
  // (a trailing space before the next word) is left alone.
  useEffect(() => {
    setQ((current) => (current.trim() === filter.q ? current : filter.q));
    setRole((current) => (roleKey(current) === filter.role ? current : filter.role ? roleLabel(filter.role) : ''));
    setCity((current) => ((current.trim() || undefined) === filter.city ? current : (filter.city ?? '')));
    setRanking((current) => ((current.trim() || undefined) === filter.ranking ? current : (filter.ranking ?? '')));
  }, [filter.q, filter.role, filter.city, filter.ranking]);

  const latest = useRef({ filter, onChange });
  latest.current = { filter, onChange };
  useEffect(() => {
    const { filter: now, onChange: apply } = latest.current;
    const next = {
      ...now,
      q: typedQ.trim(),
      role: roleKey(typedRole),
      city: typedCity.trim() || undefined,
      ranking: typedRanking.trim() || undefined,
    };
    if (next.q !== now.q || next.role !== now.role || next.city !== now.city || next.ranking !== now.ranking) apply(next);
  }, [typedQ, typedRole, typedCity, typedRanking]);

  const patch = (changes: Partial<PartyFilter>) => onChange({ ...filter, ...changes });
  const active = countActive(filter) + (filter.deleted ? 1 : 0);
  const rangeError =
    filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo
      ? 'تاریخ پایان باید بعد از تاریخ شروع یا همان روز باشد.'
      : undefined;

  return (
    <div className="list-filters">
      <div className="list-filters__bar">
        <input
          type="search"
          className="input list-filters__search"
          aria-label={searchLabel}
          placeholder={`${searchLabel}: نام، کد، تلفن، ایمیل…`}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {active > 0 ? `فیلترها (${toPersianDigits(active)})` : 'فیلترها'}
        </button>
        {active > 0 || filter.q ? (
          <button type="button" className="button button--ghost" onClick={() => onChange(EMPTY_FILTER)}>
            پاک کردن فیلترها
          </button>
        ) : null}
        {children}
      </div>
      {open ? (
        <div id={panelId} className="filters list-filters__panel" role="group" aria-label="فیلترهای فهرست">
          <Field label="گروه (با زیرگروه‌ها)">
            {(control) => (
              <select
                className="input"
                {...control}
                value={filter.groupId ?? ''}
                onChange={(event) => patch({ groupId: event.target.value ? Number(event.target.value) : undefined })}
              >
                <option value="">همهٔ گروه‌ها</option>
                {flattenTree(groupTree(groups)).map((node) => (
                  <option key={node.group.id} value={node.group.id}>
                    {indentedName(node)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="نقش">
            {(control) => (
              <>
                <input className="input" {...control} list={`${panelId}-roles`} value={role} onChange={(event) => setRole(event.target.value)} />
                <datalist id={`${panelId}-roles`}>
                  {[...BUILT_IN_ROLES.map((key) => builtInRoleLabels[key]), ...officeRoles].map((label) => (
                    <option key={label} value={label} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="مسئول پرونده">
            {(control) => (
              <select
                className="input"
                {...control}
                value={filter.managerId ?? ''}
                onChange={(event) => patch({ managerId: event.target.value ? Number(event.target.value) : undefined })}
              >
                <option value="">همهٔ کاربران</option>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="رتبهٔ امروز">
            {(control) => (
              <>
                <input className="input" {...control} list={`${panelId}-rankings`} value={ranking} onChange={(event) => setRanking(event.target.value)} />
                <datalist id={`${panelId}-rankings`}>
                  {rankings.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="وضعیت">
            {(control) => (
              <select
                className="input"
                {...control}
                value={filter.active === undefined ? '' : filter.active ? 'active' : 'inactive'}
                onChange={(event) => patch({ active: event.target.value === '' ? undefined : event.target.value === 'active' })}
              >
                <option value="">فعال و غیرفعال</option>
                <option value="active">فقط فعال</option>
                <option value="inactive">فقط غیرفعال</option>
              </select>
            )}
          </Field>
          <Field label="اولویت">
            {(control) => (
              <select
                className="input"
                {...control}
                value={filter.priority ?? ''}
                onChange={(event) =>
                  patch({ priority: event.target.value ? (event.target.value as (typeof PRIORITIES)[number]) : undefined })
                }
              >
                <option value="">همه</option>
                {PRIORITIES.map((priority) => (
                  <option key={priority} value={priority}>
                    {priorityLabels[priority]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="شهر">
            {(control) => <input className="input" {...control} value={city} onChange={(event) => setCity(event.target.value)} />}
          </Field>
          <JalaliDatePicker
            label="ایجاد از تاریخ"
            value={filter.createdFrom ?? null}
            onChange={(createdFrom) => patch({ createdFrom: createdFrom ?? undefined })}
          />
          <JalaliDatePicker
            label="ایجاد تا تاریخ"
            value={filter.createdTo ?? null}
            onChange={(createdTo) => patch({ createdTo: createdTo ?? undefined })}
            error={rangeError}
          />
          <label className="choice list-filters__deleted">
            <input type="checkbox" checked={filter.deleted} onChange={(event) => patch({ deleted: event.target.checked })} />
            فقط رکوردهای حذف‌شده
          </label>
          <ConditionRows kind={kind} conditions={filter.conditions} onChange={(conditions) => patch({ conditions })} />
        </div>
      ) : null}
    </div>
  );
}
