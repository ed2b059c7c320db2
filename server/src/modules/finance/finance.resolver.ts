import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LIMIT, list, text } from '../common/limits.js';
import { InvalidInput, NotFound } from '../common/errors.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import type { ProgrammeRow } from '../programme/programme.reads.js';
import type { ProjectRow } from '../project/project.reads.js';
import { Budget, Contribution } from './finance.entity.js';
import { BudgetInput, ContributionInput, ExchangeRateInput, TransactionFilter, TransactionInput } from './finance.inputs.js';
import { BudgetLine, ContributionRecord, DonorFunding, ExchangeRateRecord, Finance, TransactionRecord } from './finance.types.js';
import { donorFunding } from './donor.reads.js';
import { Role } from '../access/user.entity.js';
import { Forbidden } from '../access/access.js';
import { assertMayChangeMoney, type Owner } from './finance.policy.js';
import { financeOf, type FinancePart } from './figures.reads.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selected } from '../../graphql/selection.js';
import * as reads from './finance.reads.js';
import * as service from './finance.service.js';
import * as transactions from './transaction.service.js';

const MAX_IMPORT = 2000;

const PARTS: Record<string, FinancePart> = { byYear: 'year', byProject: 'project', byOrganisation: 'organisation', byDonor: 'donor', byOutput: 'output', flows: 'flows' };

/** The breakdowns and flows a response asks for: a read of the totals alone sums nothing else. */
const partsAskedFor = (info: GraphQLResolveInfo) => new Set([...selected(info)].flatMap((field) => (PARTS[field] ? [PARTS[field]] : [])));

const ownerOf = (input: { programmeId?: string | null; projectId?: string | null }): Owner => ({ programmeId: input.programmeId || null, projectId: input.projectId || null });

function oneOwner(input: { programmeId?: string | null; projectId?: string | null }, field = 'projectId'): Owner {
  const owner = ownerOf(input);
  if (!owner.programmeId === !owner.projectId) throw new InvalidInput([{ field, message: 'give either a programme or a project, not both and not neither' }]);
  return owner;
}

@Resolver(() => Programme)
export class ProgrammeFinanceResolver {
  @FieldResolver(() => Finance, { description: "The programme's money: its fund and its projects, with breakdowns and the money flow." })
  finance(@Root() g: ProgrammeRow, @Ctx() { reader, access, settings }: Context, @Info() info: GraphQLResolveInfo) {
    return financeOf(reader, access, { programmeId: g.id }, settings.reportingCurrency, partsAskedFor(info));
  }

  @FieldResolver(() => [ContributionRecord], { description: "Contributions to the programme's fund and to its projects that you may see one by one." })
  contributions(@Root() g: ProgrammeRow, @Ctx() { reader, access, settings }: Context) {
    return reads.listContributions(reader, access, { programmeId: g.id }, settings.reportingCurrency);
  }

  @FieldResolver(() => [TransactionRecord], { description: "Transactions of the programme's fund, newest first." })
  transactions(@Root() g: ProgrammeRow, @Arg('filter', () => TransactionFilter, { nullable: true }) filter: TransactionFilter | undefined, @Ctx() { reader, access, settings }: Context) {
    return reads.listTransactions(reader, access, { programmeId: g.id }, filter, settings.reportingCurrency);
  }
}

@Resolver(() => Project)
export class ProjectFinanceResolver {
  @FieldResolver(() => Finance, { description: "The project's money, with the transfers the programme's fund made for it." })
  finance(@Root() p: ProjectRow, @Ctx() { reader, access, settings }: Context, @Info() info: GraphQLResolveInfo) {
    return financeOf(reader, access, { projectId: p.id }, settings.reportingCurrency, partsAskedFor(info));
  }

  @FieldResolver(() => [BudgetLine], { description: 'Budget lines, by period.' })
  budgets(@Root() p: ProjectRow, @Ctx() { reader, settings }: Context) {
    return reads.listBudgets(reader, p.id, settings.reportingCurrency);
  }

  @FieldResolver(() => [ContributionRecord], { description: 'Contributions tightly earmarked to the project that you may see one by one.' })
  contributions(@Root() p: ProjectRow, @Ctx() { reader, access, settings }: Context) {
    return reads.listContributions(reader, access, { projectId: p.id }, settings.reportingCurrency);
  }

  @FieldResolver(() => [TransactionRecord], { description: 'Transactions of the project, newest first.' })
  transactions(@Root() p: ProjectRow, @Arg('filter', () => TransactionFilter, { nullable: true }) filter: TransactionFilter | undefined, @Ctx() { reader, access, settings }: Context) {
    return reads.listTransactions(reader, access, { projectId: p.id }, filter, settings.reportingCurrency);
  }
}

@Resolver()
export class FinanceResolver {
  @Query(() => [ExchangeRateRecord], { description: 'Exchange rates into the reporting currency, by currency and newest date first.' })
  exchangeRates(@Arg('currency', () => String, { nullable: true, description: text(LIMIT.code, 'Only this currency.') }) currency: string | undefined, @Ctx() { reader, access, settings }: Context) {
    access.requireCaller();
    return reads.listExchangeRates(reader, settings.reportingCurrency, currency);
  }

  @Query(() => DonorFunding, {
    nullable: true,
    description: "What a donor funds and what became of its money. A donor's users read their own organisation's (leave organisationId out); administrators, viewers and programme managers may name any donor.",
  })
  async donorFunding(@Arg('organisationId', () => ID, { nullable: true }) organisationId: string | undefined, @Ctx() { reader, access, settings }: Context) {
    const caller = access.requireCaller();
    const own = caller.grants.find((g) => g.role === Role.DONOR)?.organisationId ?? null;
    const donor = organisationId ?? own;
    if (!donor) return null;
    if (donor !== own && !access.readsAll) throw new Forbidden("A donor reads only its own organisation's funding.");
    return donorFunding(reader, donor, settings.reportingCurrency);
  }

  @Mutation(() => TransactionRecord, { description: 'Records a transaction. Managers record any; a partner reporter records expenditure on the outputs its organisation is responsible for.' })
  async createTransaction(@Arg('input', () => TransactionInput) input: TransactionInput, @Ctx() { em, access, reader, settings }: Context) {
    await assertMayChangeMoney(access, em, oneOwner(input), 'projectId', input);
    const record = await transactions.createTransaction(em, input, settings.reportingCurrency);
    return (await reads.listTransactions(reader, access, {}, undefined, settings.reportingCurrency, [record.id]))[0];
  }

  @Mutation(() => TransactionRecord, { description: 'Changes a transaction. Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateTransaction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TransactionInput) input: TransactionInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader, settings }: Context,
  ) {
    const current = await transactions.transactionOwner(em, id);
    if (!current) throw new NotFound('Transaction', id);
    await assertMayChangeMoney(access, em, current, 'id', current);
    await assertMayChangeMoney(access, em, oneOwner(input), 'projectId', input);
    await transactions.updateTransaction(em, id, input, version, settings.reportingCurrency);
    return (await reads.listTransactions(reader, access, {}, undefined, settings.reportingCurrency, [id]))[0];
  }

  @Mutation(() => ID, { description: 'Removes a transaction (and any reversal of it) and returns its id.' })
  async deleteTransaction(@Arg('id', () => ID) id: string, @Ctx() { em, access, settings }: Context) {
    const current = await transactions.transactionOwner(em, id);
    if (!current) throw new NotFound('Transaction', id);
    await assertMayChangeMoney(access, em, current, 'id', current);
    return transactions.deleteTransaction(em, id, settings.reportingCurrency);
  }

  @Mutation(() => [TransactionRecord], {
    description: `Records many transactions at once, e.g. rows of a spreadsheet: all of them, or none when any row is refused; problems are named \`rows.<row>.<field>\`, counting from 0. ${list(MAX_IMPORT)}`,
  })
  async importTransactions(@Arg('rows', () => [TransactionInput], { description: list(MAX_IMPORT, 'The transactions.') }) rows: TransactionInput[], @Ctx() { em, access, reader, settings }: Context) {
    if (!rows.length) throw new InvalidInput([{ field: 'rows', message: 'there is nothing to import' }]);
    for (const [i, row] of rows.entries()) await assertMayChangeMoney(access, em, oneOwner(row, `rows.${i}.projectId`), `rows.${i}.projectId`, row);
    const records = await transactions.importTransactions(em, rows, settings.reportingCurrency);
    return reads.listTransactions(reader, access, {}, undefined, settings.reportingCurrency, records.map((r) => r.id));
  }

  @Mutation(() => BudgetLine, { description: "Adds a budget line to a project (administrators and the project's managers)." })
  async createBudget(@Arg('input', () => BudgetInput) input: BudgetInput, @Ctx() { em, access, reader, settings }: Context) {
    await assertMayChangeMoney(access, em, { programmeId: null, projectId: input.projectId }, 'projectId');
    const budget = await service.createBudget(em, input);
    return (await reads.listBudgets(reader, null, settings.reportingCurrency, budget.id))[0];
  }

  @Mutation(() => BudgetLine, { description: 'Changes a budget line. Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateBudget(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BudgetInput) input: BudgetInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader, settings }: Context,
  ) {
    await assertMayChangeMoney(access, em, { programmeId: null, projectId: input.projectId }, 'projectId');
    await service.updateBudget(em, id, input, version);
    return (await reads.listBudgets(reader, null, settings.reportingCurrency, id))[0];
  }

  @Mutation(() => ID, { description: 'Removes a budget line and returns its id.' })
  async deleteBudget(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    const [row] = await em.getConnection().execute(`select project_id from budget where id = ?`, [id]);
    if (row) await assertMayChangeMoney(access, em, { programmeId: null, projectId: row.project_id }, 'id');
    return service.removeMoneyRecord(em, Budget, id);
  }

  @Mutation(() => ContributionRecord, { description: "Records a donor's contribution to a programme's fund or to a project (administrators and their managers)." })
  async createContribution(@Arg('input', () => ContributionInput) input: ContributionInput, @Ctx() { em, access, reader, settings }: Context) {
    await assertMayChangeMoney(access, em, oneOwner(input), 'projectId');
    const contribution = await service.createContribution(em, input);
    return (await reads.listContributions(reader, access, {}, settings.reportingCurrency, contribution.id))[0];
  }

  @Mutation(() => ContributionRecord, { description: 'Changes a contribution. Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateContribution(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContributionInput) input: ContributionInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader, settings }: Context,
  ) {
    await assertMayChangeMoney(access, em, oneOwner(input), 'projectId');
    await service.updateContribution(em, id, input, version);
    return (await reads.listContributions(reader, access, {}, settings.reportingCurrency, id))[0];
  }

  @Mutation(() => ID, { description: 'Removes a contribution and returns its id; incoming funds recorded against it stay, without the link.' })
  async deleteContribution(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    const [row] = await em.getConnection().execute(`select programme_id, project_id from contribution where id = ?`, [id]);
    if (row) await assertMayChangeMoney(access, em, { programmeId: row.programme_id, projectId: row.project_id }, 'id');
    return service.removeMoneyRecord(em, Contribution, id);
  }

  @Mutation(() => ExchangeRateRecord, { description: 'Sets the rate of a currency into the reporting currency from a date, replacing one of the same date (administrators).' })
  async setExchangeRate(@Arg('input', () => ExchangeRateInput) input: ExchangeRateInput, @Ctx() { em, access, reader, settings }: Context) {
    access.assertAdmin();
    const rate = await service.setExchangeRate(em, input, settings.reportingCurrency);
    return (await reads.listExchangeRates(reader, settings.reportingCurrency, rate.currency)).find((r) => r.id === rate.id);
  }

  @Mutation(() => ID, { description: 'Removes an exchange rate and returns its id (administrators).' })
  async deleteExchangeRate(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    access.assertAdmin();
    return service.removeExchangeRate(em, id);
  }
}
