import type { Reader } from '../../db/reader.js';
import type { Access } from '../access/access.js';
import { scopeSql, seesRawSql, type PortfolioFilterValues } from './summary.scope.js';
import { wholeAnswers } from './cube.js';

export interface ResultsYear {
  year: number;
  reported: number;
  assessed: number;
  met: number;
  suppressed: number;
}

/**
 * Results by year, for trend charts: the period totals of quantitative indicators of the projects in scope, by the
 * year their period ends (kept per project in `project_results_year`, rollups.ts). A period is assessed when it
 * has a target and an actual, and met when the actual reaches the target in the indicator's direction. A masked
 * small actual of a sensitive indicator (logframe/figures.ts) is counted as reported and suppressed, never as met
 * or missed: that would tell on which side of the target it lies.
 */
export async function resultsByYear(reader: Reader, access: Access, filter: PortfolioFilterValues): Promise<ResultsYear[]> {
  const whole = wholeAnswers(access, filter);
  if (whole) {
    return reader.rows<ResultsYear>(
      `select year, reported, ${whole.raw ? 'assessed, met, 0 as suppressed' : 'masked_assessed as assessed, masked_met as met, suppressed'}
         from portfolio_whole_results order by year`,
    );
  }
  const scope = scopeSql(access, filter);
  const seesRaw = seesRawSql(access, 'p.id', 'p.programme_id', 'y.organisation_id');
  return reader.rows<ResultsYear>(
    `with ${scope.sql}
     select y.year, sum(y.reported)::int as reported,
            sum(case when ${seesRaw.sql} then y.assessed else y.masked_assessed end)::int as assessed,
            sum(case when ${seesRaw.sql} then y.met else y.masked_met end)::int as met,
            sum(case when ${seesRaw.sql} then 0 else y.suppressed end)::int as suppressed
       from project_results_year y join projects p on p.id = y.project_id
      where y.year between coalesce(?, 1900) and coalesce(?, 2100)
      group by y.year order by y.year`,
    [...scope.params, ...[1, 2, 3].flatMap(() => seesRaw.params), filter.yearFrom ?? null, filter.yearTo ?? null],
  );
}
