import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | Date | null;

export interface SheetData {
  sheetName: string;
  headers: string[];
  rows: Cell[][];
}

// exceljs gives rich text, formulas and hyperlinks as objects: reduce every cell to what a user sees.
function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return null;
  return String(value);
}

// The first worksheet; its first non-empty row holds the column titles.
export async function readFirstSheet(content: Buffer): Promise<SheetData> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { sheetName: '', headers: [], rows: [] };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1).map(plainValue));
  });
  const [headerRow = [], ...dataRows] = rows;
  const width = headerRow.length;
  return {
    sheetName: sheet.name,
    headers: headerRow.map((cell, index) => (cell === null ? `ستون ${index + 1}` : String(cell).trim())),
    rows: dataRows
      .map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null))
      .filter((row) => row.some((cell) => cell !== null && String(cell).trim() !== '')),
  };
}

export interface SheetColumn {
  header: string;
  width?: number;
  // 'text' keeps phone numbers and codes as strings (no lost leading zeros); 'date' writes real dates.
  type?: 'text' | 'number' | 'date';
}

// Excel refuses sheet names with * ? : \ / [ ] or longer than 31 characters (a Jalali date has slashes).
function safeSheetName(name: string): string {
  return [...name.replace(/[*?:\\/[\]]/g, '-')].slice(0, 31).join('').trim() || 'Sheet1';
}

// A right-to-left sheet with a bold, frozen header row.
export async function writeSheet(sheetName: string, columns: SheetColumn[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peyvand';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? 18,
    style: column.type === 'text' ? { numFmt: '@' } : column.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true, name: 'Vazirmatn' };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
