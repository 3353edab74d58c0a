import { z } from 'zod';
import { page, PageRequest, RecordId } from './kit';
import { IsoDate, nullableText, personText, PostalCode, Rials, typedNumber } from './fields';
import { toAsciiDigits } from '../domain/persian-text';

// People and companies are both "parties": they share contact points, groups, roles, account managers,
// search and interactions. These are the fields and shapes the two slices have in common.

export const PARTY_KINDS = ['person', 'company'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PRIORITIES = ['high', 'medium', 'low'] as const;
// Built-in roles; offices may type their own as well (stored as the text typed).
export const BUILT_IN_ROLES = ['customer', 'supplier', 'agent', 'competitor', 'marketer', 'staff'] as const;

export const CONTACT_KINDS = ['mobile', 'phone', 'fax', 'email', 'website', 'address'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

const Coordinate = z.number().min(-180).max(180);

export const ContactPointDraft = z.object({
  id: RecordId.optional(),
  kind: z.enum(CONTACT_KINDS),
  label: nullableText(40),
  // Phones, e-mail and web addresses as typed; addresses use the fields below.
  value: z.string().max(300).default(''),
  extension: typedNumber(10),
  province: nullableText(60),
  city: nullableText(60),
  region: nullableText(60),
  addressLine: nullableText(500),
  postalCode: PostalCode.nullable().default(null),
  poBox: nullableText(40),
  latitude: Coordinate.nullable().default(null),
  longitude: Coordinate.nullable().default(null),
  preferred: z.boolean().default(false),
  noSms: z.boolean().default(false),
  noCall: z.boolean().default(false),
  noLetter: z.boolean().default(false),
  noEmail: z.boolean().default(false),
});
export type ContactPointDraft = z.input<typeof ContactPointDraft>;

export const ContactPoint = z.object({
  id: RecordId,
  kind: z.enum(CONTACT_KINDS),
  label: z.string().nullable(),
  value: z.string(),
  // E.164 for phones, lower-case for e-mail: what a search or a caller ID matches on.
  lookupKey: z.string().nullable(),
  extension: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  poBox: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  preferred: z.boolean(),
  noSms: z.boolean(),
  noCall: z.boolean(),
  noLetter: z.boolean(),
  noEmail: z.boolean(),
});
export type ContactPoint = z.infer<typeof ContactPoint>;

// A manual ranking (e.g. «مشتری طلایی») in force between two dates; either end may be open.
export const Ranking = z.object({
  name: personText(60),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')
    .nullable()
    .default(null),
  from: IsoDate.nullable().default(null),
  to: IsoDate.nullable().default(null),
});
export type Ranking = z.infer<typeof Ranking>;

// Fields every party has. Adding one: parties schema, migration, this shape, PartyCommon, fa labels, forms.
export const PartyCommonDraft = z.object({
  code: z
    .string()
    .max(20)
    .default('')
    .transform((s) => toAsciiDigits(s).trim()),
  active: z.boolean().default(true),
  priority: z.enum(PRIORITIES).nullable().default(null),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')
    .nullable()
    .default(null),
  icon: nullableText(40),
  referralSource: nullableText(100),
  activityTypes: z.array(personText(60)).max(50).default([]),
  certificates: z.array(personText(120)).max(50).default([]),
  income: Rials.nullable().default(null),
  creditLimit: Rials.nullable().default(null),
  roles: z.array(personText(40)).max(20).default([]),
  groupIds: z.array(RecordId).max(200).default([]),
  managerIds: z.array(RecordId).max(50).default([]),
  country: nullableText(60),
  province: nullableText(60),
  city: nullableText(60),
  region: nullableText(60),
  description: nullableText(20000),
  rankings: z.array(Ranking).max(50).default([]),
  contactPoints: z.array(ContactPointDraft).max(200).default([]),
});

export const NamedRef = z.object({ id: RecordId, name: z.string() });

export const PartyCommon = z.object({
  id: RecordId,
  kind: z.enum(PARTY_KINDS),
  code: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  priority: z.enum(PRIORITIES).nullable(),
  color: z.string().nullable(),
  icon: z.string().nullable(),
  referralSource: z.string().nullable(),
  activityTypes: z.array(z.string()),
  certificates: z.array(z.string()),
  income: z.number().nullable(),
  creditLimit: z.number().nullable(),
  roles: z.array(z.string()),
  groups: z.array(NamedRef),
  managers: z.array(NamedRef),
  country: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  description: z.string().nullable(),
  rankings: z.array(Ranking),
  contactPoints: z.array(ContactPoint),
  version: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt: z.number().int().nullable(),
});

export const PartyRow = z.object({
  id: RecordId,
  kind: z.enum(PARTY_KINDS),
  code: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  priority: z.enum(PRIORITIES).nullable(),
  color: z.string().nullable(),
  city: z.string().nullable(),
  roles: z.array(z.string()),
  mobile: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  birthDate: z.string().nullable(),
  createdAt: z.number().int(),
  deletedAt: z.number().int().nullable(),
});
export type PartyRow = z.infer<typeof PartyRow>;

export const PARTY_SORTS = ['name', 'code', 'createdAt'] as const;

// The list filters shared by people and companies; saved segments will store exactly this object.
// Fields an advanced filter can test, by kind of value. Adding one: here and FILTER_COLUMNS in list-queries.ts.
export const TEXT_FILTER_FIELDS = [
  'code', 'displayName', 'firstName', 'lastName', 'prefix', 'nationalCode', 'legalNationalId', 'economicCode',
  'registrationNo', 'brand', 'companyType', 'country', 'province', 'city', 'region', 'referralSource', 'gender',
  'maritalStatus', 'educationField', 'educationDegree', 'religion', 'favoriteColor', 'priority', 'description',
] as const;
export const DATE_FILTER_FIELDS = ['birthDate', 'weddingDate', 'foundedOn', 'createdAt'] as const;
export const NUMBER_FILTER_FIELDS = ['income', 'creditLimit', 'employeesCount', 'foundedYear'] as const;
export const FILTER_OPS = ['eq', 'contains', 'between', 'empty', 'notEmpty'] as const;

export const PartyCondition = z.object({
  field: z.enum([...TEXT_FILTER_FIELDS, ...DATE_FILTER_FIELDS, ...NUMBER_FILTER_FIELDS]),
  op: z.enum(FILTER_OPS),
  // Text for eq/contains; the lower bound for between (dates as ISO, numbers as numbers); `to` the upper.
  value: z.union([z.string().max(200), z.number()]).optional(),
  to: z.union([z.string().max(200), z.number()]).optional(),
});
export type PartyCondition = z.infer<typeof PartyCondition>;

export const PartyFilter = z.object({
  q: z.string().max(200).default(''),
  groupId: RecordId.optional(),
  role: z.string().max(40).optional(),
  // A ranking in force today.
  ranking: z.string().max(60).optional(),
  conditions: z.array(PartyCondition).max(20).default([]),
  managerId: RecordId.optional(),
  active: z.boolean().optional(),
  priority: z.enum(PRIORITIES).optional(),
  city: z.string().max(60).optional(),
  createdFrom: IsoDate.optional(),
  createdTo: IsoDate.optional(),
  deleted: z.boolean().default(false),
});
export type PartyFilter = z.infer<typeof PartyFilter>;

export const PartyListRequest = PageRequest.extend({
  filter: PartyFilter.default(PartyFilter.parse({})),
  sort: z.enum(PARTY_SORTS).default('name'),
  descending: z.boolean().default(false),
});

export const PartyPage = page(PartyRow);

export const EXPORT_FORMATS = ['xlsx', 'docx', 'csv', 'html', 'xml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PartyExportRequest = z.object({
  filter: PartyFilter.default(PartyFilter.parse({})),
  sort: z.enum(PARTY_SORTS).default('name'),
  descending: z.boolean().default(false),
  format: z.enum(EXPORT_FORMATS),
});

export const PartyPrintRequest = PartyExportRequest.omit({ format: true }).extend({ title: z.string().max(200).optional() });

export const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
