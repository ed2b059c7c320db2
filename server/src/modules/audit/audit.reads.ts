import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/access.js';
import { User } from '../access/user.entity.js';
import { Problems } from '../common/errors.js';
import { connectionOf, pageRequest, SortDirection, type Connection, type Ordering, type PageArgs } from '../common/pagination.js';
import type { CodeNames } from '../reference/code-names.js';
import { changesMasker, readableEvents, type Condition } from './audit.policy.js';
import { lookUpNames, NameRequest } from './audit.names.js';
import { readable, requestNames, Wording, type Readable, type ReadableInput } from './audit.readable.js';
import { KINDS } from './audit.words.js';

/** One event as the schema shows it (the `AuditEvent` type), with the changes already masked for the caller. */
export interface AuditEventView {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorTokenId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  projectId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  /** The event in words, from the masked changes. */
  readable: Readable;
}

/** A page of history; `hasNextPage` and `endCursor` repeat `pageInfo` for the clients that read them there. */
export interface AuditPage extends Connection<AuditEventView> {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Which changes of a history to list: every condition given must hold. */
export interface HistoryConditions {
  entityType?: string | null;
  actorId?: string | null;
  changedSince?: Date | null;
}

/** Events are ordered by (at, id), newest first unless asked otherwise; a cursor keeps `at` to the microsecond. */
const ORDERINGS: Record<string, Ordering> = { AT: { keys: [{ sql: (e) => `${e}.at`, kind: 'timestamp' }], natural: SortDirection.DESC } };

/** The history of one project (everything that belongs to it), or of one record. */
export type HistoryScope = { projectId: string } | { entityType: string; entityId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

function scopeOf(scope: HistoryScope, filter: HistoryConditions, alias: string): Condition {
  const parts: Condition[] = [
    'projectId' in scope ? { sql: `${alias}.project_id = ?`, params: [scope.projectId] } : { sql: `${alias}.entity_type = ? and ${alias}.entity_id = ?`, params: [scope.entityType, scope.entityId] },
  ];
  if (filter.entityType) parts.push({ sql: `${alias}.entity_type = ?`, params: [filter.entityType] });
  if (filter.actorId) parts.push({ sql: `${alias}.actor_user_id = ?`, params: [filter.actorId] });
  if (filter.changedSince) parts.push({ sql: `${alias}.at >= ?`, params: [filter.changedSince] });
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

interface Row {
  total_count: number;
  id: string | null;
  cursor_at: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  project_id: string | null;
  changes: AuditEventView['changes'];
  indicator_sensitive: boolean | null;
  responsible_organisation_id: string | null;
  /** The value's indicator, period and disaggregation while it exists. */
  live_context: Record<string, unknown> | null;
  /** The changes of the event that made the record: only its naming fields are read from them. */
  created_changes: AuditEventView['changes'] | null;
}

/** Kinds of record named from their own fields, which an update leaves out of its event. */
const NAMED_BY_FIELDS = JSON.stringify(Object.entries(KINDS).flatMap(([kind, words]) => (words.name ? [kind] : [])));

/** The naming fields of an event's record, from the record itself or the event that made it; never its other values. */
function contextOf(r: Row): Record<string, unknown> {
  const fields = KINDS[r.entity_type]?.name?.fields ?? [];
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = r.live_context?.[f] ?? r.created_changes?.[f]?.after ?? null;
  return out;
}

/**
 * One page of history, newest first, holding only events the caller may read, with what it may not
 * read of them masked. The filter runs in SQL, so every page is full; the count, the page and the
 * indicators' sensitivity come in one statement, and the actors in one more.
 */
export async function historyPage(
  em: EntityManager,
  access: Access,
  codes: CodeNames,
  scope: HistoryScope,
  args: PageArgs & { list: 'auditTrail' | 'projectHistory' },
  conditions?: HistoryConditions | null,
): Promise<AuditPage> {
  const filter = conditions ?? {};
  const problems = new Problems();
  const paging = pageRequest(problems, args.list, ORDERINGS, args);
  if (filter.actorId && !isUuid(filter.actorId)) problems.add('filter.actorId', 'actorId must be the id of a user');
  if (filter.entityType && !/^[A-Za-z]{1,64}$/.test(filter.entityType)) problems.add('filter.entityType', 'entityType must be a kind of record, e.g. Indicator');
  problems.throwIfAny();
  const first = paging.first;
  const dir = paging.direction === SortDirection.DESC ? 'desc' : 'asc';

  const [countScope, countReadable, pageScope, pageReadable] = [scopeOf(scope, filter, 'c'), await readableEvents(access, 'c'), scopeOf(scope, filter, 'e'), await readableEvents(access, 'e')];
  const keyset = paging.position ? { sql: `and (e.at, e.id) ${dir === 'desc' ? '<' : '>'} (?::timestamptz, ?::uuid)`, params: paging.position } : { sql: '', params: [] };
  const rows: Row[] = await em.getConnection().execute(
    `select t.total_count, p.* from
       (select count(*)::int as total_count from audit_event c where ${countScope.sql} and ${countReadable.sql}) t
     left join lateral (
       select e.id, e.at, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
              e.actor_user_id, e.actor_token_id, e.action, e.entity_type, e.entity_id, e.project_id, e.changes,
              i.sensitive as indicator_sensitive, n.responsible_organisation_id,
              case when v.id is not null then json_build_object('indicator', v.indicator_id, 'period', v.period_id, 'dimension', v.dimension, 'category', v.category) end as live_context,
              case when e.action <> 'create' and e.entity_type in (select value from json_array_elements_text(?::json)) then
                (select m.changes from audit_event m where m.entity_type = e.entity_type and m.entity_id = e.entity_id and m.action = 'create' order by m.at limit 1)
              end as created_changes
       from audit_event e
       -- The indicator of a value: from the value while it exists, else from the event (made or deleted).
       left join indicator_value v on v.id = case when e.entity_type = 'IndicatorValue' then e.entity_id::uuid end
       left join indicator i on e.entity_type = 'IndicatorValue'
         and i.id = coalesce(v.indicator_id, (e.changes->'indicator'->>'after')::uuid, (e.changes->'indicator'->>'before')::uuid)
       left join result_node n on n.id = i.node_id
       where ${pageScope.sql} and ${pageReadable.sql} ${keyset.sql}
       order by e.at ${dir}, e.id ${dir}
       limit ?
     ) p on true
     order by p.at ${dir}, p.id ${dir}`,
    [...countScope.params, ...countReadable.params, NAMED_BY_FIELDS, ...pageScope.params, ...pageReadable.params, ...keyset.params, first + 1],
  );
  const found = rows.filter((r) => r.id);
  const page = found.slice(0, first);
  const mask = changesMasker(access);
  const masked = await Promise.all(
    page.map(async (r) => {
      const changes = await mask({ entityType: r.entity_type, projectId: r.project_id, changes: r.changes, indicatorSensitive: r.indicator_sensitive, responsibleOrganisationId: r.responsible_organisation_id });
      const words: ReadableInput = { action: r.action, entityType: r.entity_type, entityId: r.entity_id, changes, context: contextOf(r) };
      return { r, words };
    }),
  );
  // Words come from the masked changes only, so what is hidden from the caller stays hidden in them.
  const request = new NameRequest();
  for (const { words } of masked) requestNames(words, request);
  const names = await lookUpNames(em, access, request);
  const wording = new Wording(names, codes);
  const items = masked.map(({ r, words }) => ({
    id: r.id!,
    at: new Date(r.cursor_at),
    actorUserId: r.actor_user_id,
    actorTokenId: r.actor_token_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    projectId: r.project_id,
    changes: words.changes,
    readable: readable(words, names, wording),
  }));
  await loadActors(em, items);
  const connection = connectionOf(paging, rows[0]?.total_count ?? 0, found.map((r, i) => ({ item: items[i], keys: [r.cursor_at, r.id] })));
  return { ...connection, ...connection.pageInfo };
}

/** Loads every actor of the page, with its organisation, in one go; the `actor` field then finds them in the identity map. */
async function loadActors(em: EntityManager, events: AuditEventView[]): Promise<void> {
  const ids = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  if (ids.length) await em.find(User, { id: { $in: ids } }, { populate: ['organisation'] });
}
