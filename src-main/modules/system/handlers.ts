import type { systemApi } from '../../../src-shared/api/system';
import type { jobsApi } from '../../../src-shared/api/jobs';
import type { Handlers } from '../../core/dispatch';

export function createSystemHandlers(info: { appVersion: string; schemaVersion: number }): Handlers<typeof systemApi & typeof jobsApi> {
  return {
    'system.info': (_input, ctx) => ({ ...info, serverTime: ctx.clock.now() }),
    'jobs.get': ({ id }, ctx) => ctx.jobs.get(id),
    'jobs.cancel': ({ id }, ctx) => ctx.jobs.cancel(id),
  };
}
