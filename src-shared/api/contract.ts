import type { z } from 'zod';
import { defineContract, type MethodSpec } from './kit';
import { authApi } from './auth';
import { usersApi } from './users';
import { auditApi } from './audit';
import { settingsApi } from './settings';
import { systemApi } from './system';
import { peopleApi } from './people';
import { companiesApi } from './companies';
import { groupsApi } from './groups';
import { interactionsApi } from './interactions';
import { searchApi } from './search';
import { jobsApi } from './jobs';
import { importsApi } from './imports';
import { segmentsApi } from './segments';
import { lookupsApi } from './lookups';
import { attachmentsApi } from './attachments';
import { messagingApi } from './messaging';
import { telephonyApi } from './telephony';
import { tasksApi } from './tasks';
import { clubApi } from './club';
import { printingApi } from './printing';
import { notificationsApi } from './notifications';
import { meetingsApi } from './meetings';

// Adding a domain: its slice file here, its handlers in src-main/modules/<domain>/handlers.ts.
export const contract = defineContract([
  authApi,
  usersApi,
  auditApi,
  settingsApi,
  systemApi,
  peopleApi,
  companiesApi,
  groupsApi,
  interactionsApi,
  searchApi,
  jobsApi,
  importsApi,
  segmentsApi,
  lookupsApi,
  attachmentsApi,
  messagingApi,
  telephonyApi,
  tasksApi,
  clubApi,
  printingApi,
  notificationsApi,
  meetingsApi,
]);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Spec<M extends MethodName> = Contract[M] extends MethodSpec ? Contract[M] : never;
// What a caller sends (before defaults and transforms) and what the handler receives (after).
export type Input<M extends MethodName> = z.input<Spec<M>['input']>;
export type ParsedInput<M extends MethodName> = z.output<Spec<M>['input']>;
export type Output<M extends MethodName> = z.output<Spec<M>['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
