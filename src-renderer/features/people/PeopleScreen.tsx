import { useEffect } from 'react';
import { clearNewPartyPrefill, PartyScreen, useNewPartyPrefill, withPrefilledNumber } from '../parties';
import { PrintMailButton } from '../printing';
import { PersonForm } from './PersonForm';
import { personSpec, usePeopleStore } from './people-store';
import { emptyPerson, personValuesOf, similarPerson } from './person-values';
import { PersonPage } from './PersonPage';

export function PeopleScreen({ rest }: { rest: readonly string[] }) {
  // «شخص جدید» from the incoming-call pop-up starts the form with the caller's number.
  const prefill = useNewPartyPrefill((state) => state.number);
  const onNewForm = rest.length === 1 && rest[0] === 'new';
  useEffect(() => {
    if (!onNewForm) clearNewPartyPrefill();
  }, [onNewForm]);

  return (
    <PartyScreen
      spec={personSpec}
      store={usePeopleStore}
      rest={rest}
      listTools={(list) => <PrintMailButton spec={personSpec} {...list} />}
      page={(id) => <PersonPage key={id} id={id} />}
      form={({ mode, record, managerIds, onReload }) =>
        mode === 'edit' && record ? (
          <PersonForm person={record} initial={personValuesOf(record)} onReload={onReload} />
        ) : record ? (
          <PersonForm initial={similarPerson(record, managerIds)} />
        ) : (
          <PersonForm key={prefill ?? ''} initial={withPrefilledNumber(emptyPerson(managerIds), prefill)} />
        )
      }
    />
  );
}
