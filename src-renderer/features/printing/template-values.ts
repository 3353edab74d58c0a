import { ENVELOPE_MM, LETTER_NUMBER_TOKEN, type PrintTemplateKind, type TemplateLayout } from '../../../src-shared/api/printing';
import { IN_WORDS, MERGE_FIELDS, MERGE_FIELD_TOKENS } from '../../../src-shared/domain/merge-fields';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { printingLabels } from '../../../src-shared/i18n/ui-fa-printing';

// What a new template of each kind starts from: the office's usual layout, ready to adjust.
export const NEW_LAYOUTS: Record<PrintTemplateKind, TemplateLayout> = {
  letter: {
    kind: 'letter',
    paper: 'A4',
    letterhead: null,
    numberPrefix: '',
    attachments: 'ندارد',
    subject: '',
    salutation: '{خطاب رسمی}',
    body: 'با سلام و احترام،\n',
    closing: 'با سپاس',
    signatureName: '',
    signatureTitle: '',
  },
  envelope: { kind: 'envelope', size: 'DL', widthMm: ENVELOPE_MM.DL.width, heightMm: ENVELOPE_MM.DL.height, sender: '', recipient: 'گیرنده: {خطاب رسمی}\n{نشانی}' },
  labels: {
    kind: 'labels',
    pageWidthMm: 210,
    pageHeightMm: 297,
    rows: 8,
    columns: 3,
    labelWidthMm: 70,
    labelHeightMm: 37,
    topMm: 0,
    rightMm: 0,
    gapXMm: 0,
    gapYMm: 0,
    paddingMm: 4,
    fontSize: 10,
    content: '{خطاب رسمی}\n{نشانی}\nکد پستی: {کد پستی}',
    calibrations: [],
  },
};

// The merge-field buttons of a template's editor: every recipient field, and for letters its number and an amount in words.
export function pickerTokens(kind: PrintTemplateKind): string[] {
  const fields = MERGE_FIELDS.map((field) => MERGE_FIELD_TOKENS[field]);
  return kind === 'letter' ? [...fields, LETTER_NUMBER_TOKEN, `${MERGE_FIELD_TOKENS.wallet}${IN_WORDS}`] : fields;
}

const mm = (width: number, height: number) => toPersianDigits(`${width}×${height}`);

// One line for the templates list: «A4», «DL (۲۲۰×۱۱۰)», «۳ ستون × ۸ ردیف، ۷۰×۳۷».
export function layoutSummary(layout: TemplateLayout): string {
  switch (layout.kind) {
    case 'letter':
      return `کاغذ ${layout.paper}`;
    case 'envelope':
      return layout.size === 'custom' ? `${printingLabels.envelopeSize.custom} ${mm(layout.widthMm, layout.heightMm)}` : printingLabels.envelopeSize[layout.size];
    case 'labels':
      return `${toPersianDigits(layout.columns)} ستون × ${toPersianDigits(layout.rows)} ردیف، ${mm(layout.labelWidthMm, layout.labelHeightMm)}`;
  }
}
