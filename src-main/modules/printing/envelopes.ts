import { formatPostalCode, parsePostalCode } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { fitParagraph, withoutBlankLines } from './label-sheets';
import { createPersianDocument, drawParagraph, pdfBuffer, type ParagraphOptions } from './persian-layout';
import { mmToPt, toPoints, type Rect } from './units';

export interface EnvelopeFace {
  /** Multi-line. */
  sender: string;
  /** Multi-line, already merged. */
  recipient: string;
  /** 10 ASCII digits. */
  postalCode: string | null;
}

/** The Iran Post layout of an envelope's front, in millimetres from its top-left corner. */
export interface EnvelopeRegions {
  sender: Rect;
  recipient: Rect;
  /** Left empty for stamps or the franking machine. */
  stamp: Rect;
  /** Left empty for the post office's sorting barcode. */
  keepClear: Rect;
}

// Below this the four regions no longer hold a readable address (C6, 162 × 114, still fits).
const MIN_ENVELOPE = { widthMm: 140, heightMm: 90 };
const MIN_MARGIN_MM = 10;
const GUTTER_MM = 5;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Sender at the top left, stamp at the top right, recipient at the bottom right, the bottom left kept clear.
 * Proportions follow the envelope; margins and the stamp have floors and ceilings so that the blocks stay usable
 * from a C6 to a C4.
 */
export function envelopeRegions(widthMm: number, heightMm: number): EnvelopeRegions {
  if (!Number.isFinite(widthMm) || !Number.isFinite(heightMm) || widthMm <= heightMm) {
    throw new Error(`An envelope is printed landscape: its width must be more than its height (got ${widthMm} × ${heightMm} mm)`);
  }
  if (widthMm < MIN_ENVELOPE.widthMm || heightMm < MIN_ENVELOPE.heightMm) {
    throw new Error(`An envelope of ${widthMm} × ${heightMm} mm is too small for the Iran Post layout (at least ${MIN_ENVELOPE.widthMm} × ${MIN_ENVELOPE.heightMm} mm)`);
  }
  const margin = Math.max(MIN_MARGIN_MM, 0.06 * heightMm);
  const stampWidth = clamp(0.2 * widthMm, 35, 50);
  const stamp: Rect = { xMm: widthMm - margin - stampWidth, yMm: margin, widthMm: stampWidth, heightMm: clamp(0.3 * heightMm, 30, 40) };

  const recipientLeft = 0.42 * widthMm;
  const recipientTop = Math.max(0.45 * heightMm, stamp.yMm + stamp.heightMm + GUTTER_MM);
  const recipient: Rect = { xMm: recipientLeft, yMm: recipientTop, widthMm: widthMm - margin - recipientLeft, heightMm: heightMm - margin - recipientTop };

  const senderBottom = recipientTop - GUTTER_MM;
  const sender: Rect = { xMm: margin, yMm: margin, widthMm: Math.min(0.35 * widthMm, stamp.xMm - GUTTER_MM) - margin, heightMm: senderBottom - margin };

  // Out to the paper's edges: the sorting machine prints its barcode along the bottom edge.
  const keepClear: Rect = { xMm: 0, yMm: recipientTop, widthMm: recipientLeft - GUTTER_MM, heightMm: heightMm - recipientTop };
  return { sender, recipient, stamp, keepClear };
}

// Iran Post writes the code as ۱۲۳۴۵-۶۷۸۹۰: like every number in Persian text it runs left to right, so the
// first five digits are on the LEFT. Isolated left to right (LRI … PDI), the groups keep that order whatever
// surrounds them; «کد پستی:» reads first, at the right.
function postalCodeLine(code: string): string {
  if (!parsePostalCode(code).ok) throw new Error(`A postal code has 10 digits, not «${code}»`);
  return `کد پستی: \u2066${toPersianDigits(formatPostalCode(code))}\u2069`;
}

interface TypeSizes {
  sender: number;
  recipient: number;
  postalCode: number;
}

// Points, from the envelope's height: 9/13/15 on a DL, up to 11/16/18 on a C4.
function typeSizes(heightMm: number): TypeSizes {
  return {
    sender: clamp(heightMm * 0.08, 8, 11),
    recipient: clamp(heightMm * 0.12, 11, 16),
    postalCode: clamp(heightMm * 0.14, 12, 18),
  };
}

function drawFace(doc: PDFKit.PDFDocument, face: EnvelopeFace, regions: EnvelopeRegions, sizes: TypeSizes): void {
  const stamp = toPoints(regions.stamp);
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#b8bec6').rect(stamp.x, stamp.y, stamp.width, stamp.height).stroke().restore();
  doc.fillColor('black');

  const sender = toPoints(regions.sender);
  const senderText = withoutBlankLines(face.sender);
  const senderBase: ParagraphOptions = { x: sender.x, y: sender.y, width: sender.width, align: 'right' };
  const senderFit = senderText && fitParagraph(doc, senderText, senderBase, sender.height, sizes.sender, Math.min(sizes.sender, 7));
  if (senderFit) drawParagraph(doc, senderText, senderFit.options);

  // The postal code is the block's last line and is never dropped; the address above it shrinks first.
  const box = toPoints(regions.recipient);
  let bottom = box.y + box.height;
  if (face.postalCode !== null) {
    const line = postalCodeLine(face.postalCode);
    const base: ParagraphOptions = { x: box.x, y: 0, width: box.width, align: 'right', bold: true };
    const fit = fitParagraph(doc, line, base, box.height, sizes.postalCode, 10);
    if (fit) {
      bottom -= fit.height;
      drawParagraph(doc, line, { ...fit.options, y: bottom });
    }
  }
  const recipientText = withoutBlankLines(face.recipient);
  const base: ParagraphOptions = { x: box.x, y: 0, width: box.width, align: 'right' };
  const fit = recipientText && fitParagraph(doc, recipientText, base, bottom - box.y, sizes.recipient, Math.min(sizes.recipient, 8));
  // Bottom-aligned, so the address sits right above its postal code however many lines it has.
  if (fit) drawParagraph(doc, recipientText, { ...fit.options, y: bottom - fit.height });
}

/** Envelopes as a PDF: one per page, the page the size of the envelope, landscape. */
export async function renderEnvelopes(faces: EnvelopeFace[], widthMm: number, heightMm: number): Promise<Buffer> {
  const regions = envelopeRegions(widthMm, heightMm);
  const sizes = typeSizes(heightMm);
  const doc = createPersianDocument({ size: [mmToPt(widthMm), mmToPt(heightMm)], autoFirstPage: false });
  for (const face of faces) {
    doc.addPage();
    drawFace(doc, face, regions, sizes);
  }
  if (faces.length === 0) doc.addPage();
  return pdfBuffer(doc);
}
