import { useEffect, useId, useRef, useState } from 'react';
import type { PartyColumn } from './party-columns';

interface ColumnChooserProps {
  columns: PartyColumn[];
  chosen: string[];
  onChoose(keys: string[]): void;
}

export function ColumnChooser({ columns, chosen, onChoose }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // Kept in the table's order whatever order they were ticked in.
  const toggle = (key: string, on: boolean) =>
    onChoose(columns.map((column) => column.key).filter((k) => (k === key ? on : chosen.includes(k))));

  return (
    <div className="popover" ref={root} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        ستون‌ها
      </button>
      {open ? (
        <div id={panelId} className="popover__panel" role="group" aria-label="ستون‌های فهرست">
          {columns.map((column) => (
            <label key={column.key} className="choice">
              <input
                type="checkbox"
                checked={column.fixed || chosen.includes(column.key)}
                disabled={column.fixed}
                onChange={(event) => toggle(column.key, event.target.checked)}
              />
              {column.header}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}
