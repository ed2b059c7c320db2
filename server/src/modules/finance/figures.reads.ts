import { Decimal } from 'decimal.js';
import type { Reader } from '../../db/reader.js';
import type { Access } from '../access/access.js';
import { convertedSql } from './finance.sql.js';
import { donorView } from './finance.policy.js';

/**
 * The derived money figures of a programme or a project, summed in SQL in one statement.
 *
 * Each figure is a sum over one set of records, and each record is counted in exactly one figure:
 * - budget: the project budget lines; where a project has a revised line (type 2) for a period, its revised
 *   lines replace the original ones for that period;
 * - contributions: signed and paid funding agreements (pledged ones are `pledged`);
 * - incomingCommitments (11) and received (1): money coming in, to the programme's fund or directly to a project;
 * - transferred (3 on the programme): from the fund to participating organisations, for a project where named;
 * - committed (2), disbursed (3 on a project, to implementing partners) and spent (4).
 * Pass-through money (donor → fund → agency → partner) therefore appears once at each step: as received by the
 * fund, transferred to the agency, disbursed to the partner and spent. It is never added across steps, so no
 * amount is counted twice. A breakdown splits each figure's records into rows (by year, project, organisation,
 * donor or output, with a row for records that name none), so the rows of a breakdown add up to the total.
 *
 * Amounts in the reporting currency convert each record at the rate of its value date (the latest rate on or
 * before it) and round it to the cent, so that every breakdown sums the same converted figures. Where any record
 * lacks a rate, the figure in the reporting currency is null and the missing rates are listed.
 */

export const FIGURES = ['budget', 'contributions', 'pledged', 'incomingCommitments', 'received', 'transferred', 'committed', 'disbursed', 'spent'] as const;
export type Figure = (typeof FIGURES)[number];

export const BREAKDOWNS = ['year', 'project', 'organisation', 'donor', 'output'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface Money {
  amount: string;
  currency: string;
}

export interface MissingRate {
  currency: string;
  date: string;
}

export interface MoneyTotal {
  /** In the reporting currency; null when a rate is missing. */
  amount: string | null;
  currency: string;
  byCurrency: Money[];
  missingRates: MissingRate[];
}

export interface FigureSet extends Record<Figure, MoneyTotal> {
  deliveryRate: number | null;
  deliveryOfTransferred: number | null;
  fundingGap: string | null;
}

export interface FinanceRow {
  key: string;
  label: string;
  figures: FigureSet;
}

export interface Flow {
  source: string;
  target: string;
  amount: string;
}

export interface FinanceView {
  reportingCurrency: string;
  totals: FigureSet;
  byYear: FinanceRow[];
  byProject: FinanceRow[];
  byOrganisation: FinanceRow[];
  byDonor: FinanceRow[];
  byOutput: FinanceRow[];
  flows: Flow[];
}

/** The key of a record that names no project, organisation, donor or output in a breakdown. */
export const NONE = 'NONE';
/** The donor key of contributions a donor may not see one by one. */
export const OTHER_DONORS = 'OTHER';

interface Scope {
  programmeId?: string;
  projectId?: string;
}

/**
 * The statement's first CTE: the programme or project read, and which donors the caller sees one by one. A
 * donor sees its own contributions and payments one by one, and the others' only summed as "other donors",
 * unless the programme publishes them; everyone else who reads the programme sees every donor.
 */
function scopeSql(scope: Scope, access: Access): { sql: string; params: unknown[] } {
  const { own, seesAll } = donorView(access);
  return {
    sql: `scope as (
      select s.programme_id, s.project_id, s.sees_all or g.publish_contributions as sees_all_donors,
             array(select value::uuid from json_array_elements_text(s.own)) as own_donors
      from (select ?::uuid as programme_id, ?::uuid as project_id, ?::json as own, ?::boolean as sees_all) s
      join programme g on g.id = coalesce(s.programme_id, (select p.programme_id from project p where p.id = s.project_id))),
    projects as (select p.id from project p, scope s where p.programme_id = s.programme_id or p.id = s.project_id)`,
    params: [scope.programmeId ?? null, scope.projectId ?? null, JSON.stringify(own), seesAll],
  };
}

const donor = (column: string) =>
  `case when ${column} is null then null when (select sees_all_donors from scope) or ${column} in (select unnest(own_donors) from scope) then ${column}::text else '${OTHER_DONORS}' end`;

/** Every money record of the scope as one row of a figure, with the keys of each breakdown and its flow edge. */
function factsSql(rc: string): string {
  // The records of the scope are read branch by branch, each by its own index, rather than with one condition
  // that ORs the columns: PostgreSQL cannot estimate such a condition (it guesses half the table, then scans all
  // of it), and on a large table that guess also made it compile the statement just in time, which took far longer
  // than the statement itself. The branches are disjoint: a record belongs to a programme or to a project, never
  // both, and only a programme's transfer names a receiver project.
  return `
    scoped_contributions as (
      select c.* from contribution c where c.programme_id = (select programme_id from scope)
      union all
      select c.* from contribution c where c.project_id in (select id from projects)),
    scoped_transactions as (
      select t.* from finance_transaction t where t.programme_id = (select programme_id from scope)
      union all
      select t.* from finance_transaction t where t.project_id in (select id from projects)
      union all
      select t.* from finance_transaction t
       where t.receiver_project_id = (select project_id from scope) and t.type = '3' and t.programme_id is not null),
    lines as (
      select b.* from budget b where b.project_id in (select id from projects)
        and (b.type = '2' or not exists (select 1 from budget r where r.project_id = b.project_id and r.type = '2'
                                        and r.period_start = b.period_start and r.period_end = b.period_end))),
    facts as (
      select 'budget' as figure, b.project_id::text as project, b.organisation_id::text as organisation, null::text as donor,
             b.output_id::text as output, extract(year from b.period_start)::int as year, b.currency, b.amount, b.value_date,
             null::text as source, null::text as target
        from lines b
      union all
      select case when c.status = 'PLEDGED' then 'pledged' else 'contributions' end, c.project_id::text, ${donor('c.donor_id')}, ${donor('c.donor_id')},
             null, extract(year from coalesce(c.signed_date, c.period_start))::int, c.currency, c.amount, coalesce(c.signed_date, c.period_start), null, null
        from scoped_contributions c
      union all
      select case t.type when '11' then 'incomingCommitments' when '1' then 'received' when '2' then 'committed'
                         when '3' then case when t.programme_id is not null then 'transferred' else 'disbursed' end else 'spent' end,
             coalesce(t.project_id, t.receiver_project_id)::text,
             (case when t.type in ('11', '1') or (t.type = '3' and t.programme_id is not null) then t.receiver_id else t.provider_id end)::text,
             case when t.type in ('11', '1') then ${donor('t.provider_id')} end,
             t.output_id::text, extract(year from t.value_date)::int, t.currency, t.amount, t.value_date,
             -- The edges of the flow chart: donor → fund or agency, fund → agency, agency → partner, agency → spent.
             case when t.type = '1' then coalesce(${donor('t.provider_id')}, '${NONE}')
                  when t.type = '3' and t.programme_id is not null then 'FUND'
                  when t.type in ('3', '4') then coalesce(t.provider_id::text, '${NONE}') end,
             case when t.type = '1' and t.programme_id is not null then 'FUND'
                  when t.type in ('1', '3') then coalesce(t.receiver_id::text, '${NONE}')
                  when t.type = '4' then 'SPENT' end
        from scoped_transactions t),
    converted as (
      select f.*, ${convertedSql('f.amount', 'f.currency', 'f.value_date', rc)} as conv from facts f)`;
}

const KEYS: Record<Breakdown, string> = { year: 'year', project: 'project', organisation: 'organisation', donor: 'donor', output: 'output' };

interface AggregateRow {
  figure: Figure | null;
  currency: string | null;
  year: number | null;
  project: string | null;
  organisation: string | null;
  donor: string | null;
  output: string | null;
  source: string | null;
  target: string | null;
  grouped: Record<'currency' | Breakdown | 'flow', boolean>;
  amount: string;
  conv: string | null;
  missing: number;
  missing_date: string | null;
  label: string | null;
  source_label: string | null;
  target_label: string | null;
}

/** What a read asks for beyond the totals; each breakdown and the flows cost grouping sets, so only those asked for are summed. */
export type FinancePart = Breakdown | 'flows';

function statement(parts: ReadonlySet<FinancePart>): string {
  const keys = [...BREAKDOWNS.filter((b) => parts.has(b)).map((b) => KEYS[b]), null];
  const sets = keys.flatMap((key) => [`(figure${key ? `, ${key}` : ''})`, `(figure${key ? `, ${key}` : ''}, currency)`]);
  if (parts.has('flows')) sets.push('(source, target)');
  // A column that is in no grouping set may be neither selected nor asked about: it reads as null, never grouped.
  const inSets = (column: string) => sets.some((set) => set.includes(column));
  const column = (name: string) => (inSets(name) ? name : `null::text as ${name}`);
  const grouped = (name: string, column = name) => `'${name}', ${inSets(column) ? `grouping(${column}) = 0` : 'false'}`;
  return `
    agg as (
      select figure, currency, ${column('year').replace('null::text', 'null::int')}, ${['project', 'organisation', 'donor', 'output', 'source', 'target'].map(column).join(', ')},
             json_build_object(${grouped('currency')}, ${grouped('year')}, ${grouped('project')}, ${grouped('organisation')}, ${grouped('donor')},
               ${grouped('output')}, ${grouped('flow', 'source')}) as grouped,
             sum(amount)::text as amount, sum(conv)::text as conv, (count(*) filter (where conv is null))::int as missing,
             min(value_date) filter (where conv is null)::text as missing_date
      from converted
      group by grouping sets (${sets.join(', ')})),
    -- Labels are looked up once per distinct id, then joined: a subquery per row of the grouping sets made the
    -- planner, which expects several times more rows than come, price the statement so high that it compiled it
    -- just in time (which took longer than running it), and joining the whole tables instead hashed all of them.
    -- Ids are UUIDs, so an id names one project, organisation or output, whichever column it came from.
    keys as (select distinct k from agg a, unnest(array[a.project, a.organisation, a.donor, a.output, a.source, a.target]) as k
             where k ~ '^[0-9a-f-]{36}$'),
    labels as (select k, coalesce((select title from project where id = k::uuid), (select name from organisation where id = k::uuid),
                                  (select statement from result_node where id = k::uuid)) as label from keys)
    select a.*, coalesce(lp.label, lo.label, lr.label) as label, ls.label as source_label, lt.label as target_label
    from agg a
    left join labels lp on lp.k = a.project
    left join labels lo on lo.k = coalesce(a.organisation, a.donor)
    left join labels lr on lr.k = a.output
    left join labels ls on ls.k = a.source
    left join labels lt on lt.k = a.target`;
}

const ratio = (a: string | null, b: string | null) => (a !== null && b !== null && !new Decimal(b).isZero() ? new Decimal(a).div(b).toDecimalPlaces(4).toNumber() : null);

function figureSet(rows: AggregateRow[], rc: string): FigureSet {
  const total = (figure: Figure): MoneyTotal => {
    const mine = rows.filter((r) => r.figure === figure);
    const overall = mine.find((r) => !r.grouped.currency);
    const perCurrency = mine.filter((r) => r.grouped.currency).sort((a, b) => a.currency!.localeCompare(b.currency!));
    return {
      amount: overall ? (overall.missing ? null : overall.conv) : '0.00',
      currency: rc,
      byCurrency: perCurrency.map((r) => ({ amount: r.amount, currency: r.currency! })),
      missingRates: perCurrency.filter((r) => r.missing).map((r) => ({ currency: r.currency!, date: r.missing_date! })),
    };
  };
  const figures = Object.fromEntries(FIGURES.map((f) => [f, total(f)])) as Record<Figure, MoneyTotal>;
  const gap = figures.budget.amount !== null && figures.contributions.amount !== null ? new Decimal(figures.budget.amount).minus(figures.contributions.amount).toFixed(2) : null;
  return {
    ...figures,
    deliveryRate: ratio(figures.spent.amount, figures.budget.amount),
    deliveryOfTransferred: ratio(figures.spent.amount, figures.transferred.amount),
    fundingGap: gap,
  };
}

const NONE_LABELS: Record<Breakdown, string> = {
  year: '',
  project: "The programme's fund",
  organisation: 'No organisation named',
  donor: 'No donor named',
  output: 'Not linked to an output',
};

function breakdown(rows: AggregateRow[], by: Breakdown, rc: string): FinanceRow[] {
  const key = KEYS[by] as 'year' | 'project' | 'organisation' | 'donor' | 'output';
  const mine = rows.filter((r) => r.grouped[by] && !r.grouped.flow);
  const keys = [...new Set(mine.map((r) => (r[key] === null ? NONE : String(r[key]))))];
  const label = (k: string) => (k === NONE ? NONE_LABELS[by] : k === OTHER_DONORS ? 'Other donors' : by === 'year' ? k : (mine.find((r) => String(r[key]) === k)?.label ?? k));
  const rank = (k: string) => (k === NONE ? 2 : k === OTHER_DONORS ? 1 : 0);
  return keys
    .map((k) => ({ key: k, label: label(k), figures: figureSet(mine.filter((r) => (r[key] === null ? NONE : String(r[key])) === k), rc) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || (by === 'year' ? Number(a.key) - Number(b.key) : a.label.localeCompare(b.label)));
}

function flows(rows: AggregateRow[]): Flow[] {
  const name = (key: string, label: string | null) =>
    key === 'FUND' ? 'Pooled fund' : key === 'SPENT' ? 'Spent' : key === OTHER_DONORS ? 'Other donors' : key === NONE ? 'Not named' : (label ?? key);
  return rows
    .filter((r) => r.grouped.flow && r.source && r.target && r.conv !== null && !r.missing && r.source !== r.target)
    .map((r) => ({ source: name(r.source!, r.source_label), target: name(r.target!, r.target_label), amount: r.conv! }))
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

/** The figures of a programme (with its projects) or of one project, with every breakdown and the flows. */
/** The figures of a programme (with its projects) or of one project, with the breakdowns and flows in `parts` (the others empty). */
export async function financeOf(reader: Reader, access: Access, scope: Scope, rc: string, parts: ReadonlySet<FinancePart> = new Set([...BREAKDOWNS, 'flows'])): Promise<FinanceView> {
  const head = scopeSql(scope, access);
  const rows = await reader.rows<AggregateRow>(`with ${head.sql}, ${factsSql(rc)}, ${statement(parts)}`, head.params);
  const figureRows = rows.filter((r) => r.figure !== null);
  const overall = figureRows.filter((r) => !BREAKDOWNS.some((b) => r.grouped[b]));
  return {
    reportingCurrency: rc,
    totals: figureSet(overall, rc),
    byYear: breakdown(figureRows, 'year', rc),
    byProject: breakdown(figureRows, 'project', rc),
    byOrganisation: breakdown(figureRows, 'organisation', rc),
    byDonor: breakdown(figureRows, 'donor', rc),
    byOutput: breakdown(figureRows, 'output', rc),
    flows: flows(rows),
  };
}
