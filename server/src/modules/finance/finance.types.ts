import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ContributionStatus, Earmarking } from './finance.entity.js';

/*
 * The GraphQL shapes of money, as plain rows read in SQL (finance.reads.ts, figures.reads.ts). An amount is a
 * decimal string beside its ISO 4217 currency, never a float.
 */

@ObjectType({ simpleResolvers: true, description: 'An amount in one currency, as an exact decimal string.' })
export class Money {
  @Field(() => String, { description: 'Exact decimal, e.g. `125000.50`.' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An amount converted into the reporting currency, with the rate used.' })
export class ConvertedMoney {
  @Field(() => String, { nullable: true, description: 'In the reporting currency, rounded to the cent; null when no rate is known for the date.' })
  amount!: string | null;

  @Field(() => String, { description: 'The reporting currency.' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'Units of the reporting currency per unit of the original one: the latest rate on or before the value date; 1 for the reporting currency itself; null when none is known.' })
  rate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The date of the rate used.' })
  rateDate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A currency and the earliest date for which a figure needs a rate that is not known.' })
export class MissingRate {
  @Field(() => String, { description: 'The currency without a rate.' })
  currency!: string;

  @Field(() => GraphQLLocalDate, { description: 'The earliest value date that needs a rate for it.' })
  date!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A sum of money records: in each original currency, and in the reporting currency.' })
export class MoneyTotal {
  @Field(() => String, { nullable: true, description: 'In the reporting currency: the sum of each record converted at its value date and rounded to the cent. Null when a rate is missing (see missingRates): a missing rate is never taken as 1 or 0.' })
  amount!: string | null;

  @Field(() => String, { description: 'The reporting currency.' })
  currency!: string;

  @Field(() => [Money], { description: 'The sum in each original currency, by currency code.' })
  byCurrency!: Money[];

  @Field(() => [MissingRate], { description: 'Currencies without a rate for some record, with the earliest such date.' })
  missingRates!: MissingRate[];
}

const COUNTED_ONCE =
  'Pass-through money (donor → fund → agency → partner) is counted once at each step and never added across steps.';

@ObjectType({ simpleResolvers: true, description: `The headline money figures of a programme, a project or one row of a breakdown. ${COUNTED_ONCE}` })
export class FinanceFigures {
  @Field(() => MoneyTotal, { description: 'Budget lines of the projects; a revised line (IATI type 2) replaces the original lines of its project and period.' })
  budget!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Signed and paid contributions (funding agreements) to the programme or its projects.' })
  contributions!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Contributions pledged, not yet signed; not part of `contributions`.' })
  pledged!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Incoming commitments (IATI 11).' })
  incomingCommitments!: MoneyTotal;

  @Field(() => MoneyTotal, { description: "Incoming funds (IATI 1): deposits into the programme's fund and money paid to a project directly." })
  received!: MoneyTotal;

  @Field(() => MoneyTotal, { description: "Disbursements (IATI 3) from the programme's fund to participating organisations." })
  transferred!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Outgoing commitments (IATI 2) of the projects.' })
  committed!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Disbursements (IATI 3) of the projects to implementing partners; the part of the transfers passed on, not added to them.' })
  disbursed!: MoneyTotal;

  @Field(() => MoneyTotal, { description: 'Expenditure (IATI 4), by whoever spent it: agencies and implementing partners.' })
  spent!: MoneyTotal;

  @Field(() => Float, { nullable: true, description: 'Spent ÷ budget, in the reporting currency (0.62 is 62 %); null without a budget or a rate.' })
  deliveryRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Spent ÷ transferred, in the reporting currency; null without transfers or a rate.' })
  deliveryOfTransferred!: number | null;

  @Field(() => String, { nullable: true, description: 'Budget − contributions in the reporting currency; negative when contributions exceed the budget; null when a rate is missing.' })
  fundingGap!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One row of a breakdown; the rows of a breakdown add up to the totals.' })
export class FinanceRow {
  @Field(() => String, { description: 'The id of the project, organisation, donor or output, the year, `NONE` for records that name none, or `OTHER` for other donors in aggregate.' })
  key!: string;

  @Field(() => String, { description: 'What the row is, for people.' })
  label!: string;

  @Field(() => FinanceFigures, { description: 'The figures of the records in this row.' })
  figures!: FinanceFigures;
}

@ObjectType({ simpleResolvers: true, description: 'One edge of the money flow: from a donor to the pooled fund or an agency, from the fund to an agency, from an agency to a partner or to expenditure.' })
export class FinanceFlow {
  @Field(() => String, { description: 'Where the money comes from: a donor, "Other donors", "Pooled fund" or an organisation.' })
  source!: string;

  @Field(() => String, { description: 'Where it goes: "Pooled fund", an organisation, or "Spent".' })
  target!: string;

  @Field(() => String, { description: 'In the reporting currency; edges whose records lack a rate are left out.' })
  amount!: string;
}

@ObjectType({ simpleResolvers: true, description: `The finances of a programme (with its projects) or of a project. ${COUNTED_ONCE} A donor sees other donors' contributions and payments only as "Other donors" unless the programme publishes them.` })
export class Finance {
  @Field(() => String, { description: 'ISO 4217 code of the currency every converted figure is in.' })
  reportingCurrency!: string;

  @Field(() => FinanceFigures, { description: 'The figures of the whole programme or project.' })
  totals!: FinanceFigures;

  @Field(() => [FinanceRow], { description: 'By year of the budget period, signature or value date.' })
  byYear!: FinanceRow[];

  @Field(() => [FinanceRow], { description: "By project; `NONE` is the programme's own fund." })
  byProject!: FinanceRow[];

  @Field(() => [FinanceRow], { description: 'By participating organisation: the budget holder, the donor of a contribution, the receiver of incoming money and of transfers, and the provider of commitments, disbursements and expenditure.' })
  byOrganisation!: FinanceRow[];

  @Field(() => [FinanceRow], { description: 'By donor, for contributions and incoming money.' })
  byDonor!: FinanceRow[];

  @Field(() => [FinanceRow], { description: 'By logframe output, for budget lines and transactions linked to one.' })
  byOutput!: FinanceRow[];

  @Field(() => [FinanceFlow], { description: 'The money flow, for a Sankey chart.' })
  flows!: FinanceFlow[];
}

@ObjectType({ simpleResolvers: true, description: 'An organisation named by a money record.' })
export class OrganisationName {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, where it has one.' })
  acronym!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A project named by a money record.' })
export class ProjectName {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A logframe output named by a money record.' })
export class OutputName {
  @Field(() => ID, { description: 'Stable identifier of the logframe node.' })
  id!: string;

  @Field(() => String, { description: 'What the output delivers.' })
  statement!: string;
}

@ObjectType({ simpleResolvers: true, description: "A donor's funding agreement." })
export class ContributionRecord {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => OrganisationName, { description: 'The donor organisation.' })
  donor!: OrganisationName;

  @Field(() => ID, { nullable: true, description: 'The programme, for a contribution to its pooled fund.' })
  programmeId!: string | null;

  @Field(() => ProjectName, { nullable: true, description: 'The project, for a contribution tightly earmarked to it.' })
  project!: ProjectName | null;

  @Field(() => Money, { description: 'The amount as agreed.' })
  amount!: Money;

  @Field(() => ConvertedMoney, { description: 'At the rate of the signature date (or the period start).' })
  converted!: ConvertedMoney;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the agreement was signed.' })
  signedDate!: string | null;

  @Field(() => GraphQLLocalDate, { description: 'First day the contribution covers.' })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day the contribution covers.' })
  periodEnd!: string;

  @Field(() => Earmarking, { description: 'How freely it may be used.' })
  earmarking!: Earmarking;

  @Field(() => String, { nullable: true, description: 'For a softly earmarked contribution: the focus area it is kept for.' })
  earmarkedFocusArea!: string | null;

  @Field(() => String, { nullable: true, description: 'For a softly earmarked contribution: the country it is kept for.' })
  earmarkedCountry!: string | null;

  @Field(() => ContributionStatus, { description: 'Pledged, signed or paid.' })
  status!: ContributionStatus;

  @Field(() => String, { description: 'Reference or note.' })
  description!: string;

  @Field(() => String, { description: 'Incoming funds recorded against it, in its currency and others as entered (a sum of amounts).' })
  paid!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A budget line of a project.' })
export class BudgetLine {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'IATI BudgetType: 1 original, 2 revised.' })
  type!: string;

  @Field(() => String, { description: 'IATI BudgetStatus: 1 indicative, 2 committed.' })
  status!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period, less than a year after its start.' })
  periodEnd!: string;

  @Field(() => Money, { description: 'The amount as entered.' })
  amount!: Money;

  @Field(() => ConvertedMoney, { description: 'In the reporting currency, at the rate of the value date.' })
  converted!: ConvertedMoney;

  @Field(() => GraphQLLocalDate, { description: 'The date whose rate converts the amount.' })
  valueDate!: string;

  @Field(() => OutputName, { nullable: true, description: 'The logframe output the line is for, if any.' })
  output!: OutputName | null;

  @Field(() => OrganisationName, { nullable: true, description: 'The participating organisation the line is for, if any.' })
  organisation!: OrganisationName | null;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A transaction of a programme fund or a project.' })
export class TransactionRecord {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The programme, for a transaction of its pooled fund.' })
  programmeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The project, for a transaction of a project.' })
  projectId!: string | null;

  @Field(() => String, { description: 'IATI TransactionType code.' })
  type!: string;

  @Field(() => String, { description: 'Name of the IATI transaction type.' })
  typeName!: string;

  @Field(() => GraphQLLocalDate, { description: 'When it took place.' })
  transactionDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date whose rate converts the amount.' })
  valueDate!: string;

  @Field(() => Money, { description: 'The amount as entered; negative for a reversal.' })
  amount!: Money;

  @Field(() => ConvertedMoney, { description: 'In the reporting currency, at the rate of the value date.' })
  converted!: ConvertedMoney;

  @Field(() => OrganisationName, { nullable: true, description: 'The organisation the money comes from.' })
  provider!: OrganisationName | null;

  @Field(() => OrganisationName, { nullable: true, description: 'The organisation the money goes to.' })
  receiver!: OrganisationName | null;

  @Field(() => String, { nullable: true, description: 'IATI identifier of the provider\'s activity.' })
  providerActivity!: string | null;

  @Field(() => String, { nullable: true, description: 'IATI identifier of the receiver\'s activity.' })
  receiverActivity!: string | null;

  @Field(() => ProjectName, { nullable: true, description: 'For a transfer from a programme\'s fund: the project it is for.' })
  receiverProject!: ProjectName | null;

  @Field(() => String, { description: 'What it was for.' })
  description!: string;

  @Field(() => OutputName, { nullable: true, description: 'The logframe output it is spent on, if any.' })
  output!: OutputName | null;

  @Field(() => ID, { nullable: true, description: 'The budget line it belongs to, if any.' })
  budgetId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The contribution it pays in, if any.' })
  contributionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The transaction this one reverses.' })
  reversesId!: string | null;

  @Field(() => Boolean, { description: 'A transfer made before the fund received the money.' })
  advance!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When the transaction was recorded or last changed.' })
  updatedAt!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update to detect concurrent edits.' })
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An exchange rate into the reporting currency, valid from its date until the next one.' })
export class ExchangeRateRecord {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'ISO 4217 code of the currency converted.' })
  currency!: string;

  @Field(() => String, { description: 'The reporting currency.' })
  quote!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date from which the rate applies, until the next one.' })
  rateDate!: string;

  @Field(() => String, { description: 'Units of the reporting currency per unit of the currency.' })
  rate!: string;

  @Field(() => String, { description: 'Where the rate comes from.' })
  source!: string;

  @Field(() => Int, { description: 'Increases with every change.' })
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A programme named by a money record.' })
export class ProgrammeName {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;
}

const ATTRIBUTED =
  "Attributed to the donor: a project's expenditure is first taken from the contributions tightly earmarked to it and shared among those donors; the rest, and the fund's transfers, are shared among the programme's pooled donors in proportion to their pooled contributions.";

@ObjectType({ simpleResolvers: true, description: `What became of a donor's money, in the reporting currency. ${ATTRIBUTED} Null where a rate is missing.` })
export class DonorFundingFigures {
  @Field(() => String, { nullable: true, description: 'Signed and paid contributions of the donor.' })
  contributed!: string | null;

  @Field(() => String, { nullable: true, description: 'Incoming funds the donor paid.' })
  received!: string | null;

  @Field(() => String, { nullable: true, description: "The donor's share of the fund's transfers to participating organisations; for a project it funds directly, what it paid to the project." })
  transferred!: string | null;

  @Field(() => String, { nullable: true, description: "The donor's share of the expenditure." })
  spent!: string | null;

  @Field(() => Float, { nullable: true, description: 'Spent ÷ contributed.' })
  deliveryRate!: number | null;

  @Field(() => Boolean, { description: 'Whether a rate is missing for some record behind these figures.' })
  missingRates!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One of a donor's funding lines: its contributions to a programme's pooled fund, or to one project." })
export class DonorFundingRow extends DonorFundingFigures {
  @Field(() => ProgrammeName, { description: 'The programme.' })
  programme!: ProgrammeName;

  @Field(() => ProjectName, { nullable: true, description: 'The project, for contributions tightly earmarked to it; null for the pooled fund.' })
  project!: ProjectName | null;
}

@ObjectType({ simpleResolvers: true, description: `What a donor funds, and what became of its money. ${ATTRIBUTED}` })
export class DonorFunding {
  @Field(() => String, { description: 'ISO 4217 code of the currency of every figure.' })
  reportingCurrency!: string;

  @Field(() => OrganisationName, { description: 'The donor organisation.' })
  donor!: OrganisationName;

  @Field(() => [DonorFundingRow], { description: 'The donor\'s funding lines: pooled funds first, then projects it funds directly, by programme.' })
  rows!: DonorFundingRow[];

  @Field(() => DonorFundingFigures, { description: 'The sum of the rows.' })
  totals!: DonorFundingFigures;
}
