import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExportFormat } from '../../../src-shared/api/parties';
import { writeSheet, type Cell, type SheetColumn } from './spreadsheet';

export interface ExportColumn extends SheetColumn {
  // An ASCII name for XML elements and machine readers.
  key: string;
}

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

export interface ExportedFile {
  mimeType: string;
  extension: string;
  content: Buffer;
}

const FONT = 'Vazirmatn';

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function csv(table: ExportTable): Buffer {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [table.columns.map((column) => column.header), ...table.rows.map((row) => row.map(cellText))];
  // The BOM makes Excel read the file as UTF-8 instead of the Windows code page.
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
}

function html(table: ExportTable): Buffer {
  const head = table.columns.map((column) => `<th>${escapeMarkup(column.header)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeMarkup(cellText(cell))}</td>`).join('')}</tr>`)
    .join('\n');
  return Buffer.from(
    `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${escapeMarkup(table.title)}</title>
<style>body{font-family:Vazirmatn,Tahoma,sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;text-align:start}</style>
</head><body><h1>${escapeMarkup(table.title)}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>
`,
    'utf8',
  );
}

function xml(table: ExportTable): Buffer {
  const rows = table.rows
    .map((row) => `  <row>${row.map((cell, index) => `<${table.columns[index]!.key}>${escapeMarkup(cellText(cell))}</${table.columns[index]!.key}>`).join('')}</row>`)
    .join('\n');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<rows title="${escapeMarkup(table.title)}">\n${rows}\n</rows>\n`, 'utf8');
}

function rtlParagraph(text: string, bold = false): Paragraph {
  return new Paragraph({
    bidirectional: true,
    alignment: AlignmentType.START,
    children: [new TextRun({ text, bold, rightToLeft: true, font: FONT })],
  });
}

async function docx(table: ExportTable): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((column) => new TableCell({ children: [rtlParagraph(column.header, true)] })),
  });
  const body = table.rows.map(
    (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [rtlParagraph(cellText(cell))] })) }),
  );
  const document = new Document({
    creator: 'Peyvand',
    title: table.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          rtlParagraph(table.title, true),
          new Table({ visuallyRightToLeft: true, width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

export async function exportTable(format: ExportFormat, table: ExportTable): Promise<ExportedFile> {
  switch (format) {
    case 'xlsx':
      return {
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        content: await writeSheet(table.title.slice(0, 31), table.columns, table.rows),
      };
    case 'docx':
      return {
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        content: await docx(table),
      };
    case 'csv':
      return { mimeType: 'text/csv; charset=utf-8', extension: 'csv', content: csv(table) };
    case 'html':
      return { mimeType: 'text/html; charset=utf-8', extension: 'html', content: html(table) };
    case 'xml':
      return { mimeType: 'application/xml; charset=utf-8', extension: 'xml', content: xml(table) };
  }
}
