import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Task } from '../../../src-shared/api/tasks';
import { ganttLabels } from '../../../src-shared/i18n/ui-fa-calendar';
import { barShape, createScale, dependencyArrows, headerRows, ROW_HEIGHT, xOf, type BarShape, type DayRange, type Schedule } from './gantt-geometry';
import { GanttHeader } from './GanttHeader';
import { GanttRow } from './GanttRow';
import { useGanttInteraction } from './use-gantt-interaction';

const TITLE_WIDTH = 240;
const TITLE_PADDING = 10;

// The width the chart may use, followed as the window or the side panel changes size.
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(node.clientWidth));
    observer.observe(node);
    setWidth(node.clientWidth);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

interface GanttChartProps {
  tasks: readonly Task[];
  range: DayRange;
  mayEdit(task: Task): boolean;
  onReschedule(task: Task, schedule: Schedule): Promise<void>;
}

// The tasks as one SVG, right to left: titles in the right-hand column, then the timeline whose first day is on the
// right. Geometry is computed once per tasks, window and width; a drag or a key press redraws one row.
export function GanttChart({ tasks, range, mayEdit, onReschedule }: GanttChartProps) {
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const chart = useRef<SVGSVGElement>(null);
  const width = useWidth(scroller);
  const timelineWidth = Math.max(0, width - TITLE_WIDTH);
  const scale = useMemo(() => createScale(range, timelineWidth), [range, timelineWidth]);
  const header = useMemo(() => headerRows(scale), [scale]);
  const shapes = useMemo(() => new Map(tasks.map((task) => [task.id, barShape(scale, task)])), [tasks, scale]);
  const drawn = useMemo(() => tasks.filter((task) => shapes.get(task.id)), [tasks, shapes]);
  const { selectedId, pending, handlers } = useGanttInteraction({ tasks, dayWidth: scale.dayWidth, drawn, mayEdit, onCommit: onReschedule, chart });
  const pendingShape = useMemo(() => (pending ? barShape(scale, pending.schedule) : null), [pending, scale]);
  const arrows = useMemo(() => {
    const shapeOf = (id: number): BarShape | null => (pending?.id === id ? pendingShape : (shapes.get(id) ?? null));
    return dependencyArrows(tasks, shapeOf);
  }, [tasks, shapes, pending, pendingShape]);
  const height = tasks.length * ROW_HEIGHT;
  const rulePath = useMemo(() => (header.ticks.length > 0 ? header.ticks : header.months).map((cell) => `M${cell.left},0V${height}`).join(''), [header, height]);
  const nowX = xOf(scale, Date.now());
  const todayX = nowX >= 0 && nowX <= scale.width ? nowX : null;

  return (
    <div className="gantt">
      <p id={hintId} className="muted gantt__hint">
        {ganttLabels.keysHint}
      </p>
      <p className="gantt__pending" role="status">
        {pending?.by === 'keys' ? ganttLabels.pending : null}
      </p>
      <div className="gantt__scroll" ref={scroller}>
        {width > 0 ? (
          <>
            <div className="gantt__head">
              <GanttHeader months={header.months} ticks={header.ticks} width={width} timelineWidth={timelineWidth} todayX={todayX} />
            </div>
            <svg
              ref={chart}
              className="gantt__chart"
              width={width}
              height={height}
              role="group"
              aria-label={ganttLabels.title}
              data-day-width={scale.dayWidth}
              data-bars={drawn.length}
              {...handlers}
            >
              <defs>
                <clipPath id="gantt-titles">
                  <rect x={timelineWidth + 4} y={0} width={TITLE_WIDTH - 4 - TITLE_PADDING} height={height} />
                </clipPath>
                <marker id="gantt-arrow-head" viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
                  <path d="M0,0L8,4L0,8Z" className="gantt-arrow__head" />
                </marker>
              </defs>
              {header.ticks
                .filter((cell) => cell.weekend)
                .map((cell) => (
                  <rect key={cell.key} className="gantt-weekend-band" x={cell.left} y={0} width={cell.width} height={height} />
                ))}
              <path className="gantt-rules" d={rulePath} />
              <line className="gantt-rules" x1={timelineWidth} x2={timelineWidth} y1={0} y2={height} />
              <g className="gantt-arrows">
                {arrows.map((arrow) => (
                  <path key={arrow.key} className="gantt-arrow" d={arrow.d} markerEnd="url(#gantt-arrow-head)" />
                ))}
              </g>
              {tasks.map((task, index) => {
                const isPending = pending?.id === task.id;
                return (
                  <GanttRow
                    key={task.id}
                    task={task}
                    shape={isPending ? pendingShape : (shapes.get(task.id) ?? null)}
                    schedule={isPending ? pending.schedule : task}
                    index={index}
                    titleX={width - TITLE_PADDING}
                    selected={task.id === selectedId}
                    editable={mayEdit(task)}
                    pending={isPending}
                    describedBy={hintId}
                  />
                );
              })}
              {todayX === null ? null : <line className="gantt-today" x1={todayX} x2={todayX} y1={0} y2={height} />}
            </svg>
          </>
        ) : null}
      </div>
    </div>
  );
}
