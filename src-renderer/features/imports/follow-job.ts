import type { Output } from '../../../src-shared/api/contract';
import { api, ApiCallError, call } from '../../api/client';

const POLL_MS = 1_000;

export type JobSnapshot = Output<'jobs.get'>;

export interface FollowedJob {
  // The job in its final state (done, failed or cancelled).
  finished: Promise<JobSnapshot>;
  stop(): void;
}

// Progress arrives as jobs.progressed events. Events sent while the socket is down are lost, so meanwhile
// jobs.get is polled, and asked once more whenever the socket comes back.
export function followJob(started: JobSnapshot, onProgress: (job: JobSnapshot) => void): FollowedJob {
  let latest = started;
  let stopped = false;
  let settle!: { resolve: (job: JobSnapshot) => void; reject: (error: unknown) => void };
  const finished = new Promise<JobSnapshot>((resolve, reject) => {
    settle = { resolve, reject };
  });

  const accept = (job: JobSnapshot) => {
    if (stopped || job.id !== started.id) return;
    // A poll answer and an event may cross: never step back.
    if (job.state === 'running' && (latest.state !== 'running' || job.done < latest.done)) return;
    latest = job;
    onProgress(job);
    if (job.state !== 'running') {
      stop();
      settle.resolve(job);
    }
  };

  const poll = async () => {
    try {
      accept(await call('jobs.get', { id: started.id }));
    } catch (error) {
      // The server is unreachable for a moment: the job goes on there, and the next poll will see it.
      if (error instanceof ApiCallError && error.code === 'network') return;
      stop();
      settle.reject(error);
    }
  };

  const stopEvents = api.subscribeEvents((event) => {
    if (event.name === 'jobs.progressed') accept(event.payload);
  });
  const stopState = api.onEventsState((state) => {
    if (state === 'ready') void poll();
  });
  const timer = setInterval(() => {
    if (api.eventsState() !== 'ready') void poll();
  }, POLL_MS);

  function stop() {
    stopped = true;
    stopEvents();
    stopState();
    clearInterval(timer);
  }

  // The job may have moved on, or even ended, before we started listening.
  void poll();
  return { finished, stop };
}
