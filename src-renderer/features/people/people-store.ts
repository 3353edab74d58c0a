import type { Person } from '../../../src-shared/api/people';
import { call } from '../../api/client';
import { createPartyStore, type PartyKindSpec } from '../parties';

export const personSpec: PartyKindSpec<Person> = {
  kind: 'person',
  form: 'people',
  title: 'اشخاص',
  noun: 'شخص',
  newLabel: 'شخص جدید',
  list: (input) => call('people.list', input),
  get: (id) => call('people.get', { id }),
  setActive: (input) => call('people.setActive', input),
  remove: (id) => call('people.remove', { id }),
  restore: (id) => call('people.restore', { id }),
  purge: (id) => call('people.purge', { id }),
};

export const usePeopleStore = createPartyStore(personSpec);
