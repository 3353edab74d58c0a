import { useId } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import { formatJalaliDate } from '../../../src-shared/domain/jalali';
import { ganttLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { Field, JalaliDatePicker } from '../../ui';
import { useSessionStore } from '../auth';
import { ColleagueOptions, PeriodNav } from '../calendar';
import { GroupSelect } from '../groups';
import { PartyPicker } from '../parties';
import { shiftWindow, type WindowKind } from './gantt-geometry';
import { rangeOfFilter, useGanttStore, type GanttFilter, type PartyRef } from './gantt-store';

const WINDOWS: readonly WindowKind[] = ['month', 'quarter', 'custom'];

// A person or company the chart is narrowed to: their name with «برداشتن», or a search box.
function PartyFilter({ label, kind, value, onChange }: { label: string; kind: PartyKind; value: PartyRef | null; onChange(party: PartyRef | null): void }) {
  const labelId = useId();
  return (
    <div className="field gantt-filters__party">
      <span className="field__label" id={labelId}>
        {label}
      </span>
      {value ? (
        <p className="chips" aria-labelledby={labelId}>
          <span className="chip">
            {value.name}
            <button type="button" className="chip__remove" aria-label={`برداشتن ${value.name}`} onClick={() => onChange(null)}>
              ×
            </button>
          </span>
        </p>
      ) : (
        <PartyPicker label={label} kind={kind} placeholder="همه" onPick={(hit) => onChange({ id: hit.partyId, name: hit.title })} />
      )}
    </div>
  );
}

// Whose tasks, about whom, and over which Jalali month, season or chosen days.
export function GanttFilters() {
  const me = useSessionStore((state) => state.user);
  const filter = useGanttStore((state) => state.filter);
  const setFilter = useGanttStore((state) => state.setFilter);
  const change = (patch: Partial<GanttFilter>) => void setFilter(patch);
  const range = rangeOfFilter(filter);
  // A month or a season steps back and forth; chosen days are chosen again.
  const steppable = filter.window === 'custom' ? null : filter.window;

  return (
    <div className="gantt-filters" role="group" aria-label="فیلتر نمودار">
      <div className="filters-row">
        <Field label="کاربر">
          {(control) => (
            <select
              className="input"
              {...control}
              value={String(filter.user)}
              onChange={(event) => change({ user: event.target.value === 'me' || event.target.value === 'all' ? event.target.value : Number(event.target.value) })}
            >
              <option value="me">{me ? `${me.displayName} (خودم)` : 'خودم'}</option>
              <option value="all">{ganttLabels.allUsers}</option>
              <ColleagueOptions />
            </select>
          )}
        </Field>
        <PartyFilter label="شخص" kind="person" value={filter.person} onChange={(person) => change({ person })} />
        <PartyFilter label="شرکت" kind="company" value={filter.company} onChange={(company) => change({ company })} />
        <GroupSelect value={filter.groupId} onChange={(groupId) => change({ groupId })} />
      </div>
      <div className="filters-row gantt-filters__window">
        <div className="toggle-chips" role="group" aria-label="بازهٔ زمانی">
          {WINDOWS.map((kind) => (
            <button key={kind} type="button" className="toggle-chip" aria-pressed={filter.window === kind} onClick={() => change({ window: kind })}>
              {ganttLabels.window[kind]}
            </button>
          ))}
        </div>
        {steppable === null ? (
          <>
            <JalaliDatePicker label="از" value={filter.custom.first} onChange={(first) => first && change({ custom: { first, last: first > filter.custom.last ? first : filter.custom.last } })} />
            <JalaliDatePicker label="تا" value={filter.custom.last} onChange={(last) => last && change({ custom: { first: last < filter.custom.first ? last : filter.custom.first, last } })} />
          </>
        ) : (
          <PeriodNav previousLabel={ganttLabels.previous} nextLabel={ganttLabels.next} onStep={(step) => change({ anchor: shiftWindow(steppable, filter.anchor, step) })}>
            <p className="gantt-filters__range" aria-live="polite">
              {formatJalaliDate(range.first, 'long')} تا {formatJalaliDate(range.last, 'long')}
            </p>
          </PeriodNav>
        )}
      </div>
    </div>
  );
}
