/**
 * A large, realistic and repeatable portfolio for measuring reads: at scale 1, 500 programmes, 5,000 projects,
 * 25,000 result nodes, 50,000 indicators, 40,000 reporting periods and 400,000 indicator values.
 *
 * Rows are generated in memory from seeded random streams (one per programme), with name-based UUIDs, fixed
 * timestamps and a fixed "as of" date, so the same seed and scale give the same rows on every run. They are
 * written straight into the tables in one transaction, many rows per statement: going through the entities
 * and services would take hours at this size. The audit trail therefore gets no events for these rows.
 */
import pg from 'pg';
import { addDays, apportion, iso, lastDay, prng, Table, uuidFor, type Rand } from './large-rows.js';
import { exchangeRates, financeTables, generateProgrammeMoney, LARGE_CURRENCIES, type ProjectMoneyPlan } from './large-finance.js';
import { DONORS, FOCUS_AREAS, LEAD_AGENCIES, PARTNER_KINDS, PROJECT_VERBS, RECIPIENTS } from './large-vocabulary.js';

export const LARGE_TITLE_PREFIX = '[Large]';
/** Every generated programme and project has an IATI identifier that starts with this. */
export const LARGE_IATI_PREFIX = 'XM-LARGE-';
/** The generated portfolio is described as it stands on this day, so its actuals do not depend on when it is made. */
export const LARGE_AS_OF = '2026-06-30';
const STAMP = `${LARGE_AS_OF}T12:00:00.000Z`;
/** Projects with a logframe this big are there for the logframe benchmark: one per thousand projects. */
const BIG_LOGFRAME_NODES = 300;

export interface LargeCounts {
  programmes: number;
  projects: number;
  resultNodes: number;
  indicators: number;
  reportingPeriods: number;
  indicatorValues: number;
}

/** How many of each record a scale gives: everything follows from the number of programmes. */
export function largeCounts(scale: number): LargeCounts {
  const programmes = Math.max(1, Math.round(500 * scale));
  const projects = programmes * 10;
  return { programmes, projects, resultNodes: projects * 5, indicators: projects * 10, reportingPeriods: projects * 8, indicatorValues: projects * 80 };
}

export class LargeSeedError extends Error {}

/** Reads SEED_SCALE: a positive number, at most 10; 1 when absent. */
export function scaleFrom(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 10) throw new LargeSeedError(`SEED_SCALE must be a number above 0 and at most 10, got "${raw}"`);
  return n;
}

const AS_OF_MONTH = Number(LARGE_AS_OF.slice(0, 4)) * 12 + Number(LARGE_AS_OF.slice(5, 7)) - 1;

/** Percentages in whole numbers that add up to 100, the first the largest. */
function shares(rand: Rand, n: number): number[] {
  if (n === 1) return [100];
  const raw = Array.from({ length: n }, (_, i) => (i === 0 ? 2 : 0.5) + rand());
  const out = apportion(100, raw);
  return out;
}

/** Distinct picks from a list, most of them from its head. */
function pickSome<T>(rand: Rand, items: readonly T[], count: number, skew = 1): T[] {
  const chosen = new Set<number>();
  const n = Math.min(count, items.length);
  while (chosen.size < n) chosen.add(rand.zipf(items.length, skew));
  return [...chosen].map((i) => items[i]);
}

function tables() {
  const T = (name: string, columns: [string, string][]) => new Table(name, columns);
  const tracked: [string, string][] = [
    ['id', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ];
  return {
    organisation: T('organisation', [...tracked, ['name', 'varchar'], ['acronym', 'varchar'], ['kind', 'organisation_kind'], ['iati_type', 'varchar'], ['country_code', 'varchar']]),
    programme: T('programme', [...tracked, ['iati_identifier', 'varchar'], ['title', 'text'], ['description', 'text'], ['status', 'varchar'], ['start_date', 'date'], ['end_date', 'date'], ['lead_agency_id', 'uuid']]),
    programmeCountry: T('programme_country', [['programme_id', 'uuid'], ['country_code', 'varchar']]),
    programmeFocusArea: T('programme_focus_area', [['programme_id', 'uuid'], ['focus_area_code', 'varchar']]),
    programmeInstrument: T('programme_legal_instrument', [['programme_id', 'uuid'], ['legal_instrument_code', 'varchar']]),
    programmeSdg: T('programme_sdg_target', [['programme_id', 'uuid'], ['sdg_target_code', 'varchar']]),
    project: T('project', [...tracked, ['programme_id', 'uuid'], ['iati_identifier', 'varchar'], ['title', 'text'], ['description', 'text'], ['internal_notes', 'text'], ['status', 'varchar'], ['planned_start', 'date'], ['planned_end', 'date'], ['actual_start', 'date'], ['actual_end', 'date']]),
    recipientCountry: T('recipient_country', [['id', 'uuid'], ['project_id', 'uuid'], ['country_code', 'varchar'], ['percentage', 'numeric']]),
    projectFocusArea: T('project_focus_area', [['project_id', 'uuid'], ['focus_area_code', 'varchar']]),
    sectorShare: T('sector_share', [['id', 'uuid'], ['programme_id', 'uuid'], ['project_id', 'uuid'], ['vocabulary', 'varchar'], ['code', 'varchar'], ['percentage', 'numeric']]),
    participation: T('participation', [...tracked, ['organisation_id', 'uuid'], ['programme_id', 'uuid'], ['project_id', 'uuid'], ['role', 'varchar']]),
    period: T('reporting_period', [['id', 'uuid'], ['project_id', 'uuid'], ['label', 'varchar'], ['start_date', 'date'], ['end_date', 'date']]),
    node: T('result_node', [...tracked, ['project_id', 'uuid'], ['parent_id', 'uuid'], ['level', 'result_level'], ['position', 'int'], ['statement', 'text'], ['assumptions', 'text'], ['responsible_organisation_id', 'uuid']]),
    indicator: T('indicator', [...tracked, ['node_id', 'uuid'], ['project_id', 'uuid'], ['position', 'int'], ['title', 'text'], ['measure', 'varchar'], ['unit_label', 'varchar'], ['direction', 'indicator_direction'], ['aggregation', 'indicator_aggregation'], ['baseline_value', 'float8'], ['baseline_date', 'date'], ['means_of_verification', 'text'], ['data_source', 'text'], ['frequency', 'collection_frequency']]),
    value: T('indicator_value', [...tracked, ['indicator_id', 'uuid'], ['period_id', 'uuid'], ['project_id', 'uuid'], ['target', 'float8'], ['actual', 'float8'], ['numerator', 'float8'], ['denominator', 'float8'], ['comment', 'text']]),
    ...financeTables(tracked),
  };
}
type Tables = ReturnType<typeof tables>;

/** Statuses as IATI codes, weighted the way a live portfolio looks: mostly in implementation. */
const PROJECT_STATUSES: [string, number][] = [
  ['1', 7],
  ['2', 68],
  ['3', 8],
  ['4', 13],
  ['5', 1.5],
  ['6', 2.5],
];
/**
 * Where a programme stands, picked first: it sets the programme's status and weights its projects' statuses,
 * so that a few programmes are still in the pipeline, finishing or closed while most are under way.
 */
const PHASES: { weight: number; status: string; projects: [string, number][] }[] = [
  { weight: 3, status: '1', projects: [['1', 1]] },
  { weight: 6, status: '2', projects: [['1', 40], ['2', 60]] },
  { weight: 80, status: '2', projects: PROJECT_STATUSES },
  { weight: 6, status: '3', projects: [['2', 20], ['3', 50], ['4', 30]] },
  { weight: 5, status: '4', projects: [['4', 95], ['5', 5]] },
];
function weighted(rand: Rand, options: [string, number][]): string {
  let r = rand() * options.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of options) if ((r -= w) < 0) return v;
  return options[options.length - 1][0];
}

interface Orgs {
  leads: string[];
  donors: string[];
  /** the currency each donor pays in */
  donorCurrency: Map<string, string>;
  /** administers the programmes' pooled funds: receives the donors' money and transfers it */
  fundOffice: string;
  /** national partners by recipient country code */
  partners: Map<string, string[]>;
}

function generateOrganisations(seed: string, t: Tables): Orgs {
  const org = (key: string, name: string, acronym: string | null, kind: string, iatiType: string, country: string | null) => {
    const id = uuidFor(seed, `organisation:${key}`);
    t.organisation.add(id, STAMP, STAMP, `${LARGE_TITLE_PREFIX} ${name}`, acronym, kind, iatiType, country);
    return id;
  };
  const leads = LEAD_AGENCIES.map((l, i) => org(`lead:${i}`, l.name, l.acronym, 'UN_ENTITY', '40', null));
  const donors = DONORS.map((d, i) => org(`donor:${i}`, d.name, d.acronym, 'DONOR', d.iatiType, null));
  const partners = new Map<string, string[]>();
  for (const c of RECIPIENTS) partners.set(c.code, PARTNER_KINDS.map((k, i) => org(`partner:${c.code}:${i}`, k.name(c.name), null, k.kind, k.iatiType, c.code)));
  const fundOffice = org('fund-office', 'Multi-Partner Fund Office', 'MPFO', 'UN_ENTITY', '40', null);
  // Donors pay in their own currency: the largest in US dollars, euros, pounds and kronor in turn.
  const donorCurrency = new Map(donors.map((d, i) => [d, LARGE_CURRENCIES[i % LARGE_CURRENCIES.length]]));
  return { leads, donors, donorCurrency, fundOffice, partners };
}

interface Plan {
  /** projects of each programme */
  projectsPer: number[];
  /** result nodes of each project, in project order */
  nodesPer: number[];
}

/** Decides how the exact totals are shared out: programmes of very different sizes, a few very big logframes. */
function plan(seed: string, counts: LargeCounts): Plan {
  const rand = prng(`${seed}:plan`);
  const { programmes, projects } = counts;
  const extra = apportion(
    projects - programmes,
    Array.from({ length: programmes }, () => 0.05 + rand() ** 3 * 3),
  );
  const projectsPer = extra.map((e) => e + 1);
  const big = Math.floor(projects / 1000);
  const minNodes = 4;
  const others = projects - big;
  const spare = counts.resultNodes - big * BIG_LOGFRAME_NODES - others * minNodes;
  const isBig = (k: number) => k % 1000 === 500 && big > 0;
  const weights = Array.from({ length: projects }, (_, k) => (isBig(k) ? 0 : 0.2 + rand() ** 2));
  const spread = apportion(spare, weights);
  const nodesPer = spread.map((s, k) => (isBig(k) ? BIG_LOGFRAME_NODES : minNodes + s));
  return { projectsPer, nodesPer };
}

interface ProjectContext {
  seed: string;
  rand: Rand;
  t: Tables;
  id: string;
  focus: (typeof FOCUS_AREAS)[number];
  nodes: number;
  partners: string[];
  frequency: 'QUARTERLY' | 'SEMI_ANNUAL';
  periods: { id: string; start: string; end: string }[];
  activeFrom: string;
  activeTo: string;
}

/** Impact, outcomes, outputs and activities in the proportions of a real results chain, with two indicators per node on average. */
function generateLogframe(c: ProjectContext): string[] {
  const { rand, t, seed, id: projectId, focus, nodes: n } = c;
  const outcomes = Math.max(1, Math.round((n - 1) / 10));
  const outputs = Math.max(outcomes, Math.round((n - 1 - outcomes) / 3));
  const activities = n - 1 - outcomes - outputs;
  const responsible = (i: number) => (c.partners.length ? c.partners[i % c.partners.length] : null);
  let nodeNo = 0;
  const node = (parent: string | null, level: string, position: number, statement: string, assumptions = '') => {
    const id = uuidFor(seed, `node:${projectId}:${nodeNo}`);
    t.node.add(id, STAMP, STAMP, projectId, parent, level, position, statement, assumptions, responsible(nodeNo++));
    return id;
  };
  const impact = node(null, 'IMPACT', 0, `${focus.theme[0].toUpperCase()}${focus.theme.slice(1)} are reduced in the programme countries`, 'Political commitment to the reforms holds');
  const outcomeIds = Array.from({ length: outcomes }, (_, i) => node(impact, 'OUTCOME', i, focus.outcomes[i % focus.outcomes.length], 'Partner institutions keep trained staff in post'));
  const outputIds = Array.from({ length: outputs }, (_, i) => node(outcomeIds[i % outcomes], 'OUTPUT', Math.floor(i / outcomes), focus.outputs[i % focus.outputs.length]));
  for (let i = 0; i < activities; i++) node(outputIds[i % outputs], 'ACTIVITY', Math.floor(i / outputs), focus.activities[i % focus.activities.length]);

  const bearers = [impact, ...outcomeIds, ...outputIds];
  const onNode = new Map<string, number>();
  for (let j = 0; j < 2 * n; j++) {
    const nodeId = bearers[j % bearers.length];
    const position = onNode.get(nodeId) ?? 0;
    onNode.set(nodeId, position + 1);
    generateIndicator(c, nodeId, position, j);
  }
  return outputIds;
}

const AGGREGATIONS: [string, number][] = [
  ['SUM', 55],
  ['AVERAGE', 15],
  ['LAST', 10],
  ['MAX', 10],
  ['RATIO', 10],
];

/** One indicator with a target in every reporting period, and actuals for the periods that have passed. */
function generateIndicator(c: ProjectContext, nodeId: string, position: number, j: number): void {
  const { rand, t, seed, id: projectId, focus } = c;
  const id = uuidFor(seed, `indicator:${projectId}:${j}`);
  const aggregation = weighted(rand, AGGREGATIONS);
  const percentage = aggregation === 'AVERAGE' || aggregation === 'RATIO';
  const measure = percentage ? '2' : '1';
  const baseline = percentage ? rand.int(5, 40) : aggregation === 'SUM' ? 0 : rand.int(0, 10);
  const end = percentage ? Math.min(100, baseline + rand.int(15, 50)) : aggregation === 'SUM' ? rand.int(2, 120) : baseline + rand.int(3, 60);
  const title = `${focus.indicators[j % focus.indicators.length]}${percentage && !focus.indicators[j % focus.indicators.length].endsWith('(%)') ? ' (%)' : ''}`;
  t.indicator.add(id, STAMP, STAMP, nodeId, projectId, position, title, measure, percentage ? '%' : 'number', 'INCREASE', aggregation, baseline, c.periods[0].start, 'Project monitoring records, verified each period', 'Implementing partners', c.frequency);
  const count = c.periods.length;
  c.periods.forEach((p, k) => {
    const share = (k + 1) / count;
    const target = aggregation === 'SUM' ? end : Math.round(baseline + (end - baseline) * share);
    let actual: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    if (p.end <= LARGE_AS_OF && p.end >= c.activeFrom && p.start <= c.activeTo) {
      const effort = 0.55 + rand() * 0.6;
      if (aggregation === 'RATIO') {
        denominator = rand.int(10, 40);
        numerator = Math.min(denominator, Math.round((denominator * target * effort) / 100));
        actual = (numerator / denominator) * 100;
      } else {
        actual = Math.max(0, Math.round(aggregation === 'SUM' ? target * effort : baseline + (target - baseline) * effort));
        if (percentage) actual = Math.min(100, actual);
      }
    }
    t.value.add(uuidFor(seed, `value:${id}:${k}`), STAMP, STAMP, id, p.id, projectId, target, actual, numerator, denominator, k === 0 && actual !== null ? 'First period; data from partner records' : '');
  });
}

interface ProgrammeContext {
  seed: string;
  t: Tables;
  orgs: Orgs;
  index: number;
  projects: number;
  firstProject: number;
  nodesPer: number[];
}

function generateProgramme(c: ProgrammeContext): void {
  const { seed, t, orgs, index } = c;
  const rand = prng(`${seed}:programme:${index}`);
  const id = uuidFor(seed, `programme:${index}`);
  const code = `${LARGE_IATI_PREFIX}P${String(index + 1).padStart(5, '0')}`;
  const lead = orgs.leads[rand.zipf(orgs.leads.length, 1.2)];
  const focusAreas = pickSome(rand, FOCUS_AREAS, rand() < 0.75 ? 1 : 2, 0.6);
  const primary = RECIPIENTS[rand.zipf(RECIPIENTS.length, 0.9)];
  const neighbours = RECIPIENTS.filter((r) => r.region === primary.region && r.code !== primary.code);
  const countries = [primary, ...pickSome(rand, neighbours, rand.int(0, 4), 0.5)];
  const donors = pickSome(rand, orgs.donors, rand.int(1, 3), 1.3);

  const phase = PHASES[Number(weighted(rand, PHASES.map((p, i) => [String(i), p.weight])))];
  const status = phase.status;
  // The programme's dates follow from its projects, generated first.
  const projectMoney: ProjectMoneyPlan[] = [];
  for (let k = 0; k < c.projects; k++) {
    projectMoney.push(generateProject({ ...c, rand, programmeId: id, code, lead, focusAreas, countries, donors, k, projectIndex: c.firstProject + k, statuses: phase.projects }));
  }
  const start = projectMoney.map((p) => p.plannedStart).reduce((a, b) => (a < b ? a : b));
  const end = projectMoney.map((p) => p.plannedEnd).reduce((a, b) => (a > b ? a : b));
  const countryNames = countries.map((x) => x.name);
  const where = countryNames.length > 2 ? primary.region : countryNames.join(' and ');
  const theme = focusAreas.map((f) => f.theme).join(' and ');
  t.programme.add(
    id,
    STAMP,
    STAMP,
    code,
    `${LARGE_TITLE_PREFIX} Joint programme on ${theme} in ${where} (${index + 1})`,
    `A generated joint programme on ${theme} covering ${countryNames.join(', ')}. Names and figures are illustrative.`,
    status,
    `${start.slice(0, 4)}-01-01`,
    `${end.slice(0, 4)}-12-31`,
    lead,
  );
  for (const x of countries) t.programmeCountry.add(id, x.code);
  for (const f of focusAreas) t.programmeFocusArea.add(id, f.code);
  for (const code of new Set(focusAreas.flatMap((f) => f.instruments))) t.programmeInstrument.add(id, code);
  for (const code of new Set(focusAreas.flatMap((f) => f.sdgs))) t.programmeSdg.add(id, code);
  const sectors = pickSome(rand, [...new Set(focusAreas.flatMap((f) => f.sectors))], rand.int(1, 3), 0.8);
  shares(rand, sectors.length).forEach((p, i) => t.sectorShare.add(uuidFor(seed, `sector:${id}:${i}`), id, null, '1', sectors[i], p));
  let part = 0;
  const participate = (organisation: string, role: string) => t.participation.add(uuidFor(seed, `participation:${id}:${part++}`), STAMP, STAMP, organisation, id, null, role);
  participate(lead, '2');
  if (rand() < 0.7) participate(lead, '4');
  for (const d of donors) participate(d, '1');
  for (const p of new Set(countries.slice(0, 2).map((x) => orgs.partners.get(x.code)![rand.int(0, PARTNER_KINDS.length - 1)]))) participate(p, '4');
  generateProgrammeMoney(
    { seed, stamp: STAMP, asOf: LARGE_AS_OF, index, id, iati: code, lead, fundOffice: orgs.fundOffice, donors, donorCurrency: orgs.donorCurrency, focusArea: focusAreas[0].code, projects: projectMoney },
    t,
  );
}

interface ProjectInputs extends ProgrammeContext {
  rand: Rand;
  programmeId: string;
  code: string;
  lead: string;
  focusAreas: (typeof FOCUS_AREAS)[number][];
  countries: typeof RECIPIENTS;
  donors: string[];
  k: number;
  projectIndex: number;
  statuses: [string, number][];
}

function generateProject(c: ProjectInputs): ProjectMoneyPlan {
  const { seed, t, rand, orgs } = c;
  const id = uuidFor(seed, `project:${c.projectIndex}`);
  const status = weighted(rand, c.statuses);
  const frequency = rand() < 0.45 ? 'QUARTERLY' : 'SEMI_ANNUAL';
  const step = frequency === 'QUARTERLY' ? 3 : 6;
  const length = 8 * step;
  let first: number;
  if (status === '1') first = AS_OF_MONTH + rand.int(1, 12);
  else if (status === '3') first = AS_OF_MONTH - length + rand.int(-5, 2);
  else if (status === '4' || status === '5') first = AS_OF_MONTH - length - rand.int(1, 48);
  else first = AS_OF_MONTH - rand.int(0, length - step - 1);
  first -= ((first % step) + step) % step;
  const plannedStart = iso(first);
  const plannedEnd = lastDay(first + length - 1);
  const actualStart = status === '1' ? null : addDays(plannedStart, rand.int(0, 45));
  let actualEnd: string | null = null;
  if (status === '4') actualEnd = addDays(plannedEnd, rand.int(0, 60));
  if (status === '5') actualEnd = addDays(actualStart!, rand.int(60, 300));
  if (actualEnd && actualEnd > LARGE_AS_OF) actualEnd = LARGE_AS_OF;

  const focus = c.focusAreas[rand.zipf(c.focusAreas.length, 1)];
  const countries = pickSome(rand, c.countries, rand() < 0.7 ? 1 : 2, 1.2);
  const where = countries.map((x) => x.name).join(' and ');
  const iati = `${c.code}-${String(c.k + 1).padStart(3, '0')}`;
  t.project.add(
    id,
    STAMP,
    STAMP,
    c.programmeId,
    iati,
    `${LARGE_TITLE_PREFIX} ${rand.pick(PROJECT_VERBS)} the response to ${focus.theme} in ${where} (${c.projectIndex + 1})`,
    `A generated project on ${focus.theme} in ${where}. Names and figures are illustrative.`,
    'Generated record for performance measurement.',
    status,
    plannedStart,
    plannedEnd,
    actualStart,
    actualEnd,
  );
  t.projectFocusArea.add(id, focus.code);
  shares(rand, countries.length).forEach((p, i) => t.recipientCountry.add(uuidFor(seed, `country:${id}:${i}`), id, countries[i].code, p));
  const sectors = pickSome(rand, focus.sectors, rand() < 0.6 ? 1 : 2, 0.8);
  shares(rand, sectors.length).forEach((p, i) => t.sectorShare.add(uuidFor(seed, `sector:${id}:${i}`), null, id, '1', sectors[i], p));

  let part = 0;
  const participate = (organisation: string, role: string) => t.participation.add(uuidFor(seed, `participation:${id}:${part++}`), STAMP, STAMP, organisation, null, id, role);
  participate(c.lead, '2');
  const partners = [...new Set(countries.map((x) => orgs.partners.get(x.code)![rand.int(0, PARTNER_KINDS.length - 1)]))];
  if (rand() < 0.5) partners.unshift(c.lead);
  for (const p of partners) participate(p, '4');
  // Most projects are funded through their programme; some also name a donor of their own.
  let donor: string | null = null;
  if (rand() < 0.45) participate((donor = rand() < 0.7 ? rand.pick(c.donors) : orgs.donors[rand.zipf(orgs.donors.length, 1.3)]), '1');

  const periods = Array.from({ length: 8 }, (_, k) => {
    const m = first + k * step;
    const label = frequency === 'QUARTERLY' ? `${Math.floor(m / 12)}-Q${(m % 12) / 3 + 1}` : `${Math.floor(m / 12)}-H${(m % 12) / 6 + 1}`;
    const period = { id: uuidFor(seed, `period:${id}:${k}`), start: iso(m), end: lastDay(m + step - 1) };
    t.period.add(period.id, id, label, period.start, period.end);
    return period;
  });
  const outputs = generateLogframe({
    seed,
    rand,
    t,
    id,
    focus,
    nodes: c.nodesPer[c.projectIndex],
    partners,
    frequency,
    periods,
    activeFrom: actualStart ?? plannedStart,
    activeTo: actualEnd ?? plannedEnd,
  });
  const nationals = partners.filter((p) => p !== c.lead);
  return { id, iati, status, plannedStart, plannedEnd, actualStart, actualEnd, nationals, donor, outputs };
}

export interface LargeSeedOptions {
  scale?: number;
  seed?: string;
  log?: (message: string) => void;
}

/** Foreign keys decide the order: a table is written after every table it points at. */
const ORDER: (keyof Tables)[] = [
  'organisation',
  'programme',
  'programmeCountry',
  'programmeFocusArea',
  'programmeInstrument',
  'programmeSdg',
  'project',
  'recipientCountry',
  'projectFocusArea',
  'sectorShare',
  'participation',
  'period',
  'node',
  'indicator',
  'value',
  'contribution',
  'budget',
  'transaction',
];

async function checkReferenceCodes(client: pg.ClientBase): Promise<void> {
  const wanted: [string, string, string[]][] = [
    ['country', 'code', RECIPIENTS.map((r) => r.code)],
    ['focus_area', 'code', FOCUS_AREAS.map((f) => f.code)],
    ['legal_instrument', 'code', FOCUS_AREAS.flatMap((f) => f.instruments)],
    ['sdg_target', 'code', FOCUS_AREAS.flatMap((f) => f.sdgs)],
  ];
  for (const [table, column, codes] of wanted) {
    const found = await client.query(`select ${column} from ${table} where ${column} = any($1::text[])`, [codes]);
    const known = new Set(found.rows.map((r) => r[column]));
    const missing = [...new Set(codes)].filter((c) => !known.has(c));
    if (missing.length) throw new LargeSeedError(`the reference table ${table} lacks ${missing.join(', ')}: start Accord once so the reference lists are loaded`);
  }
  const sectors = FOCUS_AREAS.flatMap((f) => f.sectors);
  const found = await client.query(`select code from codelist_entry where list = 'Sector' and code = any($1::text[])`, [sectors]);
  const known = new Set(found.rows.map((r) => r.code));
  const missing = [...new Set(sectors)].filter((c) => !known.has(c));
  if (missing.length) throw new LargeSeedError(`the sector list lacks ${missing.join(', ')}`);
  const currencies = await client.query(`select code from codelist_entry where list = 'Currency' and code = any($1::text[])`, [LARGE_CURRENCIES]);
  if (currencies.rows.length !== LARGE_CURRENCIES.length) throw new LargeSeedError(`the currency list lacks one of ${LARGE_CURRENCIES.join(', ')}`);
}

/** What a run wrote: the sizes its scale promises, and the money, whose amount follows from the generated projects. */
export interface LargeResult extends LargeCounts {
  contributions: number;
  budgetLines: number;
  transactions: number;
  exchangeRates: number;
}

/**
 * Writes the large portfolio into the database at `url`, in one transaction. Refuses when the database
 * already holds it (any programme whose IATI identifier starts with XM-LARGE-): it never changes rows it did not write.
 */
export async function seedLargePortfolio(url: string, options: LargeSeedOptions = {}): Promise<LargeResult> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 'accord';
  const log = options.log ?? (() => {});
  const counts = largeCounts(scale);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    // A second run started at the same time waits here, then finds the first one's rows.
    await client.query('lock table programme in share row exclusive mode');
    const existing = await client.query(
      `select (select count(*)::int from programme where iati_identifier like $1) as programmes, (select count(*)::int from organisation where name like $2) as organisations`,
      [`${LARGE_IATI_PREFIX}%`, `${LARGE_TITLE_PREFIX} %`],
    );
    const { programmes, organisations } = existing.rows[0];
    if (programmes || organisations) {
      throw new LargeSeedError(
        `this database already holds the large portfolio (${programmes} programmes with identifiers ${LARGE_IATI_PREFIX}…, ${organisations} organisations named "${LARGE_TITLE_PREFIX} …"); use a fresh database to generate it again`,
      );
    }
    await checkReferenceCodes(client);
    // Rates someone entered for the same days are kept: the generated money is then converted at theirs.
    const rates = exchangeRates(seed, STAMP);
    const written = await client.query(
      `insert into exchange_rate (id, created_at, updated_at, currency, quote, rate_date, rate, source)
       select * from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[], $6::date[], $7::numeric[], $8::text[])
       on conflict (currency, quote, rate_date) do nothing`,
      rates[0].map((_, c) => rates.map((r) => r[c])),
    );
    const t = tables();
    const orgs = generateOrganisations(seed, t);
    const { projectsPer, nodesPer } = plan(seed, counts);
    const flushAll = async () => {
      for (const name of ORDER) await t[name].flush(client);
    };
    let firstProject = 0;
    for (let index = 0; index < counts.programmes; index++) {
      generateProgramme({ seed, t, orgs, index, projects: projectsPer[index], firstProject, nodesPer });
      firstProject += projectsPer[index];
      if (t.value.rows.length >= 40000 || t.transaction.rows.length >= 20000) {
        await flushAll();
        log(`${index + 1} of ${counts.programmes} programmes written`);
      }
    }
    await flushAll();
    // The generated results went through the reporting cycle: approved, and so counted.
    const unreported = `not exists (select 1 from indicator_update u where u.indicator_id = v.indicator_id and u.period_id = v.period_id)`;
    await client.query(`update indicator_value v set approved_actual = actual, approved_numerator = numerator, approved_denominator = denominator, approved_actual_text = actual_text where ${unreported}`);
    await client.query(
      `insert into indicator_update (id, created_at, updated_at, indicator_id, period_id, project_id, state, decided_at)
       select gen_random_uuid(), now(), now(), v.indicator_id, v.period_id, v.project_id, 'APPROVED', now() from indicator_value v
        where (v.actual is not null or v.numerator is not null or v.actual_text is not null) and ${unreported}
        group by v.indicator_id, v.period_id, v.project_id`,
    );
    await client.query('commit');
    const money = { contributions: t.contribution.written, budgetLines: t.budget.written, transactions: t.transaction.written, exchangeRates: written.rowCount ?? 0 };
    // Fresh statistics, so that the first queries on the new rows get good plans; the vacuum also merges the
    // trigram indexes' pending lists, which after a bulk load make text search slower than a full scan.
    await client.query('vacuum analyze');
    return { ...counts, ...money };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
