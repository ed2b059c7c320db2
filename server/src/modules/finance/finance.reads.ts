import type { Reader } from '../../db/reader.js';
import { donorView } from './finance.policy.js';
import type { Access } from '../access/access.js';
import { convertedSql, rateDateOn, rateOn } from './finance.sql.js';
import type { TransactionFilter } from './finance.inputs.js';

/** Money records as plain rows shaped for the schema (finance.types.ts); reads apply the donor rule in SQL. */

const converted = (alias: string, date: string, rc: string) => `'converted', json_build_object(
  'amount', (${convertedSql(`${alias}.amount`, `${alias}.currency`, date, rc)})::text,
  'currency', '${rc}',
  'rate', (case when ${alias}.currency = '${rc}' then 1 else ${rateOn(`${alias}.currency`, date, rc)} end)::text,
  'rateDate', case when ${alias}.currency = '${rc}' then null else ${rateDateOn(`${alias}.currency`, date, rc)} end)`;

const orgJson = (column: string) => `(select json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) from organisation o where o.id = ${column})`;

/**
 * The donors the caller sees one by one, as SQL on a donor id column; the programme is `g`. A donor sees its own
 * records one by one and, unless the programme publishes them, no other donor's.
 */
function seesDonor(access: Access, column: string): { sql: string; params: unknown[] } {
  const { seesAll, own } = donorView(access);
  if (seesAll) return { sql: 'true', params: [] };
  return { sql: `(g.publish_contributions or ${column} in (select value::uuid from json_array_elements_text(?::json)))`, params: [JSON.stringify(own)] };
}

export interface Scope {
  programmeId?: string;
  projectId?: string;
}

/** The programme `g` of the scope and, for a programme, whether a record belongs to it or to one of its projects. */
const owned = (alias: string, scope: Scope) =>
  scope.programmeId
    ? { where: `(${alias}.programme_id = ? or ${alias}.project_id in (select id from project where programme_id = ?))`, params: [scope.programmeId, scope.programmeId] }
    : { where: `${alias}.project_id = ?`, params: [scope.projectId] };

const programmeOf = (scope: Scope) =>
  scope.programmeId ? { sql: 'programme g on g.id = ?', params: [scope.programmeId] } : { sql: 'programme g on g.id = (select programme_id from project where id = ?)', params: [scope.projectId] };

export async function listContributions(reader: Reader, access: Access, scope: Scope, rc: string, id?: string) {
  const own = id ? { where: 'c.id = ?', params: [id] } : owned('c', scope);
  const g = programmeOf(scope);
  const sees = seesDonor(access, 'c.donor_id');
  return (
    await reader.rows<{ j: unknown }>(
      `select json_build_object('id', c.id, 'donor', ${orgJson('c.donor_id')}, 'programmeId', c.programme_id, 'projectId', c.project_id,
         'project', (select json_build_object('id', p.id, 'title', p.title) from project p where p.id = c.project_id),
         'amount', json_build_object('amount', c.amount::text, 'currency', c.currency),
         ${converted('c', 'coalesce(c.signed_date, c.period_start)', rc)},
         'signedDate', c.signed_date, 'periodStart', c.period_start, 'periodEnd', c.period_end, 'earmarking', c.earmarking,
         'earmarkedFocusArea', c.earmarked_focus_area, 'earmarkedCountry', c.earmarked_country, 'status', c.status, 'description', c.description,
         'paid', (select coalesce(sum(t.amount), 0)::text from finance_transaction t where t.contribution_id = c.id and t.type = '1'),
         'version', c.version) as j
       from contribution c join ${id ? 'programme g on g.id = coalesce(c.programme_id, (select programme_id from project where id = c.project_id))' : g.sql}
       where ${own.where} and ${sees.sql}
       order by coalesce(c.signed_date, c.period_start), c.created_at, c.id`,
      [...(id ? [] : g.params), ...own.params, ...sees.params],
    )
  ).map((r) => r.j);
}

export async function listBudgets(reader: Reader, projectId: string | null, rc: string, id?: string) {
  return (
    await reader.rows<{ j: unknown }>(
      `select json_build_object('id', b.id, 'projectId', b.project_id, 'type', b.type, 'status', b.status, 'periodStart', b.period_start, 'periodEnd', b.period_end,
         'amount', json_build_object('amount', b.amount::text, 'currency', b.currency), ${converted('b', 'b.value_date', rc)}, 'valueDate', b.value_date,
         'output', (select json_build_object('id', n.id, 'statement', n.statement) from result_node n where n.id = b.output_id),
         'organisation', ${orgJson('b.organisation_id')}, 'version', b.version) as j
       from budget b where ${id ? 'b.id = ?' : 'b.project_id = ?'} order by b.period_start, b.type, b.created_at, b.id`,
      [id ?? projectId],
    )
  ).map((r) => r.j);
}

/**
 * Transactions of a programme's fund (with those of its projects when `withProjects`) or of a project, newest
 * first. A donor does not see the payments of donors whose contributions it may not see one by one.
 */
export async function listTransactions(reader: Reader, access: Access, scope: Scope, filter: TransactionFilter | undefined, rc: string, ids?: string[]) {
  const own = ids ? { where: 't.id in (select value::uuid from json_array_elements_text(?::json))', params: [JSON.stringify(ids)] } : scope.programmeId ? { where: 't.programme_id = ?', params: [scope.programmeId] } : owned('t', scope);
  const g = ids ? { sql: 'programme g on g.id = coalesce(t.programme_id, (select programme_id from project where id = t.project_id))', params: [] } : programmeOf(scope);
  const sees = seesDonor(access, 't.provider_id');
  const where = [own.where, `(t.type not in ('11', '1') or t.provider_id is null or ${sees.sql})`];
  const params = [...g.params, ...own.params, ...sees.params];
  if (filter?.type) (where.push('t.type = ?'), params.push(filter.type));
  if (filter?.organisationId) (where.push('(t.provider_id = ? or t.receiver_id = ?)'), params.push(filter.organisationId, filter.organisationId));
  if (filter?.from) (where.push('t.transaction_date >= ?'), params.push(filter.from));
  if (filter?.to) (where.push('t.transaction_date <= ?'), params.push(filter.to));
  if (filter?.changedSince) (where.push('t.updated_at >= ?'), params.push(filter.changedSince));
  return (
    await reader.rows<{ j: unknown }>(
      `select json_build_object('id', t.id, 'programmeId', t.programme_id, 'projectId', t.project_id, 'type', t.type,
         'typeName', coalesce((select e.name from codelist_entry e where e.list = 'TransactionType' and e.code = t.type), t.type),
         'transactionDate', t.transaction_date, 'valueDate', t.value_date,
         'amount', json_build_object('amount', t.amount::text, 'currency', t.currency), ${converted('t', 't.value_date', rc)},
         'provider', ${orgJson('t.provider_id')}, 'receiver', ${orgJson('t.receiver_id')},
         'providerActivity', t.provider_activity, 'receiverActivity', t.receiver_activity,
         'receiverProject', (select json_build_object('id', p.id, 'title', p.title) from project p where p.id = t.receiver_project_id),
         'description', t.description,
         'output', (select json_build_object('id', n.id, 'statement', n.statement) from result_node n where n.id = t.output_id),
         'budgetId', t.budget_id, 'contributionId', t.contribution_id, 'reversesId', t.reverses_id, 'advance', t.advance, 'version', t.version, 'updatedAt', t.updated_at) as j
       from finance_transaction t join ${g.sql}
       where ${where.join(' and ')}
       order by t.transaction_date desc, t.created_at desc, t.id`,
      params,
    )
  ).map((r) => r.j);
}

export async function listExchangeRates(reader: Reader, rc: string, currency?: string | null) {
  return reader.rows(
    `select r.id, r.currency, r.quote, r.rate_date as "rateDate", r.rate::text as rate, r.source, r.version
     from exchange_rate r where r.quote = ?${currency ? ' and r.currency = ?' : ''} order by r.currency, r.rate_date desc`,
    currency ? [rc, currency.toUpperCase()] : [rc],
  );
}
