import type { z } from 'zod';
import type { companiesApi, Company, CompanyDraft } from '../../../src-shared/api/companies';
import type { Handlers } from '../../core/dispatch';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { commonColumns, partyCommonOf, type PartyRowData } from '../parties/party-record';
import { createPartyHandlers, refuseDuplicate } from '../parties/party-handlers';
import { peopleOfCompany } from '../parties/links';

type Draft = z.output<typeof CompanyDraft>;

function companyOf(db: ReadDb | WriteDb, row: PartyRowData): z.input<typeof Company> {
  return {
    ...partyCommonOf(db, row),
    name: row.displayName,
    companyType: row.companyType,
    brand: row.brand,
    economicCode: row.economicCode,
    legalNationalId: row.legalNationalId,
    registrationNo: row.registrationNo,
    foundedOn: row.foundedOn,
    foundedYear: row.foundedYear,
    employeesCount: row.employeesCount,
    ownership: row.ownership,
    people: peopleOfCompany(db, row.id),
  };
}

export const companiesRecords = createPartyHandlers({
  kind: 'company',
  form: 'companies',
  columns: (draft: Draft) => {
    const { name, ...fields } = draft;
    return commonColumns(fields, name);
  },
  validate: (db, draft, partyId) => refuseDuplicate(db, 'legalNationalId', draft.legalNationalId, partyId),
  recordOf: companyOf,
});

export const companiesHandlers: Handlers<typeof companiesApi> = {
  'companies.list': companiesRecords.list,
  'companies.get': companiesRecords.get,
  'companies.create': companiesRecords.create,
  'companies.update': companiesRecords.update,
  'companies.setActive': companiesRecords.setActive,
  'companies.remove': companiesRecords.remove,
  'companies.restore': companiesRecords.restore,
  'companies.purge': companiesRecords.purge,
  'companies.export': companiesRecords.export,
  'companies.print': companiesRecords.print,
};
