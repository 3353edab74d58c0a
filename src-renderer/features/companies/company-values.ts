import type { Company, CompanyDraft, OWNERSHIPS } from '../../../src-shared/api/companies';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { commonDraft, commonOf, emptyCommon, similarCommon, type CommonValues } from '../parties';

export interface CompanyValues extends CommonValues {
  name: string;
  companyType: string;
  brand: string;
  economicCode: string;
  legalNationalId: string;
  registrationNo: string;
  foundedOn: string | null;
  foundedYear: string;
  employeesCount: string;
  ownership: (typeof OWNERSHIPS)[number] | '';
}

export function emptyCompany(managerIds: number[]): CompanyValues {
  return {
    ...emptyCommon(managerIds),
    name: '',
    companyType: '',
    brand: '',
    economicCode: '',
    legalNationalId: '',
    registrationNo: '',
    foundedOn: null,
    foundedYear: '',
    employeesCount: '',
    ownership: '',
  };
}

function ownOf(company: Company): Omit<CompanyValues, keyof CommonValues> {
  const digits = (value: string | number | null) => (value === null ? '' : toPersianDigits(String(value)));
  return {
    name: company.name,
    companyType: company.companyType ?? '',
    brand: company.brand ?? '',
    economicCode: digits(company.economicCode),
    legalNationalId: digits(company.legalNationalId),
    registrationNo: digits(company.registrationNo),
    foundedOn: company.foundedOn,
    foundedYear: digits(company.foundedYear),
    employeesCount: digits(company.employeesCount),
    ownership: company.ownership ?? '',
  };
}

export function companyValuesOf(company: Company): CompanyValues {
  return { ...commonOf(company), ...ownOf(company) };
}

// «ایجاد مشابه»: the legal identifiers belong to one company only.
export function similarCompany(company: Company, managerIds: number[]): CompanyValues {
  return { ...similarCommon(company, managerIds), ...ownOf(company), economicCode: '', legalNationalId: '', registrationNo: '' };
}

// Whole numbers typed with any digits; text that is not one is sent as is, for the contract to refuse.
function wholeNumber(text: string): number | null {
  const ascii = toAsciiDigits(text).trim();
  if (ascii === '') return null;
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}

export function companyDraft(values: CompanyValues): { draft: CompanyDraft; sentKeys: string[] } {
  const { draft: common, sentKeys } = commonDraft(values);
  return {
    sentKeys,
    draft: {
      ...common,
      name: values.name,
      companyType: values.companyType,
      brand: values.brand,
      economicCode: values.economicCode.trim() || null,
      legalNationalId: values.legalNationalId.trim() || null,
      registrationNo: toAsciiDigits(values.registrationNo),
      foundedOn: values.foundedOn,
      foundedYear: wholeNumber(values.foundedYear),
      employeesCount: wholeNumber(values.employeesCount),
      ownership: values.ownership || null,
    },
  };
}
