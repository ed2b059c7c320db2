/**
 * The scenarios: which operations each sends, as whom, and what the targets ask of it. Ids come from the
 * large portfolio (see `findFixtures`), so the same database always gives the same requests.
 */
import type pg from 'pg';
import type { OperationName } from './operations.js';

export type User = 'viewer' | 'admin' | 'donor';

export interface Request {
  op: OperationName;
  variables: Record<string, unknown>;
}

export interface Scenario {
  key: string;
  title: string;
  user: User;
  /** The n-th request of a run; the same n gives the same request on both servers. */
  request: (n: number) => Request;
  /** How many distinct requests the data check compares (the mix checks several of its kinds). */
  checks: number;
  kind: 'read' | 'write' | 'floor';
  /** The read median the issue asks for, in ms. */
  medianTarget?: number;
  /** The throughput the issue asks for, with 0 errors. */
  rateTarget?: number;
}

export interface Fixtures {
  bigLogframe: { projectId: string; nodes: number };
  /** Cells of one big logframe whose actuals may be set, in slices of 200 that concurrent requests share out. */
  actualSlices: { projectId: string; cells: { indicatorId: string; periodId: string }[][] };
  /** Projects for the project pages and small logframes of the mix. */
  pageProjects: string[];
  smallLogframes: string[];
  filter: { country: string; focusArea: string; search: string };
  donor: { organisationId: string; name: string; projects: number };
  /** The programme whose finances have the most transactions (its fund's and its projects'). */
  finance: { programmeId: string; transactions: number };
}

const BULK = 200;

export async function findFixtures(db: pg.Client, prefix: string): Promise<Fixtures> {
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;
  const big = await one<{ project_id: string; nodes: number } | undefined>(
    `select project_id, count(*)::int as nodes from result_node n join project p on p.id = n.project_id where p.iati_identifier like $1
     group by 1 order by (count(*) = 300) desc, count(*) desc, project_id limit 1`,
    [`${prefix}%`],
  );
  if (!big) throw new Error('the large portfolio has no logframe');
  // Cells that hold an actual are in periods that have passed and lie within the project: the API accepts a new
  // actual there. Ratio indicators take numerator and denominator instead, qualitative ones text.
  const writable = await one<{ project_id: string; cells: { indicatorId: string; periodId: string }[] }>(
    `select v.project_id, json_agg(json_build_object('indicatorId', v.indicator_id, 'periodId', v.period_id) order by v.indicator_id, v.period_id) as cells
     from indicator_value v join indicator i on i.id = v.indicator_id join project p on p.id = v.project_id
     where p.iati_identifier like $1 and v.actual is not null and v.dimension = '' and i.aggregation <> 'RATIO' and i.measure <> '5'
     group by 1 order by count(*) desc, 1 limit 1`,
    [`${prefix}%`],
  );
  if (!writable || writable.cells.length < BULK) throw new Error(`no project has ${BULK} actuals to set`);
  // Those figures are approved, so locked: reopened, as a manager's unlock would, so the API takes new actuals there.
  await db.query(
    `update indicator_update u set state = 'DRAFT', reopened = true from json_to_recordset($1::json) as c("indicatorId" uuid, "periodId" uuid)
      where u.indicator_id = c."indicatorId" and u.period_id = c."periodId" and u.state = 'APPROVED'`,
    [JSON.stringify(writable.cells)],
  );
  const slices: Fixtures['actualSlices']['cells'] = [];
  for (let i = 0; i + BULK <= writable.cells.length; i += BULK) slices.push(writable.cells.slice(i, i + BULK));
  const pageProjects = (await db.query(`select id from project where iati_identifier like $1 order by id limit 200`, [`${prefix}%`])).rows.map((r) => r.id);
  const smallLogframes = (
    await db.query(
      `select n.project_id from result_node n join project p on p.id = n.project_id where p.iati_identifier like $1
       group by 1 having count(*) between 4 and 12 order by 1 limit 100`,
      [`${prefix}%`],
    )
  ).rows.map((r) => r.project_id);
  // The donor that funds the most projects, directly or through their programme: the widest access filter.
  const donor = await one<{ id: string; name: string; projects: number }>(
    `select o.id, o.name, count(distinct p.id)::int as projects from organisation o
     join participation f on f.organisation_id = o.id and f.role = '1'
     join project p on p.id = f.project_id or p.programme_id = f.programme_id
     where o.kind = 'DONOR' and o.name like '[Large]%' group by 1, 2 order by 3 desc, 1 limit 1`,
  );
  const finance = await one<{ id: string; n: number } | undefined>(
    `select g.id, count(*)::int as n from finance_transaction t left join project p on p.id = t.project_id
     join programme g on g.id = coalesce(t.programme_id, p.programme_id) where g.iati_identifier like $1
     group by 1 order by 2 desc, 1 limit 1`,
    [`${prefix}%`],
  );
  if (!finance) throw new Error('the large portfolio has no finances (it was generated before they were): generate it again into a fresh database');
  return {
    bigLogframe: { projectId: big.project_id, nodes: big.nodes },
    actualSlices: { projectId: writable.project_id, cells: slices },
    pageProjects,
    smallLogframes,
    filter: { country: 'NG', focusArea: 'TIP_SOM', search: 'capacity' },
    donor: { organisationId: donor.id, name: donor.name, projects: donor.projects },
    finance: { programmeId: finance.id, transactions: finance.n },
  };
}

export function scenarios(f: Fixtures): Scenario[] {
  const fixed = (op: OperationName, variables: Record<string, unknown>) => () => ({ op, variables });
  const slices = f.actualSlices.cells;
  // Each request sets new values, so that the API has something to write (it skips unchanged values).
  const offset = Math.floor(Date.now() / 1000) % 90;
  const setActuals = (n: number): Request => {
    const round = Math.floor(n / slices.length);
    const values = slices[n % slices.length].map((c, i) => ({ ...c, actual: ((offset + round * 7 + i) % 90) + 1 }));
    return { op: 'setActuals', variables: { projectId: f.actualSlices.projectId, values } };
  };
  // Eight project pages for two small logframes, rotating over the projects.
  const mix = (n: number): Request =>
    n % 5 === 4
      ? { op: 'logframe', variables: { projectId: f.smallLogframes[Math.floor(n / 5) % f.smallLogframes.length] } }
      : { op: 'projectPage', variables: { id: f.pageProjects[(n * 7) % f.pageProjects.length] } };
  return [
    { key: 'floor', title: 'Signed-in `{ __typename }` (the floor)', user: 'viewer', kind: 'floor', checks: 1, request: fixed('floor', {}) },
    { key: 'portfolio', title: 'Portfolio page: 50 projects nested', user: 'viewer', kind: 'read', checks: 1, request: fixed('portfolio', { first: 50 }) },
    {
      key: 'filtered',
      title: `Filtered page: ${f.filter.country} + ${f.filter.focusArea} + "${f.filter.search}"`,
      user: 'viewer',
      kind: 'read',
      checks: 1,
      request: fixed('filteredPage', { first: 50, filter: f.filter }),
    },
    { key: 'programmes', title: 'Programme list with nested lists', user: 'viewer', kind: 'read', checks: 1, request: fixed('programmes', {}) },
    { key: 'project', title: 'One project page', user: 'viewer', kind: 'read', checks: 1, medianTarget: 25, request: fixed('projectPage', { id: f.pageProjects[0] }) },
    {
      key: 'logframe',
      title: `${f.bigLogframe.nodes}-node logframe with indicators and values`,
      user: 'viewer',
      kind: 'read',
      checks: 1,
      medianTarget: 25,
      request: fixed('logframe', { projectId: f.bigLogframe.projectId }),
    },
    { key: 'bulk', title: `Bulk update of ${BULK} actuals (admin)`, user: 'admin', kind: 'write', checks: 1, request: setActuals },
    {
      key: 'donor',
      title: `Donor-scoped portfolio page (${f.donor.projects} projects visible)`,
      user: 'donor',
      kind: 'read',
      checks: 1,
      request: fixed('portfolio', { first: 50 }),
    },
    {
      key: 'finance',
      title: `Finance totals of a programme (${f.finance.transactions} transactions)`,
      user: 'viewer',
      kind: 'read',
      checks: 1,
      medianTarget: 25,
      request: fixed('financeTotals', { id: f.finance.programmeId }),
    },
    { key: 'summary', title: 'Portfolio dashboard summary: totals, results by year and five breakdowns', user: 'viewer', kind: 'read', checks: 1, medianTarget: 60, request: fixed('portfolioSummaryWhole', {}) },
    {
      key: 'summary-filtered',
      title: `Portfolio dashboard summary filtered by ${f.filter.focusArea} and ${f.filter.country}`,
      user: 'viewer',
      kind: 'read',
      checks: 1,
      medianTarget: 60,
      request: fixed('portfolioSummary', { filter: { focusArea: f.filter.focusArea, country: f.filter.country } }),
    },
    { key: 'mix', title: 'Mix: 4 project pages to 1 small logframe', user: 'viewer', kind: 'read', checks: 10, rateTarget: 300, request: mix },
  ];
}
