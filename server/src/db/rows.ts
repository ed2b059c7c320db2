import DataLoader from 'dataloader';
import type { Reader } from './reader.js';

/*
 * Two shapes of read, both with the schema's field names. Plain columns, for rows that are only ever read on
 * their own. JSON objects built in SQL (`json_build_object`), where one definition of a row serves a loader,
 * a list embedded in its owner's row and a single read; timestamps then arrive as ISO 8601 text and decimals
 * as numbers. Such statements select the object as `j` and, for loaders, the key it belongs to as `k`.
 */

/** Timestamps as plain columns leave PostgreSQL as ISO 8601 text through `to_json`, the form the DateTime scalar accepts. */
export const at = (column: string, name: string) => `to_json(${column}) #>> '{}' as "${name}"`;

/** The bookkeeping columns of a tracked record (see common/timestamps.ts), for a table aliased `alias`. */
export const tracked = (alias: string) =>
  `${at(`${alias}.created_at`, 'createdAt')}, ${at(`${alias}.updated_at`, 'updatedAt')}, ${alias}.version, ${at(`${alias}.archived_at`, 'archivedAt')}`;

/** The same bookkeeping fields as pairs of a `json_build_object`. */
export const trackedJson = (alias: string) =>
  `'createdAt', ${alias}.created_at, 'updatedAt', ${alias}.updated_at, 'version', ${alias}.version, 'archivedAt', ${alias}.archived_at`;

/** Ids as one JSON binding, unpacked in SQL: `… in (select value::uuid from json_array_elements_text(?::json))`. */
export const idList = (ids: readonly string[]) => JSON.stringify(ids);
export const IN_IDS = '(select value::uuid from json_array_elements_text(?::json))';
export const IN_TEXT = '(select value from json_array_elements_text(?::json))';

/** Items by key, each list in the order given. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The objects a statement selects as `j`. */
export async function objects<T>(reader: Reader, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await reader.rows<{ j: T }>(sql, params)).map((r) => r.j);
}

/** A loader of one row per key (plain columns), from one statement for all the keys of a response; a missing row is null. */
export function rowLoader<R>(reader: Reader, sql: string, key: (row: R) => string, asText = false): DataLoader<string, R | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await reader.rows<R>(sql.replace('$KEYS', asText ? IN_TEXT : IN_IDS), [idList(keys)]);
    const byKey = new Map(rows.map((r) => [key(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the rows (plain columns) that belong to each key, in the statement's order; `$KEYS` is the first binding. */
export function listLoader<R>(reader: Reader, sql: string, key: (row: R) => string, params: () => unknown[] = () => []): DataLoader<string, R[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const byKey = groupBy(await reader.rows<R>(sql.replace('$KEYS', IN_IDS), [idList(keys), ...params()]), key);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * A loader of one object per key, from one statement for all the keys of a response; a missing row is null.
 * `$KEYS` in the statement stands for the keys and must be its first binding.
 */
export function objectLoader<R>(reader: Reader, sql: string, asText = false, params: () => unknown[] = () => []): DataLoader<string, R | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await reader.rows<{ k: string; j: R }>(sql.replace('$KEYS', asText ? IN_TEXT : IN_IDS), [idList(keys), ...params()]);
    const byKey = new Map(rows.map((r) => [r.k, r.j]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the objects (`j`) that belong to each key (`k`), in the statement's order, from one statement for all keys. */
export function objectListLoader<R>(reader: Reader, sql: string, params: () => unknown[] = () => []): DataLoader<string, R[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const byKey = groupBy(await reader.rows<{ k: string; j: R }>(sql.replace('$KEYS', IN_IDS), [idList(keys), ...params()]), (r) => r.k);
    return keys.map((k) => byKey.get(k)?.map((r) => r.j) ?? []);
  });
}

/** A list embedded in its owner's row: the JSON array of `object` over `from … where …`, in `order`. */
export const embedded = (object: string, fromWhere: string, order: string) => `(select coalesce(json_agg(${object} order by ${order}), '[]') ${fromWhere})`;
