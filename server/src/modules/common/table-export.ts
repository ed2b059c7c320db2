import type { Request, RequestHandler, Response } from 'express';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { identified } from '../access/http.js';
import type { Caller } from '../access/access.js';
import { DomainError, type FieldProblem } from './errors.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';

/*
 * The mechanics every download shares: a table is defined once (column id, header, type) and written either as
 * CSV or as a sheet of a streamed XLSX workbook with the same headers. Column headers are part of the API
 * (README, "Exports"); a test holds the README tables and the code to each other.
 */

/**
 * Text a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe (OWASP's rule against CSV injection), so that a comment like `=HYPERLINK(…)` stays text when a
 * donor opens the file. Only text is touched: numbers stay numbers.
 */
export function inertText<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * - text: any text, made inert;
 * - integer, decimal, money (2 decimals shown), percent (a fraction, 0.62 is 62 %): a JS number or an exact decimal
 *   string becomes a number cell (plain digits in CSV); other text (`rate missing`, `<5`) stays inert text;
 * - date: an ISO date, a date cell in XLSX and the ISO text in CSV;
 * - value: a number stays a number, text is inert text (a figure that may be a number or a word).
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'value';

export type Cell = string | number | null | undefined;

export interface Column<R> {
  /** Stable key, for code. */
  id: string;
  /** The header row's text; `<RC>` stands for the reporting currency. */
  header: string;
  type: ColumnType;
  value: (row: R) => Cell;
  width?: number;
  wrap?: boolean;
}

export interface Table<R> {
  /** Unique among all exports; the README documents the table under this id. */
  id: string;
  /** The XLSX sheet name. */
  sheet: string;
  columns: Column<R>[];
}

export interface Written<R> {
  table: Table<R>;
  rows: Iterable<R>;
  /** Rows drawn in bold (a total). */
  emphasis?: (row: R) => boolean;
}

const NUMERIC: ReadonlySet<ColumnType> = new Set(['integer', 'decimal', 'money', 'percent']);
const DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMATS: Partial<Record<ColumnType, string>> = { money: '#,##0.00', percent: '0.00%', date: 'yyyy-mm-dd' };

export const headerOf = (column: { header: string }, rc: string) => column.header.replace('<RC>', rc);
export const headersOf = (table: Table<never> | Table<any>, rc: string) => table.columns.map((c) => headerOf(c, rc));

/** A cell as XLSX holds it. A decimal of at most 15 significant digits (the API's bound on amounts) is exact as a double. */
function xlsxCell(type: ColumnType, v: Cell): string | number | Date | null {
  // An empty text is an empty cell.
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return type === 'text' || type === 'date' ? String(v) : v;
  if (NUMERIC.has(type) && DECIMAL.test(v)) return Number(v);
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return inertText(v);
}

/** A field of CSV: numbers in plain digits, text inert, quoted when it holds a comma, a quote or a line break. */
function csvField(type: ColumnType, v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : NUMERIC.has(type) && DECIMAL.test(v) ? v : String(inertText(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text with CRLF line ends, starting with a UTF-8 byte-order mark so that Excel reads it as UTF-8. */
export function csvOf<R>(table: Table<R>, rows: Iterable<R>, rc: string): string {
  const lines = [table.columns.map((c) => csvField('text', headerOf(c, rc))).join(',')];
  for (const row of rows) lines.push(table.columns.map((c) => csvField(c.type, c.value(row))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Writes one sheet into a streamed workbook: a bold, frozen header row, then the rows, each committed as written. */
export function writeSheet<R>(book: ExcelJS.stream.xlsx.WorkbookWriter, part: Written<R>, rc: string): void {
  const { table } = part;
  const sheet = book.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    width: c.width ?? (c.type === 'text' ? 30 : 14),
    style: { ...(FORMATS[c.type] ? { numFmt: FORMATS[c.type] } : {}), ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}) },
  }));
  // Headers can carry a period's label, which a manager names: inert like any text.
  const header = sheet.addRow(table.columns.map((c) => inertText(headerOf(c, rc))));
  header.font = { bold: true };
  header.commit();
  for (const r of part.rows) {
    const row = sheet.addRow(table.columns.map((c) => xlsxCell(c.type, c.value(r))));
    if (part.emphasis?.(r)) row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
}

/** An "About" sheet: what the file holds, as What / Value lines. */
export interface AboutLine {
  what: string;
  value: string;
}
export const ABOUT: Table<AboutLine> = {
  id: 'about',
  sheet: 'About',
  columns: [
    { id: 'what', header: 'What', type: 'text', value: (l) => l.what, width: 22 },
    { id: 'value', header: 'Value', type: 'text', value: (l) => l.value, width: 100, wrap: true },
  ],
};

/** A file name for Content-Disposition: letters, digits, `.`, `-` and `_` only, never empty, at most 120 characters. */
export function safeFileName(base: string, extension: 'csv' | 'xlsx'): string {
  const stem = base.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 120) || 'export';
  return `${stem}.${extension}`;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(res: Response, type: string, fileName: string) {
  res.setHeader('content-type', type);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.setHeader('cache-control', 'private, no-store');
}

export function sendCsv<R>(res: Response, base: string, table: Table<R>, rows: Iterable<R>, rc: string): void {
  attachment(res, 'text/csv; charset=utf-8', safeFileName(base, 'csv'));
  res.send(csvOf(table, rows, rc));
}

/** Streams a workbook of these sheets (and an optional About sheet) to the response. */
export async function sendXlsx(res: Response, base: string, parts: Written<any>[], rc: string, about?: AboutLine[]): Promise<void> {
  attachment(res, XLSX_TYPE, safeFileName(base, 'xlsx'));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  book.creator = 'Accord';
  for (const part of parts) writeSheet(book, part, rc);
  if (about) writeSheet(book, { table: ABOUT, rows: about }, rc);
  await book.commit();
}

/** A refusal in the API's error shape, with the invalid fields named. */
export function refuse(res: Response, status: number, code: string, message: string, fields: FieldProblem[] = []): void {
  const named = fields.length ? { field: fields[0].field, fields } : {};
  res.status(status).json({ errors: [{ message, extensions: { code, ...named } }] });
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };

/**
 * An export route: refuses a request without a caller (401), turns domain errors into coded refusals and a lost
 * database into 503, and never shows a stack. The work reads everything before its first byte, so that a failure
 * is still a coded error; a file cut short after that fails the connection rather than looking whole.
 */
export function exportRoute(log: Logger, what: string, work: (req: Request, res: Response, caller: Caller) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      const { caller } = identified(res);
      if (!caller) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
      await work(req, res, caller);
    } catch (err) {
      if (res.headersSent) {
        log.error({ err }, `${what} export failed while writing`);
        res.destroy();
      } else if (err instanceof DomainError) refuse(res, STATUS[err.code] ?? 400, err.code, err.message, err.fields);
      else if (isDatabaseUnavailable(err)) respondUnavailable(res);
      else {
        log.error({ err }, `${what} export failed`);
        refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      }
    }
  };
}

/** The format of a `….:format` route: csv or xlsx, anything else is not a file we serve. */
export function formatOf(req: Request, what: string, id: string): 'csv' | 'xlsx' {
  const format = String(req.params.format);
  if (format !== 'csv' && format !== 'xlsx') throw new DomainError('NOT_FOUND', `${what} ${id} has no ${format} export.`);
  return format;
}

// eslint-disable-next-line no-control-regex
export const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The query string of an export, checked as the GraphQL input with the same fields is checked: every parameter
 * known, given once, within its bounds. An empty value means no condition. Problems are collected, then refused
 * together as BAD_USER_INPUT naming each parameter.
 */
export class QueryParams {
  readonly problems: FieldProblem[] = [];

  constructor(
    private readonly query: Request['query'],
    known: string[],
  ) {
    for (const [field, raw] of Object.entries(query)) {
      if (!known.includes(field)) this.add(field, `${field} is not a parameter of this export.`);
      else if (typeof raw !== 'string') this.add(field, `${field} must be given once, as text.`);
    }
  }

  private add(field: string, message: string) {
    if (!this.problems.some((p) => p.field === field)) this.problems.push({ field, message });
  }

  private raw(field: string): string | null {
    const v = this.query[field];
    return typeof v === 'string' && v !== '' ? v : null;
  }

  text(field: string, max: number): string | undefined {
    const v = this.raw(field);
    if (v === null) return undefined;
    // PostgreSQL stores neither a NUL nor a lone surrogate.
    if (v.length > max || UNSTORABLE.test(v)) return void this.add(field, `${field} must be text of at most ${max} characters.`);
    return v;
  }

  id(field: string): string | undefined {
    const v = this.raw(field);
    if (v === null) return undefined;
    if (!UUID.test(v)) return void this.add(field, `${field} is not a valid id: a UUID is expected.`);
    return v;
  }

  date(field: string): string | undefined {
    const v = this.raw(field);
    if (v === null) return undefined;
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '1900-01-01' && v <= '2100-12-31' && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
    if (!ok) return void this.add(field, `${field} must be a date (YYYY-MM-DD) from 1900 to 2100.`);
    return v;
  }

  flag(field: string): boolean {
    const v = this.raw(field);
    if (v === null) return false;
    if (v !== 'true' && v !== 'false') this.add(field, `${field} must be true or false.`);
    return v === 'true';
  }

  oneOf<T extends string>(field: string, values: readonly T[], fallback: T): T {
    const v = this.raw(field);
    if (v === null) return fallback;
    if (!values.includes(v as T)) return (this.add(field, `${field} must be one of ${values.join(', ')}.`), fallback);
    return v as T;
  }

  /** Refuses the whole request when any parameter was wrong. */
  throwIfAny(): void {
    if (this.problems.length) throw new DomainError('BAD_USER_INPUT', this.problems.map((p) => p.message).join(' '), this.problems);
  }
}
