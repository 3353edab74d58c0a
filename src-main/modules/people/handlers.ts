import type { z } from 'zod';
import type { peopleApi, PersonDraft } from '../../../src-shared/api/people';
import type { Handlers } from '../../core/dispatch';
import { commonColumns } from '../parties/party-record';
import { createPartyHandlers, refuseDuplicate } from '../parties/party-handlers';
import { syncCompanyLinks } from '../parties/links';
import { personName, personOf } from './person-record';
import { mergePeople } from './merge';

type Draft = z.output<typeof PersonDraft>;

export const peopleRecords = createPartyHandlers({
  kind: 'person',
  form: 'people',
  columns: (draft: Draft) => {
    const { companyLinks: _links, ...fields } = draft;
    return commonColumns(fields, personName(draft));
  },
  validate: (db, draft, partyId) => refuseDuplicate(db, 'nationalCode', draft.nationalCode, partyId),
  afterSave: (ctx, partyId, draft, isNew) => {
    if (!isNew || draft.companyLinks.length) syncCompanyLinks(ctx, partyId, draft.companyLinks);
  },
  recordOf: personOf,
});

export const peopleHandlers: Handlers<typeof peopleApi> = {
  'people.list': peopleRecords.list,
  'people.get': peopleRecords.get,
  'people.create': peopleRecords.create,
  'people.update': peopleRecords.update,
  'people.setActive': peopleRecords.setActive,
  'people.remove': peopleRecords.remove,
  'people.restore': peopleRecords.restore,
  'people.purge': peopleRecords.purge,
  'people.export': peopleRecords.export,
  'people.print': peopleRecords.print,
  'people.merge': mergePeople,
};
