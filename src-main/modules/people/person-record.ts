import type { z } from 'zod';
import type { Person, PersonDraft } from '../../../src-shared/api/people';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { companyLinksOf } from '../parties/links';
import { partyCommonOf, type PartyRowData } from '../parties/party-record';

type Draft = z.output<typeof PersonDraft>;

export function personName(draft: Pick<Draft, 'firstName' | 'lastName'>): string {
  return [draft.firstName, draft.lastName].filter(Boolean).join(' ');
}

export function personOf(db: ReadDb | WriteDb, row: PartyRowData): z.input<typeof Person> {
  return {
    ...partyCommonOf(db, row),
    prefix: row.prefix,
    gender: row.gender,
    firstName: row.firstName,
    lastName: row.lastName ?? '',
    nationalCode: row.nationalCode,
    birthCertificateNo: row.birthCertificateNo,
    maritalStatus: row.maritalStatus,
    birthDate: row.birthDate,
    weddingDate: row.weddingDate,
    educationField: row.educationField,
    educationDegree: row.educationDegree,
    religion: row.religion,
    favoriteColor: row.favoriteColor,
    languages: row.languages ?? [],
    psychologyNotes: row.psychologyNotes,
    companyLinks: companyLinksOf(db, row.id),
  };
}

