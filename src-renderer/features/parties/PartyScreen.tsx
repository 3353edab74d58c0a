import type { ReactNode } from 'react';
import { PageMessage } from './PageMessage';
import { PartyFormPage, type FormStart } from './PartyFormPage';
import { listPath, type PartyKindSpec, type PartyRecord } from './party-kind';
import type { PartyStore } from './party-store';
import { PartyListPage, type ListTools } from './PartyListPage';

interface PartyScreenProps<R extends PartyRecord> {
  spec: PartyKindSpec<R>;
  store: PartyStore<R>;
  // The route path after the screen's own (#/people/12/edit → ['12', 'edit']).
  rest: readonly string[];
  page(id: number): ReactNode;
  form(start: FormStart<R>): ReactNode;
  listTools?: ListTools;
}

// #/people, #/people/new, #/people/12, #/people/12/edit, #/people/12/similar (and the same under #/companies)
export function PartyScreen<R extends PartyRecord>({ spec, store, rest, page, form, listTools }: PartyScreenProps<R>) {
  const [first, second, ...more] = rest;
  if (first === undefined) return <PartyListPage key={spec.kind} spec={spec} store={store} tools={listTools} />;
  if (first === 'new' && second === undefined) return <PartyFormPage key="new" spec={spec} store={store} mode="new" form={form} />;
  const id = Number(first);
  if (Number.isSafeInteger(id) && id > 0 && more.length === 0) {
    if (second === undefined) return page(id);
    if (second === 'edit' || second === 'similar') {
      return <PartyFormPage key={`${second}-${id}`} spec={spec} store={store} mode={second} id={id} form={form} />;
    }
  }
  return (
    <PageMessage
      title="صفحه پیدا نشد"
      text="این نشانی در پیوند وجود ندارد."
      backPath={listPath(spec.kind)}
      backLabel={`بازگشت به ${spec.title}`}
    />
  );
}
