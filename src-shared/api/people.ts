import { z } from 'zod';
import { command, RecordId, type ApiSlice } from './kit';
import { IsoDate, NationalCode, nullableText, personText, typedNumber } from './fields';
import { PartyCommon, PartyCommonDraft } from './parties';
import { partySlice } from './party-slice';

export const GENDERS = ['male', 'female'] as const;
export const MARITAL_STATUSES = ['single', 'married'] as const;
export const LANGUAGE_LEVELS = ['basic', 'intermediate', 'fluent', 'native'] as const;

const CompanyLinkDraft = z.object({ companyId: RecordId, position: nullableText(100) });

export const PersonDraft = PartyCommonDraft.extend({
  prefix: nullableText(40),
  gender: z.enum(GENDERS).nullable().default(null),
  firstName: nullableText(80),
  lastName: personText(80),
  nationalCode: NationalCode.nullable().default(null),
  birthCertificateNo: typedNumber(20),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable().default(null),
  birthDate: IsoDate.nullable().default(null),
  weddingDate: IsoDate.nullable().default(null),
  educationField: nullableText(80),
  educationDegree: nullableText(80),
  religion: nullableText(40),
  favoriteColor: nullableText(40),
  languages: z
    .array(z.object({ language: personText(40), level: z.enum(LANGUAGE_LEVELS).nullable().default(null) }))
    .max(20)
    .default([]),
  psychologyNotes: nullableText(5000),
  companyLinks: z.array(CompanyLinkDraft).max(50).default([]),
});
export type PersonDraft = z.input<typeof PersonDraft>;

export const Person = PartyCommon.extend({
  prefix: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  firstName: z.string().nullable(),
  lastName: z.string(),
  nationalCode: z.string().nullable(),
  birthCertificateNo: z.string().nullable(),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable(),
  birthDate: z.string().nullable(),
  weddingDate: z.string().nullable(),
  educationField: z.string().nullable(),
  educationDegree: z.string().nullable(),
  religion: z.string().nullable(),
  favoriteColor: z.string().nullable(),
  languages: z.array(z.object({ language: z.string(), level: z.enum(LANGUAGE_LEVELS).nullable() })),
  psychologyNotes: z.string().nullable(),
  companyLinks: z.array(z.object({ companyId: RecordId, companyName: z.string(), position: z.string().nullable() })),
});
export type Person = z.infer<typeof Person>;

export const peopleApi = {
  ...partySlice('people', Person, PersonDraft),
  // Everything of the duplicate moves to the survivor; the duplicate is logically deleted.
  'people.merge': command({
    input: z.object({ survivorId: RecordId, duplicateId: RecordId }),
    output: Person,
    permission: 'people.edit',
  }),
} satisfies ApiSlice;
