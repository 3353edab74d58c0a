import { createPersianDocument, drawParagraph, measureParagraph, pdfBuffer, type ParagraphOptions } from './persian-layout';
import { mmToPt, toPoints, type Rect } from './units';

export interface LabelSheetSpec {
  pageWidthMm: number;
  pageHeightMm: number;
  rows: number;
  columns: number;
  labelWidthMm: number;
  labelHeightMm: number;
  /** From the page's top edge to the first row's top. */
  topMm: number;
  /** From the page's right edge to the first (rightmost) column's right edge. */
  rightMm: number;
  gapXMm: number;
  gapYMm: number;
  paddingMm: number;
  fontSize: number;
  /** Printer calibration: everything moves by this much, + = right / down. */
  dxMm: number;
  dyMm: number;
}

/** One label on a sheet: its top-left corner from the page's top-left, calibration applied. */
export interface LabelBox extends Rect {
  /** 0-based sheet. */
  page: number;
}

export interface FittedParagraph {
  options: ParagraphOptions;
  /** Points used by the lines that are drawn. */
  height: number;
}

// Sheet makers round their measurements to a tenth of a millimetre: a grid that overshoots the page by that
// rounding is still a real sheet.
const TOLERANCE_MM = 0.05;
const MIN_FONT = 6;
const SHRINK_STEP = 0.5;
// Vazirmatn's line box already leaves room for Persian marks above and below; lines need no extra gap.
const LINE_GAP = 0;

// Most labels fit unwrapped at the first size. Checking that with pdfkit's cached word widths (the metric the
// layout module wraps by) spares each label a second bidi layout, about a fifth of the time of 1,000 labels.
function unwrappedHeight(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions): number | null {
  // Measuring an empty line also selects the paragraph's font and size for widthOfString.
  const lineHeight = measureParagraph(doc, '', options);
  const lines = text.split(/\r?\n/);
  const space = doc.widthOfString(' ');
  for (const line of lines) {
    const words = line.match(/\S+/g) ?? [];
    const width = words.reduce((sum, word) => sum + doc.widthOfString(word), Math.max(0, words.length - 1) * space);
    if (width > options.width) return null;
  }
  return lines.length * lineHeight;
}

/**
 * The largest font size from maxSize down to minSize at which all of the text fits in width × height (points);
 * at minSize the trailing lines that do not fit are dropped. Null when not even one line fits.
 */
export function fitParagraph(
  doc: PDFKit.PDFDocument,
  text: string,
  base: Omit<ParagraphOptions, 'fontSize' | 'maxLines'>,
  height: number,
  maxSize: number,
  minSize: number,
): FittedParagraph | null {
  const gap = base.lineGap ?? LINE_GAP;
  for (let size = maxSize; ; size = Math.max(minSize, size - SHRINK_STEP)) {
    const options = { ...base, lineGap: gap, fontSize: size };
    const used = unwrappedHeight(doc, text, options) ?? measureParagraph(doc, text, options);
    // The gap under the last line is not ink: it may hang below the box.
    if (used - gap <= height) return { options, height: used - gap };
    if (size <= minSize) break;
  }
  const options = { ...base, lineGap: gap, fontSize: minSize };
  const lineHeight = measureParagraph(doc, '', options);
  const lines = Math.floor((height + gap) / lineHeight);
  if (lines < 1) return null;
  return { options: { ...options, maxLines: lines }, height: lines * lineHeight - gap };
}

function checkSpec(spec: LabelSheetSpec): void {
  const problems: string[] = [];
  const positive = ['pageWidthMm', 'pageHeightMm', 'labelWidthMm', 'labelHeightMm', 'fontSize'] as const;
  const nonNegative = ['topMm', 'rightMm', 'gapXMm', 'gapYMm', 'paddingMm'] as const;
  for (const key of positive) if (!Number.isFinite(spec[key]) || spec[key] <= 0) problems.push(`${key} must be a positive number`);
  for (const key of nonNegative) if (!Number.isFinite(spec[key]) || spec[key] < 0) problems.push(`${key} must be zero or more`);
  for (const key of ['dxMm', 'dyMm'] as const) if (!Number.isFinite(spec[key])) problems.push(`${key} must be a number`);
  for (const key of ['rows', 'columns'] as const) if (!Number.isInteger(spec[key]) || spec[key] < 1) problems.push(`${key} must be a whole number of at least 1`);
  if (problems.length === 0) {
    const width = spec.rightMm + spec.columns * spec.labelWidthMm + (spec.columns - 1) * spec.gapXMm;
    const height = spec.topMm + spec.rows * spec.labelHeightMm + (spec.rows - 1) * spec.gapYMm;
    if (width > spec.pageWidthMm + TOLERANCE_MM) {
      problems.push(`${spec.columns} columns of ${spec.labelWidthMm} mm with ${spec.gapXMm} mm gaps, ${spec.rightMm} mm from the right edge, need ${round(width)} mm but the page is ${spec.pageWidthMm} mm wide`);
    }
    if (height > spec.pageHeightMm + TOLERANCE_MM) {
      problems.push(`${spec.rows} rows of ${spec.labelHeightMm} mm with ${spec.gapYMm} mm gaps, ${spec.topMm} mm from the top edge, need ${round(height)} mm but the page is ${spec.pageHeightMm} mm high`);
    }
    if (2 * spec.paddingMm >= Math.min(spec.labelWidthMm, spec.labelHeightMm)) {
      problems.push(`a padding of ${spec.paddingMm} mm leaves no room for text on a ${spec.labelWidthMm} × ${spec.labelHeightMm} mm label`);
    }
  }
  if (problems.length) throw new Error(`Label sheet layout does not fit: ${problems.join('; ')}`);
}

function round(mm: number): number {
  return Math.round(mm * 100) / 100;
}

/**
 * Where each of `count` labels goes: right to left from the top-right label, row after row, skipping the first
 * startAt − 1 labels of the first sheet (already used), on as many sheets as needed.
 */
export function labelBoxes(spec: LabelSheetSpec, count: number, startAt: number): LabelBox[] {
  checkSpec(spec);
  const perSheet = spec.rows * spec.columns;
  if (!Number.isInteger(startAt) || startAt < 1 || startAt > perSheet) {
    throw new Error(`The first free label must be between 1 and ${perSheet} (the labels on one sheet), not ${startAt}`);
  }
  if (!Number.isInteger(count) || count < 0) throw new Error(`The number of labels must be a whole number, not ${count}`);
  const boxes: LabelBox[] = [];
  for (let i = 0; i < count; i++) {
    const position = startAt - 1 + i;
    const slot = position % perSheet;
    const row = Math.floor(slot / spec.columns);
    const column = slot % spec.columns;
    const rightEdge = spec.pageWidthMm - spec.rightMm - column * (spec.labelWidthMm + spec.gapXMm);
    boxes.push({
      page: Math.floor(position / perSheet),
      xMm: rightEdge - spec.labelWidthMm + spec.dxMm,
      yMm: spec.topMm + row * (spec.labelHeightMm + spec.gapYMm) + spec.dyMm,
      widthMm: spec.labelWidthMm,
      heightMm: spec.labelHeightMm,
    });
  }
  return boxes;
}

/** Merged text without the blank lines that merge fields left empty leave behind: a label has few lines to spare. */
export function withoutBlankLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Label sheets as a PDF: each label's lines right-aligned inside its padding, shrunk (or cut) to fit. */
export async function renderLabels(labels: string[], spec: LabelSheetSpec, startAt: number): Promise<Buffer> {
  const boxes = labelBoxes(spec, labels.length, startAt);
  const doc = createPersianDocument({ size: [mmToPt(spec.pageWidthMm), mmToPt(spec.pageHeightMm)], autoFirstPage: false });
  // A label much smaller than its neighbours looks like a misprint: past 70 % of the size, lines go instead.
  const minSize = Math.min(spec.fontSize, Math.max(MIN_FONT, spec.fontSize * 0.7));
  let page = -1;
  boxes.forEach((box, i) => {
    while (page < box.page) {
      doc.addPage();
      page++;
    }
    const text = withoutBlankLines(labels[i]!);
    if (!text) return;
    const padding = spec.paddingMm;
    const inner = toPoints({ xMm: box.xMm + padding, yMm: box.yMm + padding, widthMm: box.widthMm - 2 * padding, heightMm: box.heightMm - 2 * padding });
    const fit = fitParagraph(doc, text, { x: inner.x, y: inner.y, width: inner.width, align: 'right' }, inner.height, spec.fontSize, minSize);
    // Centred vertically: a short address would otherwise hug the label's top edge.
    if (fit) drawParagraph(doc, text, { ...fit.options, y: inner.y + (inner.height - fit.height) / 2 });
  });
  if (page < 0) doc.addPage();
  return pdfBuffer(doc);
}
