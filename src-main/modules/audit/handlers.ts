import { localDayStart } from '../../../src-shared/domain/jalali';
import type { auditApi } from '../../../src-shared/api/audit';
import type { Handlers } from '../../core/dispatch';
import { recordHistory, searchAudit } from './queries';


export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.history': ({ table, id }, ctx) => recordHistory(ctx.db, table, id),
  'audit.search': ({ from, to, ...filter }, ctx) =>
    searchAudit(ctx.db, {
      ...filter,
      fromMs: from === undefined ? undefined : localDayStart(from),
      toMs: to === undefined ? undefined : localDayStart(to, 1),
    }),
};
