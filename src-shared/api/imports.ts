import { z } from 'zod';
import { command, query, type ApiSlice } from './kit';
import { PARTY_KINDS } from './parties';
import { JobSchema } from './jobs';
import { personText } from './fields';

// Import columns a sheet can be mapped to, per kind. Labels live in i18n/fa.ts (importFieldLabels).
export const PERSON_IMPORT_FIELDS = [
  'code', 'prefix', 'gender', 'firstName', 'lastName', 'nationalCode', 'birthDate', 'mobile', 'phone', 'email',
  'province', 'city', 'address', 'postalCode', 'description',
] as const;
export const COMPANY_IMPORT_FIELDS = [
  'code', 'name', 'companyType', 'brand', 'economicCode', 'legalNationalId', 'registrationNo', 'mobile', 'phone', 'fax',
  'email', 'website', 'province', 'city', 'address', 'postalCode', 'description',
] as const;
export type ImportField = (typeof PERSON_IMPORT_FIELDS)[number] | (typeof COMPANY_IMPORT_FIELDS)[number];
const ImportFieldSchema = z.enum([...new Set([...PERSON_IMPORT_FIELDS, ...COMPANY_IMPORT_FIELDS])] as [ImportField, ...ImportField[]]);

// Sheet column title -> field (or null: ignore that column).
export const ImportMapping = z.record(z.string().max(200), ImportFieldSchema.nullable());
export type ImportMapping = z.infer<typeof ImportMapping>;

export const IMPORT_MODES = ['skipInvalid', 'allOrNothing'] as const;

export const ImportRowError = z.object({ row: z.number().int(), messages: z.array(z.string()) });
export type ImportRowError = z.infer<typeof ImportRowError>;

// What a finished import job returns in Job.result.
export interface ImportResult {
  dryRun: boolean;
  committed: boolean;
  imported: number;
  invalid: number;
  // The first rows with errors, for the screen; the full list is in the error report.
  errors: ImportRowError[];
}

export const importsApi = {
  // Reads the uploaded workbook (kept on the server for the next steps) and proposes a mapping.
  // A query: it writes no table.
  'imports.analyze': query({
    input: z.object({
      kind: z.enum(PARTY_KINDS),
      fileName: z.string().max(255),
      contentBase64: z.string().max(90_000_000),
    }),
    output: z.object({
      uploadId: z.string(),
      sheetName: z.string(),
      headers: z.array(z.string()),
      rowCount: z.number().int(),
      sample: z.array(z.array(z.string())),
      suggestedMapping: ImportMapping,
      savedMappings: z.array(z.object({ name: z.string(), mapping: ImportMapping })),
    }),
  }),
  // Runs the import as a background job; dryRun checks every row the same way and writes nothing.
  'imports.start': command({
    input: z.object({
      uploadId: z.string().uuid(),
      mapping: ImportMapping,
      mode: z.enum(IMPORT_MODES),
      dryRun: z.boolean().default(false),
      saveMappingAs: personText(80).optional(),
    }),
    output: JobSchema,
  }),
  // The rows that failed in the last run of this upload, with a Persian reason per row, as .xlsx.
  'imports.errorReport': query({
    input: z.object({ uploadId: z.string().uuid() }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  }),
} satisfies ApiSlice;
