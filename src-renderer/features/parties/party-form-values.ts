import type { ContactKind, ContactPoint, ContactPointDraft, PartyCommonDraft, PRIORITIES } from '../../../src-shared/api/parties';
import type { z } from 'zod';
import { parseMobile } from '../../../src-shared/domain/iran-ids';
import { toAsciiDigits, toPersianDigits } from '../../../src-shared/domain/persian-text';
import { issueMessage } from '../../../src-shared/i18n/fa';
import type { FieldErrors } from '../../ui';
import { formatContactValue } from './contact-format';
import type { PartyRecord } from './party-kind';

let lastKey = 0;
// React keys for rows typed in the form (contact points, languages, company links), which have no id yet.
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

export interface ContactRow {
  key: string;
  id?: number;
  kind: ContactKind;
  value: string;
  label: string;
  extension: string;
  province: string;
  city: string;
  region: string;
  addressLine: string;
  postalCode: string;
  poBox: string;
  // Not edited here, but kept so saving does not drop them.
  latitude: number | null;
  longitude: number | null;
  preferred: boolean;
  noSms: boolean;
  noCall: boolean;
  noLetter: boolean;
  noEmail: boolean;
}

export interface RankingRow {
  key: string;
  name: string;
  color: string;
  from: string | null;
  to: string | null;
}

// The fields people and companies share, as the form holds them (text boxes hold strings).
export interface CommonValues {
  code: string;
  active: boolean;
  priority: (typeof PRIORITIES)[number] | '';
  color: string;
  icon: string;
  referralSource: string;
  activityTypes: string[];
  certificates: string[];
  income: number | null;
  creditLimit: number | null;
  roles: string[];
  groupIds: number[];
  managerIds: number[];
  country: string;
  province: string;
  city: string;
  region: string;
  description: string;
  rankings: RankingRow[];
  contactPoints: ContactRow[];
}

export type CommonPatch = (patch: Partial<CommonValues>) => void;

export function emptyContactRow(kind: ContactKind): ContactRow {
  return {
    key: newRowKey(),
    kind,
    value: '',
    label: '',
    extension: '',
    province: '',
    city: '',
    region: '',
    addressLine: '',
    postalCode: '',
    poBox: '',
    latitude: null,
    longitude: null,
    preferred: false,
    noSms: false,
    noCall: false,
    noLetter: false,
    noEmail: false,
  };
}

function contactRowOf(point: ContactPoint): ContactRow {
  return {
    key: newRowKey(),
    id: point.id,
    kind: point.kind,
    // Phones are shown as people type them (۰۹۱۲ ۳۴۵ ۶۷۸۹), not as stored (+989123456789).
    value: formatContactValue(point),
    label: point.label ?? '',
    extension: point.extension ? toPersianDigits(point.extension) : '',
    province: point.province ?? '',
    city: point.city ?? '',
    region: point.region ?? '',
    addressLine: point.addressLine ?? '',
    postalCode: point.postalCode ? toPersianDigits(point.postalCode) : '',
    poBox: point.poBox ?? '',
    latitude: point.latitude,
    longitude: point.longitude,
    preferred: point.preferred,
    noSms: point.noSms,
    noCall: point.noCall,
    noLetter: point.noLetter,
    noEmail: point.noEmail,
  };
}

export function emptyCommon(managerIds: number[]): CommonValues {
  return {
    code: '',
    active: true,
    priority: '',
    color: '',
    icon: '',
    referralSource: '',
    activityTypes: [],
    certificates: [],
    income: null,
    creditLimit: null,
    roles: [],
    groupIds: [],
    managerIds,
    country: '',
    province: '',
    city: '',
    region: '',
    description: '',
    rankings: [],
    contactPoints: [emptyContactRow('mobile')],
  };
}

export function commonOf(record: PartyRecord): CommonValues {
  return {
    code: toPersianDigits(record.code),
    active: record.active,
    priority: record.priority ?? '',
    color: record.color ?? '',
    icon: record.icon ?? '',
    referralSource: record.referralSource ?? '',
    activityTypes: record.activityTypes,
    certificates: record.certificates,
    income: record.income,
    creditLimit: record.creditLimit,
    roles: record.roles,
    groupIds: record.groups.map((group) => group.id),
    managerIds: record.managers.map((manager) => manager.id),
    country: record.country ?? '',
    province: record.province ?? '',
    city: record.city ?? '',
    region: record.region ?? '',
    description: record.description ?? '',
    rankings: record.rankings.map((ranking) => ({ key: newRowKey(), ...ranking, color: ranking.color ?? '' })),
    contactPoints: record.contactPoints.map(contactRowOf),
  };
}

// «ایجاد مشابه»: the new record starts like this one, without what must be its own (code, contact points).
export function similarCommon(record: PartyRecord, managerIds: number[]): CommonValues {
  return { ...commonOf(record), code: '', managerIds, contactPoints: [emptyContactRow('mobile')] };
}

function isBlank(row: ContactRow): boolean {
  return [row.value, row.addressLine, row.city, row.province, row.region, row.postalCode, row.poBox].every((text) => text.trim() === '');
}

// Rows left empty are not sent. The server names a row by its place in what was sent, so the form remembers
// which of its rows each sent one was.
function contactDrafts(rows: readonly ContactRow[]): { drafts: ContactPointDraft[]; sentKeys: string[] } {
  const sent = rows.filter((row) => !isBlank(row));
  return {
    sentKeys: sent.map((row) => row.key),
    drafts: sent.map(({ key: _key, postalCode, extension, ...row }) => ({
      ...row,
      extension: toAsciiDigits(extension),
      postalCode: postalCode.trim() || null,
    })),
  };
}

// Only the shared fields: a person's or company's own fields are added by its form.
export function commonDraft(values: CommonValues): { draft: z.input<typeof PartyCommonDraft>; sentKeys: string[] } {
  const { drafts, sentKeys } = contactDrafts(values.contactPoints);
  return {
    sentKeys,
    draft: {
      // Codes are keys: typed with Persian digits, stored with ASCII ones (the search compares them exactly).
      code: toAsciiDigits(values.code),
      active: values.active,
      priority: values.priority || null,
      color: values.color || null,
      icon: values.icon,
      referralSource: values.referralSource,
      activityTypes: values.activityTypes,
      certificates: values.certificates,
      income: values.income,
      creditLimit: values.creditLimit,
      roles: values.roles,
      groupIds: values.groupIds,
      managerIds: values.managerIds,
      country: values.country,
      province: values.province,
      city: values.city,
      region: values.region,
      description: values.description,
      rankings: values.rankings
        .filter((ranking) => ranking.name.trim() !== '')
        .map(({ key: _key, color, ...ranking }) => ({ ...ranking, color: color || null })),
      contactPoints: drafts,
    },
  };
}

// Error keys name contact rows by their React key (contactPoints.row-3.value), which survives removing a row above.
export function keyContactErrors(errors: FieldErrors, sentKeys: readonly string[]): FieldErrors {
  const keyed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^contactPoints\.(\d+)(\..*)?$/.exec(path);
    const key = match ? sentKeys[Number(match[1])] : undefined;
    keyed[key ? `contactPoints.${key}${match?.[2] ?? ''}` : path] = message;
  }
  return keyed;
}

// Mobiles are checked before sending with the same rule the server uses, so a wrong number shows with the
// other mistakes at once. Landlines depend on the office's area code and are left to the server.
export function checkMobiles(rows: readonly ContactRow[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const row of rows) {
    if (row.kind !== 'mobile' || row.value.trim() === '') continue;
    const parsed = parseMobile(row.value);
    if (!parsed.ok) errors[`contactPoints.${row.key}.value`] = issueMessage({ path: [], message: `validation.${parsed.error}` });
  }
  return errors;
}
