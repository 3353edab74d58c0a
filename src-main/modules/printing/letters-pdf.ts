import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { LetterPage, LetterStyle } from './letters';
import { createPersianDocument, drawParagraph, measureParagraph, pdfBuffer, type ParagraphOptions } from './persian-layout';

// Lengths in millimetres, font sizes in points; the Word version lays out the same page.
export const LETTER_PAPER = {
  A4: { width: 210, height: 297, margin: 20, letterhead: { width: 45, height: 25 }, block: 55, label: 13, body: 11.5, small: 10, lineGap: 7 },
  A5: { width: 148, height: 210, margin: 14, letterhead: { width: 32, height: 18 }, block: 42, label: 10.5, body: 9.5, small: 8, lineGap: 5 },
} as const;
export type LetterPaper = (typeof LETTER_PAPER)[keyof typeof LETTER_PAPER];

export const LETTER_LABELS = { number: 'شماره:', date: 'تاریخ:', attachments: 'پیوست:', subject: 'موضوع:', page: 'صفحهٔ', preview: 'پیش‌نمایش' };

// Number and date read left to right as typed, like dates and codes, whatever letters they hold: an isolated
// left-to-right override (LRI LRO … PDF PDI), else «ف/۱۴۰۵/۱۲» shows as «۱۴۰۵/۱۲/ف». The attachments
// value takes the direction of its first letter (FSI … PDI).
const isolateLtr = (text: string): string => `\u2066\u202D${text}\u202C\u2069`;
const isolateAuto = (text: string): string => `\u2068${text}\u2069`;

const MM = 72 / 25.4;
const INK = '#1a1a1a';
const MUTED = '#555555';
const WATERMARK = '#e2e2e2';

interface Page {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  textWidth: number;
  paper: LetterPaper;
}

interface Context {
  doc: PDFKit.PDFDocument;
  page: Page;
  // Opened once, so every page refers to the same image object instead of embedding the file again.
  letterhead: PDFKit.Mixins.ImageSrc | null;
  // Measured heights: a mail merge repeats the same paragraphs, closing and signature in every letter.
  heights: Map<string, number>;
}

// pdfkit's openImage is missing from its type definitions; doc.image accepts what it returns as a source.
function openImage(doc: PDFKit.PDFDocument, data: Buffer): PDFKit.Mixins.ImageSrc {
  return (doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(data);
}

function pageOf(paper: LetterPaper): Page {
  const width = paper.width * MM;
  const height = paper.height * MM;
  const margin = paper.margin * MM;
  return { width, height, left: margin, right: width - margin, top: margin, bottom: height - margin, textWidth: width - 2 * margin, paper };
}

function bodyOptions(page: Page, y: number): ParagraphOptions {
  return { x: page.left, y, width: page.textWidth, fontSize: page.paper.body, lineGap: page.paper.lineGap, align: 'justify' };
}

function drawWatermark({ doc, page }: Context): void {
  const size = page.width / 7;
  doc.save();
  doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
  doc.fillColor(WATERMARK);
  drawParagraph(doc, LETTER_LABELS.preview, { x: 0, y: page.height / 2 - size * 0.8, width: page.width, fontSize: size, bold: true, align: 'center' });
  doc.restore();
  doc.fillColor(INK);
}

function newPage(context: Context, letter: LetterPage): void {
  context.doc.addPage();
  if (letter.preview) drawWatermark(context);
  context.doc.fillColor(INK);
}

// Letterhead at the top right, «شماره / تاریخ / پیوست» at the top left; returns where the text starts.
function drawFirstHeader(context: Context, letter: LetterPage): number {
  const { doc, page } = context;
  const box = { width: page.paper.letterhead.width * MM, height: page.paper.letterhead.height * MM };
  if (context.letterhead) {
    doc.image(context.letterhead, page.right - box.width, page.top, { fit: [box.width, box.height], align: 'right' });
  }
  const blockWidth = page.paper.block * MM;
  const labelWidth = page.paper.label * MM;
  const rows: [string, string][] = [
    [LETTER_LABELS.number, isolateLtr(letter.number)],
    [LETTER_LABELS.date, isolateLtr(letter.date)],
    [LETTER_LABELS.attachments, isolateAuto(letter.attachments)],
  ];
  let y = page.top;
  for (const [label, value] of rows) {
    const row: ParagraphOptions = { x: page.left, y, width: labelWidth, fontSize: page.paper.small, lineGap: 4, maxLines: 1, bold: true };
    drawParagraph(doc, label, { ...row, x: page.left + blockWidth - labelWidth });
    y += drawParagraph(doc, value, { ...row, width: blockWidth - labelWidth - 3, bold: false });
  }
  // The letterhead's space is kept even without an image: pre-printed paper has it there.
  return Math.max(y, page.top + box.height) + page.paper.body * 1.6;
}

// Later pages of a long letter: «صفحهٔ ۲» at the right, the letter's number at the left, a thin rule.
function drawContinuationHeader(context: Context, letter: LetterPage, pageNumber: number): number {
  const { doc, page } = context;
  const small: ParagraphOptions = { x: page.left, y: page.top, width: page.textWidth / 2, fontSize: page.paper.small - 1, lineGap: 2, maxLines: 1 };
  doc.fillColor(MUTED);
  const height = drawParagraph(doc, `${LETTER_LABELS.page} ${toPersianDigits(pageNumber)}`, { ...small, x: page.left + page.textWidth / 2 });
  drawParagraph(doc, `${LETTER_LABELS.number} ${isolateLtr(letter.number)}`, { ...small, align: 'left' });
  const ruleY = page.top + height + 2;
  doc.moveTo(page.left, ruleY).lineTo(page.right, ruleY).lineWidth(0.5).stroke('#999999');
  doc.fillColor(INK);
  return ruleY + page.paper.body * 1.5;
}

// How many leading words of the paragraph fill its first `lines` lines: wrapping is greedy, so a prefix
// of the words wraps exactly as it does inside the whole paragraph.
function wordsOnLines(context: Context, words: string[], options: ParagraphOptions, lines: number): number {
  const limit = lines * measured(context, 'ا', options) + 0.01;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureParagraph(context.doc, words.slice(0, mid).join(' '), options) <= limit) low = mid;
    else high = mid - 1;
  }
  return Math.max(1, low);
}

function measured({ doc, heights }: Context, text: string, options: ParagraphOptions): number {
  const key = `${options.fontSize}|${options.lineGap}|${options.width}|${options.bold ?? false}|${options.maxLines ?? 0}|${text}`;
  let height = heights.get(key);
  if (height === undefined) {
    height = measureParagraph(doc, text, options);
    heights.set(key, height);
  }
  return height;
}

interface Flow {
  y: number;
  pageNumber: number;
}

function breakPage(context: Context, letter: LetterPage, flow: Flow): void {
  newPage(context, letter);
  flow.pageNumber++;
  flow.y = drawContinuationHeader(context, letter, flow.pageNumber);
}

// One body paragraph, continued on the next page when it reaches the bottom margin. Lines cut at the
// page end stay justified: they are drawn as lines of the whole paragraph (maxLines), not as its end.
function flowParagraph(context: Context, letter: LetterPage, flow: Flow, paragraph: string): void {
  const { doc, page } = context;
  let words = paragraph.split(/\s+/).filter(Boolean);
  while (words.length) {
    const text = words.join(' ');
    const options = bodyOptions(page, flow.y);
    const lineHeight = measured(context, 'ا', options);
    // The last line's gap may hang below the margin.
    const room = page.bottom - flow.y + options.lineGap!;
    const height = measured(context, text, options);
    if (height <= room) {
      flow.y += drawParagraph(doc, text, options);
      return;
    }
    const lines = Math.floor(room / lineHeight);
    if (lines > 0) {
      drawParagraph(doc, text, { ...options, maxLines: lines });
      words = words.slice(wordsOnLines(context, words, options, lines));
    }
    breakPage(context, letter, flow);
  }
}

// «با سپاس», room to sign, the name in bold and the title: centred in the left part of the text width.
function drawSignature(context: Context, letter: LetterPage, flow: Flow): void {
  const { doc, page } = context;
  const block: ParagraphOptions = { x: page.left, y: 0, width: page.textWidth * 0.42, fontSize: page.paper.body, lineGap: 3, align: 'center' };
  // Room for the handwritten signature and the stamp.
  const signatureSpace = page.paper.body * 2.6;
  const closing = letter.closing.trim();
  const parts: [string, boolean][] = [
    [letter.signatureName.trim(), true],
    [letter.signatureTitle.trim(), false],
  ];
  const closingHeight = closing ? measured(context, closing, block) + signatureSpace : signatureSpace;
  const height = closingHeight + parts.reduce((sum, [text, bold]) => sum + (text ? measured(context, text, { ...block, bold }) : 0), 0);
  let y = flow.y + page.paper.body;
  if (y + height > page.bottom) {
    breakPage(context, letter, flow);
    y = flow.y;
  }
  if (closing) drawParagraph(doc, closing, { ...block, y });
  y += closingHeight;
  for (const [text, bold] of parts) if (text) y += drawParagraph(doc, text, { ...block, y, bold });
  flow.y = y;
}

function drawLetter(context: Context, letter: LetterPage): void {
  const { doc, page } = context;
  newPage(context, letter);
  const flow: Flow = { y: drawFirstHeader(context, letter), pageNumber: 1 };
  const line: ParagraphOptions = { x: page.left, y: 0, width: page.textWidth, fontSize: page.paper.body, lineGap: page.paper.lineGap - 2, bold: true };
  const subject = letter.subject.trim();
  if (subject) flow.y += drawParagraph(doc, `${LETTER_LABELS.subject} ${subject}`, { ...line, y: flow.y }) + page.paper.body;
  const salutation = letter.salutation.trim();
  if (salutation) flow.y += drawParagraph(doc, salutation, { ...line, y: flow.y }) + page.paper.body * 0.6;
  for (const paragraph of letter.body.split(/\r?\n/)) {
    if (paragraph.trim()) flowParagraph(context, letter, flow, paragraph);
    else flow.y += page.paper.body;
    flow.y += page.paper.lineGap / 2;
  }
  drawSignature(context, letter, flow);
}

/** Letters as one PDF: each letter starts on a new page; a long body continues with a small header. */
export async function renderLetters(pages: LetterPage[], style: LetterStyle): Promise<Buffer> {
  const paper = LETTER_PAPER[style.paper];
  const page = pageOf(paper);
  const doc = createPersianDocument({ size: [page.width, page.height], autoFirstPage: false });
  const letterhead = style.letterhead ? openImage(doc, style.letterhead) : null;
  const context: Context = { doc, page, letterhead, heights: new Map() };
  for (const letter of pages) drawLetter(context, letter);
  if (pages.length === 0) doc.addPage();
  return pdfBuffer(doc);
}
