import type { FieldErrors } from '../../../apollo/errors';
import type { TransactionInput } from '../../../gql/graphql';
import type { OrganisationChoice } from './finance';
import { TRANSACTION_LABELS } from './transactionForm';

/**
 * Turning a read spreadsheet into transactions to import: which column holds what, how a cell becomes a
 * value, and how the server's refusals (`rows.3.currency`) are told as the row and column the user sees.
 */

export const IMPORT_FIELDS = [
  { key: 'transactionDate', label: 'Date', required: true, guesses: ['transaction date', 'date'] },
  { key: 'type', label: 'Type', required: true, guesses: ['transaction type', 'type'] },
  { key: 'amount', label: 'Amount', required: true, guesses: ['amount', 'value', 'sum'] },
  { key: 'currency', label: 'Currency', required: true, guesses: ['currency', 'ccy', 'cur'] },
  { key: 'provider', label: 'Provider', required: false, guesses: ['provider', 'from', 'payer'] },
  { key: 'receiver', label: 'Receiver', required: false, guesses: ['receiver', 'to', 'payee', 'recipient'] },
  { key: 'description', label: 'Description', required: false, guesses: ['description', 'purpose', 'details', 'note'] },
  { key: 'valueDate', label: 'Value date', required: false, guesses: ['value date'] },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
/** For each field, the index of the column that holds it, or null. */
export type ColumnMapping = Record<ImportField, number | null>;

/** The first spreadsheet row is the header, so data row i is row i + 2 of the file as the user sees it. */
export const sheetRowOf = (dataIndex: number) => dataIndex + 2;

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_.-]+/g, ' ');

/** Matches headers to fields by name, best guesses first, never one column for two fields. */
export function guessMapping(columns: string[]): ColumnMapping {
  const taken = new Set<number>();
  const mapping = {} as ColumnMapping;
  // Longer guesses first, so "value date" is not taken as the amount's "value".
  const order = [...IMPORT_FIELDS].sort((a, b) => Math.max(...b.guesses.map((g) => g.length)) - Math.max(...a.guesses.map((g) => g.length)));
  for (const field of order) {
    let found: number | null = null;
    for (const guess of field.guesses) {
      const i = columns.findIndex((c, idx) => !taken.has(idx) && norm(c) === guess);
      if (i >= 0) {
        found = i;
        break;
      }
    }
    if (found !== null) taken.add(found);
    mapping[field.key] = found;
  }
  return mapping;
}

const TYPE_NAMES: Record<string, string> = {
  'incoming commitment': '11',
  'incoming funds': '1',
  'outgoing commitment': '2',
  commitment: '2',
  disbursement: '3',
  expenditure: '4',
};

/** An IATI transaction type from a cell: its code ("4"), its name ("Expenditure") or both ("Expenditure (4)"). */
export function typeCode(cell: string): string | null {
  const text = norm(cell);
  if (['11', '1', '2', '3', '4'].includes(text)) return text;
  const code = /\((\d{1,2})\)$/.exec(text)?.[1];
  if (code && ['11', '1', '2', '3', '4'].includes(code)) return code;
  return TYPE_NAMES[text] ?? null;
}

/** Finds an organisation by its name, acronym or IATI organisation identifier, ignoring case. */
export function matchOrganisation(cell: string, organisations: OrganisationChoice[]): OrganisationChoice | null {
  const text = norm(cell);
  if (!text) return null;
  return (
    organisations.find((o) => norm(o.name) === text) ??
    organisations.find((o) => !!o.iatiRef && norm(o.iatiRef) === text) ??
    organisations.find((o) => !!o.acronym && norm(o.acronym) === text) ??
    null
  );
}

export interface PreparedRow {
  /** Row number in the file, header counted. */
  sheetRow: number;
  input: TransactionInput;
  /** Problems found before sending, by TransactionInput field. */
  problems: FieldErrors;
  providerName: string | null;
  receiverName: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Each non-blank data row as a transaction of the project, with what is wrong in it before the server sees it. */
export function prepareRows(rows: string[][], mapping: ColumnMapping, projectId: string, organisations: OrganisationChoice[]): PreparedRow[] {
  const prepared: PreparedRow[] = [];
  rows.forEach((row, index) => {
    if (row.every((c) => !c.trim())) return;
    const cell = (field: ImportField) => (mapping[field] === null ? '' : (row[mapping[field]!] ?? '').trim());
    const problems: FieldErrors = {};
    const problem = (field: string, message: string) => (problems[field] ??= []).push(message);

    const transactionDate = cell('transactionDate');
    if (!ISO_DATE.test(transactionDate)) problem('transactionDate', transactionDate ? `“${transactionDate}” is not a date as YYYY-MM-DD` : 'is empty');
    const valueDate = cell('valueDate');
    if (valueDate && !ISO_DATE.test(valueDate)) problem('valueDate', `“${valueDate}” is not a date as YYYY-MM-DD`);
    const type = typeCode(cell('type'));
    if (!type) problem('type', `“${cell('type')}” is not a transaction type: use 11, 1, 2, 3, 4 or their names`);
    // Thousands separators are a display habit; the amount itself is sent as the exact digits.
    const amount = cell('amount').replace(/[,\s\u00a0']/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(amount)) problem('amount', cell('amount') ? `“${cell('amount')}” is not an amount` : 'is empty');
    const orgs = (['provider', 'receiver'] as const).map((field) => {
      const text = cell(field);
      const found = matchOrganisation(text, organisations);
      if (text && !found) problem(`${field}Id`, `no organisation is named “${text}” (by name, acronym or IATI identifier)`);
      return found;
    });

    prepared.push({
      sheetRow: sheetRowOf(index),
      problems,
      providerName: orgs[0]?.name ?? null,
      receiverName: orgs[1]?.name ?? null,
      input: {
        projectId,
        type: type ?? cell('type'),
        transactionDate,
        valueDate: valueDate || null,
        amount,
        currency: cell('currency').toUpperCase(),
        providerId: orgs[0]?.id ?? null,
        receiverId: orgs[1]?.id ?? null,
        description: cell('description') || null,
      },
    });
  });
  return prepared;
}

export interface RowProblem {
  sheetRow: number;
  field: string;
  column: string;
  message: string;
}

const FIELD_OF_INPUT: Record<string, ImportField> = { providerId: 'provider', receiverId: 'receiver' };

/** Says where a problem is as the user sees the file: spreadsheet row and column header. */
function located(sheetRow: number, inputField: string, message: string, mapping: ColumnMapping, columns: string[]): RowProblem {
  const field = FIELD_OF_INPUT[inputField] ?? (inputField as ImportField);
  const column = mapping[field] !== undefined && mapping[field] !== null ? columns[mapping[field]!] : '';
  return { sheetRow, field: TRANSACTION_LABELS[inputField] ?? inputField, column, message };
}

export function localProblems(rows: PreparedRow[], mapping: ColumnMapping, columns: string[]): RowProblem[] {
  return rows.flatMap((r) => Object.entries(r.problems).flatMap(([f, messages]) => messages.map((m) => located(r.sheetRow, f, m, mapping, columns))));
}

/** The server's `rows.<i>.<field>` problems, where i counts the rows sent, as spreadsheet rows. */
export function serverProblems(fields: FieldErrors, sent: PreparedRow[], mapping: ColumnMapping, columns: string[]): RowProblem[] {
  return Object.entries(fields).flatMap(([path, messages]) => {
    const match = /^rows\.(\d+)\.(.+)$/.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!match || !row) return messages.map((message) => ({ sheetRow: 0, field: path, column: '', message }));
    return messages.map((message) => located(row.sheetRow, match[2], message, mapping, columns));
  });
}

export function describeProblem(p: RowProblem): string {
  const where = p.sheetRow ? `Row ${p.sheetRow}` : 'The file';
  const column = p.column ? ` (column “${p.column}”)` : '';
  return `${where}, ${p.field}${column}: ${p.message}`;
}
