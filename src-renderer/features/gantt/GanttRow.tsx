import { memo } from 'react';
import type { Task } from '../../../src-shared/api/tasks';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { BAR_HEIGHT, MILESTONE_RADIUS, ROW_HEIGHT, type BarShape, type Schedule } from './gantt-geometry';

const BAR_TOP = (ROW_HEIGHT - BAR_HEIGHT) / 2;
const MIDDLE = ROW_HEIGHT / 2;
const GRIP_WIDTH = 6;
const DEFAULT_COLOUR = { high: '#c2410c', medium: '#0f6e66', low: '#64748b' } satisfies Record<Task['priority'], string>;

export function colourOf(task: Task): string {
  return task.colour ?? DEFAULT_COLOUR[task.priority];
}

function describe(task: Task, schedule: Schedule): string {
  const when = (at: number | null) => (at === null ? '—' : formatJalaliDateTime(at));
  const dates =
    schedule.startAt !== null && schedule.dueAt !== null
      ? `از ${when(schedule.startAt)} تا ${when(schedule.dueAt)}`
      : schedule.startAt !== null
        ? `شروع ${when(schedule.startAt)}`
        : `موعد ${when(schedule.dueAt)}`;
  return `${task.title}، ${dates}، ${toPersianDigits(task.percent)}٪ انجام‌شده${task.completedAt !== null ? '، انجام‌شده' : ''}`;
}

interface GanttRowProps {
  task: Task;
  shape: BarShape | null;
  // The schedule drawn (a drag or key press not saved yet differs from the task's own).
  schedule: Schedule;
  index: number;
  titleX: number;
  selected: boolean;
  editable: boolean;
  pending: boolean;
  describedBy: string;
}

// One task: its title in the right-hand column, and its bar (or milestone) with the share done filled in from the
// start side. Memoised: a drag redraws only the row being dragged.
export const GanttRow = memo(function GanttRow({ task, shape, schedule, index, titleX, selected, editable, pending, describedBy }: GanttRowProps) {
  const colour = colourOf(task);
  const classes = ['gantt-row'];
  if (task.completedAt !== null) classes.push('gantt-row--done');
  if (selected) classes.push('gantt-row--selected');
  if (pending) classes.push('gantt-row--pending');
  return (
    <g className={classes.join(' ')} transform={`translate(0 ${index * ROW_HEIGHT})`}>
      {selected ? <rect className="gantt-row__highlight" x={0} y={0} width="100%" height={ROW_HEIGHT} /> : null}
      <text className="gantt-row__title" x={titleX} y={MIDDLE} clipPath="url(#gantt-titles)">
        {task.title}
      </text>
      {shape ? (
        <g
          className={editable ? 'gantt-bar gantt-bar--editable' : 'gantt-bar'}
          data-task-id={task.id}
          role="button"
          tabIndex={selected ? 0 : -1}
          aria-label={describe(task, schedule)}
          aria-describedby={describedBy}
          aria-pressed={selected}
        >
          {shape.kind === 'bar' ? (
            <>
              <rect className="gantt-bar__body" x={shape.left} y={BAR_TOP} width={shape.right - shape.left} height={BAR_HEIGHT} rx={3} fill={colour} stroke={colour} />
              <rect
                className="gantt-bar__done"
                x={shape.right - ((shape.right - shape.left) * task.percent) / 100}
                y={BAR_TOP}
                width={((shape.right - shape.left) * task.percent) / 100}
                height={BAR_HEIGHT}
                rx={3}
                fill={colour}
              />
              {editable ? (
                <>
                  <rect className="gantt-bar__grip" data-grip="due" x={shape.left - GRIP_WIDTH / 2} y={BAR_TOP} width={GRIP_WIDTH} height={BAR_HEIGHT} />
                  <rect className="gantt-bar__grip" data-grip="start" x={shape.right - GRIP_WIDTH / 2} y={BAR_TOP} width={GRIP_WIDTH} height={BAR_HEIGHT} />
                </>
              ) : null}
              <text className="gantt-bar__percent" x={shape.left - 5} y={MIDDLE}>
                {toPersianDigits(task.percent)}٪
              </text>
            </>
          ) : (
            <path
              className="gantt-bar__milestone"
              d={`M${shape.x},${MIDDLE - MILESTONE_RADIUS}l${MILESTONE_RADIUS},${MILESTONE_RADIUS}l${-MILESTONE_RADIUS},${MILESTONE_RADIUS}l${-MILESTONE_RADIUS},${-MILESTONE_RADIUS}Z`}
              fill={colour}
            />
          )}
        </g>
      ) : null}
    </g>
  );
});
