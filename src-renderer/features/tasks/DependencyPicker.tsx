import { useEffect, useId, useState } from 'react';
import type { Task } from '../../../src-shared/api/tasks';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { call } from '../../api/client';

type Candidate = Pick<Task, 'id' | 'code' | 'title' | 'completedAt'>;

// Every task of the office, whenever it falls: the Gantt's query over all time is the one list of them.
const ALL_TIME = { from: 0, to: 8_640_000_000_000_000 };

const optionText = (task: Candidate) => `${toPersianDigits(task.code)} — ${task.title}`;

// The tasks a prerequisite may be picked from (and named by).
function useTaskChoices(): Candidate[] {
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  useEffect(() => {
    let live = true;
    call('tasks.gantt', { ...ALL_TIME, includeDone: true })
      .then((tasks) => live && setCandidates(tasks))
      .catch(() => {
        // Without the list prerequisites show by number and nothing new can be picked; the rest of the form works.
      });
    return () => {
      live = false;
    };
  }, []);
  return candidates;
}

function dependencyName(candidates: readonly Candidate[], id: number): string {
  const task = candidates.find((candidate) => candidate.id === id);
  return task ? optionText(task) : `کار شمارهٔ ${toPersianDigits(id)}`;
}

// The prerequisites of a task, by code and title.
export function DependencyList({ ids }: { ids: readonly number[] }) {
  const candidates = useTaskChoices();
  return <>{ids.map((id) => dependencyName(candidates, id)).join('، ')}</>;
}

interface DependencyPickerProps {
  // The task being edited (never its own prerequisite); null for a new one.
  taskId: number | null;
  value: readonly number[];
  onChange(value: number[]): void;
  error?: string | undefined;
}

// «پیش‌نیازها»: tasks that must be done first. Type part of a title or code and pick from the suggestions.
export function DependencyPicker({ taskId, value, onChange, error }: DependencyPickerProps) {
  const id = useId();
  const candidates = useTaskChoices();
  const [text, setText] = useState('');

  const offered = candidates.filter((task) => task.id !== taskId && !value.includes(task.id) && task.completedAt === null);
  const choose = (typed: string) => {
    const picked = offered.find((task) => optionText(task) === typed);
    if (picked) {
      onChange([...value, picked.id]);
      setText('');
    } else {
      setText(typed);
    }
  };

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        پیش‌نیازها
      </label>
      {value.length > 0 ? (
        <ul className="chips" aria-label="پیش‌نیازها">
          {value.map((dependency) => {
            const name = dependencyName(candidates, dependency);
            return (
              <li key={dependency} className="chip">
                {name}
                <button type="button" className="chip__remove" aria-label={`برداشتن پیش‌نیاز «${name}»`} onClick={() => onChange(value.filter((other) => other !== dependency))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <input
        id={id}
        className="input"
        list={`${id}-list`}
        autoComplete="off"
        placeholder="کد یا عنوان کاری که باید پیش از این انجام شود"
        aria-invalid={Boolean(error)}
        value={text}
        onChange={(event) => choose(event.target.value)}
        onKeyDown={(event) => {
          // Enter takes the suggestion typed in full; it must not send the whole form.
          if (event.key === 'Enter' && text.trim()) {
            event.preventDefault();
            const match = offered.filter((task) => optionText(task).includes(text.trim()));
            if (match.length === 1) choose(optionText(match[0]!));
          }
        }}
      />
      <datalist id={`${id}-list`}>
        {offered.map((task) => (
          <option key={task.id} value={optionText(task)} />
        ))}
      </datalist>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
