import type { z } from 'zod';
import type { peopleApi, PersonDraft } from '../../../src-shared/api/people';
import type { Handlers } from '../../core/dispatch';
import { commonColumns } from '../parties/party-record';
import { createPartyHandlers, refuseDuplicate } from '../parties/party-handlers';
import { syncCompanyLinks } from '../parties/links';
import { personName, personOf } from './person-record';
import { mergePeople } from './merge';

type Draft = z.output<typeof PersonDraft>;

const people = createPartyHandlers({
  kind: 'person',
  form: 'people',
  columns: (draft: Draft) => {
    const { companyLinks: _links, ...fields } = draft;
    return commonColumns(fields, personName(draft));
  },
  validate: (db, draft, partyId) => refuseDuplicate(db, 'nationalCode', draft.nationalCode, partyId),
  afterSave: (ctx, partyId, draft) => syncCompanyLinks(ctx, partyId, draft.companyLinks),
  recordOf: personOf,
});

export const peopleHandlers: Handlers<typeof peopleApi> = {
  'people.list': people.list,
  'people.get': people.get,
  'people.create': people.create,
  'people.update': people.update,
  'people.setActive': people.setActive,
  'people.remove': people.remove,
  'people.restore': people.restore,
  'people.purge': people.purge,
  'people.merge': mergePeople,
};
