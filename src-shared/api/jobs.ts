import { z } from 'zod';
import { query, type ApiSlice } from './kit';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from './errors';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

export interface Job {
  id: string;
  kind: string;
  state: (typeof JOB_STATES)[number];
  done: number;
  total: number;
  result: unknown;
  error: ApiErrorBody | null;
  startedAt: number;
  finishedAt?: number;
}

export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  done: z.number().int(),
  total: z.number().int(),
  result: z.unknown(),
  error: z
    .object({ code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]), details: z.record(z.string(), z.unknown()).optional() })
    .nullable(),
  startedAt: z.number().int(),
  finishedAt: z.number().int().optional(),
});

const JobRef = z.object({ id: z.string().uuid() });

export const jobsApi = {
  'jobs.get': query({ input: JobRef, output: JobSchema }),
  // A query on purpose: it changes no table, and a command would wait behind the running job's write lock.
  'jobs.cancel': query({ input: JobRef, output: JobSchema }),
} satisfies ApiSlice;
