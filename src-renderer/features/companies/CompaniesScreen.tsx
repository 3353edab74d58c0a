import { PartyScreen } from '../parties';
import { PrintMailButton } from '../printing';
import { companySpec, useCompaniesStore } from './companies-store';
import { CompanyForm } from './CompanyForm';
import { CompanyPage } from './CompanyPage';
import { companyValuesOf, emptyCompany, similarCompany } from './company-values';

export function CompaniesScreen({ rest }: { rest: readonly string[] }) {
  return (
    <PartyScreen
      spec={companySpec}
      store={useCompaniesStore}
      rest={rest}
      listTools={(list) => <PrintMailButton spec={companySpec} {...list} />}
      page={(id) => <CompanyPage key={id} id={id} />}
      form={({ mode, record, managerIds, onReload }) =>
        mode === 'edit' && record ? (
          <CompanyForm company={record} initial={companyValuesOf(record)} onReload={onReload} />
        ) : (
          <CompanyForm initial={record ? similarCompany(record, managerIds) : emptyCompany(managerIds)} />
        )
      }
    />
  );
}
