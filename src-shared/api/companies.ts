import { z } from 'zod';
import { type ApiSlice } from './kit';
import { EconomicCode, IsoDate, LegalNationalId, nullableText, personText, typedNumber } from './fields';
import { PartyCommon, PartyCommonDraft } from './parties';
import { partySlice } from './party-slice';

export const OWNERSHIPS = ['rented', 'goodwill', 'owned'] as const;
// Suggestions for the company-type field; offices may type others.
export const COMPANY_TYPES = ['سهامی خاص', 'سهامی عام', 'دولتی', 'خصوصی', 'تعاونی', 'مسئولیت محدود'] as const;

export const CompanyDraft = PartyCommonDraft.extend({
  name: personText(150),
  companyType: nullableText(60),
  brand: nullableText(100),
  economicCode: EconomicCode.nullable().default(null),
  legalNationalId: LegalNationalId.nullable().default(null),
  registrationNo: typedNumber(30),
  foundedOn: IsoDate.nullable().default(null),
  foundedYear: z.number().int().min(1200).max(1500).nullable().default(null),
  employeesCount: z.number().int().nonnegative().nullable().default(null),
  ownership: z.enum(OWNERSHIPS).nullable().default(null),
});
export type CompanyDraft = z.input<typeof CompanyDraft>;

export const Company = PartyCommon.extend({
  name: z.string(),
  companyType: z.string().nullable(),
  brand: z.string().nullable(),
  economicCode: z.string().nullable(),
  legalNationalId: z.string().nullable(),
  registrationNo: z.string().nullable(),
  foundedOn: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  employeesCount: z.number().int().nullable(),
  ownership: z.enum(OWNERSHIPS).nullable(),
  people: z.array(z.object({ personId: z.number().int(), personName: z.string(), position: z.string().nullable() })),
});
export type Company = z.infer<typeof Company>;

export const companiesApi = {
  ...partySlice('companies', Company, CompanyDraft),
} satisfies ApiSlice;
