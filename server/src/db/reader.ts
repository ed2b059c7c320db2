import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The road reads take: plain rows from SQL, shaped for the schema, never hydrated entities. Reads of lists, pages
 * and summaries go through a Reader; writes go through entities and services. One per request, made on first use.
 *
 * Parameters are knex bindings (`?`); knex expands a JS array into a list, so pass an array as JSON text and
 * unpack it in SQL (`select value::uuid from json_array_elements_text(?::json)`).
 */
export interface Reader {
  rows<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export function createReader(em: () => EntityManager): Reader {
  return {
    rows: <T>(sql: string, params: readonly unknown[] = []) => em().getConnection().execute(sql, [...params]) as Promise<T[]>,
  };
}
