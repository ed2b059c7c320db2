import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { createReader } from '../../db/reader.js';
import { DomainError } from '../common/errors.js';
import { LIMIT } from '../common/limits.js';
import { exportRoute, formatOf, QueryParams, sendCsv, sendXlsx, UUID, type Table, type Written } from '../common/table-export.js';
import { getProject } from '../project/project.reads.js';
import { getProgramme } from '../programme/programme.reads.js';
import { financeOf, type FinanceRow } from './figures.reads.js';
import { listBudgets, listContributions, listTransactions, type Scope } from './finance.reads.js';
import type { TransactionFilter } from './finance.inputs.js';

/*
 * GET /exports/projects/:id/finance.csv|xlsx and /exports/programmes/:id/finance.csv|xlsx: the money records the
 * finance page shows the caller, as the GraphQL `budgets`, `contributions`, `transactions(filter:)` and
 * `finance { byDonor }` give them. A workbook holds one sheet per table; a CSV file holds one table, chosen with
 * `?table=`. A donor sees other donors' contributions and payments only summed, as "Other donors".
 */

interface Named {
  id: string;
  name: string;
  acronym: string | null;
}
interface Amount {
  amount: string;
  currency: string;
}
interface Converted {
  amount: string | null;
  rate: string | null;
  rateDate: string | null;
}

export interface BudgetExportRow {
  id: string;
  type: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  amount: Amount;
  converted: Converted;
  valueDate: string;
  output: { statement: string } | null;
  organisation: Named | null;
}

export interface ContributionExportRow {
  id: string;
  donor: Named;
  project: { title: string } | null;
  amount: Amount;
  converted: Converted;
  signedDate: string | null;
  periodStart: string;
  periodEnd: string;
  earmarking: string;
  status: string;
  description: string;
  paid: string;
}

export interface TransactionExportRow {
  id: string;
  type: string;
  typeName: string;
  transactionDate: string;
  valueDate: string;
  amount: Amount;
  converted: Converted;
  provider: Named | null;
  receiver: Named | null;
  receiverProject: { title: string } | null;
  description: string;
  output: { statement: string } | null;
  reversesId: string | null;
}

const MISSING = 'rate missing';
const converted = (c: Converted) => c.amount ?? MISSING;

export const BUDGETS: Table<BudgetExportRow> = {
  id: 'finance.budgets',
  sheet: 'Budgets',
  columns: [
    { id: 'id', header: 'Budget ID', type: 'text', value: (r) => r.id, width: 38 },
    { id: 'type', header: 'Type', type: 'text', value: (r) => r.type, width: 6 },
    { id: 'status', header: 'Status', type: 'text', value: (r) => r.status, width: 6 },
    { id: 'periodStart', header: 'Period start', type: 'date', value: (r) => r.periodStart, width: 13 },
    { id: 'periodEnd', header: 'Period end', type: 'date', value: (r) => r.periodEnd, width: 13 },
    { id: 'amount', header: 'Amount', type: 'money', value: (r) => r.amount.amount, width: 16 },
    { id: 'currency', header: 'Currency', type: 'text', value: (r) => r.amount.currency, width: 9 },
    { id: 'converted', header: 'Amount (<RC>)', type: 'money', value: (r) => converted(r.converted), width: 16 },
    { id: 'valueDate', header: 'Value date', type: 'date', value: (r) => r.valueDate, width: 13 },
    { id: 'output', header: 'Output', type: 'text', value: (r) => r.output?.statement, width: 40 },
    { id: 'organisation', header: 'Organisation', type: 'text', value: (r) => r.organisation?.name, width: 30 },
  ],
};

export const CONTRIBUTIONS: Table<ContributionExportRow> = {
  id: 'finance.contributions',
  sheet: 'Contributions',
  columns: [
    { id: 'id', header: 'Contribution ID', type: 'text', value: (r) => r.id, width: 38 },
    { id: 'donor', header: 'Donor', type: 'text', value: (r) => r.donor.name, width: 30 },
    { id: 'project', header: 'Project', type: 'text', value: (r) => r.project?.title ?? 'Pooled fund', width: 35 },
    { id: 'amount', header: 'Amount', type: 'money', value: (r) => r.amount.amount, width: 16 },
    { id: 'currency', header: 'Currency', type: 'text', value: (r) => r.amount.currency, width: 9 },
    { id: 'converted', header: 'Amount (<RC>)', type: 'money', value: (r) => converted(r.converted), width: 16 },
    { id: 'signedDate', header: 'Signed', type: 'date', value: (r) => r.signedDate, width: 13 },
    { id: 'periodStart', header: 'Period start', type: 'date', value: (r) => r.periodStart, width: 13 },
    { id: 'periodEnd', header: 'Period end', type: 'date', value: (r) => r.periodEnd, width: 13 },
    { id: 'earmarking', header: 'Earmarking', type: 'text', value: (r) => r.earmarking, width: 13 },
    { id: 'status', header: 'Status', type: 'text', value: (r) => r.status, width: 10 },
    { id: 'paid', header: 'Paid', type: 'money', value: (r) => r.paid, width: 16 },
    { id: 'description', header: 'Description', type: 'text', value: (r) => r.description, width: 40 },
  ],
};

export const TRANSACTIONS: Table<TransactionExportRow> = {
  id: 'finance.transactions',
  sheet: 'Transactions',
  columns: [
    { id: 'id', header: 'Transaction ID', type: 'text', value: (r) => r.id, width: 38 },
    { id: 'type', header: 'Type code', type: 'text', value: (r) => r.type, width: 6 },
    { id: 'typeName', header: 'Type', type: 'text', value: (r) => r.typeName, width: 20 },
    { id: 'transactionDate', header: 'Date', type: 'date', value: (r) => r.transactionDate, width: 13 },
    { id: 'valueDate', header: 'Value date', type: 'date', value: (r) => r.valueDate, width: 13 },
    { id: 'amount', header: 'Amount', type: 'money', value: (r) => r.amount.amount, width: 16 },
    { id: 'currency', header: 'Currency', type: 'text', value: (r) => r.amount.currency, width: 9 },
    { id: 'converted', header: 'Amount (<RC>)', type: 'money', value: (r) => converted(r.converted), width: 16 },
    { id: 'provider', header: 'Provider', type: 'text', value: (r) => r.provider?.name, width: 30 },
    { id: 'receiver', header: 'Receiver', type: 'text', value: (r) => r.receiver?.name, width: 30 },
    { id: 'receiverProject', header: 'For project', type: 'text', value: (r) => r.receiverProject?.title, width: 30 },
    { id: 'output', header: 'Output', type: 'text', value: (r) => r.output?.statement, width: 40 },
    { id: 'description', header: 'Description', type: 'text', value: (r) => r.description, width: 40 },
    { id: 'reversesId', header: 'Reverses', type: 'text', value: (r) => r.reversesId, width: 38 },
  ],
};

const total = (r: FinanceRow, figure: 'contributions' | 'pledged' | 'incomingCommitments' | 'received') => r.figures[figure].amount ?? MISSING;

export const DONORS: Table<FinanceRow> = {
  id: 'finance.donors',
  sheet: 'Donors',
  columns: [
    { id: 'key', header: 'Donor key', type: 'text', value: (r) => r.key, width: 38 },
    { id: 'label', header: 'Donor', type: 'text', value: (r) => r.label, width: 30 },
    { id: 'contributions', header: 'Contributions (<RC>)', type: 'money', value: (r) => total(r, 'contributions'), width: 18 },
    { id: 'pledged', header: 'Pledged (<RC>)', type: 'money', value: (r) => total(r, 'pledged'), width: 18 },
    { id: 'incomingCommitments', header: 'Incoming commitments (<RC>)', type: 'money', value: (r) => total(r, 'incomingCommitments'), width: 18 },
    { id: 'received', header: 'Received (<RC>)', type: 'money', value: (r) => total(r, 'received'), width: 18 },
  ],
};

const TABLES = ['transactions', 'budgets', 'contributions', 'donors'] as const;
type TableName = (typeof TABLES)[number];

/** The transaction filter of the finance page, as the GraphQL `TransactionFilter`. */
function transactionFilterOf(params: QueryParams): TransactionFilter {
  return { type: params.text('type', LIMIT.code), organisationId: params.id('organisationId'), from: params.date('from'), to: params.date('to') };
}

export function financeExport(orm: MikroORM, log: Logger, rc: string, owner: 'project' | 'programme'): RequestHandler {
  const What = owner === 'project' ? 'Project' : 'Programme';
  return exportRoute(log, `${owner} finance`, async (req, res, caller) => {
    const id = String(req.params.id);
    const format = formatOf(req, What, id);
    // A workbook holds every table; only a CSV file is of one table.
    const params = new QueryParams(req.query, [...(format === 'csv' ? ['table'] : []), 'type', 'organisationId', 'from', 'to']);
    const table: TableName = params.oneOf('table', TABLES, 'transactions');
    const filter = transactionFilterOf(params);
    if (owner === 'programme' && format === 'csv' && table === 'budgets') params.problems.push({ field: 'table', message: "A programme's budgets are its projects': export them per project." });
    params.throwIfAny();
    const em = orm.em.fork() as EntityManager;
    const access = new Access(caller, em);
    const reader = createReader(() => em);
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', `${What} ${id} was not found.`);
    // Not found for a record the caller may not read, as in GraphQL: ids cannot be probed.
    const record = owner === 'project' ? await getProject(reader, access, id) : await getProgramme(reader, access, id);
    const scope: Scope = owner === 'project' ? { projectId: id } : { programmeId: id };
    const wants = (t: TableName) => format === 'xlsx' || table === t;
    const [budgets, contributions, transactions, finance] = await Promise.all([
      owner === 'project' && wants('budgets') ? (listBudgets(reader, id, rc) as Promise<BudgetExportRow[]>) : [],
      wants('contributions') ? (listContributions(reader, access, scope, rc) as Promise<ContributionExportRow[]>) : [],
      wants('transactions') ? (listTransactions(reader, access, scope, filter, rc) as Promise<TransactionExportRow[]>) : [],
      wants('donors') ? financeOf(reader, access, scope, rc, new Set(['donor'])) : null,
    ]);
    const parts: Record<TableName, Written<any>> = {
      budgets: { table: BUDGETS, rows: budgets },
      contributions: { table: CONTRIBUTIONS, rows: contributions },
      transactions: { table: TRANSACTIONS, rows: transactions },
      donors: { table: DONORS, rows: finance?.byDonor ?? [] },
    };
    const label = record.iatiIdentifier;
    if (format === 'csv') return sendCsv(res, `finance-${table}-${label}`, parts[table].table, parts[table].rows, rc);
    const given = Object.entries(filter).filter(([, v]) => v !== undefined);
    await sendXlsx(res, `finance-${label}`, owner === 'project' ? TABLES.map((t) => parts[t]) : [parts.transactions, parts.contributions, parts.donors], rc, [
      { what: owner === 'project' ? 'Project' : 'Programme', value: record.title },
      { what: 'Reporting currency', value: rc },
      { what: 'Produced', value: new Date().toISOString().slice(0, 10) },
      { what: 'Transaction filters', value: given.length ? given.map(([k, v]) => `${k}=${v}`).join('; ') : 'none' },
      { what: 'Donors', value: 'Contributions and payments of donors you may not see one by one are summed as "Other donors".' },
      { what: MISSING, value: 'An amount whose record lacks an exchange rate into the reporting currency is left out rather than counted as 0.' },
    ]);
  });
}
