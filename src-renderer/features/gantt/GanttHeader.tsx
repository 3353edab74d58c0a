import { memo } from 'react';
import type { HeaderCell } from './gantt-geometry';

export const HEADER_ROW = 22;

function HeaderRow({ cells, y, className }: { cells: readonly HeaderCell[]; y: number; className: string }) {
  return (
    <g className={className}>
      {cells.map((cell) => (
        <g key={cell.key}>
          <line className="gantt-header__rule" x1={cell.left} x2={cell.left} y1={y} y2={y + HEADER_ROW} />
          <text className={cell.weekend ? 'gantt-header__label gantt-weekend' : 'gantt-header__label'} x={cell.left + cell.width / 2} y={y + HEADER_ROW / 2}>
            {cell.label}
          </text>
        </g>
      ))}
    </g>
  );
}

interface GanttHeaderProps {
  months: readonly HeaderCell[];
  ticks: readonly HeaderCell[];
  width: number;
  timelineWidth: number;
  todayX: number | null;
}

// The Jalali months and days (or weeks) over the timeline, and the title column's heading on the right.
export const GanttHeader = memo(function GanttHeader({ months, ticks, width, timelineWidth, todayX }: GanttHeaderProps) {
  const height = ticks.length > 0 ? HEADER_ROW * 2 : HEADER_ROW;
  return (
    <svg className="gantt-header" width={width} height={height} aria-hidden="true">
      <rect className="gantt-header__back" x={0} y={0} width={width} height={height} />
      <HeaderRow cells={months} y={0} className="gantt-header__months" />
      {ticks.length > 0 ? <HeaderRow cells={ticks} y={HEADER_ROW} className="gantt-header__ticks" /> : null}
      {todayX === null ? null : <line className="gantt-today" x1={todayX} x2={todayX} y1={0} y2={height} />}
      <text className="gantt-header__title" x={width - 10} y={height / 2}>
        کار
      </text>
      <line className="gantt-header__rule" x1={timelineWidth} x2={timelineWidth} y1={0} y2={height} />
    </svg>
  );
});
