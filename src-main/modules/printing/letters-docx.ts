import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { LetterPage, LetterStyle } from './letters';
import { LETTER_LABELS, LETTER_PAPER, type LetterPaper } from './letters-pdf';

const FONT = 'Vazirmatn';
// Named in the font table as Vazirmatn's alternative: Word uses it on machines without Vazirmatn.
const FALLBACK_FONT = 'B Nazanin';
const TWIPS_PER_MM = 1440 / 25.4;
const PIXELS_PER_MM = 96 / 25.4;
// Inside its own table cell the value needs no isolate, only the override that keeps «ف/۱۴۰۵/۱۲» left to right
// (Word handles LRO/PDF everywhere, LRI/PDI not in older versions).
const ltr = (text: string): string => `\u202D${text}\u202C`;

// As in the PDF layout: under the Unicode rules «قرارداد 1403-256» shows as 256-1403, so codes are embedded
// left to right (LRE … PDF, which every Word version honours).
const CODE = /[0-9\u06F0-\u06F9]+(?:[-\u2010-\u2013][0-9\u06F0-\u06F9]+)+/g;
const keepCodes = (text: string): string => text.replace(CODE, (code) => `\u202A${code}\u202C`);

const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

// Size, language and spacing come from the document defaults (see renderLettersDocx): repeating them on every
// run and paragraph doubles the XML of a 1,000-letter merge and the time to write it.
function run(text: string, { bold, size, color }: RunStyle = {}): TextRun {
  return new TextRun({ text, bold: bold || undefined, color, size: size && size * 2, sizeComplexScript: size && size * 2, rightToLeft: true, font: FONT });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function paragraph(text: string, style: RunStyle & { align?: Align; after?: number; before?: number; line?: number } = {}): Paragraph {
  return new Paragraph({
    bidirectional: true,
    // In a right-to-left paragraph START is the right edge and BOTH leaves the last line at the right.
    alignment: style.align ?? AlignmentType.START,
    spacing: style.before || style.after || style.line ? { before: style.before, after: style.after, line: style.line } : undefined,
    children: [run(text, style)],
  });
}

function cell(children: Paragraph[], rowSpan?: number): TableCell {
  return new TableCell({ children, rowSpan });
}

// Borderless, fixed columns, first column at the right.
function layoutTable(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    visuallyRightToLeft: true,
  });
}

export interface ImageSize {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** Pixel size from the PNG header or the JPEG frame header; null for anything else. */
export function imageSize(data: Buffer): ImageSize | null {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1]!;
    // Start-of-frame markers, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', width: data.readUInt16BE(offset + 7), height: data.readUInt16BE(offset + 5) };
    }
    offset += 2 + data.readUInt16BE(offset + 2);
  }
  return null;
}

interface Letterhead {
  data: Buffer;
  size: ImageSize;
  width: number;
  height: number;
}

function fitLetterhead(data: Buffer | null, paper: LetterPaper): Letterhead | null {
  const size = data && imageSize(data);
  if (!data || !size) return null;
  const box = { width: paper.letterhead.width * PIXELS_PER_MM, height: paper.letterhead.height * PIXELS_PER_MM };
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { data, size, width: size.width * scale, height: size.height * scale };
}

// The letterhead floats at the top right of the first page's text area, from the first-page header.
function letterheadParagraph(letterhead: Letterhead | null): Paragraph[] {
  if (!letterhead) return [];
  const image = new ImageRun({
    type: letterhead.size.type,
    data: letterhead.data,
    transformation: { width: letterhead.width, height: letterhead.height },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.RIGHT },
      verticalPosition: { relative: VerticalPositionRelativeFrom.MARGIN, align: VerticalPositionAlign.TOP },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
  return [new Paragraph({ bidirectional: true, children: [image] })];
}

// «شماره / تاریخ / پیوست» at the top left; the rows are at least as tall as the letterhead box at the right.
function headerTable(letter: LetterPage, paper: LetterPaper): Table {
  const textWidth = twips(paper.width - 2 * paper.margin);
  const labelWidth = twips(paper.label);
  const valueWidth = twips(paper.block) - labelWidth;
  const rowHeight = Math.ceil(twips(paper.letterhead.height) / 3);
  const rows: [string, string][] = [
    [LETTER_LABELS.number, ltr(letter.number)],
    [LETTER_LABELS.date, ltr(letter.date)],
    [LETTER_LABELS.attachments, letter.attachments],
  ];
  const small = { size: paper.small, after: 60 };
  return layoutTable(
    rows.map(([label, value], i) => new TableRow({
      height: { value: rowHeight, rule: HeightRule.ATLEAST },
      children: [...(i === 0 ? [cell([paragraph('')], 3)] : []), cell([paragraph(label, { ...small, bold: true })]), cell([paragraph(value, small)])],
    })),
    [textWidth - labelWidth - valueWidth, labelWidth, valueWidth],
  );
}

// «با سپاس», room for the handwritten signature, the name in bold and the title, centred on the left.
function signatureTable(letter: LetterPage, paper: LetterPaper): Table {
  const textWidth = twips(paper.width - 2 * paper.margin);
  const blockWidth = Math.round(textWidth * 0.42);
  const center = { align: AlignmentType.CENTER };
  const lines = [
    paragraph(letter.closing.trim(), { ...center, before: 240 }),
    paragraph(letter.signatureName.trim(), { ...center, bold: true, before: 600 }),
    paragraph(letter.signatureTitle.trim(), center),
  ];
  return layoutTable([new TableRow({ children: [cell([paragraph('')]), cell(lines)] })], [textWidth - blockWidth, blockWidth]);
}

// Pages after the first: «صفحهٔ N – شماره: …» in one small line at the right (N restarts in every letter). One
// paragraph rather than the PDF's two-sided table: a thousand header parts are a large share of the writing time.
function continuationHeader(letter: LetterPage, paper: LetterPaper, watermark: Paragraph[]): Header {
  const small = { size: paper.small - 1, color: '555555' };
  const line = new Paragraph({
    bidirectional: true,
    alignment: AlignmentType.START,
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 2 } },
    children: [
      run(`${LETTER_LABELS.page} `, small),
      new TextRun({ children: [PageNumber.CURRENT], rightToLeft: true, size: small.size * 2, color: small.color, font: FONT }),
      run(` – ${LETTER_LABELS.number} ${ltr(letter.number)}`, small),
    ],
  });
  return new Header({ children: [...watermark, line] });
}

// A section without a first-page header inherits the previous section's, so the letterhead is written once
// and again only where the watermark starts or stops: a header part and an image per letter were half the
// time to write a 1,000-letter merge.
function letterSection(letter: LetterPage, paper: LetterPaper, letterhead: Letterhead | null, previous: LetterPage | undefined): ISectionOptions {
  // Word draws a watermark from a header, so both headers (first page, later pages) carry it.
  const watermark = () => (letter.preview ? [new Paragraph({ children: [new TextWatermark({ text: LETTER_LABELS.preview, font: FONT, color: 'D9D9D9', opacity: 0.6 })] })] : []);
  const body = { align: AlignmentType.BOTH, after: 120, line: 300 };
  const children: (Paragraph | Table)[] = [headerTable(letter, paper)];
  const subject = letter.subject.trim();
  if (subject) children.push(paragraph(`${LETTER_LABELS.subject} ${subject}`, { bold: true, before: 360, after: 120 }));
  letter.salutation.trim().split(/\r?\n/).forEach((line, i) => children.push(paragraph(line.trim(), { bold: true, before: i === 0 && !subject ? 360 : 0, after: 40 })));
  children.push(paragraph(''));
  for (const text of letter.body.split(/\r?\n/)) children.push(paragraph(keepCodes(text.trim()), body));
  children.push(signatureTable(letter, paper));
  const margin = twips(paper.margin);
  return {
    properties: {
      page: {
        size: { width: twips(paper.width), height: twips(paper.height) },
        margin: { top: margin, bottom: margin, left: margin, right: margin, header: Math.round(margin / 2), footer: Math.round(margin / 2) },
        pageNumbers: { start: 1 },
      },
      titlePage: true,
    },
    headers: {
      ...((!previous || Boolean(letter.preview) !== Boolean(previous.preview)) && {
        first: new Header({ children: [...watermark(), ...letterheadParagraph(letterhead), paragraph('')] }),
      }),
      default: continuationHeader(letter, paper, watermark()),
    },
    children,
  };
}

// docx writes an empty font table; this one tells Word what Vazirmatn is and what to use without it.
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/><w:charset w:val="B2"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="${FALLBACK_FONT}"><w:altName w:val="Tahoma"/><w:charset w:val="B2"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font><w:font w:name="Tahoma"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

/** Letters as one Word document: a section per letter, right to left, with a small header on later pages. */
export async function renderLettersDocx(pages: LetterPage[], style: LetterStyle): Promise<Buffer> {
  const paper = LETTER_PAPER[style.paper];
  const letterhead = fitLetterhead(style.letterhead, paper);
  const sections = pages.length ? pages.map((letter, i) => letterSection(letter, paper, letterhead, pages[i - 1])) : [{ children: [paragraph('')] }];
  const document = new Document({
    creator: 'Peyvand',
    title: 'نامه',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: paper.body * 2, sizeComplexScript: paper.body * 2, rightToLeft: true, language: { bidirectional: 'fa-IR' } },
          paragraph: { spacing: { before: 0, after: 0, line: 276 } },
        },
      },
    },
    sections,
  });
  return Buffer.from(await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]));
}
