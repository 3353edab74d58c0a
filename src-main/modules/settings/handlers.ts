import type { settingsApi } from '../../../src-shared/api/settings';
import type { Handlers } from '../../core/dispatch';
import { officeSettings } from './schema';
import { getOfficeSettings } from './queries';

export const settingsHandlers: Handlers<typeof settingsApi> = {
  'settings.get': (_input, ctx) => getOfficeSettings(ctx.db),
  'settings.update': ({ version, ...values }, ctx) => {
    ctx.records.update(officeSettings, 1, values, { expectedVersion: version });
    return getOfficeSettings(ctx.db);
  },
};
