import type { searchApi } from '../../../src-shared/api/search';
import type { Handlers } from '../../core/dispatch';
import { getOfficeSettings } from '../settings/queries';
import { quickSearch } from './search-queries';

export const searchHandlers: Handlers<typeof searchApi> = {
  'search.quick': ({ q, limit, kind }, ctx) =>
    quickSearch(ctx.db, ctx.session, q, limit, getOfficeSettings(ctx.db).defaultAreaCode, kind),
};
