import type { Reader } from '../../db/reader.js';
import { IN_IDS, groupBy, idList } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProgramme, visibleProject, type Condition } from '../access/visibility.js';
import { donorView } from '../finance/finance.policy.js';
import { logframeLoaders, type IndicatorRow, type NodeRow, type PeriodRow, type ValueRow } from '../logframe/logframe.reads.js';

/**
 * What the IATI export reads, in plain rows, a batch of activities at a time: one statement per kind of record
 * for the whole batch, whatever its size. Only what the audience may read is selected.
 */

/** Who the document is for: a signed-in caller (with its access rules), or the public (a published programme). */
export type Audience = { kind: 'caller'; access: Access } | { kind: 'public' };

export interface OrgRow {
  id: string;
  name: string;
  iatiRef: string | null;
  iatiType: string | null;
}

export interface ActivityRow {
  id: string;
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  updatedAt: string;
  /** The programme's lead agency: the reporting organisation of the programme and of its projects. */
  reportingOrg: OrgRow;
}

export interface ProgrammeActivityRow extends ActivityRow {
  startDate: string;
  endDate: string;
}

export interface ProjectActivityRow extends ActivityRow {
  programmeId: string;
  programmeIdentifier: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface ParticipationRow {
  ownerId: string;
  role: string;
  organisation: OrgRow;
}

export interface CountryShareRow {
  ownerId: string;
  code: string;
  percentage: number | null;
}

export interface SectorRow {
  ownerId: string;
  vocabulary: string;
  code: string;
  percentage: number;
}

export interface PolicyMarkerRow {
  ownerId: string;
  code: string;
  significance: string;
}

export interface BudgetRow {
  ownerId: string;
  id: string;
  type: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
}

export interface TransactionRow {
  ownerId: string;
  id: string;
  type: string;
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  description: string;
  provider: OrgRow | null;
  receiver: OrgRow | null;
  /** The activity identifiers recorded on the transaction. */
  providerActivity: string | null;
  receiverActivity: string | null;
  /** For a transfer from a programme's fund: the identifier of the project it is for. */
  receiverProject: string | null;
}

export interface DocumentRow {
  ownerId: string;
  id: string;
  title: string;
  url: string;
  category: string;
  language: string | null;
  documentDate: string | null;
}

export interface LogframeOf {
  nodes: NodeRow[];
  indicatorsOf: Map<string, IndicatorRow[]>;
  valuesOf: Map<string, ValueRow[]>;
  periods: PeriodRow[];
}

/** Everything an activity's IATI record holds besides its own row, by owner id. */
export interface Details {
  participations: Map<string, ParticipationRow[]>;
  countries: Map<string, CountryShareRow[]>;
  sectors: Map<string, SectorRow[]>;
  policyMarkers: Map<string, PolicyMarkerRow[]>;
  budgets: Map<string, BudgetRow[]>;
  transactions: Map<string, TransactionRow[]>;
  documents: Map<string, DocumentRow[]>;
  /** For a programme: the identifiers of its projects the audience reads; for a project: nothing. */
  children: Map<string, string[]>;
  logframes: Map<string, LogframeOf>;
}

export const orgJson = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'iatiRef', ${o}.iati_ref, 'iatiType', ${o}.iati_type)`;

/** Which programmes `pg` the audience reads: the caller's rule, or the published ones. */
export function programmeAudience(audience: Audience, pg = 'pg'): Condition {
  return audience.kind === 'public' ? { sql: `(${pg}.iati_published and ${pg}.archived_at is null)`, params: [] } : visibleProgramme(audience.access, pg);
}

/** Which projects `p` the audience reads: the caller's rule, or those of published programmes. */
export function projectAudience(audience: Audience, p = 'p'): Condition {
  return audience.kind === 'public'
    ? { sql: `${p}.programme_id in (select x.id from programme x where x.iati_published and x.archived_at is null)`, params: [] }
    : visibleProject(audience.access, p);
}

const ACTIVITY_COLUMNS = (a: string) =>
  `${a}.id, ${a}.iati_identifier as "iatiIdentifier", ${a}.title, ${a}.description, ${a}.status, to_json(${a}.updated_at) #>> '{}' as "updatedAt"`;

/**
 * Programmes the audience reads, by id after `afterId` (keyset), at most `limit`; archived ones only when named.
 * `only` names one programme.
 */
export function programmePage(reader: Reader, audience: Audience, opts: { only?: string; afterId?: string | null; limit: number }): Promise<ProgrammeActivityRow[]> {
  const rule = programmeAudience(audience);
  const where = [rule.sql];
  const params: unknown[] = [...rule.params];
  if (opts.only) (where.push('pg.id = ?'), params.push(opts.only));
  else where.push('pg.archived_at is null');
  if (opts.afterId) (where.push('pg.id > ?'), params.push(opts.afterId));
  return reader.rows<ProgrammeActivityRow>(
    `select ${ACTIVITY_COLUMNS('pg')}, pg.start_date as "startDate", pg.end_date as "endDate",
       (select ${orgJson('o')} from organisation o where o.id = pg.lead_agency_id) as "reportingOrg"
     from programme pg where ${where.join(' and ')} order by pg.id limit ${Math.floor(opts.limit)}`,
    params,
  );
}

/** Projects the audience reads, of one programme or one project, by id after `afterId` (keyset), at most `limit`. */
export function projectPage(reader: Reader, audience: Audience, opts: { programmeId?: string; only?: string; afterId?: string | null; limit: number }): Promise<ProjectActivityRow[]> {
  const rule = projectAudience(audience);
  const where = [rule.sql];
  const params: unknown[] = [...rule.params];
  if (opts.only) (where.push('p.id = ?'), params.push(opts.only));
  if (opts.programmeId) (where.push('p.programme_id = ? and p.archived_at is null'), params.push(opts.programmeId));
  if (opts.afterId) (where.push('p.id > ?'), params.push(opts.afterId));
  return reader.rows<ProjectActivityRow>(
    `select ${ACTIVITY_COLUMNS('p')}, p.programme_id as "programmeId", pg.iati_identifier as "programmeIdentifier",
       p.planned_start as "plannedStart", p.planned_end as "plannedEnd", p.actual_start as "actualStart", p.actual_end as "actualEnd",
       (select ${orgJson('o')} from organisation o where o.id = pg.lead_agency_id) as "reportingOrg"
     from project p join programme pg on pg.id = p.programme_id where ${where.join(' and ')} order by p.id limit ${Math.floor(opts.limit)}`,
    params,
  );
}

/**
 * Incoming money (types 1 and 11) names its donor. A donor that may not see the other donors' contributions one
 * by one (the programme does not publish them) does not see their incoming transactions either, and neither does
 * the public: the same rule as the finance pages (finance.reads.ts).
 */
function seesIncoming(audience: Audience): Condition {
  const { seesAll, own } = audience.kind === 'public' ? { seesAll: false, own: [] as string[] } : donorView(audience.access);
  if (seesAll) return { sql: 'true', params: [] };
  return {
    sql: `(t.type not in ('1', '11') or t.provider_id is null or g.publish_contributions or t.provider_id in (select value::uuid from json_array_elements_text(?::json)))`,
    params: [JSON.stringify(own)],
  };
}

/** The details of a batch of programmes (`owner` = programme_id) or projects (project_id), by owner id. */
export async function detailsOf(reader: Reader, audience: Audience, owner: 'programme_id' | 'project_id', ids: string[]): Promise<Details> {
  const empty = new Map();
  if (!ids.length) return { participations: empty, countries: empty, sectors: empty, policyMarkers: empty, budgets: empty, transactions: empty, documents: empty, children: empty, logframes: empty };
  const list = idList(ids);
  const isProject = owner === 'project_id';
  const incoming = seesIncoming(audience);
  const programmeOfTransaction = isProject ? '(select programme_id from project where id = t.project_id)' : 't.programme_id';
  const children = projectAudience(audience, 'c');
  const [participations, countries, sectors, policyMarkers, budgets, transactions, documents, childRows] = await Promise.all([
    reader.rows<ParticipationRow>(
      `select x.${owner} as "ownerId", x.role, ${orgJson('o')} as organisation from participation x join organisation o on o.id = x.organisation_id
       where x.${owner} in ${IN_IDS} order by x.role, x.created_at, x.id`,
      [list],
    ),
    isProject
      ? reader.rows<CountryShareRow>(`select r.project_id as "ownerId", r.country_code as code, r.percentage::float8 as percentage from recipient_country r where r.project_id in ${IN_IDS} order by r.percentage desc, r.country_code`, [list])
      : reader.rows<CountryShareRow>(`select r.programme_id as "ownerId", r.country_code as code, null as percentage from programme_country r where r.programme_id in ${IN_IDS} order by r.country_code`, [list]),
    reader.rows<SectorRow>(`select s.${owner} as "ownerId", s.vocabulary, s.code, s.percentage::float8 as percentage from sector_share s where s.${owner} in ${IN_IDS} order by s.vocabulary, s.percentage desc, s.code`, [list]),
    isProject
      ? reader.rows<PolicyMarkerRow>(`select m.project_id as "ownerId", m.code, m.significance from policy_marker m where m.project_id in ${IN_IDS} order by m.code::int`, [list])
      : Promise.resolve([] as PolicyMarkerRow[]),
    isProject
      ? reader.rows<BudgetRow>(
          `select b.project_id as "ownerId", b.id, b.type, b.status, b.period_start::text as "periodStart", b.period_end::text as "periodEnd", b.amount::text as amount, b.currency,
             b.value_date::text as "valueDate" from budget b where b.project_id in ${IN_IDS} order by b.period_start, b.type, b.created_at, b.id`,
          [list],
        )
      : Promise.resolve([] as BudgetRow[]),
    reader.rows<TransactionRow>(
      `select t.${owner} as "ownerId", t.id, t.type, t.transaction_date::text as "transactionDate", t.value_date::text as "valueDate", t.amount::text as amount, t.currency, t.description,
         (select ${orgJson('o')} from organisation o where o.id = t.provider_id) as provider, (select ${orgJson('o')} from organisation o where o.id = t.receiver_id) as receiver,
         t.provider_activity as "providerActivity", t.receiver_activity as "receiverActivity",
         (select rp.iati_identifier from project rp where rp.id = t.receiver_project_id) as "receiverProject"
       from finance_transaction t join programme g on g.id = ${programmeOfTransaction}
       where t.${owner} in ${IN_IDS} and ${incoming.sql} order by t.transaction_date, t.created_at, t.id`,
      [list, ...incoming.params],
    ),
    isProject
      ? reader.rows<DocumentRow>(
          `select d.project_id as "ownerId", d.id, d.title, d.url, d.category, d.language, d.document_date::text as "documentDate" from document d where d.project_id in ${IN_IDS} order by d.created_at, d.id`,
          [list],
        )
      : Promise.resolve([] as DocumentRow[]),
    isProject
      ? Promise.resolve([] as { ownerId: string; identifier: string }[])
      : reader.rows<{ ownerId: string; identifier: string }>(
          `select c.programme_id as "ownerId", c.iati_identifier as identifier from project c where c.programme_id in ${IN_IDS} and c.archived_at is null and ${children.sql} order by c.iati_identifier`,
          [list, ...children.params],
        ),
  ]);
  const by = <T extends { ownerId: string }>(rows: T[]) => groupBy(rows, (r) => r.ownerId);
  return {
    participations: by(participations),
    countries: by(countries),
    sectors: by(sectors),
    policyMarkers: by(policyMarkers),
    budgets: by(budgets),
    transactions: by(transactions),
    documents: by(documents),
    children: new Map([...by(childRows)].map(([k, v]) => [k, v.map((r) => r.identifier)])),
    logframes: isProject ? await logframesOf(reader, ids) : new Map(),
  };
}

/**
 * The logframes of a batch of projects: nodes in reading order, indicators, periods and values. The values carry
 * the APPROVED copy of the results as `actual`, `numerator`, `denominator` and `actualText` (logframe.reads.ts);
 * the working copy beside them (`working`) is never read by the export.
 */
async function logframesOf(reader: Reader, projectIds: string[]): Promise<Map<string, LogframeOf>> {
  const loaders = logframeLoaders(reader);
  const [trees, periods] = await Promise.all([loaders.tree.loadMany(projectIds), loaders.periodsByProject.loadMany(projectIds)]);
  const nodeIds = trees.flatMap((t) => (t instanceof Error ? [] : t.nodes.map((n) => n.id)));
  const indicators = (await loaders.indicatorsByNode.loadMany(nodeIds)).flatMap((l) => (l instanceof Error ? [] : l));
  const values = (await loaders.valuesByIndicator.loadMany(indicators.map((i) => i.id))).flatMap((l) => (l instanceof Error ? [] : l));
  const indicatorsOf = groupBy(indicators, (i) => i.nodeId);
  const valuesOf = groupBy(values, (v) => v.indicatorId);
  const out = new Map<string, LogframeOf>();
  projectIds.forEach((id, i) => {
    const tree = trees[i];
    const own = periods[i];
    if (tree instanceof Error || own instanceof Error) throw tree instanceof Error ? tree : own;
    out.set(id, { nodes: tree.nodes, indicatorsOf, valuesOf, periods: own });
  });
  return out;
}
