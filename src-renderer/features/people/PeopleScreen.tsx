import { PartyScreen } from '../parties';
import { PersonForm } from './PersonForm';
import { personSpec, usePeopleStore } from './people-store';
import { emptyPerson, personValuesOf, similarPerson } from './person-values';
import { PersonPage } from './PersonPage';

export function PeopleScreen({ rest }: { rest: readonly string[] }) {
  return (
    <PartyScreen
      spec={personSpec}
      store={usePeopleStore}
      rest={rest}
      page={(id) => <PersonPage key={id} id={id} />}
      form={({ mode, record, managerIds, onReload }) =>
        mode === 'edit' && record ? (
          <PersonForm person={record} initial={personValuesOf(record)} onReload={onReload} />
        ) : (
          <PersonForm initial={record ? similarPerson(record, managerIds) : emptyPerson(managerIds)} />
        )
      }
    />
  );
}
