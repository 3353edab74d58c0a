import type { Company } from '../../../src-shared/api/companies';
import { call } from '../../api/client';
import { createPartyStore, type PartyKindSpec } from '../parties';

export const companySpec: PartyKindSpec<Company> = {
  kind: 'company',
  form: 'companies',
  title: 'شرکت‌ها',
  noun: 'شرکت',
  newLabel: 'شرکت جدید',
  list: (input) => call('companies.list', input),
  get: (id) => call('companies.get', { id }),
  setActive: (input) => call('companies.setActive', input),
  remove: (id) => call('companies.remove', { id }),
  restore: (id) => call('companies.restore', { id }),
  purge: (id) => call('companies.purge', { id }),
};

export const useCompaniesStore = createPartyStore(companySpec);
