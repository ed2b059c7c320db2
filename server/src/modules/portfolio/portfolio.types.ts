import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MissingRate } from '../finance/finance.types.js';

const MONEY = (what: string) => `${what} in the reporting currency, as an exact decimal; null when a record lacks an exchange rate (see missingRates).`;

@ObjectType({ simpleResolvers: true, description: 'How many indicators stand at each status today, as the reader may see them.' })
export class IndicatorPerformance {
  @Field(() => Int, { description: 'On track: progress at least 90 % of what is expected by today.' })
  onTrack!: number;

  @Field(() => Int, { description: 'At risk: progress at least 60 % of what is expected.' })
  atRisk!: number;

  @Field(() => Int, { description: 'Off track: progress below 60 % of what is expected.' })
  offTrack!: number;

  @Field(() => Int, { description: 'No data: no actual or no target yet, or withheld because it would give a masked small number away.' })
  noData!: number;

  @Field(() => Int, { description: 'All counted indicators (archived ones are not counted).' })
  total!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The figures of a part of the portfolio: one row of a breakdown, or the totals.' })
export class PortfolioFigures {
  @Field(() => String, { description: 'What the row is for: a focus area or legal instrument code, an ISO country code, a region, an organisation id, a status code, a year or an SDG target; `OTHER` for donors you see only together; empty for the totals.' })
  key!: string;

  @Field(() => String, { description: 'The name of what the row is for.' })
  label!: string;

  @Field(() => Int, { description: 'Programmes with at least one activity in the row.' })
  programmes!: number;

  @Field(() => Int, { description: 'Projects in the row.' })
  projects!: number;

  @Field(() => String, { nullable: true, description: MONEY('Budget (revised lines replace original ones)') })
  budget!: string | null;

  @Field(() => String, { nullable: true, description: MONEY('Signed and paid contributions') })
  contributions!: string | null;

  @Field(() => String, { nullable: true, description: MONEY('Incoming funds received') })
  received!: string | null;

  @Field(() => String, { nullable: true, description: MONEY('Expenditure') })
  spent!: string | null;

  @Field(() => Float, { nullable: true, description: 'Spent ÷ budget (0.42 = 42 %); null without a budget.' })
  deliveryRate!: number | null;

  @Field(() => String, { nullable: true, description: MONEY('Budget not covered by contributions (negative when over-funded)') })
  fundingGap!: string | null;

  @Field(() => IndicatorPerformance, { description: "Indicators of the row's projects by status." })
  indicators!: IndicatorPerformance;
}

@ObjectType({ simpleResolvers: true, description: 'The totals of a portfolio summary, with its reach.' })
export class PortfolioTotals extends PortfolioFigures {
  @Field(() => Int, { description: 'Recipient countries of the projects and countries of the programmes.' })
  countries!: number;

  @Field(() => Int, { description: 'Organisations taking part other than as funders (accountable, extending or implementing).' })
  partners!: number;
}

const SHARES = 'Rows add up to the totals: money counts by recipient-country percentage (a programme fund evenly over its countries).';
const OVERLAP = 'A project counts fully in each of its rows, so rows may add up to more than the totals.';

@ObjectType({
  simpleResolvers: true,
  description:
    'Totals and breakdowns of the portfolio you read, as filtered, in the reporting currency. Money follows the finance figures\' counting rule; every breakdown is summed in SQL from figures kept up to date with every change.',
})
export class PortfolioSummary {
  @Field(() => String, { description: 'The currency of every amount.' })
  reportingCurrency!: string;

  @Field(() => PortfolioTotals, { description: 'The whole of what the filters select.' })
  totals!: PortfolioTotals;

  @Field(() => [PortfolioFigures], { description: `By focus area (projects' own, programme funds' by the programme's). ${OVERLAP}` })
  byFocusArea!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: `By recipient country. ${SHARES}` })
  byCountry!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: `By region of the recipient countries. ${SHARES}` })
  byRegion!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: "By the programme's lead agency." })
  byLeadAgency!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], {
    description: `By donor: contributions and receipts from the donor, and the projects, budget, spending and indicators of what it funds. A donor reader sees other donors one by one only where a programme publishes its contributions, otherwise as "Other donors". ${OVERLAP}`,
  })
  byDonor!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: 'By IATI activity status.' })
  byStatus!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: `By year: money dated in the year, and the activities running in it or with money in it. ${OVERLAP}` })
  byYear!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: `By the programme's SDG targets. ${OVERLAP}` })
  bySdgTarget!: PortfolioFigures[];

  @Field(() => [PortfolioFigures], { description: `By the legal instruments the programme supports. ${OVERLAP}` })
  byLegalInstrument!: PortfolioFigures[];

  @Field(() => [MissingRate], { description: 'Currencies without an exchange rate for some record, with the earliest such date.' })
  missingRates!: MissingRate[];

  @Field(() => [ResultsYear], { description: 'Results by the year their reporting periods end, for trend charts (spending by year is `byYear`).' })
  resultsByYear!: ResultsYear[];
}

@ObjectType({ simpleResolvers: true, description: 'Results reported for periods ending in one year.' })
export class ResultsYear {
  @Field(() => Int, { description: 'The year the periods end in.' })
  year!: number;

  @Field(() => Int, { description: 'Period totals with an actual.' })
  reported!: number;

  @Field(() => Int, { description: 'Period totals with both a target and an actual you may see.' })
  assessed!: number;

  @Field(() => Int, { description: "Of those, the ones whose actual reaches the target in the indicator's direction." })
  met!: number;

  @Field(() => Int, { description: 'Actuals of sensitive indicators masked for you (1–4): reported, but neither met nor missed.' })
  suppressed!: number;
}
