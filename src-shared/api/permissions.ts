import { z } from 'zod';

// Forms are the screens an access template grants rights on; a new domain adds its form here
// and its Persian label in i18n/fa.ts (formLabels).
export const FORMS = [
  'people',
  'companies',
  'interactions',
  'tasks',
  'club',
  'sales',
  'messaging',
  'telephony',
  'printing',
  'users',
  'settings',
  'audit',
] as const;
export type Form = (typeof FORMS)[number];

export const RIGHTS = [
  'view',
  'create',
  'edit',
  'delete',
  'purge',
  'reports',
  'statistics',
  'assignManager',
  'send',
  'export',
  'print',
  'deactivate',
] as const;
export type Right = (typeof RIGHTS)[number];

export type Permission = `${Form}.${Right}`;

export const ALL_PERMISSIONS = FORMS.flatMap((form) => RIGHTS.map((right) => `${form}.${right}` as Permission));
export const PermissionSchema = z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]);

// 'own' limits every list, search, count and export to records where the user is an account manager.
export const RECORD_SCOPES = ['all', 'own'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];
