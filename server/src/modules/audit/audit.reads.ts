import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/access.js';
import { User } from '../access/user.entity.js';
import { Problems } from '../common/errors.js';
import type { CodeNames } from '../reference/code-names.js';
import { changesMasker, readableEvents, type Condition } from './audit.policy.js';
import { lookUpNames, NameRequest } from './audit.names.js';
import { readable, requestNames, Wording, type Readable, type ReadableInput } from './audit.readable.js';
import { KINDS } from './audit.words.js';

export const MAX_PAGE = 100;

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

export interface AuditPage {
  items: AuditEventView[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The history of one project (everything that belongs to it), or of one record. */
export type HistoryScope = { projectId: string } | { entityType: string; entityId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

/** Events are ordered newest first by (at, id); a cursor is the position of the last event of a page, to the microsecond. */
const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(value[0]) && typeof value[1] === 'string' && isUuid(value[1])) {
      return [value[0], value[1]];
    }
  } catch {
    // not base64 or not JSON: refused below
  }
  return null;
}

const scopeOf = (scope: HistoryScope, alias: string): Condition =>
  'projectId' in scope ? { sql: `${alias}.project_id = ?`, params: [scope.projectId] } : { sql: `${alias}.entity_type = ? and ${alias}.entity_id = ?`, params: [scope.entityType, scope.entityId] };

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
export async function historyPage(em: EntityManager, access: Access, codes: CodeNames, scope: HistoryScope, first: number, after?: string | null): Promise<AuditPage> {
  const problems = new Problems();
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) problems.add('first', `first must be between 1 and ${MAX_PAGE}`);
  const position = after ? decodeCursor(after) : null;
  if (after && !position) problems.add('after', 'after must be an endCursor returned by an earlier page');
  problems.throwIfAny();

  const [countScope, countReadable, pageScope, pageReadable] = [scopeOf(scope, 'c'), await readableEvents(access, 'c'), scopeOf(scope, 'e'), await readableEvents(access, 'e')];
  const keyset = position ? { sql: 'and (e.at, e.id) < (?::timestamptz, ?::uuid)', params: position } : { sql: '', params: [] };
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
       order by e.at desc, e.id desc
       limit ?
     ) p on true
     order by p.at desc, p.id desc`,
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
  const last = page.at(-1);
  return { items, totalCount: rows[0]?.total_count ?? 0, hasNextPage: found.length > first, endCursor: last ? encodeCursor(last.cursor_at, last.id!) : null };
}

/** Loads every actor of the page, with its organisation, in one go; the `actor` field then finds them in the identity map. */
async function loadActors(em: EntityManager, events: AuditEventView[]): Promise<void> {
  const ids = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  if (ids.length) await em.find(User, { id: { $in: ids } }, { populate: ['organisation'] });
}
