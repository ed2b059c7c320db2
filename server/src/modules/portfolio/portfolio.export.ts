import type { Request, RequestHandler, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { identified } from '../access/http.js';
import { createReader, type Reader } from '../../db/reader.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { inertText } from '../logframe/logframe.export.js';
import { BREAKDOWNS, portfolioSummary, type PortfolioFiguresRow, type PortfolioSummaryView } from './summary.reads.js';
import { refreshRollups } from './rollups.js';
import { scopeSql, seesRawSql, type PortfolioFilterValues } from './summary.scope.js';

/*
 * GET /exports/portfolio.xlsx?<PortfolioFilter>: the portfolio the caller reads, as filtered, in a workbook streamed
 * as it is written. The column names are part of the API (README, "Exports"): integrations read them by name.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE_MAX = 50;
const CODES = ['focusArea', 'country', 'region', 'status', 'sdgTarget', 'legalInstrument'] as const;
const IDS = ['leadAgencyId', 'organisationId', 'donorId'] as const;
const YEARS = ['yearFrom', 'yearTo'] as const;
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MONEY_FORMAT = '#,##0.00';
const RATE_MISSING = 'rate missing';

interface Problem {
  field: string;
  message: string;
}

function refuse(res: Response, status: number, code: string, message: string, fields: Problem[] = []) {
  const named = fields.length ? { field: fields[0].field, fields } : {};
  res.status(status).json({ errors: [{ message, extensions: { code, ...named } }] });
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

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  format?: string;
}

/** Writes one sheet: a bold, frozen header row, then the rows, every text cell inert (see `inertText`). */
function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column[], rows: Iterable<Cell[]>) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for (const cells of rows) sheet.addRow(cells.map((v) => inertText(v))).commit();
  sheet.commit();
}

const money = (amount: string | null): Cell => (amount === null ? RATE_MISSING : Number(amount));
const day = (iso: string | null): Cell => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const moneyColumn = (header: string, rc: string): Column => ({ header: `${header} (${rc})`, width: 18, format: MONEY_FORMAT });
const countColumns: Column[] = ['On track', 'At risk', 'Off track', 'No data', 'Indicators'].map((header) => ({ header, width: 11 }));
const counts = (c: { onTrack: number; atRisk: number; offTrack: number; noData: number }) => [c.onTrack, c.atRisk, c.offTrack, c.noData, c.onTrack + c.atRisk + c.offTrack + c.noData];

function* summaryRows(s: PortfolioSummaryView): Generator<Cell[]> {
  const row = (breakdown: string, r: PortfolioFiguresRow, reach: Cell[] = [null, null]): Cell[] => [
    breakdown, r.key, r.label, r.programmes, r.projects,
    money(r.budget), money(r.contributions), money(r.received), money(r.spent),
    r.deliveryRate, r.fundingGap === null ? RATE_MISSING : Number(r.fundingGap),
    ...counts(r.indicators), ...reach,
  ];
  yield row('totals', s.totals, [s.totals.countries, s.totals.partners]);
  for (const b of BREAKDOWNS) {
    const field = `by${b[0].toUpperCase()}${b.slice(1)}` as `by${Capitalize<typeof b>}`;
    for (const r of s[field]) yield row(field, r);
  }
}

async function filterNames(reader: Reader, f: PortfolioFilterValues): Promise<Map<string, string>> {
  const ids = IDS.flatMap((k) => (f[k] ? [f[k]!] : []));
  if (!ids.length) return new Map();
  const rows = await reader.rows<{ id: string; name: string }>(`select id::text, name from organisation where id in (select value::uuid from json_array_elements_text(?::json))`, [JSON.stringify(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function writeWorkbook(res: Response, summary: PortfolioSummaryView, projects: ProjectRow[], f: PortfolioFilterValues, names: Map<string, string>) {
  const rc = summary.reportingCurrency;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  book.creator = 'Accord';
  const rate: Column = { header: 'Delivery rate', width: 13, format: '0.00%' };
  writeSheet(
    book,
    'Summary',
    [
      { header: 'Breakdown', width: 18 }, { header: 'Key', width: 14 }, { header: 'Label', width: 40 }, { header: 'Programmes', width: 12 }, { header: 'Projects', width: 10 },
      moneyColumn('Budget', rc), moneyColumn('Contributions', rc), moneyColumn('Received', rc), moneyColumn('Spent', rc), rate, moneyColumn('Funding gap', rc),
      ...countColumns, { header: 'Countries', width: 11 }, { header: 'Partners', width: 10 },
    ],
    summaryRows(summary),
  );
  writeSheet(
    book,
    'Projects',
    [
      { header: 'Project ID', width: 38 }, { header: 'IATI identifier', width: 32 }, { header: 'Project', width: 45 }, { header: 'Programme', width: 45 },
      { header: 'Lead agency', width: 30 }, { header: 'Status', width: 16 }, { header: 'Countries', width: 30 }, { header: 'Focus areas', width: 40 },
      ...['Planned start', 'Planned end', 'Actual start', 'Actual end'].map((header) => ({ header, width: 13, format: 'yyyy-mm-dd' })),
      { header: 'Share', width: 9, format: '0.00%' }, moneyColumn('Budget', rc), moneyColumn('Spent', rc),
    ],
    projects.map((p) => [
      p.id, p.iati, p.title, p.programme, p.leadAgency, p.status, p.countries, p.focusAreas,
      day(p.plannedStart), day(p.plannedEnd), day(p.actualStart), day(p.actualEnd), p.share, money(p.budget), money(p.spent),
    ]),
  );
  writeSheet(
    book,
    'Results',
    [{ header: 'Project ID', width: 38 }, { header: 'IATI identifier', width: 32 }, { header: 'Project', width: 45 }, { header: 'Programme', width: 45 }, ...countColumns],
    projects.map((p) => [p.id, p.iati, p.title, p.programme, ...counts(p)]),
  );
  const given = Object.entries(f).filter(([, v]) => v !== null && v !== undefined);
  writeSheet(book, 'About', [{ header: 'What', width: 22 }, { header: 'Value', width: 100 }], [
    ['Reporting currency', rc],
    ['Produced', new Date().toISOString().slice(0, 10)],
    ['Filters', given.length ? given.map(([k, v]) => `${k}=${v}${names.has(String(v)) ? ` (${names.get(String(v))})` : ''}`).join('; ') : 'none: the whole portfolio you read'],
    ['Missing rates', summary.missingRates.length ? summary.missingRates.map((m) => `${m.currency} from ${m.date}`).join('; ') : 'none'],
    ['Counting', 'Summary rows are the breakdowns of portfolioSummary. A project counts fully in each focus area, donor, year, SDG target and legal instrument it belongs to, so those rows may add up to more than the totals; countries and regions are shares.'],
    ['Projects', 'Budget and spent are the money dated in the years filtered, times Share: the part of the project in the country or region filtered (100 % without such a filter).'],
    ['Results', "Indicators by their status today, as you may see them: where a sensitive indicator's status would give a masked small number away, it counts as No data."],
    [RATE_MISSING, 'A figure whose records lack an exchange rate into the reporting currency is left out rather than counted as 0.'],
  ]);
  await book.commit();
}

export function portfolioExport(orm: MikroORM, log: Logger, reportingCurrency: string): RequestHandler {
  return async (req, res) => {
    try {
      const { caller } = identified(res);
      if (!caller) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
      const { filter, problems } = parseFilter(req.query);
      if (problems.length) return refuse(res, 400, 'BAD_USER_INPUT', problems.map((p) => p.message).join(' '), problems);
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
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="portfolio-${new Date().toISOString().slice(0, 10)}.xlsx"`);
      res.setHeader('cache-control', 'private, no-store');
      await writeWorkbook(res, summary, projects, filter, names);
    } catch (err) {
      if (isDatabaseUnavailable(err) && !res.headersSent) return respondUnavailable(res);
      log.error({ err }, 'portfolio export failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      // A file cut short must not look whole: the client sees the connection fail.
      else res.destroy();
    }
  };
}
