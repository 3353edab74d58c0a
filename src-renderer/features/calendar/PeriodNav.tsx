import type { ReactNode } from 'react';

interface PeriodNavProps {
  previousLabel: string;
  nextLabel: string;
  onStep(step: -1 | 1): void;
  // What stands between the two arrows: «امروز», the period's dates.
  children: ReactNode;
}

// The arrows around a period (the calendar's, the Gantt chart's): right to left, the earlier one is on the right.
export function PeriodNav({ previousLabel, nextLabel, onStep, children }: PeriodNavProps) {
  return (
    <div className="period-nav">
      <button type="button" className="icon-button" aria-label={previousLabel} onClick={() => onStep(-1)}>
        ›
      </button>
      {children}
      <button type="button" className="icon-button" aria-label={nextLabel} onClick={() => onStep(1)}>
        ‹
      </button>
    </div>
  );
}
