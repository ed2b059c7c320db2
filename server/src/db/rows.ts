import DataLoader from 'dataloader';
import type { Reader } from './reader.js';

/** Timestamps leave PostgreSQL as ISO 8601 text through `to_json`, the form the DateTime scalar accepts. */
export const at = (column: string, name: string) => `to_json(${column}) #>> '{}' as "${name}"`;

/** The bookkeeping columns of a tracked record (see common/timestamps.ts), for a table aliased `alias`. */
export const tracked = (alias: string) =>
  `${at(`${alias}.created_at`, 'createdAt')}, ${at(`${alias}.updated_at`, 'updatedAt')}, ${alias}.version, ${at(`${alias}.archived_at`, 'archivedAt')}`;

/** Ids as one JSON binding, unpacked in SQL: `… in (select value::uuid from json_array_elements_text(?::json))`. */
export const idList = (ids: readonly string[]) => JSON.stringify(ids);
export const IN_IDS = '(select value::uuid from json_array_elements_text(?::json))';
export const IN_TEXT = '(select value from json_array_elements_text(?::json))';

/** A loader of one row per key, from one statement for all the keys of a response; a missing row is null. */
export function rowLoader<R>(reader: Reader, sql: string, key: (row: R) => string, asText = false): DataLoader<string, R | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await reader.rows<R>(sql.replace('$KEYS', asText ? IN_TEXT : IN_IDS), [idList(keys)]);
    const byKey = new Map(rows.map((r) => [key(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the rows that belong to each key (ordered by the statement), from one statement for all keys. */
export function listLoader<R>(reader: Reader, sql: string, key: (row: R) => string, params: () => unknown[] = () => []): DataLoader<string, R[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await reader.rows<R>(sql.replace('$KEYS', IN_IDS), [idList(keys), ...params()]);
    const byKey = new Map<string, R[]>();
    for (const r of rows) {
      const k = key(r);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
