import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { Tracked } from '../common/timestamps.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Programme } from '../programme/programme.entity.js';
import type { Project } from '../project/project.entity.js';
import type { ResultNode } from '../logframe/result-node.entity.js';

/*
 * Money is `numeric` with its ISO 4217 currency beside it, never a float: amounts travel as decimal strings and
 * every sum is done in SQL (finance.reads.ts). The GraphQL shapes of these records are plain rows, in finance.types.ts.
 */

export enum Earmarking {
  UNEARMARKED = 'UNEARMARKED',
  SOFT = 'SOFT',
  TIGHT = 'TIGHT',
}
registerEnumType(Earmarking, {
  name: 'Earmarking',
  description: 'How freely a contribution may be used.',
  valuesConfig: {
    UNEARMARKED: { description: 'For the programme as a whole (its pooled fund).' },
    SOFT: { description: 'For the programme, within a focus area or a country.' },
    TIGHT: { description: 'For one project.' },
  },
});

export enum ContributionStatus {
  PLEDGED = 'PLEDGED',
  SIGNED = 'SIGNED',
  PAID = 'PAID',
}
registerEnumType(ContributionStatus, {
  name: 'ContributionStatus',
  description: 'Where a funding agreement stands.',
  valuesConfig: {
    PLEDGED: { description: 'Announced, not yet signed: not counted in contributions.' },
    SIGNED: { description: 'Signed; paid in instalments recorded as incoming funds.' },
    PAID: { description: 'Signed and paid in full.' },
  },
});

/** A funding agreement: a donor's contribution to a programme's pooled fund or to one project. */
@Entity({ tableName: 'contribution' })
@Check({ name: 'contribution_one_activity', expression: '(programme_id is null) <> (project_id is null)' })
@Check({ name: 'contribution_tight_is_project', expression: "(earmarking = 'TIGHT') = (project_id is not null)" })
@Index({ name: 'contribution_programme_id_index', properties: ['programme'] })
@Index({ name: 'contribution_project_id_index', properties: ['project'] })
@Index({ name: 'contribution_donor_id_index', properties: ['donor'] })
export class Contribution extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Organisation, { ref: true })
  donor!: Ref<Organisation>;

  @ManyToOne({ entity: 'Programme', ref: true, nullable: true, deleteRule: 'cascade' })
  programme?: Ref<Programme> | null;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'date', nullable: true })
  signedDate?: string | null;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => Earmarking, nativeEnumName: 'contribution_earmarking' })
  earmarking!: Earmarking;

  /** For a softly earmarked contribution: the focus area or country it is kept for. */
  @Property({ type: 'string', length: 50, nullable: true })
  earmarkedFocusArea?: string | null;

  @Property({ type: 'string', length: 2, nullable: true })
  earmarkedCountry?: string | null;

  @Enum({ items: () => ContributionStatus, nativeEnumName: 'contribution_status' })
  status!: ContributionStatus;

  @Property({ type: 'text', default: '' })
  description: string & Opt = '';
}

/** A budget line of a project for one period of at most a year, optionally for one output or one participating organisation. */
@Entity({ tableName: 'budget' })
// In PostgreSQL's own words, as it prints the constraint back, so that the schema diff sees no change.
@Check({ name: 'budget_period', expression: "((period_end >= period_start) AND (period_end < (period_start + '1 year'::interval)))" })
@Index({ name: 'budget_project_id_index', properties: ['project'] })
@Index({ name: 'budget_output_id_index', properties: ['output'] })
@Index({ name: 'budget_organisation_id_index', properties: ['organisation'] })
export class Budget extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  /** IATI BudgetType: 1 original, 2 revised. */
  @Property({ type: 'string', length: 1 })
  type!: string;

  /** IATI BudgetStatus: 1 indicative, 2 committed. */
  @Property({ type: 'string', length: 1 })
  status!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** The date whose exchange rate converts it; the period's start unless given. */
  @Property({ type: 'date' })
  valueDate!: string;

  @ManyToOne({ entity: 'ResultNode', ref: true, nullable: true, deleteRule: 'set null' })
  output?: Ref<ResultNode> | null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation> | null;
}

/** A transaction of a programme (its fund) or of a project, typed by its IATI code. */
@Entity({ tableName: 'finance_transaction' })
@Check({ name: 'finance_transaction_one_activity', expression: '(programme_id is null) <> (project_id is null)' })
@Check({ name: 'finance_transaction_reversal', expression: '(amount >= 0) = (reverses_id is null)' })
@Index({ name: 'finance_transaction_programme_id_index', properties: ['programme'] })
@Index({ name: 'finance_transaction_project_id_index', properties: ['project'] })
@Index({ name: 'finance_transaction_receiver_project_id_index', properties: ['receiverProject'] })
@Index({ name: 'finance_transaction_provider_id_index', properties: ['provider'] })
@Index({ name: 'finance_transaction_receiver_id_index', properties: ['receiver'] })
@Index({ name: 'finance_transaction_output_id_index', properties: ['output'] })
@Index({ name: 'finance_transaction_budget_id_index', properties: ['budget'] })
@Index({ name: 'finance_transaction_contribution_id_index', properties: ['contribution'] })
@Index({ name: 'finance_transaction_reverses_id_index', properties: ['reverses'] })
export class FinanceTransaction extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Programme', ref: true, nullable: true, deleteRule: 'cascade' })
  programme?: Ref<Programme> | null;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  /** IATI TransactionType: 11 incoming commitment, 1 incoming funds, 2 outgoing commitment, 3 disbursement, 4 expenditure. */
  @Property({ type: 'string', length: 2 })
  type!: string;

  @Property({ type: 'date' })
  transactionDate!: string;

  @Property({ type: 'date' })
  valueDate!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  provider?: Ref<Organisation> | null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  receiver?: Ref<Organisation> | null;

  /** IATI identifier of the provider's activity, where known. */
  @Property({ type: 'string', length: 150, nullable: true })
  providerActivity?: string | null;

  /** IATI identifier of the receiver's activity, where known. */
  @Property({ type: 'string', length: 150, nullable: true })
  receiverActivity?: string | null;

  /** For a transfer from a programme's fund: the project of the programme the money is for. */
  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'set null' })
  receiverProject?: Ref<Project> | null;

  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @ManyToOne({ entity: 'ResultNode', ref: true, nullable: true, deleteRule: 'set null' })
  output?: Ref<ResultNode> | null;

  @ManyToOne(() => Budget, { ref: true, nullable: true, deleteRule: 'set null' })
  budget?: Ref<Budget> | null;

  /** The contribution an incoming commitment or incoming funds pay in. */
  @ManyToOne(() => Contribution, { ref: true, nullable: true, deleteRule: 'set null' })
  contribution?: Ref<Contribution> | null;

  /** A reversal carries a negative amount and points at the transaction it reverses. */
  @ManyToOne(() => FinanceTransaction, { ref: true, nullable: true, deleteRule: 'cascade' })
  reverses?: Ref<FinanceTransaction> | null;

  /** A transfer made before the money was received, allowed to exceed what the fund holds. */
  @Property({ type: 'boolean', default: false })
  advance: boolean & Opt = false;
}

/** How many units of `quote` (the reporting currency) one unit of `currency` was worth from `rateDate` on. */
@Entity({ tableName: 'exchange_rate' })
@Index({ name: 'exchange_rate_unique', expression: 'create unique index "exchange_rate_unique" on "exchange_rate" ("currency", "quote", "rate_date")' })
export class ExchangeRate extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 3 })
  quote!: string;

  @Property({ type: 'date' })
  rateDate!: string;

  @Property({ type: 'decimal', precision: 24, scale: 10 })
  rate!: string;

  @Property({ type: 'string', length: 200, default: '' })
  source: string & Opt = '';
}

export const financeEntities = [Contribution, Budget, FinanceTransaction, ExchangeRate];
