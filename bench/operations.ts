/**
 * Each operation the benchmark sends, twice over: the GraphQL document Accord answers, and the one SQL statement a
 * hand-written server runs for the same `data`. The statement reads the caller from the session cookie (`$1`, the
 * secret's SHA-256) and applies Accord's read rules itself, so both sides do the same work for the same answer:
 *   admins, viewers and programme managers read everything; donors read what their organisation funds (IATI role 1
 *   on the project or its programme); partner reporters read the projects they report on.
 * Names of IATI codes come from codelist_entry, as Accord's CodeNames give them (the code when the list lacks it).
 *
 * `ordered` lists the paths whose array order the API defines; every other array is compared as a set.
 */

import { portfolioSummary, portfolioSummaryWhole } from './portfolio-summary.js';

export interface Operation {
  graphql: string;
  sql: string;
  /** Parameters after `$1` (the caller), from the GraphQL variables. */
  params: (variables: Record<string, unknown>) => unknown[];
  ordered: string[];
}

const CALLER = `caller as (
  select coalesce(bool_or(r.role in ('ADMIN', 'VIEWER', 'PROGRAMME_MANAGER')), false) as reads_all,
         coalesce(bool_or(r.role = 'ADMIN'), false) as is_admin,
         coalesce(array_agg(r.organisation_id) filter (where r.role = 'DONOR'), '{}') as donor_orgs,
         coalesce(array_agg(r.project_id) filter (where r.role = 'PARTNER_REPORTER'), '{}') as reported,
         coalesce(array_agg(r.project_id) filter (where r.role = 'PROGRAMME_MANAGER' and r.project_id is not null), '{}') as managed_projects,
         coalesce(array_agg(r.programme_id) filter (where r.role = 'PROGRAMME_MANAGER' and r.programme_id is not null), '{}') as managed_programmes
  from session s join app_user u on u.id = s.user_id left join role_assignment r on r.user_id = u.id
  where s.secret_hash = $1 and s.expires_at > now() and u.active)`;

/**
 * Whether the caller `c` may read project `p`. The funded ids are read once per statement (hashed subplans, not a
 * probe per project); for callers who read everything they are not read at all.
 */
const FUNDED = (column: string) =>
  `select f.${column} from participation f cross join caller d where f.role = '1' and f.organisation_id = any(d.donor_orgs) and f.${column} is not null`;
const seesProject = (p: string) => `(c.reads_all or ${p}.id = any(c.reported)
  or ${p}.id in (${FUNDED('project_id')}) or ${p}.programme_id in (${FUNDED('programme_id')}))`;

/** Whether the caller `c` may read programme `g`: it reads everything, funds the programme, or sees one of its projects. */
const seesProgramme = (g: string) => `(c.reads_all or ${g}.id in (${FUNDED('programme_id')})
  or exists (select 1 from project q where q.programme_id = ${g}.id and ${seesProject('q')}))`;

const codeName = (list: string, code: string) => `coalesce((select e.name from codelist_entry e where e.list = ${list} and e.code = ${code}), ${code})`;

const jsonList = (select: string) => `coalesce((${select}), '[]'::json)`;

const countries = (table: string, owner: string) =>
  jsonList(`select json_agg(json_build_object('code', k.code, 'name', k.name)) from ${table} x join country k on k.code = x.country_code where ${owner}`);

const focusAreas = (table: string, owner: string) =>
  jsonList(`select json_agg(json_build_object('code', a.code, 'name', a.name)) from ${table} x join focus_area a on a.code = x.focus_area_code where ${owner}`);

const sectors = (owner: string) =>
  jsonList(`select json_agg(json_build_object('vocabulary', s.vocabulary, 'code', s.code, 'percentage', s.percentage,
    'name', ${codeName(`case when s.vocabulary = '2' then 'SectorCategory' else 'Sector' end`, 's.code')})) from sector_share s where ${owner}`);

const participations = (owner: string) =>
  jsonList(`select json_agg(json_build_object('role', x.role, 'roleName', ${codeName(`'OrganisationRole'`, 'x.role')},
    'organisation', json_build_object('id', o.id, 'name', o.name))) from participation x join organisation o on o.id = x.organisation_id where ${owner}`);

/** One project as a row of the portfolio page. */
const PAGE_ITEM_FIELDS = `id title status statusName plannedStart plannedEnd
  programme { id title leadAgency { id name acronym } }
  recipientCountries { percentage country { code name } }
  sectors { vocabulary code name percentage }
  participations { role roleName organisation { id name } }`;

const pageItem = (p: string) => `json_build_object('id', ${p}.id, 'title', ${p}.title, 'status', ${p}.status,
  'statusName', ${codeName(`'ActivityStatus'`, `${p}.status`)}, 'plannedStart', ${p}.planned_start, 'plannedEnd', ${p}.planned_end,
  'programme', (select json_build_object('id', g.id, 'title', g.title, 'leadAgency', json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym))
                from programme g join organisation o on o.id = g.lead_agency_id where g.id = ${p}.programme_id),
  'recipientCountries', ${jsonList(`select json_agg(json_build_object('percentage', rc.percentage, 'country', json_build_object('code', k.code, 'name', k.name)))
                from recipient_country rc join country k on k.code = rc.country_code where rc.project_id = ${p}.id`)},
  'sectors', ${sectors(`s.project_id = ${p}.id`)},
  'participations', ${participations(`x.project_id = ${p}.id`)})`;

/** The first page of projects by title that match `where` (on `p`, with the caller `c`); `$2` is the page size. */
const projectPage = (where: string) => `with ${CALLER},
matching as materialized (select p.id, p.title from project p cross join caller c where p.archived_at is null and ${where} and ${seesProject('p')})
select json_build_object('projects', json_build_object(
  'totalCount', (select count(*) from matching),
  'hasNextPage', (select count(*) from matching) > $2,
  'items', ${jsonList(`select json_agg(${pageItem('p')} order by p.title, p.id)
             from (select id from matching order by title, id limit $2) m join project p on p.id = m.id`)}))::text as data`;

/** Accord's reporting currency (REPORTING_CURRENCY, USD by default); both servers get the same environment. */
const RC = process.env.REPORTING_CURRENCY?.trim() || 'USD';
if (!/^[A-Z]{3}$/.test(RC)) throw new Error(`REPORTING_CURRENCY must be three capital letters, got "${RC}"`);

const MONEY_FIGURES = ['budget', 'contributions', 'received', 'transferred', 'committed', 'spent'] as const;
const MONEY_TOTAL = `{ amount currency byCurrency { amount currency } missingRates { currency date } }`;

/**
 * The totals of a programme's finances as Accord's figures.reads.ts counts them (see its top comment): each record
 * converted at the latest rate on or before its value date and rounded to the cent, then summed; a figure is null
 * when any of its records lacks a rate; a revised budget line replaces the original lines of its project and
 * period. Rates are read once as ranges (from one rate's date to the next one's) and joined, instead of a lookup per
 * record. Only the records the totals need are read: no pledges or incoming commitments, no disbursements of projects.
 */
const financeTotals = `with ${CALLER},
prog as (select g.id from programme g cross join caller c where g.id = $2 and ${seesProgramme('g')}),
projects as (select p.id from project p where p.programme_id = (select id from prog)),
rates as (select currency, rate, rate_date as since, lead(rate_date) over (partition by currency order by rate_date) as until
          from exchange_rate where quote = '${RC}'),
records as (
  select 'budget' as figure, b.currency, b.amount, b.value_date from budget b
   where b.project_id in (select id from projects)
     and (b.type = '2' or not exists (select 1 from budget r where r.project_id = b.project_id and r.type = '2'
                                      and r.period_start = b.period_start and r.period_end = b.period_end))
  union all
  select 'contributions', c.currency, c.amount, coalesce(c.signed_date, c.period_start) from contribution c
   where c.programme_id = (select id from prog) and c.status <> 'PLEDGED'
  union all
  select 'contributions', c.currency, c.amount, coalesce(c.signed_date, c.period_start) from contribution c
   where c.project_id in (select id from projects) and c.status <> 'PLEDGED'
  union all
  select case t.type when '1' then 'received' when '2' then 'committed' when '3' then 'transferred' else 'spent' end,
         t.currency, t.amount, t.value_date from finance_transaction t
   where t.programme_id = (select id from prog) and t.type in ('1', '2', '3', '4')
  union all
  select case t.type when '1' then 'received' when '2' then 'committed' else 'spent' end,
         t.currency, t.amount, t.value_date from finance_transaction t
   where t.project_id in (select id from projects) and t.type in ('1', '2', '4')),
converted as (
  select f.figure, f.currency, f.amount, f.value_date,
         case when f.currency = '${RC}' then f.amount else round(f.amount * r.rate, 2) end as conv
  from records f left join rates r on r.currency = f.currency and f.value_date >= r.since and (r.until is null or f.value_date < r.until)),
per_currency as (
  select figure, currency, sum(amount) as amount, sum(conv) as conv, count(*) filter (where conv is null) as missing,
         min(value_date) filter (where conv is null) as missing_date
  from converted group by figure, currency),
per_figure as (
  select figure, case when sum(missing) > 0 then null else sum(conv) end as amount,
         json_agg(json_build_object('amount', amount::text, 'currency', currency) order by currency collate "C") as by_currency,
         coalesce(json_agg(json_build_object('currency', currency, 'date', missing_date) order by currency collate "C") filter (where missing > 0), '[]') as missing_rates
  from per_currency group by figure),
totals as (
  select n.figure, case when f.figure is null then 0.00 else f.amount end as amount,
         coalesce(f.by_currency, '[]') as by_currency, coalesce(f.missing_rates, '[]') as missing_rates
  from unnest(array[${MONEY_FIGURES.map((f) => `'${f}'`).join(', ')}]) as n(figure) left join per_figure f on f.figure = n.figure),
t as (select ${MONEY_FIGURES.map((f) => `(select amount from totals where figure = '${f}') as ${f}`).join(', ')})
select json_build_object('programme', json_build_object('finance', json_build_object('reportingCurrency', '${RC}', 'totals', json_build_object(
  ${MONEY_FIGURES.map((f) => `'${f}', (select json_build_object('amount', amount::text, 'currency', '${RC}', 'byCurrency', by_currency, 'missingRates', missing_rates) from totals where figure = '${f}')`).join(',\n  ')},
  'deliveryRate', case when t.budget <> 0 then round(t.spent / t.budget, 4) end,
  'deliveryOfTransferred', case when t.transferred <> 0 then round(t.spent / t.transferred, 4) end,
  'fundingGap', (t.budget - t.contributions)::text))))::text as data
from prog cross join t`;

/** Escapes LIKE wildcards as Accord's likePattern does. */
const likePattern = (text: string) => `%${text.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export const operations = {
  floor: {
    graphql: `{ __typename }`,
    sql: `with ${CALLER} select json_build_object('__typename', 'Query')::text as data from caller c where c.reads_all or cardinality(c.donor_orgs) > 0 or cardinality(c.reported) > 0`,
    params: () => [],
    ordered: [],
  },

  portfolio: {
    graphql: `query Portfolio($first: Int!) { projects(first: $first) { totalCount hasNextPage items { ${PAGE_ITEM_FIELDS} } } }`,
    sql: projectPage('true'),
    params: (v) => [v.first],
    ordered: ['projects.items'],
  },

  filteredPage: {
    graphql: `query Filtered($first: Int!, $filter: ProjectFilter!) { projects(first: $first, filter: $filter) { totalCount hasNextPage items { ${PAGE_ITEM_FIELDS} } } }`,
    sql: projectPage(`exists (select 1 from recipient_country rc where rc.project_id = p.id and rc.country_code = upper($3))
      and exists (select 1 from project_focus_area pf where pf.project_id = p.id and pf.focus_area_code = $4)
      and (p.title ilike $5 or p.description ilike $5 or p.iati_identifier ilike $5)`),
    params: (v) => {
      const f = v.filter as { country: string; focusArea: string; search: string };
      return [v.first, f.country, f.focusArea, likePattern(f.search)];
    },
    ordered: ['projects.items'],
  },

  programmes: {
    graphql: `{ programmes { id title status statusName startDate endDate leadAgency { id name } focusAreas { code name } countries { code name }
      sectors { vocabulary code name percentage } participations { role roleName organisation { id name } } projectCount } }`,
    sql: `with ${CALLER}
select json_build_object('programmes', ${jsonList(`select json_agg(json_build_object('id', g.id, 'title', g.title, 'status', g.status,
    'statusName', ${codeName(`'ActivityStatus'`, 'g.status')}, 'startDate', g.start_date, 'endDate', g.end_date,
    'leadAgency', (select json_build_object('id', o.id, 'name', o.name) from organisation o where o.id = g.lead_agency_id),
    'focusAreas', ${focusAreas('programme_focus_area', 'x.programme_id = g.id')},
    'countries', ${countries('programme_country', 'x.programme_id = g.id')},
    'sectors', ${sectors('s.programme_id = g.id')},
    'participations', ${participations('x.programme_id = g.id')},
    'projectCount', (select count(*) from project p where p.programme_id = g.id and p.archived_at is null and ${seesProject('p')})
  ) order by g.title, g.id) from programme g cross join caller c where g.archived_at is null and ${seesProgramme('g')}`)})::text as data`,
    params: () => [],
    ordered: ['programmes'],
  },

  projectPage: {
    graphql: `query ProjectPage($id: ID!) { project(id: $id) { id iatiIdentifier title description status statusName plannedStart plannedEnd actualStart actualEnd
      programme { id title } focusAreas { code name } recipientCountries { percentage country { code name } }
      sectors { vocabulary code name percentage } participations { role roleName organisation { id name } } documents { title url categoryName } } }`,
    sql: `with ${CALLER}
select json_build_object('project', json_build_object('id', p.id, 'iatiIdentifier', p.iati_identifier, 'title', p.title, 'description', p.description,
    'status', p.status, 'statusName', ${codeName(`'ActivityStatus'`, 'p.status')},
    'plannedStart', p.planned_start, 'plannedEnd', p.planned_end, 'actualStart', p.actual_start, 'actualEnd', p.actual_end,
    'programme', (select json_build_object('id', g.id, 'title', g.title) from programme g where g.id = p.programme_id),
    'focusAreas', ${focusAreas('project_focus_area', 'x.project_id = p.id')},
    'recipientCountries', ${jsonList(`select json_agg(json_build_object('percentage', rc.percentage, 'country', json_build_object('code', k.code, 'name', k.name)))
      from recipient_country rc join country k on k.code = rc.country_code where rc.project_id = p.id`)},
    'sectors', ${sectors('s.project_id = p.id')},
    'participations', ${participations('x.project_id = p.id')},
    'documents', ${jsonList(`select json_agg(json_build_object('title', d.title, 'url', d.url, 'categoryName', ${codeName(`'DocumentCategory'`, 'd.category')}))
      from document d where d.project_id = p.id`)}))::text as data
from project p cross join caller c where p.id = $2 and ${seesProject('p')}`,
    params: (v) => [v.id],
    ordered: [],
  },

  // Reading order: depth first, siblings by position then creation, as Accord's orderTree; codes from the ranks.
// The reader is a viewer, who reads the approved figures.
  // The indicators of the project are read in one scan (indicator has no index on node_id or project_id), their
  // values by the index on indicator_id.
  logframe: {
    graphql: `query Logframe($projectId: ID!) { logframe(projectId: $projectId) { projectId periods { id label startDate endDate }
      nodes { id code depth level position statement assumptions parentId responsibleOrganisation { id name }
        indicators { id title measure unitLabel aggregation direction baselineValue
          values { id period { id label } dimension category target actual actualDisplay numerator denominator suppressed } } } } }`,
    sql: `with recursive ${CALLER},
allowed as (select 1 from project p cross join caller c where p.id = $2 and ${seesProject('p')}),
ranked as (select n.*, row_number() over (partition by n.parent_id order by n.position, n.created_at) as rank
           from result_node n where n.project_id = $2 and exists (select 1 from allowed)),
tree as (select id, array[rank] as path, 0 as depth from ranked where parent_id is null
         union all select r.id, t.path || r.rank, t.depth + 1 from ranked r join tree t on r.parent_id = t.id),
periods as (select id, label, start_date, end_date from reporting_period where project_id = $2),
inds as materialized (select * from indicator where project_id = $2 and exists (select 1 from allowed)),
ind_lists as (select i.node_id, json_agg(json_build_object('id', i.id, 'title', i.title, 'measure', i.measure, 'unitLabel', i.unit_label,
           'aggregation', i.aggregation, 'direction', i.direction, 'baselineValue', i.baseline_value, 'values', vals.list) order by i.position) as list
         from inds i cross join lateral (
           select coalesce(json_agg(json_build_object('id', v.id, 'period', json_build_object('id', pr.id, 'label', pr.label),
             'dimension', v.dimension, 'category', v.category, 'target', v.target, 'actual', v.approved_actual,
             'actualDisplay', trim_scale(round(v.approved_actual::numeric, 4))::text, 'numerator', v.approved_numerator, 'denominator', v.approved_denominator,
             'suppressed', false) order by pr.start_date), '[]'::json) as list
           from indicator_value v join reporting_period pr on pr.id = v.period_id where v.indicator_id = i.id) vals
         group by i.node_id)
select json_build_object('logframe', json_build_object('projectId', $2::uuid,
  'periods', ${jsonList(`select json_agg(json_build_object('id', id, 'label', label, 'startDate', start_date, 'endDate', end_date) order by start_date) from periods`)},
  'nodes', ${jsonList(`select json_agg(json_build_object('id', n.id, 'code', array_to_string(t.path, '.'), 'depth', t.depth, 'level', n.level,
      'position', n.position, 'statement', n.statement, 'assumptions', n.assumptions, 'parentId', n.parent_id,
      'responsibleOrganisation', case when o.id is null then null else json_build_object('id', o.id, 'name', o.name) end,
      'indicators', coalesce(il.list, '[]'::json)) order by t.path)
    from tree t join ranked n on n.id = t.id left join organisation o on o.id = n.responsible_organisation_id left join ind_lists il on il.node_id = n.id`)}))::text as data
from allowed`,
    params: (v) => [v.projectId],
    ordered: ['logframe.periods', 'logframe.nodes', 'logframe.nodes[].indicators', 'logframe.nodes[].indicators[].values'],
  },

  portfolioSummary,
  portfolioSummaryWhole,

  financeTotals: {
    graphql: `query FinanceTotals($id: ID!) { programme(id: $id) { finance { reportingCurrency totals {
      ${MONEY_FIGURES.map((f) => `${f} ${MONEY_TOTAL}`).join(' ')} deliveryRate deliveryOfTransferred fundingGap } } } }`,
    sql: financeTotals,
    params: (v) => [v.id],
    ordered: MONEY_FIGURES.flatMap((f) => [`programme.finance.totals.${f}.byCurrency`, `programme.finance.totals.${f}.missingRates`]),
  },

  // Administrators and the managers of the project or its programme; indicators of another project are left out.
  setActuals: {
    graphql: `mutation SetActuals($projectId: ID!, $values: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $projectId, values: $values) { id actual } }`,
    sql: `with ${CALLER},
allowed as (select 1 from project p cross join caller c where p.id = $2 and (c.is_admin or p.id = any(c.managed_projects) or p.programme_id = any(c.managed_programmes))),
input as (select (e.v->>'indicatorId')::uuid as indicator_id, (e.v->>'periodId')::uuid as period_id, (e.v->>'actual')::float8 as actual, e.ord
          from json_array_elements($3::json) with ordinality as e(v, ord)
          where exists (select 1 from allowed) and exists (select 1 from indicator i where i.id = (e.v->>'indicatorId')::uuid and i.project_id = $2)),
written as (insert into indicator_value (id, created_at, updated_at, version, indicator_id, period_id, project_id, dimension, category, actual)
          select gen_random_uuid(), now(), now(), 1, indicator_id, period_id, $2, '', '', actual from input
          on conflict (indicator_id, period_id, dimension, category)
          do update set actual = excluded.actual, updated_at = excluded.updated_at, version = indicator_value.version + 1
          returning id, indicator_id, period_id, actual)
select json_build_object('setIndicatorValues', ${jsonList(`select json_agg(json_build_object('id', w.id, 'actual', w.actual) order by i.ord)
  from input i join written w on w.indicator_id = i.indicator_id and w.period_id = i.period_id`)})::text as data`,
    params: (v) => [v.projectId, JSON.stringify(v.values)],
    ordered: ['setIndicatorValues'],
  },
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;
