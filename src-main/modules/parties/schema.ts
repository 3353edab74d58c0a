import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ContactKind, PartyKind, Ranking } from '../../../src-shared/api/parties';
import type { GENDERS, LANGUAGE_LEVELS, MARITAL_STATUSES } from '../../../src-shared/api/people';
import type { OWNERSHIPS } from '../../../src-shared/api/companies';
import { auditedColumns } from '../../core/db/columns';

type Priority = 'high' | 'medium' | 'low';
type Language = { language: string; level: (typeof LANGUAGE_LEVELS)[number] | null };

// People and companies in one table: they share codes, contact points, groups, managers, search and
// interactions, so every reference to "a party" is one foreign key. Kind-specific columns are null for the other kind.
// Adding a field: this table, a migration, src-shared/api (people.ts/companies.ts/parties.ts), party-record.ts, the form.
export const parties = sqliteTable(
  'parties',
  {
    ...auditedColumns(),
    kind: text('kind').$type<PartyKind>().notNull(),
    code: text('code').notNull(),
    displayName: text('display_name').notNull(),
    // persianSortKey(displayName): SQLite's binary order is then Persian alphabetical order.
    sortKey: text('sort_key').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    priority: text('priority').$type<Priority>(),
    color: text('color'),
    icon: text('icon'),
    referralSource: text('referral_source'),
    activityTypes: text('activity_types', { mode: 'json' }).$type<string[]>().notNull(),
    certificates: text('certificates', { mode: 'json' }).$type<string[]>().notNull(),
    income: integer('income'),
    creditLimit: integer('credit_limit'),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    // The audited truth of memberships and managers; party_groups / party_managers index them for queries.
    groupIds: text('group_ids', { mode: 'json' }).$type<number[]>().notNull(),
    managerIds: text('manager_ids', { mode: 'json' }).$type<number[]>().notNull(),
    country: text('country'),
    province: text('province'),
    city: text('city'),
    region: text('region'),
    description: text('description'),
    rankings: text('rankings', { mode: 'json' }).$type<Ranking[]>().notNull().default([]),
    // person
    prefix: text('prefix'),
    gender: text('gender').$type<(typeof GENDERS)[number]>(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    nationalCode: text('national_code'),
    birthCertificateNo: text('birth_certificate_no'),
    maritalStatus: text('marital_status').$type<(typeof MARITAL_STATUSES)[number]>(),
    birthDate: text('birth_date'),
    weddingDate: text('wedding_date'),
    educationField: text('education_field'),
    educationDegree: text('education_degree'),
    religion: text('religion'),
    favoriteColor: text('favorite_color'),
    languages: text('languages', { mode: 'json' }).$type<Language[]>(),
    psychologyNotes: text('psychology_notes'),
    // company
    companyType: text('company_type'),
    brand: text('brand'),
    economicCode: text('economic_code'),
    legalNationalId: text('legal_national_id'),
    registrationNo: text('registration_no'),
    foundedOn: text('founded_on'),
    foundedYear: integer('founded_year'),
    employeesCount: integer('employees_count'),
    ownership: text('ownership').$type<(typeof OWNERSHIPS)[number]>(),
  },
  (t) => [
    uniqueIndex('parties_code').on(t.code),
    index('parties_kind_sort').on(t.kind, t.deletedAt, t.sortKey),
    index('parties_sort').on(t.sortKey),
    // The other two list orders (see orderOf in list-queries.ts): without them a page sorts the whole table.
    index('parties_kind_created').on(t.kind, t.deletedAt, t.createdAt),
    index('parties_kind_code').on(t.kind, t.deletedAt, sql`length(${t.code})`, t.code),
    index('parties_national_code').on(t.nationalCode).where(sql`national_code IS NOT NULL`),
    index('parties_legal_id').on(t.legalNationalId).where(sql`legal_national_id IS NOT NULL`),
    index('parties_birth_date').on(t.birthDate).where(sql`birth_date IS NOT NULL`),
  ],
);

export const contactPoints = sqliteTable(
  'contact_points',
  {
    ...auditedColumns(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContactKind>().notNull(),
    label: text('label'),
    value: text('value').notNull(),
    lookupKey: text('lookup_key'),
    extension: text('extension'),
    province: text('province'),
    city: text('city'),
    region: text('region'),
    addressLine: text('address_line'),
    postalCode: text('postal_code'),
    poBox: text('po_box'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    preferred: integer('preferred', { mode: 'boolean' }).notNull(),
    noSms: integer('no_sms', { mode: 'boolean' }).notNull(),
    noCall: integer('no_call', { mode: 'boolean' }).notNull(),
    noLetter: integer('no_letter', { mode: 'boolean' }).notNull(),
    noEmail: integer('no_email', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('contact_points_party').on(t.partyId),
    index('contact_points_lookup').on(t.lookupKey).where(sql`lookup_key IS NOT NULL AND deleted_at IS NULL`),
  ],
);

// A person's position at a company (one person, several companies).
export const partyLinks = sqliteTable(
  'party_links',
  {
    ...auditedColumns(),
    personId: integer('person_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    companyId: integer('company_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    position: text('position'),
  },
  (t) => [index('party_links_person').on(t.personId), index('party_links_company').on(t.companyId)],
);

// Query indexes derived from parties.group_ids / manager_ids, rewritten with every save (not audited).
export const partyGroups = sqliteTable(
  'party_groups',
  {
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    groupId: integer('group_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.groupId] }), index('party_groups_group').on(t.groupId, t.partyId)],
);

export const partyManagers = sqliteTable(
  'party_managers',
  {
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.userId] }), index('party_managers_user').on(t.userId, t.partyId)],
);
