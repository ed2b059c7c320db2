import type { MikroORM } from '@mikro-orm/core';

/**
 * What the statement that identifies a caller also tells the request, at no extra round trip, so that no
 * instance serves from memory or from a replica what another instance has changed meanwhile:
 * - the version of the code lists, against the names held in memory (code-names.ts);
 * - how long ago the caller's own last change ended, so its reads go to the primary for a while (reader.ts).
 */
export interface Freshness {
  codelistVersion: number;
  /** Seconds since this session's or token's last change, by the database's clock; null when it made none. */
  secondsSinceWrite: number | null;
  /** The row that records the caller's changes. */
  writer: { table: 'session' | 'api_token'; id: string };
}

/** Columns for the identifying statement; `alias` is the session's or token's row. */
export const freshnessColumns = (alias: string): string =>
  `(select version from codelist_version where id = 1) as codelist_version, extract(epoch from now() - ${alias}.last_write_at)::float8 as seconds_since_write`;

export interface FreshnessRow {
  codelist_version: number | null;
  seconds_since_write: number | null;
}

export const freshnessFrom = (row: FreshnessRow, writer: Freshness['writer']): Freshness => ({
  codelistVersion: row.codelist_version ?? 0,
  secondsSinceWrite: row.seconds_since_write,
  writer,
});

/**
 * Records that the caller has just changed something, so that its next reads, on any instance, go to the
 * primary. Written after the change is answered, at most once a second per session or token; only when a
 * replica is in use, since otherwise every read is on the primary anyway. Never throws: a lost record only
 * means the next read may lag, and the change itself has succeeded or failed already.
 */
export async function recordWrite(orm: MikroORM, writer: Freshness['writer']): Promise<void> {
  const table = writer.table === 'session' ? 'session' : 'api_token';
  await orm.em
    .getConnection('write')
    .execute(`update ${table} set last_write_at = now() where id = ? and (last_write_at is null or last_write_at < now() - interval '1 second')`, [writer.id])
    .catch(() => undefined);
}
