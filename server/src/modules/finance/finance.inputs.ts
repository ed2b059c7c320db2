import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LIMIT, TextField } from '../common/limits.js';
import { ContributionStatus, Earmarking } from './finance.entity.js';

const AMOUNT = 'A decimal number as text, e.g. `125000.50`: at most 15 significant digits and 2 decimals; never a float.';

@InputType({ description: 'A transaction of a programme (its pooled fund) or of a project. Give exactly one of programmeId and projectId.' })
export class TransactionInput {
  @Field(() => ID, { nullable: true, description: 'The programme, for a transaction of its pooled fund.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project.' })
  projectId?: string | null;

  @TextField(LIMIT.code, { description: 'IATI TransactionType: `11` incoming commitment, `1` incoming funds, `2` outgoing commitment, `3` disbursement, `4` expenditure.' })
  type!: string;

  @Field(() => GraphQLLocalDate, { description: 'When the transaction took place; never in the future.' })
  transactionDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The date whose exchange rate converts the amount; the transaction date when left out.' })
  valueDate?: string | null;

  @TextField(LIMIT.code, { description: `Amount in the currency. ${AMOUNT} Negative only for a reversal.` })
  amount!: string;

  @TextField(LIMIT.code, { description: 'ISO 4217 currency code, e.g. `USD`.' })
  currency!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the money comes from.' })
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the money goes to; never the provider.' })
  receiverId?: string | null;

  @TextField(150, { nullable: true, description: "IATI identifier of the provider's activity, where known." })
  providerActivity?: string | null;

  @TextField(150, { nullable: true, description: "IATI identifier of the receiver's activity, where known." })
  receiverActivity?: string | null;

  @Field(() => ID, { nullable: true, description: "For a disbursement from a programme's fund: the programme's project the money is for." })
  receiverProjectId?: string | null;

  @TextField(LIMIT.paragraph, { nullable: true, description: 'What it was for.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "A logframe output of the transaction's project it is spent on." })
  outputId?: string | null;

  @Field(() => ID, { nullable: true, description: "A budget line of the transaction's project." })
  budgetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For an incoming commitment or incoming funds: the contribution it pays in.' })
  contributionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Makes this a reversal of that transaction (same type and currency, negative amount).' })
  reversesId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "For a disbursement from a programme's fund: made before the money was received, so it may exceed what the fund has received." })
  advance!: boolean;
}

@InputType({ description: 'A budget line of a project for one period of at most a year.' })
export class BudgetInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @TextField(LIMIT.code, { defaultValue: '1', description: 'IATI BudgetType: `1` original, `2` revised.' })
  type!: string;

  @TextField(LIMIT.code, { defaultValue: '1', description: 'IATI BudgetStatus: `1` indicative, `2` committed.' })
  status!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period: on or after the start, and less than a year after it.' })
  periodEnd!: string;

  @TextField(LIMIT.code, { description: `Amount in the currency. ${AMOUNT}` })
  amount!: string;

  @TextField(LIMIT.code, { description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The date whose exchange rate converts the amount; the period start when left out.' })
  valueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'A logframe output of the project the line is for.' })
  outputId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A participating organisation the line is for.' })
  organisationId?: string | null;
}

@InputType({ description: "A donor's funding agreement with a programme's pooled fund or with one project. Give exactly one of programmeId and projectId." })
export class ContributionInput {
  @Field(() => ID, { description: 'The donor organisation.' })
  donorId!: string;

  @Field(() => ID, { nullable: true, description: 'The programme, for a contribution to its pooled fund (unearmarked or softly earmarked).' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project, for a contribution tightly earmarked to it.' })
  projectId?: string | null;

  @TextField(LIMIT.code, { description: `Amount in the currency. ${AMOUNT}` })
  amount!: string;

  @TextField(LIMIT.code, { description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the agreement was signed; never in the future.' })
  signedDate?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'First day the contribution covers.' })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day the contribution covers.' })
  periodEnd!: string;

  @Field(() => Earmarking, { description: 'TIGHT for a project; UNEARMARKED or SOFT for a programme.' })
  earmarking!: Earmarking;

  @TextField(LIMIT.code, { nullable: true, description: 'For a softly earmarked contribution: the focus area it is kept for.' })
  earmarkedFocusArea?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'For a softly earmarked contribution: the country (ISO code) it is kept for.' })
  earmarkedCountry?: string | null;

  @Field(() => ContributionStatus, { description: 'Pledged, signed or paid.' })
  status!: ContributionStatus;

  @TextField(LIMIT.paragraph, { nullable: true, description: 'Reference or note.' })
  description?: string | null;
}

@InputType({ description: 'An exchange rate into the reporting currency, valid from its date until the next one.' })
export class ExchangeRateInput {
  @TextField(LIMIT.code, { description: 'ISO 4217 code of the currency converted.' })
  currency!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date from which the rate applies.' })
  rateDate!: string;

  @TextField(LIMIT.code, { description: 'Units of the reporting currency for one unit of the currency, as a decimal string, e.g. `1.0842`. Positive, at most 10 decimals.' })
  rate!: string;

  @TextField(LIMIT.name, { nullable: true, description: 'Where the rate comes from.' })
  source?: string | null;
}

@InputType({ description: 'Which transactions to list.' })
export class TransactionFilter {
  @TextField(LIMIT.code, { nullable: true, description: 'Only this IATI transaction type.' })
  type?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only transactions this organisation provides or receives.' })
  organisationId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only transactions on or after this date.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only transactions on or before this date.' })
  to?: string | null;

  /** Lets an integration pull only what changed since its last run, whatever the transaction's own date. */
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Only transactions recorded or changed at or after this moment (see `updatedAt`). A removed transaction is no longer listed, so compare ids to see removals.',
  })
  changedSince?: Date | null;
}

