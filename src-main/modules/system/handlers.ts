import type { systemApi } from '../../../src-shared/api/system';
import type { Handlers } from '../../core/dispatch';

export function createSystemHandlers(info: { appVersion: string; schemaVersion: number }): Handlers<typeof systemApi> {
  return {
    'system.info': (_input, ctx) => ({ ...info, serverTime: ctx.clock.now() }),
  };
}
