import { PersianNumber } from '../../ui';
import type { JobSnapshot } from './follow-job';

interface JobProgressProps {
  job: JobSnapshot;
  // «بررسی ردیف‌ها» / «ورود ردیف‌ها»: names the bar for screen readers too.
  label: string;
  cancelLabel: string;
  onCancel: () => void;
  // What is counted: «ردیف» in an import, «گیرنده» in a print run.
  unit?: string;
}

export function JobProgress({ job, label, cancelLabel, onCancel, unit = 'ردیف' }: JobProgressProps) {
  const known = job.total > 0;
  return (
    <div className="job-progress">
      <div className="job-progress__head">
        <span className="job-progress__label">{label}</span>
        <span className="muted">
          {known ? (
            <>
              <PersianNumber value={job.done} grouped /> از <PersianNumber value={job.total} grouped /> {unit}
            </>
          ) : (
            'در حال آماده‌سازی…'
          )}
        </span>
      </div>
      <div className="job-progress__row">
        <progress className="job-progress__bar" aria-label={label} max={known ? job.total : undefined} value={known ? job.done : undefined} />
        <button type="button" className="button button--danger-text" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
