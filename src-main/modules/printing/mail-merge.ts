import type { z } from 'zod';
import type { ExportedFile } from '../../../src-shared/api/parties';
import { customTokensOf, ENVELOPE_MM, LETTER_NUMBER_TOKEN, type TemplateLayout, type EnvelopeLayout, type LabelLayout, type LetterLayout, type PrintTemplate, type PrintRunRequest } from '../../../src-shared/api/printing';
import { renderTemplate, type MergeRecipient } from '../../../src-shared/domain/merge-fields';
import type { MoneyUnit } from '../../../src-shared/domain/money';
import { formatJalaliDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { Session } from '../../core/context';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { audienceCondition, mergeOf, mergeRows, type MergeRow } from '../parties/merge-data';
import { renderEnvelopes, type EnvelopeFace } from './envelopes';
import { renderLabels } from './label-sheets';
import { renderLetters, renderLettersDocx, type LetterPage } from './letters';

type AnyDb = ReadDb | WriteDb;
type RunRequest = z.output<typeof PrintRunRequest>;


export interface Recipient {
  partyId: number;
  name: string;
  merge: MergeRecipient;
}

export interface RunPlan {
  recipients: Recipient[];
  withoutAddress: { partyId: number; partyKind: 'person' | 'company'; name: string }[];
  label: string;
}

// Everyone the audience reaches, split by whether a letter can be posted to them.
export function planRun(db: AnyDb, session: Session, request: Pick<RunRequest, 'audience'>, today: string): RunPlan {
  const { where, label } = audienceCondition(db, request.audience, session, today);
  const recipients: Recipient[] = [];
  const withoutAddress: RunPlan['withoutAddress'] = [];
  for (const row of mergeRows(db, where)) {
    if (row.postalAddress === null) withoutAddress.push({ partyId: row.id, partyKind: row.kind, name: row.displayName });
    else recipients.push(toRecipient(row));
  }
  return { recipients, withoutAddress, label };
}

export function toRecipient(row: MergeRow): Recipient {
  return { partyId: row.id, name: row.displayName, merge: mergeOf(row) };
}

export function unknownTokens(template: PrintTemplate, custom: Record<string, string>): string[] {
  return customTokensOf(template.layout).filter((token) => !(token in custom));
}

export interface MergeContext {
  custom: Record<string, string>;
  moneyUnit: MoneyUnit;
  today: string;
}

function fill(text: string, merge: MergeRecipient, context: MergeContext, extra: Record<string, string> = {}): string {
  return renderTemplate(text, merge, { custom: { ...context.custom, ...extra }, moneyUnit: context.moneyUnit, today: context.today }).text;
}

// `number` as printed (Persian digits); null in a preview, which uses no number.
function letterPage(layout: LetterLayout, merge: MergeRecipient, context: MergeContext, number: string | null): LetterPage {
  const shown = number ?? '—';
  const extra = { [LETTER_NUMBER_TOKEN]: shown };
  return {
    number: shown,
    date: formatJalaliDate(context.today),
    attachments: fill(layout.attachments, merge, context, extra) || 'ندارد',
    subject: fill(layout.subject, merge, context, extra),
    salutation: fill(layout.salutation, merge, context, extra),
    body: fill(layout.body, merge, context, extra),
    closing: fill(layout.closing, merge, context, extra),
    signatureName: fill(layout.signatureName, merge, context, extra),
    signatureTitle: fill(layout.signatureTitle, merge, context, extra),
    preview: number === null,
  };
}

function envelopeFace(layout: EnvelopeLayout, merge: MergeRecipient, context: MergeContext): EnvelopeFace {
  return { sender: fill(layout.sender, merge, context), recipient: fill(layout.recipient, merge, context), postalCode: merge.postalCode };
}

function labelText(layout: LabelLayout, merge: MergeRecipient, context: MergeContext): string {
  return fill(layout.content, merge, context);
}

// The subject a letter's interaction is logged under (before its number exists).
export function letterSubject(layout: LetterLayout, merge: MergeRecipient, context: MergeContext): string {
  return fill(layout.subject, merge, context);
}

// What a template prints for these recipients; `number` is a letter's (null in a preview, which uses none).
export function printableOf(layout: TemplateLayout, items: readonly { merge: MergeRecipient; number: string | null }[], context: MergeContext): Printable {
  switch (layout.kind) {
    case 'letter':
      return { kind: 'letter', pages: items.map((item) => letterPage(layout, item.merge, context, item.number)) };
    case 'envelope':
      return { kind: 'envelope', faces: items.map((item) => envelopeFace(layout, item.merge, context)) };
    case 'labels':
      return { kind: 'labels', texts: items.map((item) => labelText(layout, item.merge, context)) };
  }
}

export function envelopeSize(layout: EnvelopeLayout): { width: number; height: number } {
  return layout.size === 'custom' ? { width: layout.widthMm, height: layout.heightMm } : ENVELOPE_MM[layout.size];
}

export function labelSpec(layout: LabelLayout, printer: string | null) {
  const calibration = layout.calibrations.find((c) => c.printer === printer);
  return { ...layout, dxMm: calibration?.dxMm ?? 0, dyMm: calibration?.dyMm ?? 0 };
}

export function letterNumber(prefix: string, jalaliYear: number, sequence: number): string {
  return `${prefix}${jalaliYear}/${sequence}`;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function letterhead(layout: LetterLayout): Buffer | null {
  if (!layout.letterhead) return null;
  const comma = layout.letterhead.indexOf(',');
  return Buffer.from(layout.letterhead.slice(comma + 1), 'base64');
}

export type Printable = { kind: 'letter'; pages: LetterPage[] } | { kind: 'envelope'; faces: EnvelopeFace[] } | { kind: 'labels'; texts: string[] };

// The finished file of a run (or a preview). Word only for letters: envelopes and labels are placed to
// the millimetre, which a word processor would not keep.
export async function produceFile(template: PrintTemplate, printable: Printable, options: { format: 'pdf' | 'docx'; startAt: number; printer: string | null }, baseName: string): Promise<z.input<typeof ExportedFile>> {
  const layout = template.layout;
  let content: Buffer;
  let docx = false;
  if (layout.kind === 'letter' && printable.kind === 'letter') {
    const style = { paper: layout.paper, letterhead: letterhead(layout) };
    docx = options.format === 'docx';
    content = docx ? await renderLettersDocx(printable.pages, style) : await renderLetters(printable.pages, style);
  } else if (layout.kind === 'envelope' && printable.kind === 'envelope') {
    const size = envelopeSize(layout);
    content = await renderEnvelopes(printable.faces, size.width, size.height);
  } else if (layout.kind === 'labels' && printable.kind === 'labels') {
    content = await renderLabels(printable.texts, labelSpec(layout, options.printer), options.startAt);
  } else throw new Error(`template ${template.id} is not a ${printable.kind} template`);
  return { fileName: `${baseName}.${docx ? 'docx' : 'pdf'}`, mimeType: docx ? DOCX : PDF, contentBase64: content.toString('base64') };
}

export function fileBaseName(template: PrintTemplate, today: string): string {
  return `${template.name}-${toPersianDigits(today)}`;
}
