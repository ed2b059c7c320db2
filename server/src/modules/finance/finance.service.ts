import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { Participation } from '../participation/participation.entity.js';
import { Budget, Contribution, Earmarking, ExchangeRate } from './finance.entity.js';
import type { BudgetInput, ContributionInput, ExchangeRateInput } from './finance.inputs.js';
import { amountOf, checkCurrency, exists, today, withinAYear } from './money.js';

async function prepareBudget(tx: EntityManager, input: BudgetInput) {
  const problems = new Problems();
  if (!['1', '2'].includes(input.type)) problems.add('type', 'must be an IATI budget type: 1 original or 2 revised');
  if (!['1', '2'].includes(input.status)) problems.add('status', 'must be an IATI budget status: 1 indicative or 2 committed');
  if (input.periodEnd < input.periodStart) problems.add('periodEnd', 'cannot end before the period starts');
  else if (!withinAYear(input.periodStart, input.periodEnd)) problems.add('periodEnd', 'a budget period lasts at most a year (IATI): split it into yearly lines');
  const amount = amountOf(problems, 'amount', input.amount);
  if (amount?.isNegative()) problems.add('amount', 'a budget cannot be negative');
  const currency = await checkCurrency(tx, problems, 'currency', input.currency);
  if (input.outputId) {
    const [node] = await tx.execute(`select project_id, level from result_node where id = ?`, [input.outputId]);
    if (!node || node.level !== 'OUTPUT') problems.add('outputId', 'is not a logframe output');
    else if (node.project_id !== input.projectId) problems.add('outputId', "the output belongs to another project's logframe");
  }
  if (input.organisationId && !(await exists(tx, 'select 1 from organisation where id = ?', [input.organisationId]))) problems.add('organisationId', 'no such organisation');
  problems.throwIfAny();
  return {
    project: input.projectId,
    type: input.type,
    status: input.status,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    amount: amount!.toFixed(2),
    currency,
    valueDate: input.valueDate ?? input.periodStart,
    output: input.outputId || null,
    organisation: input.organisationId || null,
  };
}

export async function createBudget(em: EntityManager, input: BudgetInput): Promise<Budget> {
  return em.transactional(async (tx) => {
    const budget = tx.create(Budget, await prepareBudget(tx, input));
    await tx.flush();
    return budget;
  });
}

export async function updateBudget(em: EntityManager, id: string, input: BudgetInput, version: number | null | undefined): Promise<Budget> {
  return em.transactional(async (tx) => {
    const budget = await tx.findOne(Budget, { id });
    if (!budget) throw new NotFound('Budget line', id);
    assertVersion(budget, version, 'budget line');
    if (budget.project.id !== input.projectId) invalid('projectId', 'a budget line stays with its project');
    tx.assign(budget, await prepareBudget(tx, input));
    await tx.flush();
    return budget;
  });
}

function invalid(field: string, message: string): never {
  const problems = new Problems();
  problems.add(field, message);
  problems.throwIfAny();
  throw new Error('unreachable');
}

async function prepareContribution(tx: EntityManager, input: ContributionInput) {
  const problems = new Problems();
  const programme = input.programmeId || null;
  const project = input.projectId || null;
  if (!programme === !project) problems.add('projectId', 'give either a programme or a project, not both and not neither');
  if (project && input.earmarking !== Earmarking.TIGHT) problems.add('earmarking', 'a contribution to one project is tightly earmarked (TIGHT)');
  if (programme && input.earmarking === Earmarking.TIGHT) problems.add('earmarking', 'a contribution tightly earmarked to a project is given to that project');
  if (input.earmarking === Earmarking.SOFT && !input.earmarkedFocusArea && !input.earmarkedCountry) {
    problems.add('earmarkedFocusArea', 'a softly earmarked contribution names the focus area or the country it is kept for');
  }
  if (input.earmarking !== Earmarking.SOFT && (input.earmarkedFocusArea || input.earmarkedCountry)) {
    problems.add('earmarking', 'only a softly earmarked contribution names a focus area or a country');
  }
  if (input.earmarkedFocusArea && !(await exists(tx, 'select 1 from focus_area where code = ?', [input.earmarkedFocusArea]))) problems.add('earmarkedFocusArea', 'no such focus area');
  const country = input.earmarkedCountry?.trim().toUpperCase() || null;
  if (country && !(await exists(tx, 'select 1 from country where code = ?', [country]))) problems.add('earmarkedCountry', 'no such country');
  if (input.periodEnd < input.periodStart) problems.add('periodEnd', 'cannot end before the period starts');
  if (input.signedDate && input.signedDate > today()) problems.add('signedDate', 'cannot be in the future');
  const amount = amountOf(problems, 'amount', input.amount);
  if (amount && !amount.greaterThan(0)) problems.add('amount', 'a contribution is more than zero');
  const currency = await checkCurrency(tx, problems, 'currency', input.currency);
  const [donor] = await tx.execute(`select id from organisation where id = ?`, [input.donorId]);
  if (!donor) problems.add('donorId', 'no such organisation');
  if (project && !(await exists(tx, 'select 1 from project where id = ?', [project]))) problems.add('projectId', 'no such project');
  if (programme && !(await exists(tx, 'select 1 from programme where id = ?', [programme]))) problems.add('programmeId', 'no such programme');
  problems.throwIfAny();
  return {
    donor: input.donorId,
    programme,
    project,
    amount: amount!.toFixed(2),
    currency,
    signedDate: input.signedDate ?? null,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    earmarking: input.earmarking,
    earmarkedFocusArea: input.earmarkedFocusArea || null,
    earmarkedCountry: country,
    status: input.status,
    description: input.description?.trim() ?? '',
  };
}

/** A donor that contributes funds what it contributes to: it takes part there in the IATI funding role (1). */
async function ensureFunder(tx: EntityManager, donor: string, owner: { programme: string | null; project: string | null }): Promise<void> {
  const funding = await tx.count(Participation, { organisation: donor, role: '1', ...(owner.programme ? { programme: owner.programme } : { project: owner.project }) });
  if (!funding) tx.create(Participation, { organisation: donor, role: '1', programme: owner.programme, project: owner.project });
}

export async function createContribution(em: EntityManager, input: ContributionInput): Promise<Contribution> {
  return em.transactional(async (tx) => {
    const prepared = await prepareContribution(tx, input);
    const contribution = tx.create(Contribution, prepared);
    await ensureFunder(tx, prepared.donor, prepared);
    await tx.flush();
    return contribution;
  });
}

export async function updateContribution(em: EntityManager, id: string, input: ContributionInput, version: number | null | undefined): Promise<Contribution> {
  return em.transactional(async (tx) => {
    const contribution = await tx.findOne(Contribution, { id });
    if (!contribution) throw new NotFound('Contribution', id);
    assertVersion(contribution, version, 'contribution');
    if ((contribution.programme?.id ?? null) !== (input.programmeId || null) || (contribution.project?.id ?? null) !== (input.projectId || null)) {
      invalid('projectId', 'a contribution stays with its programme or project');
    }
    const prepared = await prepareContribution(tx, input);
    tx.assign(contribution, prepared);
    await ensureFunder(tx, prepared.donor, prepared);
    await tx.flush();
    return contribution;
  });
}

/** Removes a budget line or a contribution; transactions that named it keep their amounts and lose the link. */
export async function removeMoneyRecord(em: EntityManager, entity: typeof Budget | typeof Contribution, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const record = await tx.findOne(entity as typeof Budget, { id });
    if (!record) throw new NotFound(entity === Budget ? 'Budget line' : 'Contribution', id);
    tx.remove(record);
    await tx.flush();
    return id;
  });
}

const RATE = /^\d{1,14}(\.\d{1,10})?$/;

/** Sets the rate of a currency from a date (replacing one of the same date). */
export async function setExchangeRate(em: EntityManager, input: ExchangeRateInput, reportingCurrency: string): Promise<ExchangeRate> {
  return em.transactional(async (tx) => {
    const problems = new Problems();
    const currency = await checkCurrency(tx, problems, 'currency', input.currency);
    if (currency === reportingCurrency) problems.add('currency', `${reportingCurrency} is the reporting currency: its rate is always 1`);
    if (!RATE.test(input.rate.trim()) || new Decimal(RATE.test(input.rate.trim()) ? input.rate.trim() : '0').isZero()) {
      problems.add('rate', 'must be a positive decimal number such as 1.0842, with at most 10 decimals');
    }
    problems.throwIfAny();
    const existing = await tx.findOne(ExchangeRate, { currency, quote: reportingCurrency, rateDate: input.rateDate });
    const rate = existing ?? tx.create(ExchangeRate, { currency, quote: reportingCurrency, rateDate: input.rateDate, rate: input.rate.trim(), source: '' });
    tx.assign(rate, { rate: input.rate.trim(), source: input.source?.trim() ?? '' });
    await tx.flush();
    return rate;
  });
}

export async function removeExchangeRate(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const rate = await tx.findOne(ExchangeRate, { id });
    if (!rate) throw new NotFound('Exchange rate', id);
    tx.remove(rate);
    await tx.flush();
    return id;
  });
}
