import type { Company } from '../../../src-shared/api/companies';
import type { Input, Output } from '../../../src-shared/api/contract';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { Person } from '../../../src-shared/api/people';
import type { Permission } from '../../../src-shared/api/permissions';

export type PartyRecord = Person | Company;
export type PartyForm = 'people' | 'companies';
type PartyListInput = Input<'people.list'>;
type PartyPage = Output<'people.list'>;

// What differs between people and companies on the shared screens: words, addresses, rights and API calls.
export interface PartyKindSpec<R extends PartyRecord = PartyRecord> {
  kind: PartyKind;
  form: PartyForm;
  // «اشخاص» / «شرکت‌ها»: the list's title.
  title: string;
  // «شخص» / «شرکت»: one record, in sentences.
  noun: string;
  newLabel: string;
  list(input: PartyListInput): Promise<PartyPage>;
  get(id: number): Promise<R>;
  setActive(input: { id: number; version: number; active: boolean }): Promise<R>;
  remove(id: number): Promise<unknown>;
  restore(id: number): Promise<R>;
  purge(id: number): Promise<unknown>;
}

const BASE_PATH: Record<PartyKind, string> = { person: '/people', company: '/companies' };

export function listPath(kind: PartyKind): string {
  return BASE_PATH[kind];
}

// #/people/12, #/people/12/edit, #/people/12/similar, #/people/new
export function recordPath(kind: PartyKind, id: number | 'new', page?: 'edit' | 'similar'): string {
  return page ? `${BASE_PATH[kind]}/${id}/${page}` : `${BASE_PATH[kind]}/${id}`;
}

export function right(form: PartyForm, name: 'view' | 'create' | 'edit' | 'delete' | 'purge' | 'deactivate' | 'assignManager' | 'export'): Permission {
  return `${form}.${name}`;
}
