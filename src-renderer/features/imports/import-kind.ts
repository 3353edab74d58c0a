import type { PartyKind } from '../../../src-shared/api/parties';

// What the wizard says and links to for each kind; the route entry uses the same title.
export const IMPORT_PAGES: Record<PartyKind, { path: string; title: string; listPath: string; listTitle: string }> = {
  person: { path: '/import/person', title: 'ورود اشخاص از اکسل', listPath: '/people', listTitle: 'فهرست اشخاص' },
  company: { path: '/import/company', title: 'ورود شرکت‌ها از اکسل', listPath: '/companies', listTitle: 'فهرست شرکت‌ها' },
};
