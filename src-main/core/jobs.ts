import { randomUUID } from 'node:crypto';
import { AppError } from '../../src-shared/api/errors';
import type { Job } from '../../src-shared/api/jobs';
import type { Session } from './context';
import type { EventBus } from './events';

const KEEP_FINISHED_MS = 60 * 60_000;

export interface JobControl {
  // Report progress and give the event loop a turn; throws when the user cancelled.
  checkpoint(done: number, total: number): Promise<void>;
}

interface Entry {
  job: Job;
  ownerId: number;
  cancelled: boolean;
}

export class JobCancelled extends Error {
  constructor() {
    super('job cancelled');
  }
}

// Long work started by a command (imports, campaigns): runs in the background, reports progress as
// `jobs.progressed` events to the user who started it, and can be cancelled. Kept in memory: after a
// crash the work's own transaction rolls back, so there is nothing to resume.
export class Jobs {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly bus: EventBus,
    private readonly now: () => number,
  ) {}

  start(session: Session, kind: string, work: (control: JobControl) => Promise<unknown>): Job {
    this.forgetOld();
    const job: Job = { id: randomUUID(), kind, state: 'running', done: 0, total: 0, result: null, error: null, startedAt: this.now() };
    const entry: Entry = { job, ownerId: session.userId, cancelled: false };
    this.entries.set(job.id, entry);
    const control: JobControl = {
      checkpoint: async (done, total) => {
        job.done = done;
        job.total = total;
        this.publish(entry);
        await new Promise((resolve) => setImmediate(resolve));
        if (entry.cancelled) throw new JobCancelled();
      },
    };
    void work(control).then(
      (result) => this.finish(entry, 'done', result, null),
      (error: unknown) => {
        if (error instanceof JobCancelled) this.finish(entry, 'cancelled', null, null);
        else if (error instanceof AppError) this.finish(entry, 'failed', null, error.toBody());
        else {
          console.error(`job ${kind} failed`, error);
          this.finish(entry, 'failed', null, { code: 'internal' });
        }
      },
    );
    return { ...job };
  }

  get(session: Session, id: string): Job {
    return { ...this.owned(session, id).job };
  }

  cancel(session: Session, id: string): Job {
    const entry = this.owned(session, id);
    if (entry.job.state === 'running') entry.cancelled = true;
    return { ...entry.job };
  }

  private owned(session: Session, id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry || (entry.ownerId !== session.userId && !session.isAdmin)) throw new AppError('record.notFound', { table: 'jobs', id });
    return entry;
  }

  private finish(entry: Entry, state: Job['state'], result: unknown, error: Job['error']): void {
    Object.assign(entry.job, { state, result, error, finishedAt: this.now() });
    this.publish(entry);
  }

  private publish(entry: Entry): void {
    this.bus.publish({ name: 'jobs.progressed', payload: { ...entry.job }, audience: [entry.ownerId] });
  }

  private forgetOld(): void {
    const cutoff = this.now() - KEEP_FINISHED_MS;
    for (const [id, entry] of this.entries) {
      if (entry.job.state !== 'running' && (entry.job.finishedAt ?? 0) < cutoff) this.entries.delete(id);
    }
  }
}
