import { useCallback, useState } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import { columnsFor, DEFAULT_COLUMNS } from './party-columns';

// Each user's columns, on this PC: people at one desk share a browser but not their choices.
function storageKey(kind: PartyKind, userId: number): string {
  return `peyvand.columns.${kind}.${userId}`;
}

function read(kind: PartyKind, userId: number): string[] {
  const known = columnsFor(kind);
  const fixed = known.filter((column) => column.fixed).map((column) => column.key);
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(kind, userId)) ?? 'null');
    if (Array.isArray(stored)) {
      const keys = known.map((column) => column.key).filter((key) => stored.includes(key) || fixed.includes(key));
      if (keys.length > 0) return keys;
    }
  } catch {
    // A damaged or refused storage falls back to the default columns.
  }
  return known.map((column) => column.key).filter((key) => DEFAULT_COLUMNS.includes(key));
}

export function useColumnChoice(kind: PartyKind, userId: number): [string[], (keys: string[]) => void] {
  const [chosen, setChosen] = useState(() => read(kind, userId));
  const choose = useCallback(
    (keys: string[]) => {
      setChosen(keys);
      try {
        localStorage.setItem(storageKey(kind, userId), JSON.stringify(keys));
      } catch {
        // Private windows may refuse storage; the choice then lasts until the page closes.
      }
    },
    [kind, userId],
  );
  return [chosen, choose];
}
