import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Problems } from './errors.js';
import { LIMIT, text } from './limits.js';
import type { Reader } from '../../db/reader.js';
import type { Condition } from '../access/visibility.js';

/*
 * Cursor pagination, one way for every list: a page is cut by keyset (the sort key of the last row seen, then
 * its id), so that rows written between two pages neither repeat nor vanish from the walk, and every order
 * ends with the id, so that it is total. A cursor names its list, its order and its direction: it is refused
 * in any other list or order, where its keys would mean something else.
 */

export const MAX_PAGE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The direction of a list’s order.',
  valuesConfig: { ASC: { description: 'Smallest first: A to Z, oldest first.' }, DESC: { description: 'Largest first: Z to A, newest first.' } },
});

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page: pass it as `after` to get the next page. Null when the page is empty.' })
  endCursor!: string | null;
}

/** The descriptions of the arguments every list takes, so that they read the same everywhere. */
export const PAGE_ARGS = {
  first: `Page size, 1–${MAX_PAGE}.`,
  after: text(LIMIT.cursor, 'The `pageInfo.endCursor` of the previous page, from the same list with the same order and direction; any other cursor is refused with BAD_USER_INPUT.'),
  direction: 'Ascending or descending; omitted, the natural direction of `orderBy` (written on each of its values).',
} as const;

/** How a sort key is kept in a cursor and compared in SQL. */
export type KeyKind = 'text' | 'date' | 'timestamp' | 'real';

/** One sort key of an order: an SQL expression on the list's row (`m` in `keysetPage`), and its kind. */
export interface SortKey {
  sql: (t: string) => string;
  kind: KeyKind;
}

/** An order of a list: its keys (the id follows as tiebreaker) and its natural direction. */
export interface Ordering {
  keys: SortKey[];
  natural: SortDirection;
}

const CAST: Record<KeyKind, string> = { text: 'text', date: 'date', timestamp: 'timestamptz', real: 'real' };
const VALID: Record<KeyKind, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(v),
  real: (v) => typeof v === 'number' && Number.isFinite(v),
};
/** A key as the cursor keeps it, exactly (timestamps to the microsecond, as PostgreSQL stores them). */
const AS_JSON: Record<KeyKind, (sql: string) => string> = {
  text: (sql) => sql,
  date: (sql) => `${sql}::text`,
  timestamp: (sql) => `to_char(${sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  real: (sql) => sql,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list's page arguments as the resolver receives them. */
export interface PageArgs<O extends string = string> {
  first: number;
  after?: string | null;
  orderBy: O;
  direction?: SortDirection | null;
}

/** What a list's arguments ask for, checked: the page size, the order, and the position to start after. */
export interface PageRequest {
  list: string;
  first: number;
  orderBy: string;
  ordering: Ordering;
  direction: SortDirection;
  /** The sort keys and id of the last row seen, or null for the first page. */
  position: unknown[] | null;
}

/**
 * Checks a list's page arguments (first, after, orderBy, direction) and says what is wrong in `problems`.
 * `list` names the list in its cursors: lists that share a name share cursors.
 */
export function pageRequest(
  problems: Problems,
  list: string,
  orderings: Record<string, Ordering>,
  args: PageArgs,
): PageRequest {
  const { first, after, orderBy } = args;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) problems.add('first', `first must be between 1 and ${MAX_PAGE}`);
  const ordering = orderings[orderBy];
  if (!ordering) problems.add('orderBy', `orderBy must be one of ${Object.keys(orderings).join(', ')}`);
  const direction = args.direction ?? ordering?.natural ?? SortDirection.ASC;
  const request: PageRequest = { list, first, orderBy, ordering, direction, position: null };
  if (after && ordering) {
    request.position = decodeCursor(after, request);
    if (!request.position) problems.add('after', 'after must be a pageInfo.endCursor of this list, in the same order and direction');
  }
  return request;
}

function decodeCursor(after: string, request: PageRequest): unknown[] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== request.ordering.keys.length + 4) return null;
    const [list, orderBy, direction, ...keys] = value as unknown[];
    const id = keys.pop();
    if (list !== request.list || orderBy !== request.orderBy || direction !== request.direction) return null;
    if (typeof id !== 'string' || !UUID.test(id) || !request.ordering.keys.every((k, i) => VALID[k.kind](keys[i]))) return null;
    return [...keys, id];
  } catch {
    return null;
  }
}

/** The cursor of a row from its keys and id as `cursorJson` selected them. */
export const encodeCursor = (request: PageRequest, keys: unknown[]) => Buffer.from(JSON.stringify([request.list, request.orderBy, request.direction, ...keys])).toString('base64url');

/** SQL for a row `m` whose key columns are `k0`, `k1`… and `id`: the JSON array of its keys, as the cursor keeps them. */
export const cursorKeysJson = (request: PageRequest, m: string) => `json_build_array(${[...request.ordering.keys.map((k, i) => AS_JSON[k.kind](`${m}.k${i}`)), `${m}.id`].join(', ')})`;

/** SQL for a row `m` (key columns `k0`…, `id`): the cursor itself, base64url as encodeCursor writes it. */
export const cursorSql = (request: PageRequest, m: string) => {
  const head = JSON.stringify([request.list, request.orderBy, request.direction]).slice(0, -1);
  const json = `'${head},' || substr(${cursorKeysJson(request, m)}::text, 2)`;
  return `rtrim(translate(encode(convert_to(${json}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
};

export interface Keyset {
  /** The key columns of the matching rows: `<key> as k0, …` for the row `t`. */
  columns: (t: string) => string;
  /** `order by` of rows carrying the key columns, `m.k0 desc, …, m.id desc`. */
  order: (m: string) => string;
  /** Condition that a row with key columns comes after the cursor, with its parameters; true without a cursor. */
  after: (m: string) => { sql: string; params: unknown[] };
}

/** The SQL pieces of a page request, for a list whose matching rows carry their keys as `k0`… and `id`. */
export function keyset(request: PageRequest): Keyset {
  const dir = request.direction === SortDirection.DESC ? 'desc' : 'asc';
  const names = (m: string) => [...request.ordering.keys.map((_k, i) => `${m}.k${i}`), `${m}.id`];
  return {
    columns: (t) => request.ordering.keys.map((k, i) => `${k.sql(t)} as k${i}`).join(', '),
    order: (m) => names(m).map((n) => `${n} ${dir}`).join(', '),
    after: (m) => {
      if (!request.position) return { sql: 'true', params: [] };
      const casts = [...request.ordering.keys.map((k) => `?::${CAST[k.kind]}`), '?::uuid'];
      return { sql: `(${names(m).join(', ')}) ${dir === 'desc' ? '<' : '>'} (${casts.join(', ')})`, params: request.position };
    },
  };
}

/** A page of a connection. */
export interface Connection<T> {
  items: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/**
 * One page of a list in one statement: the rows of `table t` where `where` holds are counted, and the page after
 * the cursor is cut from them by keyset, each row as the JSON `json` builds on `t` (with its parameters).
 */
export async function keysetPage<T>(
  reader: Reader,
  request: PageRequest,
  list: { table: string; t: string; where: Condition; json: Condition; extra?: Condition },
): Promise<Connection<T> & { extra: unknown }> {
  const { table, t, where, json } = list;
  // A figure the list shows beside its page (e.g. how many are unread), read in the same statement.
  const extra = list.extra ?? { sql: 'null', params: [] };
  const ks = keyset(request);
  const after = ks.after('m');
  const rows = await reader.rows<{ totalCount: number; extra: unknown; j: T | null; c: unknown[] | null }>(
    `with matching as materialized (select ${t}.id, ${ks.columns(t)} from ${table} ${t} where ${where.sql})
     select n.total as "totalCount", ${extra.sql} as extra, x.j, x.c from (select count(*)::int as total from matching) n
     left join lateral (
       select ${json.sql} as j, ${cursorKeysJson(request, 'm')} as c
       from (select * from matching m where ${after.sql} order by ${ks.order('m')} limit ?) m
       join ${table} ${t} on ${t}.id = m.id order by ${ks.order('m')}
     ) x on true`,
    [...where.params, ...extra.params, ...json.params, ...after.params, request.first + 1],
  );
  return { ...connectionOf(request, rows[0]?.totalCount ?? 0, rows.flatMap((r) => (r.j === null ? [] : [{ item: r.j, keys: r.c! }]))), extra: rows[0]?.extra ?? null };
}

/** A connection from the rows of a page read one past its size, each with its cursor keys. */
export function connectionOf<T>(request: PageRequest, totalCount: number, rows: { item: T; keys: unknown[] }[]): Connection<T> {
  const page = rows.slice(0, request.first);
  const last = page.at(-1);
  return { items: page.map((r) => r.item), totalCount, pageInfo: { hasNextPage: rows.length > request.first, endCursor: last ? encodeCursor(request, last.keys) : null } };
}

/**
 * The GraphQL type of one page of a list: its items, how many match in all, and where the page stands. Made per
 * list (`UserConnection`…), so that every list reads the same.
 */
export function connectionType(name: string, item: () => unknown, what: string) {
  @ObjectType(name, { description: `One page of ${what}; walk the list with \`pageInfo.endCursor\` as \`after\`.` })
  class ConnectionClass {
    @Field(() => [item()], { description: `The ${what} on this page, in the order asked for.` })
    items!: unknown[];

    @Field(() => Int, { description: `How many ${what} match the filter in all (of those you may read).` })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}
