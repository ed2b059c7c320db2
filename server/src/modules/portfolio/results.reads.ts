import type { Reader } from '../../db/reader.js';
import type { Access } from '../access/access.js';
import { PERCENTAGE, QUALITATIVE } from '../logframe/indicator.entity.js';
import { SUPPRESSION_THRESHOLD } from '../logframe/progress.js';
import { rawFigureGrants, scopeSql, type PortfolioFilterValues } from './summary.scope.js';

export interface ResultsYear {
  year: number;
  reported: number;
  assessed: number;
  met: number;
  suppressed: number;
}

const IDS = '(select value::uuid from json_array_elements_text(?::json))';

/**
 * Results by year, for trend charts: the period totals of quantitative indicators of the projects in scope, by the
 * year their period ends. A period is assessed when it has a target and an actual, and met when the actual reaches
 * the target in the indicator's direction. A masked small actual of a sensitive indicator (figures.ts) is counted as
 * reported and suppressed, never as met or not met: that would tell on which side of the target it lies.
 */
export async function resultsByYear(reader: Reader, access: Access, filter: PortfolioFilterValues): Promise<ResultsYear[]> {
  const scope = scopeSql(access, filter);
  const raw = rawFigureGrants(access);
  return reader.rows<ResultsYear>(
    `with ${scope.sql},
     cells as (
       select extract(year from r.end_date)::int as year, v.target, i.direction,
              coalesce(v.actual, v.numerator / nullif(v.denominator, 0) * case when i.measure = '${PERCENTAGE}' then 100 else 1 end) as actual,
              i.sensitive and not (?::boolean or p.id in ${IDS} or p.programme_id in ${IDS}
                                   or (p.id::text || '|' || n.responsible_organisation_id::text) in (select value from json_array_elements_text(?::json))) as masked
         from indicator_value v join indicator i on i.id = v.indicator_id join result_node n on n.id = i.node_id
         join reporting_period r on r.id = v.period_id join projects p on p.id = v.project_id
        where v.dimension = '' and i.archived_at is null and i.measure <> '${QUALITATIVE}'
          and r.end_date between make_date(coalesce(?, 1900), 1, 1) and make_date(coalesce(?, 2100), 12, 31)),
     judged as (
       select year, actual is not null as reported, masked and actual > 0 and actual < ${SUPPRESSION_THRESHOLD} as suppressed,
              target is not null and actual is not null as has_both,
              case when direction = 'DECREASE' then actual <= target else actual >= target end as reached
         from cells)
     select year, (count(*) filter (where reported))::int as reported, (count(*) filter (where has_both and not suppressed))::int as assessed,
            (count(*) filter (where has_both and not suppressed and reached))::int as met, (count(*) filter (where suppressed))::int as suppressed
       from judged group by year having count(*) filter (where reported or has_both) > 0 order by year`,
    [...scope.params, raw.admin, JSON.stringify(raw.projects), JSON.stringify(raw.programmes), JSON.stringify(raw.reported), filter.yearFrom ?? null, filter.yearTo ?? null],
  );
}
