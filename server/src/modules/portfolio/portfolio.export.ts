import type { Request, RequestHandler } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { createReader, type Reader } from '../../db/reader.js';
import { DomainError } from '../common/errors.js';
import { exportRoute, formatOf, sendCsv, sendXlsx, UNSTORABLE, UUID, type AboutLine, type Column, type Table } from '../common/table-export.js';
import { BREAKDOWNS, portfolioSummary, type PortfolioFiguresRow, type PortfolioSummaryView } from './summary.reads.js';
import { refreshRollups } from './rollups.js';
import { scopeSql, seesRawSql, type PortfolioFilterValues } from './summary.scope.js';

/*
 * GET /exports/portfolio.xlsx|csv?<PortfolioFilter>: the portfolio the caller reads, as filtered, in a workbook streamed
 * as it is written, or one of its tables as CSV. The column names are part of the API (README, "Exports"): integrations read them by name.
 */

const CODE_MAX = 50;
const CODES = ['focusArea', 'country', 'region', 'status', 'sdgTarget', 'legalInstrument'] as const;
const IDS = ['leadAgencyId', 'organisationId', 'donorId'] as const;
const YEARS = ['yearFrom', 'yearTo'] as const;
const RATE_MISSING = 'rate missing';

interface Problem {
  field: string;
  message: string;
}

/** The filters of the query string, checked as the GraphQL input `PortfolioFilter` is; an empty value means none. */
function parseFilter(query: Request['query']): { filter: PortfolioFilterValues; problems: Problem[] } {
  const filter: PortfolioFilterValues = {};
  const problems: Problem[] = [];
  const known = new Set<string>([...CODES, ...IDS, ...YEARS]);
  for (const [field, raw] of Object.entries(query)) {
    if (!known.has(field)) problems.push({ field, message: `${field} is not a portfolio filter.` });
    else if (typeof raw !== 'string') problems.push({ field, message: `${field} must be given once, as text.` });
  }
  const text = (field: string) => (typeof query[field] === 'string' && query[field] !== '' ? (query[field] as string) : null);
  for (const field of CODES) {
    const v = text(field);
    if (v === null) continue;
    // PostgreSQL stores neither a NUL nor a lone surrogate; a code is short.
    if (v.length > CODE_MAX || UNSTORABLE.test(v)) problems.push({ field, message: `${field} must be a code of at most ${CODE_MAX} characters.` });
    else filter[field] = v;
  }
  for (const field of IDS) {
    const v = text(field);
    if (v === null) continue;
    if (!UUID.test(v)) problems.push({ field, message: `${field} is not a valid id: a UUID is expected.` });
    else filter[field] = v;
  }
  for (const field of YEARS) {
    const v = text(field);
    if (v === null) continue;
    if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2100) problems.push({ field, message: `${field} must be a year from 1900 to 2100.` });
    else filter[field] = Number(v);
  }
  return { filter, problems: problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i) };
}

interface ProjectRow {
  id: string;
  iati: string;
  title: string;
  programme: string;
  leadAgency: string;
  status: string;
  countries: string | null;
  focusAreas: string | null;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  share: number;
  budget: string | null;
  spent: string | null;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
}

/**
 * The projects in scope with their money and indicator counts, counted as the summary counts them: money dated in
 * the years filtered, times the project's share in the country or region filtered; each indicator at the status
 * its reader may see (raw for administrators and the project's managers, for a partner reporter on the nodes of
 * its organisation, masked otherwise).
 */
async function projectRows(reader: Reader, access: Access, f: PortfolioFilterValues): Promise<ProjectRow[]> {
  const scope = scopeSql(access, f);
  const byYears = f.yearFrom != null || f.yearTo != null;
  const sees = seesRawSql(access, 'p.id', 'p.programme_id', 's.responsible_organisation_id');
  const count = (status: string) => `count(*) filter (where coalesce(case when ${sees.sql} then s.status else s.masked_status end, 'NO_DATA') = '${status}')::int`;
  const grants = sees.params;
  const money = (figure: string) => `case when m.${figure}_missing then null else round(coalesce(m.${figure}, 0) * p.weight, 2)::text end`;
  return reader.rows<ProjectRow>(
    `with ${scope.sql},
     money as (
       select m.activity_id, sum(m.budget) as budget, bool_or(m.budget is null) as budget_missing, sum(m.spent) as spent, bool_or(m.spent is null) as spent_missing
         from activity_money m
        where m.activity_id in (select id from projects) and ${byYears ? 'm.year between coalesce(?, 1900) and coalesce(?, 2100)' : 'm.year is null'}
        group by m.activity_id),
     statuses as (
       select s.project_id, ${count('ON_TRACK')} as on_track, ${count('AT_RISK')} as at_risk, ${count('OFF_TRACK')} as off_track, ${count('NO_DATA')} as no_data
         from indicator_status s join projects p on p.id = s.project_id where not s.archived group by s.project_id)
     select j.id, j.iati_identifier as iati, j.title, g.title as programme, o.name as "leadAgency", coalesce(e.name, j.status) as status,
            (select string_agg(c.name || ' ' || trim_scale(x.percentage) || '%', '; ' order by x.percentage desc, c.name)
               from recipient_country x join country c on c.code = x.country_code where x.project_id = j.id) as countries,
            (select string_agg(a.name, '; ' order by a.name) from project_focus_area x join focus_area a on a.code = x.focus_area_code where x.project_id = j.id) as "focusAreas",
            j.planned_start::text as "plannedStart", j.planned_end::text as "plannedEnd", j.actual_start::text as "actualStart", j.actual_end::text as "actualEnd",
            p.weight::float8 as share, ${money('budget')} as budget, ${money('spent')} as spent,
            coalesce(s.on_track, 0) as "onTrack", coalesce(s.at_risk, 0) as "atRisk", coalesce(s.off_track, 0) as "offTrack", coalesce(s.no_data, 0) as "noData"
       from projects p join project j on j.id = p.id join programme g on g.id = p.programme_id join organisation o on o.id = g.lead_agency_id
       left join codelist_entry e on e.list = 'ActivityStatus' and e.code = j.status
       left join money m on m.activity_id = p.id left join statuses s on s.project_id = p.id
      order by g.title, j.title, j.id`,
    [...scope.params, ...(byYears ? [f.yearFrom ?? null, f.yearTo ?? null] : []), ...[0, 1, 2, 3].flatMap(() => grants)],
  );
}

const money = (amount: string | null) => amount ?? RATE_MISSING;
const COUNTS = [['onTrack', 'On track'], ['atRisk', 'At risk'], ['offTrack', 'Off track'], ['noData', 'No data']] as const;
type Counts = { onTrack: number; atRisk: number; offTrack: number; noData: number };
const countColumns = <R>(of: (r: R) => Counts): Column<R>[] => [
  ...COUNTS.map(([id, header]): Column<R> => ({ id, header, type: 'integer', value: (r) => of(r)[id], width: 11 })),
  { id: 'indicators', header: 'Indicators', type: 'integer', value: (r) => { const c = of(r); return c.onTrack + c.atRisk + c.offTrack + c.noData; }, width: 11 },
];

interface SummaryLine {
  breakdown: string;
  row: PortfolioFiguresRow;
  reach?: { countries: number; partners: number };
}

export const PORTFOLIO_SUMMARY: Table<SummaryLine> = {
  id: 'portfolio.summary',
  sheet: 'Summary',
  columns: [
    { id: 'breakdown', header: 'Breakdown', type: 'text', value: (l) => l.breakdown, width: 18 },
    { id: 'key', header: 'Key', type: 'text', value: (l) => l.row.key, width: 14 },
    { id: 'label', header: 'Label', type: 'text', value: (l) => l.row.label, width: 40 },
    { id: 'programmes', header: 'Programmes', type: 'integer', value: (l) => l.row.programmes, width: 12 },
    { id: 'projects', header: 'Projects', type: 'integer', value: (l) => l.row.projects, width: 10 },
    { id: 'budget', header: 'Budget (<RC>)', type: 'money', value: (l) => money(l.row.budget), width: 18 },
    { id: 'contributions', header: 'Contributions (<RC>)', type: 'money', value: (l) => money(l.row.contributions), width: 18 },
    { id: 'received', header: 'Received (<RC>)', type: 'money', value: (l) => money(l.row.received), width: 18 },
    { id: 'spent', header: 'Spent (<RC>)', type: 'money', value: (l) => money(l.row.spent), width: 18 },
    { id: 'deliveryRate', header: 'Delivery rate', type: 'percent', value: (l) => l.row.deliveryRate, width: 13 },
    { id: 'fundingGap', header: 'Funding gap (<RC>)', type: 'money', value: (l) => money(l.row.fundingGap), width: 18 },
    ...countColumns<SummaryLine>((l) => l.row.indicators),
    { id: 'countries', header: 'Countries', type: 'integer', value: (l) => l.reach?.countries, width: 11 },
    { id: 'partners', header: 'Partners', type: 'integer', value: (l) => l.reach?.partners, width: 10 },
  ],
};

const PROJECT_KEYS: Column<ProjectRow>[] = [
  { id: 'id', header: 'Project ID', type: 'text', value: (p) => p.id, width: 38 },
  { id: 'iati', header: 'IATI identifier', type: 'text', value: (p) => p.iati, width: 32 },
  { id: 'title', header: 'Project', type: 'text', value: (p) => p.title, width: 45 },
  { id: 'programme', header: 'Programme', type: 'text', value: (p) => p.programme, width: 45 },
];

export const PORTFOLIO_PROJECTS: Table<ProjectRow> = {
  id: 'portfolio.projects',
  sheet: 'Projects',
  columns: [
    ...PROJECT_KEYS,
    { id: 'leadAgency', header: 'Lead agency', type: 'text', value: (p) => p.leadAgency, width: 30 },
    { id: 'status', header: 'Status', type: 'text', value: (p) => p.status, width: 16 },
    { id: 'countries', header: 'Countries', type: 'text', value: (p) => p.countries, width: 30 },
    { id: 'focusAreas', header: 'Focus areas', type: 'text', value: (p) => p.focusAreas, width: 40 },
    { id: 'plannedStart', header: 'Planned start', type: 'date', value: (p) => p.plannedStart, width: 13 },
    { id: 'plannedEnd', header: 'Planned end', type: 'date', value: (p) => p.plannedEnd, width: 13 },
    { id: 'actualStart', header: 'Actual start', type: 'date', value: (p) => p.actualStart, width: 13 },
    { id: 'actualEnd', header: 'Actual end', type: 'date', value: (p) => p.actualEnd, width: 13 },
    { id: 'share', header: 'Share', type: 'percent', value: (p) => p.share, width: 9 },
    { id: 'budget', header: 'Budget (<RC>)', type: 'money', value: (p) => money(p.budget), width: 18 },
    { id: 'spent', header: 'Spent (<RC>)', type: 'money', value: (p) => money(p.spent), width: 18 },
  ],
};

export const PORTFOLIO_RESULTS: Table<ProjectRow> = { id: 'portfolio.results', sheet: 'Results', columns: [...PROJECT_KEYS, ...countColumns<ProjectRow>((p) => p)] };

function* summaryLines(s: PortfolioSummaryView): Generator<SummaryLine> {
  yield { breakdown: 'totals', row: s.totals, reach: { countries: s.totals.countries, partners: s.totals.partners } };
  for (const b of BREAKDOWNS) {
    const field = `by${b[0].toUpperCase()}${b.slice(1)}` as `by${Capitalize<typeof b>}`;
    for (const row of s[field]) yield { breakdown: field, row };
  }
}

async function filterNames(reader: Reader, f: PortfolioFilterValues): Promise<Map<string, string>> {
  const ids = IDS.flatMap((k) => (f[k] ? [f[k]!] : []));
  if (!ids.length) return new Map();
  const rows = await reader.rows<{ id: string; name: string }>(`select id::text, name from organisation where id in (select value::uuid from json_array_elements_text(?::json))`, [JSON.stringify(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

function about(summary: PortfolioSummaryView, f: PortfolioFilterValues, names: Map<string, string>): AboutLine[] {
  const given = Object.entries(f).filter(([, v]) => v !== null && v !== undefined);
  return [
    ['Reporting currency', summary.reportingCurrency],
    ['Produced', new Date().toISOString().slice(0, 10)],
    ['Filters', given.length ? given.map(([k, v]) => `${k}=${v}${names.has(String(v)) ? ` (${names.get(String(v))})` : ''}`).join('; ') : 'none: the whole portfolio you read'],
    ['Missing rates', summary.missingRates.length ? summary.missingRates.map((m) => `${m.currency} from ${m.date}`).join('; ') : 'none'],
    ['Counting', 'Summary rows are the breakdowns of portfolioSummary. A project counts fully in each focus area, donor, year, SDG target and legal instrument it belongs to, so those rows may add up to more than the totals; countries and regions are shares.'],
    ['Projects', 'Budget and spent are the money dated in the years filtered, times Share: the part of the project in the country or region filtered (100 % without such a filter).'],
    ['Results', "Indicators by their status today, as you may see them: where a sensitive indicator's status would give a masked small number away, it counts as No data."],
    [RATE_MISSING, 'A figure whose records lack an exchange rate into the reporting currency is left out rather than counted as 0.'],
  ].map(([what, value]) => ({ what, value }));
}

const TABLES = ['projects', 'results', 'summary'] as const;

/** GET /exports/portfolio.xlsx|csv; a CSV file holds one table: `?table=projects` (the default), `results` or `summary`. */
export function portfolioExport(orm: MikroORM, log: Logger, reportingCurrency: string): RequestHandler {
  return exportRoute(log, 'portfolio', async (req, res, caller) => {
    const format = formatOf(req, 'The portfolio', 'summary');
    const { table: asked, ...query } = req.query;
    const { filter, problems } = parseFilter(format === 'csv' ? query : req.query);
    const table = typeof asked === 'string' && asked !== '' ? asked : 'projects';
    if (format === 'csv' && !(TABLES as readonly string[]).includes(table)) problems.push({ field: 'table', message: `table must be one of ${TABLES.join(', ')}.` });
    if (problems.length) throw new DomainError('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), problems);
    const em = orm.em.fork() as EntityManager;
    const access = new Access(caller, em);
    const reader = createReader(() => em);
    await refreshRollups(em, reportingCurrency);
    // Everything is read before the first byte is sent, so that a failure is still a coded error, not half a file.
    const [summary, projects, names] = await Promise.all([
      portfolioSummary(reader, access, filter, reportingCurrency, new Set(BREAKDOWNS)),
      projectRows(reader, access, filter),
      filterNames(reader, filter),
    ]);
    const base = `portfolio-${new Date().toISOString().slice(0, 10)}`;
    if (format === 'csv') {
      if (table === 'summary') return sendCsv(res, `${base}-summary`, PORTFOLIO_SUMMARY, summaryLines(summary), reportingCurrency);
      return sendCsv(res, `${base}-${table}`, table === 'results' ? PORTFOLIO_RESULTS : PORTFOLIO_PROJECTS, projects, reportingCurrency);
    }
    await sendXlsx(
      res,
      base,
      [
        { table: PORTFOLIO_SUMMARY, rows: summaryLines(summary) },
        { table: PORTFOLIO_PROJECTS, rows: projects },
        { table: PORTFOLIO_RESULTS, rows: projects },
      ],
      reportingCurrency,
      about(summary, filter, names),
    );
  });
}
