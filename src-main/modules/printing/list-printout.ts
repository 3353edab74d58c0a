import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { createPersianDocument, drawParagraph, measureParagraph, pdfBuffer, type ParagraphOptions } from './persian-layout';

export interface PrintColumn {
  header: string;
  // Relative width; columns share the printable width in proportion.
  width?: number;
}

export interface ListPrintout {
  title: string;
  filterLine: string;
  // Already in Persian, e.g. «۱۴۰۳/۰۱/۰۵».
  printedOn: string;
  columns: PrintColumn[];
  rows: (string | null)[][];
}

// A4 landscape in points.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const PADDING = 4;
const CELL_FONT = 9;
const CELL_LINES = 3;
const FOOTER = 24;
const DEFAULT_WIDTH = 14;

interface Column {
  header: string;
  x: number;
  width: number;
}

// Columns run right to left: the first column sits at the right edge.
function placeColumns(columns: PrintColumn[]): Column[] {
  const inner = PAGE.width - 2 * MARGIN;
  const total = columns.reduce((sum, column) => sum + (column.width ?? DEFAULT_WIDTH), 0);
  let right = PAGE.width - MARGIN;
  return columns.map((column) => {
    const width = (inner * (column.width ?? DEFAULT_WIDTH)) / total;
    right -= width;
    return { header: column.header, x: right, width };
  });
}

// Paper shows Persian digits; Latin text such as e-mail addresses keeps its own digits.
function cellText(value: string | null): string {
  if (!value) return '';
  return /[A-Za-z]/.test(value) ? value : toPersianDigits(value);
}

export async function printList(list: ListPrintout): Promise<Buffer> {
  const doc = createPersianDocument({ size: 'A4', layout: 'landscape', bufferPages: true });
  const columns = placeColumns(list.columns);
  const cell = (column: Column, y: number, bold = false): ParagraphOptions => ({
    x: column.x + PADDING,
    y: y + PADDING,
    width: column.width - 2 * PADDING,
    fontSize: CELL_FONT,
    lineGap: 0,
    maxLines: CELL_LINES,
    direction: 'auto',
    bold,
  });
  const bottom = PAGE.height - MARGIN - FOOTER;

  const rowHeight = (values: string[], bold: boolean): number =>
    Math.max(...columns.map((column, i) => measureParagraph(doc, values[i]!, cell(column, 0, bold)))) + 2 * PADDING;

  const drawRow = (values: string[], y: number, height: number, bold: boolean): number => {
    if (bold) doc.rect(MARGIN, y, PAGE.width - 2 * MARGIN, height).fill('#e8e8e8').fillColor('black');
    columns.forEach((column, i) => {
      doc.save();
      doc.rect(column.x, y, column.width, height).clip();
      drawParagraph(doc, values[i]!, cell(column, y, bold));
      doc.restore();
      doc.rect(column.x, y, column.width, height).lineWidth(0.5).stroke('#888888');
    });
    return height;
  };

  const startPage = (first: boolean): number => {
    let y = MARGIN;
    const full: ParagraphOptions = { x: MARGIN, y, width: PAGE.width - 2 * MARGIN };
    if (first) {
      y += drawParagraph(doc, list.title, { ...full, fontSize: 16, bold: true });
      drawParagraph(doc, `تاریخ چاپ: ${list.printedOn}`, { ...full, y, fontSize: 10, align: 'left' });
      y += drawParagraph(doc, list.filterLine, { ...full, y, fontSize: 10, width: full.width * 0.7, x: PAGE.width - MARGIN - full.width * 0.7 });
      y += 6;
    }
    const headers = columns.map((column) => column.header);
    return y + drawRow(headers, y, rowHeight(headers, true), true);
  };

  let y = startPage(true);
  for (const row of list.rows) {
    const values = row.map(cellText);
    const height = rowHeight(values, false);
    if (y + height > bottom) {
      doc.addPage();
      y = startPage(false);
    }
    y += drawRow(values, y, height, false);
  }

  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const footer = `صفحه ${toPersianDigits(page - start + 1)} از ${toPersianDigits(count)}`;
    drawParagraph(doc, footer, { x: MARGIN, y: PAGE.height - MARGIN - FOOTER / 2, width: PAGE.width - 2 * MARGIN, fontSize: 9, align: 'center' });
  }
  return pdfBuffer(doc);
}
