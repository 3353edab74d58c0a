import type { auditApi } from '../../../src-shared/api/audit';
import type { Handlers } from '../../core/dispatch';
import { recordHistory, searchAudit } from './queries';

// Calendar days are the office's local days: midnight in the OS time zone, never a fixed offset.
function localMidnight(isoDate: string, dayOffset = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + dayOffset).getTime();
}

export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.history': ({ table, id }, ctx) => recordHistory(ctx.db, table, id),
  'audit.search': ({ from, to, ...filter }, ctx) =>
    searchAudit(ctx.db, {
      ...filter,
      fromMs: from === undefined ? undefined : localMidnight(from),
      toMs: to === undefined ? undefined : localMidnight(to, 1),
    }),
};
