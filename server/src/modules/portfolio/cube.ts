import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reader } from '../../db/reader.js';
import type { Access } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { IN_IDS } from '../../db/rows.js';
import { CUBE_COUNTS, COUNTS, LABEL, MONEY, cubeSql, type Breakdown, type Row } from './summary.reads.js';
import { programmesScopeSql, rawFigureGrants, scopeSql, type PortfolioFilterValues } from './summary.scope.js';

/*
 * The cube: every breakdown of each programme and its projects, summed by key and kept in `portfolio_cube`. It is
 * the first half of the summary's own statement (the same facets, grouped by programme), run when a programme's
 * records change (rollups.ts), so that the summary most people open — the whole portfolio, unfiltered, for a
 * reader of all of it — adds up a few rows per programme instead of every activity, project and year.
 */

const cubeColumns = () => ['programme_id', 'dim', 'key', 'counts', 'projects', ...MONEY.flatMap((f) => [f, `${f}_missing`]), ...CUBE_COUNTS];

/** Makes the cube's rows of these programmes again; inside the refresh's transaction. */
export async function buildCube(tx: EntityManager, programmeIds: string): Promise<void> {
  await tx.execute(`delete from portfolio_cube where programme_id in ${IN_IDS}`, [programmeIds]);
  // Bindings: the scope's programmes twice; no country, region or years (four, two and two nulls).
  const columns = cubeColumns().join(', ');
  await tx.execute(
    `insert into portfolio_cube (${columns})
     select ${columns} from (with ${programmesScopeSql()}${cubeSql()}) q`,
    [programmeIds, programmeIds, null, null, null, null, null, null, null, null],
  );
}

/**
 * Makes the whole portfolio's summary again from the cube, and its results by year; after a refresh that changed
 * anything, under the refresh's lock. Its total row is always written: a missing one means it must be made again.
 */
export async function buildWhole(tx: EntityManager): Promise<void> {
  await tx.execute(`delete from portfolio_whole`);
  await tx.execute(
    `insert into portfolio_whole (dim, key, programmes, projects, ${MONEY.join(', ')}, ${CUBE_COUNTS.join(', ')})
     select t.dim, t.key, (count(*) filter (where c.counts))::int, coalesce(sum(c.projects), 0)::int,
            ${MONEY.map((f) => `case when bool_or(c.${f}_missing) then null else round(coalesce(sum(c.${f}), 0), 2) end`).join(', ')},
            ${CUBE_COUNTS.map((k) => `coalesce(sum(c.${k}), 0)::int`).join(', ')}
       from (select 'total' as dim, '' as key union select dim, key from portfolio_cube where dim <> 'partner') t
       left join (portfolio_cube c join programme g on g.id = c.programme_id and g.archived_at is null) on c.dim = t.dim and c.key = t.key
      group by t.dim, t.key
     union all
     select 'reach', 'countries', count(distinct c.key) filter (where c.dim = 'country'), count(distinct c.key) filter (where c.dim = 'partner'),
            null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0
       from portfolio_cube c join programme g on g.id = c.programme_id and g.archived_at is null where c.dim in ('country', 'partner')`,
  );
  await tx.execute(`delete from portfolio_whole_results`);
  await tx.execute(
    `insert into portfolio_whole_results (year, reported, assessed, met, masked_assessed, masked_met, suppressed)
     select y.year, sum(y.reported), sum(y.assessed), sum(y.met), sum(y.masked_assessed), sum(y.masked_met), sum(y.suppressed)
       from project_results_year y join project p on p.id = y.project_id and p.archived_at is null join programme g on g.id = p.programme_id and g.archived_at is null
      group by y.year`,
  );
}

/**
 * Whether the whole portfolio's summary answers: no filter, and an administrator (raw figures) or a viewer with no
 * other role (masked ones), who both read all of it.
 */
export function wholeAnswers(access: Access, filter: PortfolioFilterValues): { raw: boolean } | null {
  if (Object.values(filter).some((v) => v !== null && v !== undefined)) return null;
  const roles = new Set(access.requireCaller().grants.map((g) => g.role));
  if (roles.has(Role.ADMIN)) return { raw: true };
  return roles.size === 1 && roles.has(Role.VIEWER) ? { raw: false } : null;
}

/** The whole portfolio's summary, in the rows the summary's own statement gives. */
export function wholeSummary(reader: Reader, raw: boolean, parts: ReadonlySet<Breakdown>): Promise<Row[]> {
  const counts = COUNTS.map((k) => `w.${raw ? k : `masked_${k}`} as ${k}`).join(', ');
  return reader.rows<Row>(
    `select w.dim, w.key, w.programmes, w.projects, ${MONEY.map((f) => `w.${f}::text as ${f}`).join(', ')}, ${counts}, ${LABEL('w')} as label
       from portfolio_whole w where w.dim in (select value from json_array_elements_text(?::json))
     union all
     select 'missing', m.currency, 0, 0, min(m.missing_date)::text, null, null, null, 0, 0, 0, 0, null
       from money_rollup m
      where exists (select 1 from portfolio_whole w where w.dim = 'total' and (${MONEY.map((f) => `w.${f} is null`).join(' or ')}))
        and m.conv is null and (m.project_id is null or m.project_id in (select id from project where archived_at is null))
        and m.programme_id in (select id from programme where archived_at is null)
      group by m.currency`,
    [JSON.stringify(['total', 'reach', ...parts])],
  );
}

/**
 * Whether the cube answers this summary: no filter, and a caller who reads the whole portfolio and sees raw figures
 * programme by programme (an administrator, a viewer, the manager of whole programmes). Managers of single
 * projects, partner reporters and donors see parts of programmes, and get the summary's own statement.
 */
export function cubeAnswers(access: Access, filter: PortfolioFilterValues): boolean {
  if (Object.values(filter).some((v) => v !== null && v !== undefined)) return false;
  const grants = access.requireCaller().grants;
  return access.readsAll && !grants.some((g) => g.projectId || g.role === Role.DONOR || g.role === Role.PARTNER_REPORTER);
}

/** The summary from the cube, in the rows the summary's own statement gives. */
export function cubeSummary(reader: Reader, access: Access, parts: ReadonlySet<Breakdown>): Promise<Row[]> {
  const scope = scopeSql(access, {});
  const raw = rawFigureGrants(access);
  const seesRaw = `(?::boolean or c.programme_id in ${IN_IDS})`;
  return reader.rows<Row>(
    `with ${scope.sql}
     select g.*, ${LABEL('g')} as label
       from (select c.dim, c.key, (count(*) filter (where c.counts))::int as programmes, sum(c.projects)::int as projects,
                    ${MONEY.map((f) => `case when bool_or(c.${f}_missing) then null else round(coalesce(sum(c.${f}), 0), 2)::text end as ${f}`).join(', ')},
                    ${COUNTS.map((k) => `coalesce(sum(case when ${seesRaw} then c.${k} else c.masked_${k} end), 0)::int as ${k}`).join(', ')}
               from portfolio_cube c
              where c.programme_id in (select id from programmes) and c.dim in (select value from json_array_elements_text(?::json))
              group by c.dim, c.key) g
     union all
     select 'missing', m.currency, 0, 0, min(m.missing_date)::text, null, null, null, 0, 0, 0, 0, null
       from money_rollup m
      where exists (select 1 from portfolio_cube c where c.dim = 'total' and (${MONEY.map((f) => `c.${f}_missing`).join(' or ')}))
        and m.conv is null and m.programme_id in (select id from programmes) and (m.project_id is null or m.project_id in (select id from projects))
      group by m.currency
     union all
     select 'reach', 'countries', (count(distinct c.key) filter (where c.dim = 'country'))::int, (count(distinct c.key) filter (where c.dim = 'partner'))::int,
            null, null, null, null, 0, 0, 0, 0, null
       from portfolio_cube c where c.dim in ('country', 'partner') and c.programme_id in (select id from programmes)`,
    [...scope.params, ...COUNTS.flatMap(() => [raw.admin, JSON.stringify(raw.programmes)]), JSON.stringify(['total', ...parts])],
  );
}
