import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { InvalidInput } from '../common/errors.js';

/**
 * Reads the first sheet of an uploaded .xlsx or .csv into text: the first row names the columns, every
 * later row is one list of cell texts. Nothing is interpreted here (dates stay ISO text, amounts stay the
 * digits the file holds); the client maps the columns and the import mutation checks the values.
 */
export interface Sheet {
  columns: string[];
  rows: string[][];
}

export const SPREADSHEET_LIMITS = {
  /** Base64 text of the file. The GraphQL body is parsed up to 1 MB, so a larger file could never arrive. */
  base64Characters: 1_000_000,
  fileName: 200,
  rows: 5_000,
  columns: 100,
  cellCharacters: 2_000,
} as const;

/** The decoded size that base64 limit allows: 3 bytes for every 4 characters. */
export const MAX_FILE_BYTES = (SPREADSHEET_LIMITS.base64Characters / 4) * 3;

const refuse = (field: string, message: string) => new InvalidInput([{ field, message }], message.charAt(0).toUpperCase() + message.slice(1) + '.');

export async function readSpreadsheet(fileName: string, contentBase64: string): Promise<Sheet> {
  const kind = /\.(xlsx|csv)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (!kind) throw refuse('fileName', 'only .xlsx and .csv files can be read');
  const base64 = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) throw refuse('contentBase64', 'the content is not base64 text');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw refuse('contentBase64', `the file is larger than ${Math.floor(MAX_FILE_BYTES / 1000)} kB`);
  if (!bytes.length) throw refuse('contentBase64', 'the file is empty');
  const table = kind === 'csv' ? parseCsv(decodeText(bytes)) : await readXlsx(bytes);
  return toSheet(table);
}

function toSheet(table: string[][]): Sheet {
  // Trailing blank rows are formatting, not data; blank rows in between keep their place so row numbers match the file.
  while (table.length && table[table.length - 1].every((c) => !c.trim())) table.pop();
  if (!table.length) throw refuse('contentBase64', 'the file has no rows: the first row should name the columns');
  if (table.length - 1 > SPREADSHEET_LIMITS.rows) throw refuse('contentBase64', `the file has ${table.length - 1} rows; at most ${SPREADSHEET_LIMITS.rows} can be read at once`);
  const width = Math.max(...table.map((r) => r.length));
  if (width > SPREADSHEET_LIMITS.columns) throw refuse('contentBase64', `the file has ${width} columns; at most ${SPREADSHEET_LIMITS.columns} can be read`);
  for (const [i, row] of table.entries()) {
    if (row.some((c) => c.length > SPREADSHEET_LIMITS.cellCharacters)) throw refuse('contentBase64', `row ${i + 1} has a cell longer than ${SPREADSHEET_LIMITS.cellCharacters} characters`);
  }
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  const columns = pad(table[0]).map((c, i) => c.trim() || `Column ${i + 1}`);
  return { columns, rows: table.slice(1).map(pad) };
}

/** UTF-8 (with or without a byte-order mark); files that are not, as Excel often writes them, as Windows-1252. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180, with the delimiter (comma, semicolon or tab) taken from the header line. */
export function parseCsv(text: string): string[][] {
  if (text.includes('\0')) throw refuse('contentBase64', 'the file is not text: a .csv file must be plain text');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (cell += ch), i++;
      continue;
    }
    if (ch === '"' && cell === '') (quoted = true), i++;
    else if (ch === delimiter) row.push(cell), (cell = ''), i++;
    else if (ch === '\n' || ch === '\r') {
      row.push(cell), rows.push(row), (row = []), (cell = '');
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (rows.length > SPREADSHEET_LIMITS.rows + 1) throw refuse('contentBase64', `the file has more than ${SPREADSHEET_LIMITS.rows} rows; at most ${SPREADSHEET_LIMITS.rows} can be read at once`);
    } else (cell += ch), i++;
  }
  if (quoted) throw refuse('contentBase64', `the CSV file is malformed: a quoted cell that starts on line ${rows.length + 1} is never closed`);
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('contentBase64', 'the file could not be read as an Excel workbook (.xlsx)');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse('contentBase64', 'the workbook has no sheet');
  if (sheet.rowCount > SPREADSHEET_LIMITS.rows + 1) throw refuse('contentBase64', `the sheet has ${sheet.rowCount - 1} rows; at most ${SPREADSHEET_LIMITS.rows} can be read at once`);
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, SPREADSHEET_LIMITS.columns + 1); c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

/** A cell as text: dates as ISO dates, numbers in plain decimal notation, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A number cell holds the digits Excel wrote; printed plainly, never in exponent notation.
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value).toFixed() : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value.trim();
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text ?? '').trim();
  if ('error' in value) return String(value.error);
  return '';
}
