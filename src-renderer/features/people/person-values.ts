import type { GENDERS, LANGUAGE_LEVELS, MARITAL_STATUSES, Person, PersonDraft } from '../../../src-shared/api/people';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { commonDraft, commonOf, emptyCommon, newRowKey, similarCommon, type CommonValues } from '../parties';

export interface LanguageRow {
  key: string;
  language: string;
  level: (typeof LANGUAGE_LEVELS)[number] | '';
}

export interface CompanyLinkRow {
  companyId: number;
  companyName: string;
  position: string;
}

export interface PersonValues extends CommonValues {
  prefix: string;
  gender: (typeof GENDERS)[number] | '';
  firstName: string;
  lastName: string;
  nationalCode: string;
  birthCertificateNo: string;
  maritalStatus: (typeof MARITAL_STATUSES)[number] | '';
  birthDate: string | null;
  weddingDate: string | null;
  educationField: string;
  educationDegree: string;
  religion: string;
  favoriteColor: string;
  psychologyNotes: string;
  languages: LanguageRow[];
  companyLinks: CompanyLinkRow[];
}

export function emptyPerson(managerIds: number[]): PersonValues {
  return {
    ...emptyCommon(managerIds),
    prefix: '',
    gender: '',
    firstName: '',
    lastName: '',
    nationalCode: '',
    birthCertificateNo: '',
    maritalStatus: '',
    birthDate: null,
    weddingDate: null,
    educationField: '',
    educationDegree: '',
    religion: '',
    favoriteColor: '',
    psychologyNotes: '',
    languages: [],
    companyLinks: [],
  };
}

function ownOf(person: Person): Omit<PersonValues, keyof CommonValues> {
  return {
    prefix: person.prefix ?? '',
    gender: person.gender ?? '',
    firstName: person.firstName ?? '',
    lastName: person.lastName,
    nationalCode: person.nationalCode ? toPersianDigits(person.nationalCode) : '',
    birthCertificateNo: person.birthCertificateNo ? toPersianDigits(person.birthCertificateNo) : '',
    maritalStatus: person.maritalStatus ?? '',
    birthDate: person.birthDate,
    weddingDate: person.weddingDate,
    educationField: person.educationField ?? '',
    educationDegree: person.educationDegree ?? '',
    religion: person.religion ?? '',
    favoriteColor: person.favoriteColor ?? '',
    psychologyNotes: person.psychologyNotes ?? '',
    languages: person.languages.map((language) => ({ key: newRowKey(), language: language.language, level: language.level ?? '' })),
    companyLinks: person.companyLinks.map((link) => ({ companyId: link.companyId, companyName: link.companyName, position: link.position ?? '' })),
  };
}

export function personValuesOf(person: Person): PersonValues {
  return { ...commonOf(person), ...ownOf(person) };
}

// «ایجاد مشابه»: identity numbers belong to one person only, so they start empty with the code and contact points.
export function similarPerson(person: Person, managerIds: number[]): PersonValues {
  return { ...similarCommon(person, managerIds), ...ownOf(person), nationalCode: '', birthCertificateNo: '' };
}

export function personDraft(values: PersonValues): { draft: PersonDraft; sentKeys: string[] } {
  const { draft: common, sentKeys } = commonDraft(values);
  return {
    sentKeys,
    draft: {
      ...common,
      prefix: values.prefix,
      gender: values.gender || null,
      firstName: values.firstName,
      lastName: values.lastName,
      nationalCode: values.nationalCode.trim() || null,
      birthCertificateNo: toAsciiDigits(values.birthCertificateNo),
      maritalStatus: values.maritalStatus || null,
      birthDate: values.birthDate,
      weddingDate: values.weddingDate,
      educationField: values.educationField,
      educationDegree: values.educationDegree,
      religion: values.religion,
      favoriteColor: values.favoriteColor,
      psychologyNotes: values.psychologyNotes,
      languages: values.languages
        .filter((row) => row.language.trim() !== '')
        .map((row) => ({ language: row.language, level: row.level || null })),
      companyLinks: values.companyLinks.map((link) => ({ companyId: link.companyId, position: link.position })),
    },
  };
}
