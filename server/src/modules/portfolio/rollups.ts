import type { EntityManager } from '@mikro-orm/postgresql';
import { progressView } from '../logframe/figures.js';
import { PERCENTAGE, QUALITATIVE, type Aggregation, type Direction } from '../logframe/indicator.entity.js';
import { SUPPRESSION_THRESHOLD } from '../logframe/progress.js';
import type { PeriodRow, ValueRow } from '../logframe/logframe.reads.js';
import { convertedSql } from '../finance/finance.sql.js';
import { IN_IDS, groupBy, idList } from '../../db/rows.js';
import { buildCube, buildWhole } from './cube.js';

/**
 * Brings the stale rows of `indicator_status` and `money_rollup` up to date (see rollup.entity.ts). A summary calls
 * this before it reads. Each batch is one short transaction that takes the stale rows it works on with
 * `for update skip locked`: it never waits for a writer, and a writer that marks a row while it is being worked
 * out waits for it and marks the row again. Summaries bring rows up to date one at a time (an advisory lock), so
 * the per-project counts are always made from the latest statuses.
 */

const BATCH = 5_000;
const MONEY_BATCH = 100;

/** The day statuses are worked out for, as the logframe shows them (figures.ts uses the same UTC date). */
const today = () => new Date().toISOString().slice(0, 10);

/** Rows written by one refresh past which the tables get fresh planner statistics (a first fill, a day's change). */
const ANALYSE_AFTER = 2_000;

export async function refreshRollups(em: EntityManager, reportingCurrency: string): Promise<void> {
  await staleOnNewCurrency(em, reportingCurrency);
  // One statement answers the common case, where nothing changed since the last summary.
  const [{ stale }] = await em.getConnection().execute<{ stale: boolean }[]>(
    `select exists (select 1 from indicator_status where stale) or exists (select 1 from indicator_status where computed_on < ? and not stale)
            or exists (select 1 from project_indicator_counts where stale) or exists (select 1 from money_freshness where stale)
            or not exists (select 1 from portfolio_whole where dim = 'total') as stale`,
    [today()],
  );
  if (!stale) return;
  const written = (await refreshStatuses(em)) + (await refreshMoney(em, reportingCurrency));
  await em.transactional(async (tx) => {
    await serialise(tx);
    await buildWhole(tx);
  });
  // Statistics for the summaries' plans: without them PostgreSQL guesses, and on a first fill it guesses badly.
  if (written > ANALYSE_AFTER) await em.getConnection().execute(`analyze indicator_status, project_indicator_counts, project_results_year, money_rollup, activity_money, portfolio_cube, portfolio_whole`);
}

const serialise = (tx: EntityManager) => tx.execute(`select pg_advisory_xact_lock(hashtext('portfolio-rollups'))`);

const STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
const COUNT_COLUMNS = ['on_track', 'at_risk', 'off_track', 'no_data'];

/** The indicator counts and results by year of some projects, made again from their indicators' statuses and values. */
async function recount(tx: EntityManager, projectIds: string[]): Promise<void> {
  if (!projectIds.length) return;
  const count = (column: string, status: string) => `count(*) filter (where not s.archived and coalesce(s.${column}, 'NO_DATA') = '${status}')`;
  const columns = [...COUNT_COLUMNS, ...COUNT_COLUMNS.map((c) => `masked_${c}`)];
  await tx.execute(
    `insert into project_indicator_counts as c (project_id, ${columns.join(', ')}, stale)
     select p.id, ${STATUSES.map((st) => count('status', st)).join(', ')}, ${STATUSES.map((st) => count('masked_status', st)).join(', ')}, false
       from project p left join indicator_status s on s.project_id = p.id where p.id in ${IN_IDS} group by p.id
     on conflict (project_id) do update set ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, stale = false`,
    [idList(projectIds)],
  );
  // The cube sums the counts by programme: their programmes' rows are made again next (refreshMoney).
  await tx.execute(`update money_freshness set stale = true where programme_id in (select programme_id from project where id in ${IN_IDS})`, [idList(projectIds)]);
  await tx.execute(`delete from project_results_year where project_id in ${IN_IDS}`, [idList(projectIds)]);
  await tx.execute(
    `insert into project_results_year (project_id, organisation_id, year, reported, assessed, met, masked_assessed, masked_met, suppressed)
     select project_id, organisation_id, year, count(*) filter (where actual is not null), count(*) filter (where both_set),
            count(*) filter (where both_set and reached), count(*) filter (where both_set and not small),
            count(*) filter (where both_set and reached and not small), count(*) filter (where small)
       from (select v.project_id, n.responsible_organisation_id as organisation_id, extract(year from r.end_date)::int as year, c.actual,
                    c.actual is not null and v.target is not null as both_set,
                    case when i.direction = 'DECREASE' then c.actual <= v.target else c.actual >= v.target end as reached,
                    i.sensitive and c.actual > 0 and c.actual < ${SUPPRESSION_THRESHOLD} as small
               from indicator_value v join indicator i on i.id = v.indicator_id join result_node n on n.id = i.node_id
               join reporting_period r on r.id = v.period_id
               cross join lateral (select coalesce(v.approved_actual, v.approved_numerator / nullif(v.approved_denominator, 0) * case when i.measure = '${PERCENTAGE}' then 100 else 1 end) as actual) c
              where v.project_id in ${IN_IDS} and v.dimension = '' and i.archived_at is null and n.archived_at is null and i.measure <> '${QUALITATIVE}') cells
      group by project_id, organisation_id, year
     having count(*) filter (where actual is not null or both_set) > 0`,
    [idList(projectIds)],
  );
}

interface IndicatorFacts {
  id: string;
  project_id: string;
  measure: string;
  aggregation: Aggregation;
  direction: Direction;
  baseline_value: number | null;
  responsible_organisation_id: string | null;
  archived: boolean;
}

/** Returns how many indicators it worked out. */
async function refreshStatuses(em: EntityManager): Promise<number> {
  let written = 0;
  const day = today();
  // What was worked out on an earlier day may have changed with the date: a period's target became due.
  await em.getConnection().execute(`update indicator_status set stale = true where computed_on < ? and not stale`, [day]);
  for (;;) {
    const done = await em.transactional(async (tx) => {
      await serialise(tx);
      const locked = await tx.execute<{ indicator_id: string }[]>(
        `select indicator_id from indicator_status where stale order by indicator_id limit ${BATCH} for update skip locked`,
      );
      if (!locked.length) {
        const counts = await tx.execute<{ project_id: string }[]>(`select project_id from project_indicator_counts where stale for update skip locked`);
        await recount(tx, counts.map((r) => r.project_id));
        return true;
      }
      const ids = idList(locked.map((r) => r.indicator_id));
      const indicators = await tx.execute<IndicatorFacts[]>(
        `select i.id, i.project_id, i.measure, i.aggregation, i.direction, i.baseline_value, n.responsible_organisation_id,
                (i.archived_at is not null or n.archived_at is not null) as archived
           from indicator i join result_node n on n.id = i.node_id where i.id in ${IN_IDS}`,
        [ids],
      );
      const periods = await tx.execute<(PeriodRow & { projectId: string })[]>(
        `select p.id, p.project_id as "projectId", p.label, p.start_date::text as "startDate", p.end_date::text as "endDate"
           from reporting_period p where p.project_id in (select i.project_id from indicator i where i.id in ${IN_IDS}) order by p.start_date`,
        [ids],
      );
      const values = await tx.execute<{ indicatorId: string; periodId: string; target: number | null; actual: number | null; numerator: number | null; denominator: number | null; actualText: string | null }[]>(
        `select v.indicator_id as "indicatorId", v.period_id as "periodId", v.target, v.approved_actual as actual, v.approved_numerator as numerator,
                v.approved_denominator as denominator, v.approved_actual_text as "actualText"
           from indicator_value v where v.dimension = '' and v.indicator_id in ${IN_IDS}`,
        [ids],
      );
      const periodsOf = groupBy(periods, (p) => p.projectId);
      const periodById = new Map(periods.map((p) => [p.id, p]));
      const valuesOf = groupBy(values, (v) => v.indicatorId);
      const rows = indicators.map((i) => {
        const own = periodsOf.get(i.project_id) ?? [];
        const vs = (valuesOf.get(i.id) ?? [])
          .map((v) => ({ ...v, id: '', dimension: '', category: '', period: periodById.get(v.periodId)!, targetText: null, comment: '', evidence: [], version: 0 }) as ValueRow)
          .sort((a, b) => a.period.startDate.localeCompare(b.period.startDate));
        const rule = { measure: i.measure, aggregation: i.aggregation, direction: i.direction, baselineValue: i.baseline_value };
        return {
          id: i.id,
          project: i.project_id,
          org: i.responsible_organisation_id,
          status: progressView(rule, vs, own, true).status,
          masked: progressView(rule, vs, own, false).status,
          archived: i.archived,
        };
      });
      await tx.execute(
        `update indicator_status s set project_id = x.project, responsible_organisation_id = x.org, status = x.status, masked_status = x.masked,
                archived = x.archived, computed_on = ?, stale = false
           from json_to_recordset(?::json) as x(id uuid, project uuid, org uuid, status text, masked text, archived boolean)
          where s.indicator_id = x.id`,
        [day, JSON.stringify(rows)],
      );
      await recount(tx, [...new Set(indicators.map((i) => i.project_id))]);
      written += rows.length;
      return false;
    });
    if (done) return written;
  }
}

/** The money records of some programmes and their projects, with the counting rule of finance/figures.reads.ts. */
function moneyFacts(rc: string): string {
  return `
    progs as (select value::uuid as id from json_array_elements_text(?::json)),
    projects as (select p.id, p.programme_id from project p where p.programme_id in (select id from progs)),
    facts as (
      select p.programme_id, b.project_id, 'budget' as figure, extract(year from b.period_start)::int as year, null::uuid as donor_id,
             b.currency, b.amount, b.value_date
        from budget b join projects p on p.id = b.project_id
       where b.type = '2' or not exists (select 1 from budget r where r.project_id = b.project_id and r.type = '2'
                                        and r.period_start = b.period_start and r.period_end = b.period_end)
      union all
      select coalesce(c.programme_id, p.programme_id), c.project_id, 'contributions', extract(year from coalesce(c.signed_date, c.period_start))::int,
             c.donor_id, c.currency, c.amount, coalesce(c.signed_date, c.period_start)
        from contribution c left join projects p on p.id = c.project_id
       where c.status <> 'PLEDGED' and (c.programme_id in (select id from progs) or p.id is not null)
      union all
      select coalesce(t.programme_id, p.programme_id), t.project_id, case t.type when '1' then 'received' else 'spent' end,
             extract(year from t.value_date)::int, case when t.type = '1' then t.provider_id end, t.currency, t.amount, t.value_date
        from finance_transaction t left join projects p on p.id = t.project_id
       where t.type in ('1', '4') and (t.programme_id in (select id from progs) or p.id is not null)),
    converted as (select f.*, ${convertedSql('f.amount', 'f.currency', 'f.value_date', rc)} as conv from facts f)`;
}

/** Returns how many programmes it summed again, counted as ten rows each. */
async function refreshMoney(em: EntityManager, rc: string): Promise<number> {
  let written = 0;
  for (;;) {
    const done = await em.transactional(async (tx) => {
      await serialise(tx);
      const locked = await tx.execute<{ programme_id: string }[]>(
        `select programme_id from money_freshness where stale order by programme_id limit ${MONEY_BATCH} for update skip locked`,
      );
      if (!locked.length) return true;
      const ids = idList(locked.map((r) => r.programme_id));
      await tx.execute(`delete from money_rollup where programme_id in ${IN_IDS}`, [ids]);
      await tx.execute(
        `with ${moneyFacts(rc)}
         insert into money_rollup (programme_id, project_id, figure, year, donor_id, currency, quote, amount, conv, missing_date)
         select programme_id, project_id, figure, year, donor_id, currency, ?, sum(amount),
                case when bool_and(conv is not null) then sum(conv) end, min(value_date) filter (where conv is null)
           from converted group by programme_id, project_id, figure, year, donor_id, currency`,
        [ids, rc],
      );
      await tx.execute(`delete from activity_money where programme_id in ${IN_IDS}`, [ids]);
      const sums = ['budget', 'contributions', 'received', 'spent']
        .map((f) => `case when bool_and(conv is not null) filter (where figure = '${f}') is false then null else coalesce(sum(conv) filter (where figure = '${f}'), 0) end`)
        .join(', ');
      // Each activity gets a row per year it has money in or runs in (with its dates), and one for all years.
      await tx.execute(
        `insert into activity_money (activity_id, programme_id, project_id, year, budget, contributions, received, spent)
         select activity, programme_id, project_id, year, ${sums}
           from (select coalesce(m.project_id, m.programme_id) as activity, m.programme_id, m.project_id, m.year, m.figure, m.conv
                   from money_rollup m where m.programme_id in ${IN_IDS}
                 union all
                 select p.id, p.programme_id, p.id, y.year, null, null from project p,
                        generate_series(extract(year from coalesce(p.actual_start, p.planned_start))::int, extract(year from coalesce(p.actual_end, p.planned_end))::int) as y(year)
                  where p.programme_id in ${IN_IDS}
                 union all
                 select g.id, g.id, null, y.year, null, null from programme g,
                        generate_series(extract(year from g.start_date)::int, extract(year from g.end_date)::int) as y(year)
                  where g.id in ${IN_IDS}) f
          group by grouping sets ((activity, programme_id, project_id, year), (activity, programme_id, project_id))`,
        [ids, ids, ids],
      );
      await buildCube(tx, ids);
      await tx.execute(`update money_freshness set stale = false where programme_id in ${IN_IDS}`, [ids]);
      written += locked.length * 10;
      return false;
    });
    if (done) return written;
  }
}

const checkedCurrency = new WeakMap<object, string>();

/** A rollup converted into another reporting currency than the configured one is stale; checked once per process. */
async function staleOnNewCurrency(em: EntityManager, rc: string): Promise<void> {
  const key = em.getConnection();
  if (checkedCurrency.get(key) === rc) return;
  await em.getConnection().execute(
    `update money_freshness set stale = true where programme_id in (select distinct programme_id from money_rollup where quote <> ?)`,
    [rc],
  );
  checkedCurrency.set(key, rc);
}
