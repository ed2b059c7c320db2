import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { FinanceTransaction } from './finance.entity.js';
import type { TransactionInput } from './finance.inputs.js';
import { amountOf, checkCurrency, exists, today } from './money.js';
import { convertedSql } from './finance.sql.js';

export const TRANSACTION_TYPES = ['11', '1', '2', '3', '4'];

/**
 * Checks one transaction as sent, naming each problem under `at` (`` for one, `rows.3.` for a row of an import),
 * and returns the record's fields. Nothing is written.
 */
async function prepare(tx: EntityManager, input: TransactionInput, problems: Problems, at: string, editing?: FinanceTransaction) {
  const f = (name: string) => `${at}${name}`;
  const owner = { programmeId: input.programmeId || null, projectId: input.projectId || null };
  if (!owner.programmeId === !owner.projectId) problems.add(f('projectId'), 'give either a programme or a project, not both and not neither');
  if (!TRANSACTION_TYPES.includes(input.type)) problems.add(f('type'), 'must be an IATI transaction type: 11, 1, 2, 3 or 4');
  const amount = amountOf(problems, f('amount'), input.amount);
  const currency = await checkCurrency(tx, problems, f('currency'), input.currency);
  if (input.transactionDate > today()) problems.add(f('transactionDate'), 'cannot be in the future');
  if (input.providerId && input.providerId === input.receiverId) problems.add(f('receiverId'), 'the receiver cannot also be the provider');
  for (const [field, id] of [['providerId', input.providerId], ['receiverId', input.receiverId]] as const) {
    if (id && !(await exists(tx, 'select 1 from organisation where id = ?', [id]))) problems.add(f(field), 'no such organisation');
  }
  if (owner.projectId && !(await exists(tx, 'select 1 from project where id = ?', [owner.projectId]))) problems.add(f('projectId'), 'no such project');
  if (owner.programmeId && !(await exists(tx, 'select 1 from programme where id = ?', [owner.programmeId]))) problems.add(f('programmeId'), 'no such programme');

  if (amount?.isNegative() && !input.reversesId) problems.add(f('amount'), 'a negative amount is only allowed for a reversal: give reversesId');
  if (input.reversesId) {
    const original = await tx.findOne(FinanceTransaction, { id: input.reversesId });
    if (!original || original.reverses || (original.programme?.id ?? null) !== owner.programmeId || (original.project?.id ?? null) !== owner.projectId) {
      problems.add(f('reversesId'), 'must be a transaction of the same programme or project that is not itself a reversal');
    } else {
      if (original.type !== input.type) problems.add(f('type'), 'a reversal has the type of the transaction it reverses');
      if (original.currency !== currency) problems.add(f('currency'), 'a reversal has the currency of the transaction it reverses');
      if (amount && !amount.isNegative()) problems.add(f('amount'), 'a reversal has a negative amount');
      else if (amount && amount.abs().greaterThan(original.amount)) problems.add(f('amount'), `a reversal takes back at most the ${original.amount} of the transaction it reverses`);
    }
  }
  if (input.outputId) {
    const [node] = await tx.execute(`select project_id, level from result_node where id = ?`, [input.outputId]);
    if (!node || node.level !== 'OUTPUT') problems.add(f('outputId'), 'is not a logframe output');
    else if (node.project_id !== owner.projectId) problems.add(f('outputId'), "the output belongs to another project's logframe");
  }
  if (input.receiverProjectId) {
    if (!owner.programmeId || input.type !== '3') problems.add(f('receiverProjectId'), "only a disbursement from a programme's fund names the project it is for");
    else if (!(await exists(tx, 'select 1 from project where id = ? and programme_id = ?', [input.receiverProjectId, owner.programmeId]))) {
      problems.add(f('receiverProjectId'), 'must be a project of the same programme');
    }
  }
  if (input.budgetId && !(await exists(tx, 'select 1 from budget where id = ? and project_id = ?', [input.budgetId, owner.projectId]))) {
    problems.add(f('budgetId'), 'must be a budget line of the same project');
  }
  if (input.contributionId) {
    if (!['11', '1'].includes(input.type)) problems.add(f('contributionId'), 'only incoming commitments and incoming funds pay in a contribution');
    else if (!(await exists(tx, 'select 1 from contribution where id = ? and (programme_id = ? or project_id = ?)', [input.contributionId, owner.programmeId, owner.projectId]))) {
      problems.add(f('contributionId'), 'must be a contribution to the same programme or project');
    }
  }
  if (editing && ((editing.programme?.id ?? null) !== owner.programmeId || (editing.project?.id ?? null) !== owner.projectId)) {
    problems.add(f('projectId'), 'a transaction stays with its programme or project');
  }
  return {
    programme: owner.programmeId,
    project: owner.projectId,
    type: input.type,
    transactionDate: input.transactionDate,
    valueDate: input.valueDate ?? input.transactionDate,
    amount: amount?.toFixed(2) ?? '0',
    currency,
    provider: input.providerId || null,
    receiver: input.receiverId || null,
    providerActivity: input.providerActivity?.trim() || null,
    receiverActivity: input.receiverActivity?.trim() || null,
    receiverProject: input.receiverProjectId || null,
    description: input.description?.trim() ?? '',
    output: input.outputId || null,
    budget: input.budgetId || null,
    contribution: input.contributionId || null,
    reverses: input.reversesId || null,
    advance: !!input.advance,
  };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

/**
 * A programme's fund cannot transfer more than it has received, in the reporting currency, unless a transfer is
 * marked as an advance. Checked after the change is written, inside its transaction, under a lock per programme
 * so that two transfers at once cannot both pass. A rate that is missing makes the check impossible: that is
 * said, rather than guessed.
 */
async function checkFundBalance(tx: EntityManager, programmeIds: Set<string>, reportingCurrency: string, field: (programmeId: string) => string) {
  const problems = new Problems();
  for (const programmeId of [...programmeIds].sort()) {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('fund:' || ?))`, [programmeId]);
    const [row] = await tx.execute(
      `select coalesce(sum(v) filter (where type = '1'), 0)::text as received,
              coalesce(sum(v) filter (where type = '3' and not advance), 0)::text as transferred,
              (array_agg(currency || ' on ' || value_date) filter (where v is null))[1] as missing
       from (select t.type, t.advance, t.currency, t.value_date, ${convertedSql('t.amount', 't.currency', 't.value_date', reportingCurrency)} as v
             from finance_transaction t where t.programme_id = ? and t.type in ('1', '3')) x`,
      [programmeId],
    );
    if (row.missing) problems.add(field(programmeId), `cannot compare the fund's transfers with what it received: there is no exchange rate for ${row.missing}; add the rate, or mark the transfer as an advance`);
    else if (new Decimal(row.transferred).greaterThan(row.received)) {
      problems.add(field(programmeId), `the fund would transfer ${row.transferred} ${reportingCurrency} but has received ${row.received} ${reportingCurrency}; mark the transfer as an advance if it is one`);
    }
  }
  problems.throwIfAny();
}

const isTransfer = (p: Prepared) => !!p.programme && p.type === '3' && !p.advance;

export async function createTransaction(em: EntityManager, input: TransactionInput, reportingCurrency: string): Promise<FinanceTransaction> {
  return (await importTransactions(em, [input], reportingCurrency, ''))[0];
}

/**
 * Records several transactions in one transaction: all of them, or none when any row is refused. Problems are
 * named per row (`rows.<i>.<field>`, or the field alone when `at` is '').
 */
export async function importTransactions(em: EntityManager, inputs: TransactionInput[], reportingCurrency: string, at = 'rows'): Promise<FinanceTransaction[]> {
  return em.transactional(async (tx) => {
    const problems = new Problems();
    const prefix = (i: number) => (at ? `${at}.${i}.` : '');
    const prepared = [];
    for (const [i, input] of inputs.entries()) prepared.push(await prepare(tx, input, problems, prefix(i)));
    problems.throwIfAny();
    const records = prepared.map((p) => tx.create(FinanceTransaction, p));
    await tx.flush();
    const transfers = new Map<string, number>();
    prepared.forEach((p, i) => isTransfer(p) && !transfers.has(p.programme!) && transfers.set(p.programme!, i));
    await checkFundBalance(tx, new Set(transfers.keys()), reportingCurrency, (id) => `${prefix(transfers.get(id)!)}amount`);
    return records;
  });
}

export async function updateTransaction(em: EntityManager, id: string, input: TransactionInput, version: number | null | undefined, reportingCurrency: string): Promise<FinanceTransaction> {
  return em.transactional(async (tx) => {
    const record = await tx.findOne(FinanceTransaction, { id });
    if (!record) throw new NotFound('Transaction', id);
    assertVersion(record, version, 'transaction');
    const problems = new Problems();
    const prepared = await prepare(tx, input, problems, '', record);
    if (input.reversesId === id) problems.add('reversesId', 'a transaction cannot reverse itself');
    problems.throwIfAny();
    tx.assign(record, prepared);
    await tx.flush();
    if (isTransfer(prepared)) await checkFundBalance(tx, new Set([prepared.programme!]), reportingCurrency, () => 'amount');
    return record;
  });
}

export async function deleteTransaction(em: EntityManager, id: string, reportingCurrency: string): Promise<string> {
  return em.transactional(async (tx) => {
    const record = await tx.findOne(FinanceTransaction, { id });
    if (!record) throw new NotFound('Transaction', id);
    const programme = record.programme?.id;
    const received = programme && record.type === '1';
    tx.remove(record);
    await tx.flush();
    // Taking back money the fund received must not leave it having transferred more than it holds.
    if (received) await checkFundBalance(tx, new Set([programme]), reportingCurrency, () => 'id');
    return id;
  });
}

/** The owner of a transaction, for the access check; null when there is none. */
export async function transactionOwner(em: EntityManager, id: string) {
  const [row] = await em.getConnection().execute(`select programme_id, project_id, type, output_id from finance_transaction where id = ?`, [id]);
  return row ? { programmeId: row.programme_id as string | null, projectId: row.project_id as string | null, type: row.type as string, outputId: row.output_id as string | null } : null;
}
