import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { selected } from '../../graphql/selection.js';
import { PortfolioFilter } from './portfolio.inputs.js';
import { PortfolioSummary, ResultsYear } from './portfolio.types.js';
import { BREAKDOWNS, portfolioSummary, type Breakdown, type PortfolioSummaryView } from './summary.reads.js';
import { resultsByYear } from './results.reads.js';
import { refreshRollups } from './rollups.js';
import type { PortfolioFilterValues } from './summary.scope.js';

const FIELD: Record<string, Breakdown> = Object.fromEntries(BREAKDOWNS.map((b) => [`by${b[0].toUpperCase()}${b.slice(1)}`, b]));

type SummaryRow = PortfolioSummaryView & { filter: PortfolioFilterValues };

@Resolver(() => PortfolioSummary)
export class PortfolioResolver {
  @Query(() => PortfolioSummary, { description: 'Totals and breakdowns of the portfolio you read, as filtered: money, reach and indicator status. Only the breakdowns asked for are summed.' })
  async portfolioSummary(
    @Arg('filter', () => PortfolioFilter, { nullable: true, description: 'Which part of the portfolio; all of it when absent.' }) filter: PortfolioFilter | undefined,
    @Ctx() { em, reader, access, settings }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SummaryRow> {
    access.requireCaller();
    await refreshRollups(em, settings.reportingCurrency);
    const parts = new Set([...selected(info)].flatMap((f) => (FIELD[f] ? [FIELD[f]] : [])));
    const values = { ...filter };
    return { ...(await portfolioSummary(reader, access, values, settings.reportingCurrency, parts)), filter: values };
  }

  @FieldResolver(() => [ResultsYear], { description: 'Results by the year their reporting periods end, for trend charts (spending by year is `byYear`).' })
  resultsByYear(@Root() summary: SummaryRow, @Ctx() { reader, access }: Context) {
    return resultsByYear(reader, access, summary.filter);
  }
}
