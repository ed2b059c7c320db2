import { Decimal } from 'decimal.js';
import type { Reader } from '../../db/reader.js';
import { IN_IDS } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { donorView } from '../finance/finance.policy.js';
import { OTHER_DONORS } from '../finance/figures.reads.js';
import { rawFigureGrants, rawParams, rawSql, scopeSql, type PortfolioFilterValues } from './summary.scope.js';
import { cubeAnswers, cubeSummary, wholeAnswers, wholeSummary } from './cube.js';

/**
 * The portfolio summary: totals and breakdowns of the activities a caller reads and the filters select, in one
 * SQL statement over the rollups (rollup.entity.ts), which rollups.ts has brought up to date.
 *
 * Counting rule:
 * - money follows the finance figures' rule (budget with revisions, signed and paid contributions, incoming funds
 *   received, expenditure spent), converted per record at the rate of its value date. With a country or region
 *   filter, a project's money counts by its recipient-country percentage, a programme fund's evenly over its
 *   countries;
 * - a project counts once in each row it belongs to. Focus areas, SDG targets, legal instruments, donors and years
 *   are not shares: a project with two focus areas counts fully in both, so those rows may add up to more than the
 *   total. Countries and regions are shares (percentages), so their money adds up to the total;
 * - a donor's row holds the contributions and receipts from that donor, and the projects, budget, spending and
 *   indicators of what it funds. A donor caller sees other donors one by one only where a programme publishes
 *   its contributions, and otherwise as "Other donors" (finance.policy.ts);
 * - a year's row holds the money dated in that year, and the projects running in it with their indicators;
 * - indicators count by their status today. A sensitive indicator counts with the status its reader may see:
 *   withheld (no data) where it would come from a masked small number (logframe/figures.ts).
 */

export const BREAKDOWNS = ['focusArea', 'country', 'region', 'leadAgency', 'donor', 'status', 'year', 'sdgTarget', 'legalInstrument'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface IndicatorCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  total: number;
}

export interface PortfolioFiguresRow {
  key: string;
  label: string;
  programmes: number;
  projects: number;
  budget: string | null;
  contributions: string | null;
  received: string | null;
  spent: string | null;
  deliveryRate: number | null;
  fundingGap: string | null;
  indicators: IndicatorCounts;
}

export interface PortfolioSummaryView extends Record<`by${Capitalize<Breakdown>}`, PortfolioFiguresRow[]> {
  reportingCurrency: string;
  totals: PortfolioFiguresRow & { countries: number; partners: number };
  missingRates: { currency: string; date: string }[];
}


/**
 * A donor's key as the caller may see it (finance.policy.ts): the donor itself for those who see every donor, for
 * the caller's own organisations and in programmes that publish their contributions; otherwise "Other donors".
 * Bound from the `donor_view` CTE.
 */
const donorKey = (donor: string, programme: string) =>
  `case when (select sees_all from donor_view) or ${donor} in (select unnest(own) from donor_view)
             or (select g.publish_contributions from programme g where g.id = ${programme}) then ${donor}::text else '${OTHER_DONORS}' end`;

export const MONEY = ['budget', 'contributions', 'received', 'spent'] as const;
const STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
export const COUNTS = ['on_track', 'at_risk', 'off_track', 'no_data'];
/** The cube keeps both counts of each status: as seen with the raw figures and masked (cube.ts). */
export const CUBE_COUNTS = [...COUNTS, ...COUNTS.map((k) => `masked_${k}`)];

/**
 * Each breakdown's rows as (dim, key, activity, counts, money, statuses); `counts` says whether the row counts the
 * activity. `act` holds each activity's money already weighted by the country or region filtered (rollups.ts);
 * `weighted` says whether there is such a filter, so that an unfiltered summary multiplies nothing.
 */
function facets(weighted: boolean, counts: string[]): Record<Breakdown, string> {
  const STATUS_COLUMNS = counts.map((k) => `a.${k}`).join(', ');
  const NO_STATUS = counts.map(() => 'null::int').join(', ');
  const times = (expr: string, weight = 'a.weight') => (weighted ? `${expr} * ${weight}` : expr);
  const money = (share?: string) =>
    MONEY.map((f) => `${share ? (weighted ? `a.${f} / a.weight * ${share}` : `a.${f} * ${share}`) : `a.${f}`} as ${f}, a.${f}_missing`).join(', ');
  const withStatus = (dim: string, key: string, from: string, share?: string) =>
    `select '${dim}', ${key}, a.id, a.is_project, a.programme_id, true, ${money(share)}, ${STATUS_COLUMNS} ${from}`;
  return {
    focusArea: `${withStatus('focusArea', 'x.focus_area_code', 'from act a join project_focus_area x on a.is_project and x.project_id = a.id')}
      union all
      select 'focusArea', x.focus_area_code, a.id, a.is_project, a.programme_id, true, ${money()}, ${NO_STATUS}
        from act a join programme_focus_area x on not a.is_project and x.programme_id = a.id`,
    // Shares of the activity's money by country: the country's share replaces the filter's weight.
    country: withStatus('country', 'c.key', 'from act a join country_shares c on c.activity = a.id', 'c.share'),
    region: withStatus(
      'region',
      'r.key',
      'from act a join (select c.activity, k.region as key, sum(c.share) as share from country_shares c join country k on k.code = c.key group by 1, 2) r on r.activity = a.id',
      'r.share',
    ),
    leadAgency: withStatus('leadAgency', 'a.lead_agency_id::text', 'from act a'),
    status: withStatus('status', 'a.status', 'from act a'),
    sdgTarget: withStatus('sdgTarget', 'x.sdg_target_code', 'from act a join programme_sdg_target x on x.programme_id = a.programme_id'),
    legalInstrument: withStatus('legalInstrument', 'x.legal_instrument_code', 'from act a join programme_legal_instrument x on x.programme_id = a.programme_id'),
    // What each donor funds (IATI role 1 on the activity or its programme), then the money that came from it.
    donor: `
      select 'donor', f.donor::text, a.id, a.is_project, a.programme_id, true, a.budget, a.budget_missing, 0, false, 0, false,
             a.spent, a.spent_missing, ${STATUS_COLUMNS}
        from act a join (select distinct f.activity, ${donorKey('f.donor', 'f.programme_id')} as donor
                           from (select a.id as activity, a.programme_id, x.organisation_id as donor from act a join participation x on x.role = '1' and x.project_id = a.id
                                 union all
                                 select a.id, a.programme_id, x.organisation_id from act a join participation x on x.role = '1' and x.programme_id = a.programme_id) f
                         ) f on f.activity = a.id
      union all
      select 'donor', m.donor, a.id, a.is_project, a.programme_id, false, 0, false, ${times('m.contributions')}, m.contributions_missing,
             ${times('m.received')}, m.received_missing, 0, false, ${NO_STATUS}
        from act a join donor_money m on m.activity = a.id`,
    // The years an activity has money in or runs in (rollups.ts gives it a row for each).
    year: `
      select 'year', m.year::text, a.id, a.is_project, a.programme_id, true,
             ${MONEY.map((f) => `${times(`coalesce(m.${f}, 0)`)}, m.${f} is null`).join(', ')}, ${STATUS_COLUMNS}
        from act a cross join lateral (select * from activity_money m where m.activity_id = a.id and m.year between coalesce(?, 1900) and coalesce(?, 2100)) m`,
  };
}

/** The money of each activity: its row of all years, or its rows of the years filtered. */
function activityMoney(byYears: boolean, weighted: boolean): string {
  const weigh = (expr: string) => (weighted ? `${expr} * a.weight` : expr);
  if (!byYears) {
    return `
    act_money as (
      select a.*, ${MONEY.map((f) => `${weigh(`coalesce(m.${f}, 0)`)} as ${f}, m.id is not null and m.${f} is null as ${f}_missing`).join(', ')}
        -- One index probe per activity: a filtered summary reads a few of these rows, not all of them.
        from activities a left join lateral (select * from activity_money m where m.activity_id = a.id and m.year is null limit 1) m on true)`;
  }
  return `
    act_money as (
      select a.*, ${MONEY.map((f) => `${weigh(`coalesce(m.${f}, 0)`)} as ${f}, coalesce(m.${f}_missing, false) as ${f}_missing`).join(', ')}
        from activities a left join (
          select m.activity_id, ${MONEY.map((f) => `sum(m.${f}) as ${f}, bool_or(m.${f} is null) as ${f}_missing`).join(', ')} from activity_money m
           where m.activity_id in (select id from activities) and m.year between coalesce(?, 1900) and coalesce(?, 2100)
           group by m.activity_id) m on m.activity_id = a.id)`;
}

/**
 * One breakdown's rows summed by key. By programme first, then by key: counting distinct programmes over every
 * row would sort them all. Each breakdown is grouped on its own, so the planner sizes each small aggregate.
 */
const byProgramme = (facet: string, counts: string[]) => `
      select r.dim, r.key, r.programme_id, bool_or(r.counts) as counts, count(*) filter (where r.counts and r.is_project) as projects,
             ${MONEY.map((f) => `sum(r.${f}) as ${f}, bool_or(r.${f}_missing) as ${f}_missing`).join(', ')},
             ${counts.map((k) => `sum(r.${k}) filter (where r.counts) as ${k}`).join(', ')}
        from (${facet}) r (dim, key, id, is_project, programme_id, counts, ${MONEY.map((f) => `${f}, ${f}_missing`).join(', ')}, ${counts.join(', ')})
       group by r.dim, r.key, r.programme_id`;

const grouped = (facet: string) => `
      select b.dim, b.key, (count(*) filter (where b.counts))::int as programmes, sum(b.projects)::int as projects,
             ${MONEY.map((f) => `case when bool_or(b.${f}_missing) then null else round(coalesce(sum(b.${f}), 0), 2)::text end as ${f}`).join(', ')},
             ${COUNTS.map((k) => `coalesce(sum(b.${k}), 0)::int as ${k}`).join(', ')}
        from (${byProgramme(facet, COUNTS)}) b
       group by b.dim, b.key`;

/**
 * The CTEs every summary shares, after the scope's: the activities' money and statuses, country shares, donors'
 * money. For the cube (cube.ts) nobody is calling: donors are all seen one by one and both status counts are kept.
 */
// Who sees raw figures, for the statuses of a project and of an indicator's node; bound in portfolioSummary.
const RAW_BY_PROJECT = rawSql('c.project_id', 'p.programme_id');
const RAW_BY_NODE = rawSql('s.project_id', 'p.programme_id', 's.responsible_organisation_id');

function sharedSql(byYears: boolean, weighted: boolean, cube: boolean): string {
  const statuses = cube
    ? `statuses as (select c.project_id, ${CUBE_COUNTS.map((k) => `c.${k}`).join(', ')} from project_indicator_counts c join projects p on p.id = c.project_id),`
    : `-- Sensitive indicators count as their reader sees them: a partner reporter sees raw figures only on the nodes
    -- of its organisation, so its projects are counted indicator by indicator; everyone else project by project.
    statuses as (
      select c.project_id, ${COUNTS.map((k) => `case when ${RAW_BY_PROJECT} then c.${k} else c.masked_${k} end as ${k}`).join(', ')}
        from project_indicator_counts c join projects p on p.id = c.project_id
       where c.project_id not in (select split_part(value, '|', 1)::uuid from json_array_elements_text(?::json))
      union all
      select s.project_id, ${STATUSES.map((st, i) => `count(*) filter (where coalesce(case when ${RAW_BY_NODE} then s.status else s.masked_status end, 'NO_DATA') = '${st}') as ${COUNTS[i]}`).join(', ')}
        from indicator_status s join projects p on p.id = s.project_id
       where not s.archived and s.project_id in (select split_part(value, '|', 1)::uuid from json_array_elements_text(?::json))
       group by s.project_id),`;
  const counts = cube ? CUBE_COUNTS : COUNTS;
  return `,
    donor_view as (${cube ? `select true as sees_all, '{}'::uuid[] as own` : `select ?::boolean as sees_all, array(select value::uuid from json_array_elements_text(?::json)) as own`}),${activityMoney(byYears, weighted)},
    ${statuses}
    act as materialized (select m.*, ${counts.map((k) => `s.${k}`).join(', ')} from act_money m left join statuses s on s.project_id = m.id),
    country_shares as (
      select a.id as activity, x.country_code as key, x.percentage / 100 as share from act a join recipient_country x on a.is_project and x.project_id = a.id
       where (?::text is null or x.country_code = ?) and (?::text is null or x.country_code in (select code from country where region = ?))
      union all
      select a.id, x.country_code, 1.0 / count(*) over (partition by a.id) from act a join programme_country x on not a.is_project and x.programme_id = a.id),
    donor_money as (
      select coalesce(m.project_id, m.programme_id) as activity,
             ${donorKey('m.donor_id', 'm.programme_id')} as donor,
             sum(m.conv) filter (where m.figure = 'contributions') as contributions, coalesce(bool_or(m.conv is null) filter (where m.figure = 'contributions'), false) as contributions_missing,
             sum(m.conv) filter (where m.figure = 'received') as received, coalesce(bool_or(m.conv is null) filter (where m.figure = 'received'), false) as received_missing
        from (select m.* from projects p join money_rollup m on m.project_id = p.id
              union all
              select m.* from programmes g join money_rollup m on m.programme_id = g.id and m.project_id is null) m
       where m.donor_id is not null and m.year between coalesce(?, 1900) and coalesce(?, 2100)
       group by 1, 2),
    total as (
      select 'total' as dim, '' as key, a.id, a.is_project, a.programme_id, true as counts, ${MONEY.map((f) => `a.${f}, a.${f}_missing`).join(', ')}, ${counts.map((k) => `a.${k}`).join(', ')}
        from act a)`;
}

/** Every breakdown of some programmes, summed by programme: the rows of the cube (cube.ts). */
export function cubeSql(): string {
  const all = facets(false, CUBE_COUNTS);
  // Partners are no breakdown, but their number in the totals is of distinct organisations: the cube keeps which.
  const none = `${MONEY.map(() => '0, false').join(', ')}, ${CUBE_COUNTS.map(() => 'null::int').join(', ')}`;
  const partners = `
      select distinct 'partner', x.organisation_id::text, a.id, a.is_project, a.programme_id, false, ${none}
        from act a join participation x on x.role <> '1' and x.project_id = a.id
      union
      select distinct 'partner', x.organisation_id::text, a.id, a.is_project, a.programme_id, false, ${none}
        from act a join participation x on x.role <> '1' and x.programme_id = a.id`;
  return `${sharedSql(false, false, true)}
    ${['select * from total', ...BREAKDOWNS.map((b) => all[b]), partners].map((f) => byProgramme(f, CUBE_COUNTS)).join('\n    union all\n')}`;
}

/** Names of the rows' keys, and the rows that are not breakdowns: missing rates and the reach of the totals. */
export const LABEL = (g: string) => `case ${g}.dim
             when 'focusArea' then (select f.name from focus_area f where f.code = ${g}.key)
             when 'country' then (select c.name from country c where c.code = ${g}.key)
             when 'leadAgency' then (select o.name from organisation o where o.id::text = ${g}.key)
             when 'donor' then (select o.name from organisation o where o.id::text = ${g}.key)
             when 'status' then (select e.name from codelist_entry e where e.list = 'ActivityStatus' and e.code = ${g}.key)
             when 'sdgTarget' then (select ${g}.key || ' ' || t.title from sdg_target t where t.code = ${g}.key)
             when 'legalInstrument' then (select i.short_name from legal_instrument i where i.code = ${g}.key)
           end`;

export const REACH = `
    select 'reach', 'countries', (select count(distinct k) from (select x.country_code as k from recipient_country x where x.project_id in (select id from projects)
                                  union all select x.country_code from programme_country x where x.programme_id in (select id from programmes)) c)::int,
           (select count(distinct k) from (select x.organisation_id as k from projects p join participation x on x.project_id = p.id where x.role <> '1'
                                           union all
                                           select x.organisation_id from programmes g join participation x on x.programme_id = g.id where x.role <> '1') o)::int,
           null, null, null, null, 0, 0, 0, 0, null`;

function statement(parts: ReadonlySet<Breakdown>, byYears: boolean, weighted: boolean): string {
  const all = facets(weighted, COUNTS);
  const chosen = BREAKDOWNS.filter((b) => parts.has(b)).map((b) => all[b]);
  return `${sharedSql(byYears, weighted, false)}
    select g.*, ${LABEL('g')} as label
    from (${['select * from total', ...chosen].map(grouped).join('\n    union all\n')}) g
    union all
    select 'missing', m.currency, 0, 0, min(m.missing_date)::text, null, null, null, 0, 0, 0, 0, null
      from money_rollup m
     -- Read only when some money lacks a rate.
     where (select bool_or(${MONEY.map((f) => `${f}_missing`).join(' or ')}) from act) and m.conv is null and m.year between coalesce(?, 1900) and coalesce(?, 2100)
       and (m.project_id in (select id from projects) or (m.project_id is null and m.programme_id in (select id from programmes)))
     group by m.currency
    union all ${REACH}`;
}

export interface Row {
  dim: string;
  key: string;
  programmes: number;
  projects: number;
  budget: string | null;
  contributions: string | null;
  received: string | null;
  spent: string | null;
  on_track: number;
  at_risk: number;
  off_track: number;
  no_data: number;
  label: string | null;
}

const ratio = (a: string | null, b: string | null) => (a !== null && b !== null && !new Decimal(b).isZero() ? new Decimal(a).div(b).toDecimalPlaces(4).toNumber() : null);

function figures(r: Row, label: string): PortfolioFiguresRow {
  const indicators = { onTrack: r.on_track, atRisk: r.at_risk, offTrack: r.off_track, noData: r.no_data, total: r.on_track + r.at_risk + r.off_track + r.no_data };
  return {
    key: r.key,
    label,
    programmes: r.programmes,
    projects: r.projects,
    budget: r.budget,
    contributions: r.contributions,
    received: r.received,
    spent: r.spent,
    deliveryRate: ratio(r.spent, r.budget),
    fundingGap: r.budget !== null && r.contributions !== null ? new Decimal(r.budget).minus(r.contributions).toFixed(2) : null,
    indicators,
  };
}

export async function portfolioSummary(reader: Reader, access: Access, filter: PortfolioFilterValues, rc: string, parts: ReadonlySet<Breakdown>): Promise<PortfolioSummaryView> {
  const scope = scopeSql(access, filter);
  const { own, seesAll } = donorView(access);
  const from = filter.yearFrom ?? null;
  const to = filter.yearTo ?? null;
  const country = filter.country ?? null;
  const region = filter.region ?? null;
  const byYears = from !== null || to !== null;
  const reported = JSON.stringify(rawFigureGrants(access).reported);
  const params = [
    ...scope.params,
    seesAll, JSON.stringify(own),
    ...(byYears ? [from, to] : []),
    ...COUNTS.flatMap(() => rawParams(access, false)), reported,
    ...STATUSES.flatMap(() => rawParams(access, true)), reported,
    country, country, region, region,
    from, to,
    ...(parts.has('year') ? [from, to] : []),
    from, to,
  ];
  // The whole portfolio for an administrator or a viewer is kept made; for the managers of programmes it is
  // added up from the cube; everything else is the full statement (cube.ts).
  const whole = wholeAnswers(access, filter);
  const rows = whole
    ? await wholeSummary(reader, whole.raw, parts)
    : cubeAnswers(access, filter)
      ? await cubeSummary(reader, access, parts)
      : await reader.rows<Row>(`with ${scope.sql}${statement(parts, byYears, country !== null || region !== null)}`, params);
  const total = rows.find((r) => r.dim === 'total') ?? ({ dim: 'total', key: '', programmes: 0, projects: 0, budget: '0.00', contributions: '0.00', received: '0.00', spent: '0.00', on_track: 0, at_risk: 0, off_track: 0, no_data: 0, label: null } as Row);
  const reach = rows.find((r) => r.dim === 'reach') ?? { programmes: 0, projects: 0 };
  const view = {
    reportingCurrency: rc,
    totals: { ...figures(total, 'Total'), countries: reach.programmes, partners: reach.projects },
    missingRates: rows.filter((r) => r.dim === 'missing').map((r) => ({ currency: r.key, date: r.budget! })),
  } as PortfolioSummaryView;
  for (const dim of BREAKDOWNS) {
    const mine = rows.filter((r) => r.dim === dim);
    const label = (r: Row) => (r.key === OTHER_DONORS ? 'Other donors' : (r.label ?? r.key));
    const rank = (k: string) => (k === OTHER_DONORS ? 1 : 0);
    view[`by${dim[0].toUpperCase()}${dim.slice(1)}` as `by${Capitalize<Breakdown>}`] = mine
      .map((r) => figures(r, label(r)))
      .sort((a, b) => rank(a.key) - rank(b.key) || (dim === 'year' ? Number(a.key) - Number(b.key) : a.label.localeCompare(b.label)));
  }
  return view;
}
