import bwipjs from 'bwip-js/node';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { createPersianDocument, drawParagraph, measureParagraph, pdfBuffer, type ParagraphOptions } from './persian-layout';

export interface MembershipCardFace {
  name: string;
  membershipNumber: string;
  cardCode: string;
  tierName: string | null;
  // '#rrggbb'
  tierColour: string | null;
  // Already Jalali in Persian digits, e.g. «۱۴۰۵/۰۸/۲۳».
  joinedOn: string;
  // JPEG or PNG.
  photo?: Buffer | null;
}

export interface CardSheetOptions {
  officeName: string;
  barcode: 'code128' | 'qr';
  paper: 'cr80' | 'a4';
}

const MM = 72 / 25.4;
const CR80 = { width: 85.6 * MM, height: 53.98 * MM };
const A4 = { width: 595.28, height: 841.89 };
const SHEET = { columns: 2, rows: 5 };

const MARGIN = 11;
const BAND = 4;
// Barcode pixels print as whole dots at 300 and 600 dpi, so bars keep equal widths.
const DOT = 72 / 300;
const CODE128_WIDTH = 75;
const CODE128_HEIGHT = 30;
const QR_SIZE = 46;
const MAX_BARCODE_WIDTH = CR80.width * 0.45;
// Blank space beside the symbol: 10 modules for Code 128, 5 for QR.
const QUIET_PIXELS = 10;
const PHOTO = { width: 42, height: 52 };
const CAPTION_WIDTH = 46;
const CHIP = { width: 9, height: 7 };
const CODE_FONT = 7;
const ROW_HEIGHT = 14;
const INK = '#1d2733';
const MUTED = '#5f6b78';
const DEFAULT_ACCENT = '#2f5d8a';
const CUT_MARK = { length: 10, offset: 3 };

interface Barcode {
  png: Buffer;
  width: number;
  height: number;
  quietZone: number;
}

async function renderBarcode(code: string, kind: CardSheetOptions['barcode']): Promise<Barcode> {
  // Few pixels, each placed as a whole number of dots: printers then draw sharp edges instead of resampling.
  const symbol = kind === 'qr' ? { bcid: 'qrcode' } : { bcid: 'code128', height: 1 };
  // An opaque background spares the PDF a transparency mask per barcode.
  const png = await bwipjs.toBuffer({ ...symbol, text: code, scale: 1, backgroundcolor: 'FFFFFF' });
  const pixels = png.readUInt32BE(16);
  // bwip-js draws a QR module as 2 pixels, a Code 128 module as 1: either way no bar narrower than 2 dots.
  const dots = Math.max(kind === 'qr' ? 1 : 2, Math.floor((kind === 'qr' ? QR_SIZE : CODE128_WIDTH) / pixels / DOT));
  // A very long code is squeezed rather than pushed off the card.
  const pixel = Math.min(dots * DOT, MAX_BARCODE_WIDTH / pixels);
  const width = pixels * pixel;
  return { png, width, height: kind === 'qr' ? width : CODE128_HEIGHT, quietZone: QUIET_PIXELS * pixel };
}

// The largest font size from maxSize down to minSize at which the whole text fits in its maxLines and maxHeight.
function fitted(doc: PDFKit.PDFDocument, text: string, base: ParagraphOptions, maxSize: number, minSize: number, maxHeight: number): ParagraphOptions | null {
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    const options = { ...base, fontSize: size };
    const height = measureParagraph(doc, text, { ...options, maxLines: undefined });
    if (height === measureParagraph(doc, text, options) && height <= maxHeight) return options;
  }
  return null;
}

// Text that does not fit even at minSize is cut at its maxLines.
function fittedOrCut(doc: PDFKit.PDFDocument, text: string, base: ParagraphOptions, maxSize: number, minSize: number, maxHeight: number): ParagraphOptions {
  return fitted(doc, text, base, maxSize, minSize, maxHeight) ?? { ...base, fontSize: minSize };
}

function drawPhoto(doc: PDFKit.PDFDocument, photo: Buffer, x: number, y: number): void {
  doc.save();
  doc.roundedRect(x, y, PHOTO.width, PHOTO.height, 3).clip();
  try {
    doc.image(photo, x, y, { cover: [PHOTO.width, PHOTO.height], align: 'center', valign: 'center' });
  } catch {
    // An unreadable photo leaves its corner empty instead of failing a whole batch of cards.
    return;
  } finally {
    doc.restore();
  }
  doc.roundedRect(x, y, PHOTO.width, PHOTO.height, 3).lineWidth(0.5).stroke('#c5ccd4');
}

// Draws one card with its top-left corner at (left, top); pdfkit coordinates run left to right, the card right to left.
function drawCard(doc: PDFKit.PDFDocument, card: MembershipCardFace, barcode: Barcode, officeName: string, left: number, top: number): void {
  const { width: W, height: H } = CR80;
  const accent = card.tierColour ?? DEFAULT_ACCENT;
  doc.rect(left, top, W, BAND).fill(accent);

  // Left column: photo at the top, barcode with its code at the bottom.
  if (card.photo) drawPhoto(doc, card.photo, left + MARGIN, top + BAND + 6);
  const codeHeight = measureParagraph(doc, '0', { x: 0, y: 0, width: barcode.width, fontSize: CODE_FONT, lineGap: 0 });
  const barcodeTop = top + H - MARGIN - codeHeight - barcode.height;
  doc.image(barcode.png, left + MARGIN, barcodeTop, { width: barcode.width, height: barcode.height });
  doc.fillColor(INK);
  const code: ParagraphOptions = { x: left + MARGIN, y: barcodeTop + barcode.height, width: barcode.width, lineGap: 0, maxLines: 1, direction: 'auto', align: 'center' };
  drawParagraph(doc, card.cardCode, fittedOrCut(doc, card.cardCode, code, CODE_FONT, 4, codeHeight));

  // Right column: everything reads from the right edge.
  const right = left + W - MARGIN;
  const textLeft = left + MARGIN + Math.max(barcode.width, card.photo ? PHOTO.width : 0) + Math.max(MARGIN, barcode.quietZone);
  const column: ParagraphOptions = { x: textLeft, y: 0, width: right - textLeft, maxLines: 1, lineGap: 0 };
  doc.fillColor(MUTED);
  let y = top + BAND + 5;
  const office = fittedOrCut(doc, officeName, { ...column, y, bold: true }, 8, 6, 13);
  y += drawParagraph(doc, officeName, office) + 2;
  doc.moveTo(textLeft, y).lineTo(right, y).lineWidth(0.5).stroke('#d5dbe1');

  const rows: [string, string][] = [['شمارهٔ عضویت', toPersianDigits(card.membershipNumber)]];
  if (card.tierName) rows.push(['سطح', card.tierName]);
  rows.push(['عضویت از', card.joinedOn]);
  const rowsTop = top + H - MARGIN - rows.length * ROW_HEIGHT;

  const nameTop = y + 5;
  const nameSpace = rowsTop - nameTop - 4;
  // A name shrinks a little to stay on one line before it wraps to two.
  const name: ParagraphOptions = { ...column, y: nameTop, bold: true };
  const nameOptions = fitted(doc, card.name, name, 15, 12, nameSpace) ?? fittedOrCut(doc, card.name, { ...name, maxLines: 2, lineGap: -4 }, 15, 8, nameSpace);
  doc.fillColor(INK);
  drawParagraph(doc, card.name, nameOptions);

  const valueRight = right - CAPTION_WIDTH - CHIP.width - 4;
  rows.forEach(([caption, value], i) => {
    const rowY = top + H - MARGIN - (rows.length - i) * ROW_HEIGHT;
    doc.fillColor(MUTED);
    drawParagraph(doc, caption, { x: right - CAPTION_WIDTH, y: rowY + 2, width: CAPTION_WIDTH, fontSize: 7, maxLines: 1, lineGap: 0 });
    if (caption === 'سطح') {
      doc.roundedRect(valueRight + 2, rowY + (ROW_HEIGHT - CHIP.height) / 2 + 1, CHIP.width, CHIP.height, 2).fill(accent);
    }
    doc.fillColor(INK);
    const valueOptions: ParagraphOptions = { x: textLeft, y: rowY, width: valueRight - textLeft, maxLines: 1, lineGap: 0, bold: true };
    drawParagraph(doc, value, fittedOrCut(doc, value, valueOptions, 9, 6, ROW_HEIGHT));
  });
  doc.fillColor('black');
}

function drawCutMarks(doc: PDFKit.PDFDocument, left: number, top: number): void {
  const { width: W, height: H } = CR80;
  const right = left + SHEET.columns * W;
  const bottom = top + SHEET.rows * H;
  const { length, offset } = CUT_MARK;
  doc.lineWidth(0.3).strokeColor('#777777');
  for (let c = 0; c <= SHEET.columns; c++) {
    const x = left + c * W;
    doc.moveTo(x, top - offset - length).lineTo(x, top - offset).stroke();
    doc.moveTo(x, bottom + offset).lineTo(x, bottom + offset + length).stroke();
  }
  for (let r = 0; r <= SHEET.rows; r++) {
    const y = top + r * H;
    doc.moveTo(left - offset - length, y).lineTo(left - offset, y).stroke();
    doc.moveTo(right + offset, y).lineTo(right + offset + length, y).stroke();
  }
}

/** Membership cards as a PDF: one CR80 page per card, or ten to an A4 sheet with cut marks. */
export async function renderMembershipCards(cards: MembershipCardFace[], options: CardSheetOptions): Promise<Buffer> {
  const barcodes = await Promise.all(cards.map((card) => renderBarcode(card.cardCode, options.barcode)));
  const cr80 = options.paper === 'cr80';
  const doc = createPersianDocument({ size: cr80 ? [CR80.width, CR80.height] : [A4.width, A4.height], autoFirstPage: false });
  const perSheet = SHEET.columns * SHEET.rows;
  const sheetLeft = (A4.width - SHEET.columns * CR80.width) / 2;
  const sheetTop = (A4.height - SHEET.rows * CR80.height) / 2;

  cards.forEach((card, i) => {
    if (cr80) {
      doc.addPage();
      drawCard(doc, card, barcodes[i]!, options.officeName, 0, 0);
      return;
    }
    const slot = i % perSheet;
    if (slot === 0) {
      doc.addPage();
      drawCutMarks(doc, sheetLeft, sheetTop);
    }
    // Right to left from the top-right corner.
    const column = SHEET.columns - 1 - (slot % SHEET.columns);
    const row = Math.floor(slot / SHEET.columns);
    drawCard(doc, card, barcodes[i]!, options.officeName, sheetLeft + column * CR80.width, sheetTop + row * CR80.height);
  });
  if (cards.length === 0) doc.addPage();
  return pdfBuffer(doc);
}
