import { z } from 'zod';
import { command, Ok, page, PageRequest, query, RecordId, RecordRef, type ApiSlice } from './kit';
import { personText } from './fields';
import { JobSchema } from './jobs';
import { ExportedFile } from './parties';
import { Audience } from './messaging';
import { PARTY_KINDS } from './parties';
import { isFieldToken, templateTokens } from '../domain/merge-fields';

// Printed mail merge: letters, envelopes and label sheets from any list, as PDF or Word. Templates are
// stored in the database (admin-editable, versioned, every change audited). Lengths are millimetres.

export const PRINT_TEMPLATE_KINDS = ['letter', 'envelope', 'labels'] as const;
export type PrintTemplateKind = (typeof PRINT_TEMPLATE_KINDS)[number];

export const LETTER_PAPERS = ['A4', 'A5'] as const;
// C4 229×324, C5 162×229, DL 110×220, the long «ملخی» 120×240, or custom (printers differ: any size can
// be typed in).
export const ENVELOPE_SIZES = ['C4', 'C5', 'DL', 'malakhi', 'custom'] as const;
export const ENVELOPE_MM: Record<Exclude<(typeof ENVELOPE_SIZES)[number], 'custom'>, { width: number; height: number }> = {
  C4: { width: 324, height: 229 },
  C5: { width: 229, height: 162 },
  DL: { width: 220, height: 110 },
  malakhi: { width: 240, height: 120 },
};

const Millimetres = z.number().min(0).max(1000);
const MergeText = (max: number) => z.string().max(max);

export const LetterLayout = z.object({
  kind: z.literal('letter'),
  paper: z.enum(LETTER_PAPERS),
  // A PNG or JPEG data URL printed at the top right; null: plain paper (or pre-printed letterhead).
  letterhead: z.string().max(3_000_000).nullable(),
  // The text of the «شماره» line before the series number, e.g. «ف/» → «ف/۱۴۰۵/۱۲».
  numberPrefix: z.string().max(20),
  attachments: MergeText(200),
  subject: MergeText(300),
  salutation: MergeText(500),
  body: MergeText(20_000),
  closing: MergeText(300),
  signatureName: MergeText(100),
  signatureTitle: MergeText(100),
});
export type LetterLayout = z.infer<typeof LetterLayout>;

export const EnvelopeLayout = z.object({
  kind: z.literal('envelope'),
  size: z.enum(ENVELOPE_SIZES),
  // Used when size is custom; otherwise the standard size's.
  widthMm: Millimetres,
  heightMm: Millimetres,
  sender: MergeText(500),
  recipient: MergeText(1000),
});
export type EnvelopeLayout = z.infer<typeof EnvelopeLayout>;

export const Calibration = z.object({ printer: z.string().min(1).max(100), dxMm: z.number().min(-20).max(20), dyMm: z.number().min(-20).max(20) });

export const LabelLayout = z.object({
  kind: z.literal('labels'),
  pageWidthMm: Millimetres,
  pageHeightMm: Millimetres,
  rows: z.number().int().min(1).max(40),
  columns: z.number().int().min(1).max(10),
  labelWidthMm: Millimetres,
  labelHeightMm: Millimetres,
  // From the page's top and right edges to the first (top right) label.
  topMm: Millimetres,
  rightMm: Millimetres,
  gapXMm: Millimetres,
  gapYMm: Millimetres,
  paddingMm: z.number().min(0).max(20),
  fontSize: z.number().min(5).max(24),
  content: MergeText(1000),
  // Per printer: a shift of everything printed (+ = right / down) that corrects where this printer's output
  // lands, measured on a test sheet.
  calibrations: z.array(Calibration).max(20),
});
export type LabelLayout = z.infer<typeof LabelLayout>;

export const TemplateLayout = z.discriminatedUnion('kind', [LetterLayout, EnvelopeLayout, LabelLayout]);
export type TemplateLayout = z.infer<typeof TemplateLayout>;

// The token a letter's number fills: not a record field, a value each letter of a run gets.
export const LETTER_NUMBER_TOKEN = 'شماره نامه';

// Every text of a layout that takes merge fields.
export function mergeTextsOf(layout: TemplateLayout): string[] {
  switch (layout.kind) {
    case 'letter':
      return [layout.attachments, layout.subject, layout.salutation, layout.body, layout.closing, layout.signatureName, layout.signatureTitle];
    case 'envelope':
      return [layout.sender, layout.recipient];
    case 'labels':
      return [layout.content];
  }
}

// Tokens no record field fills («{تاریخ جلسه}»): the user gives each one value for the whole run.
export function customTokensOf(layout: TemplateLayout): string[] {
  return [...new Set(mergeTextsOf(layout).flatMap(templateTokens))].filter((token) => !isFieldToken(token) && token !== LETTER_NUMBER_TOKEN);
}

export const PrintTemplate = z.object({
  id: RecordId,
  name: z.string(),
  kind: z.enum(PRINT_TEMPLATE_KINDS),
  layout: TemplateLayout,
  updatedAt: z.number(),
  version: z.number().int(),
});
export type PrintTemplate = z.infer<typeof PrintTemplate>;

export const PrintFormat = z.enum(['pdf', 'docx']);

export const PrintRunRequest = z.object({
  templateId: RecordId,
  audience: Audience.refine((a) => a.kind !== 'numbers', 'validation.invalid'),
  // People without a usable postal address: leave them out, or stop so the list can be fixed first.
  missingAddress: z.enum(['skip', 'stop']).default('skip'),
  format: PrintFormat.default('pdf'),
  // Labels: the first free label on a partly used sheet (1 = top right).
  startAt: z.number().int().min(1).max(400).default(1),
  printer: z.string().max(100).nullable().default(null),
  // Campaign-wide values for tokens that are not fields, e.g. «{تاریخ جلسه}».
  customFields: z.record(z.string().max(40), z.string().max(500)).default({}),
});

export const RunCheck = z.object({
  recipients: z.number().int(),
  withoutAddress: z.array(z.object({ partyId: RecordId, partyKind: z.enum(PARTY_KINDS), name: z.string() })),
  withoutAddressCount: z.number().int(),
  unknownFields: z.array(z.string()),
});

export const LetterRegisterEntry = z.object({
  id: RecordId,
  number: z.string(),
  at: z.number(),
  partyId: RecordId,
  partyKind: z.enum(PARTY_KINDS),
  partyName: z.string(),
  templateName: z.string(),
  userName: z.string().nullable(),
});

export const printingApi = {
  'printing.listTemplates': query({ input: z.object({ kind: z.enum(PRINT_TEMPLATE_KINDS).optional() }).default({}), output: z.array(PrintTemplate), permission: 'printing.view' }),
  'printing.saveTemplate': command({
    input: z.object({ id: RecordId.optional(), version: z.number().int().optional(), name: personText(100), layout: TemplateLayout }),
    output: PrintTemplate,
    permission: 'printing.edit',
  }),
  'printing.removeTemplate': command({ input: RecordRef, output: Ok, permission: 'printing.delete' }),
  // One recipient's page as it will print (no letter number is used up: the preview shows «پیش‌نمایش»).
  'printing.preview': query({ input: z.object({ templateId: RecordId, partyId: RecordId, customFields: z.record(z.string(), z.string()).default({}) }), output: ExportedFile, permission: 'printing.print' }),
  // What a run would print, before it prints: who has no usable address, tokens nobody fills.
  'printing.checkRun': query({ input: PrintRunRequest, output: RunCheck, permission: 'printing.print' }),
  // A background job (progress, cancel). Letters get numbers, an interaction each and a register row, all in
  // one transaction: a cancelled or failed run registers nothing. The finished job's result is the file.
  'printing.startRun': command({ input: PrintRunRequest, output: JobSchema, permission: 'printing.print' }),
  // Any list screen prints what it shows: its title, filter, columns and rows (at most a few thousand; the
  // party lists print their whole filtered list through people.print / companies.print instead).
  'printing.listPrintout': query({
    input: z.object({
      title: z.string().min(1).max(200),
      filterLine: z.string().max(500).default(''),
      columns: z.array(z.object({ header: z.string().max(100), width: z.number().min(1).max(100).optional() })).min(1).max(20),
      rows: z.array(z.array(z.string().max(2000).nullable())).max(5000),
    }),
    output: ExportedFile,
    permission: 'printing.print',
  }),
  'printing.register': query({ input: PageRequest.extend({ partyId: RecordId.optional() }), output: page(LetterRegisterEntry), permission: 'printing.view' }),
} satisfies ApiSlice;

export const PrintRunResult = z.object({ file: ExportedFile, printed: z.number().int(), skipped: z.number().int() });
