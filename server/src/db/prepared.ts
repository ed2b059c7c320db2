import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** Knex bindings (`?`, outside quoted literals) as PostgreSQL's positional `$1, $2…`. */
export function positional(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

const MAX_NAMES = 1000;

/**
 * Runs one read statement on a connection of the ORM's own pool (one pool, one set of timeouts), as a named
 * prepared statement: PostgreSQL then parses and plans a compiled read once per connection rather than on every
 * request, which for a project page is most of its database time. Behind a transaction-pooling PgBouncer, which
 * cannot keep a prepared statement between transactions, `prepare` is false and the statement runs unnamed.
 * Every statement is logged as the ORM logs its own, so that statement counts stay true.
 */
export function preparedReads(orm: MikroORM, prepare: boolean) {
  const pool = (orm.em.getConnection() as unknown as { getKnex: () => { client: PoolClient } }).getKnex().client;
  // The same compiled read sends the same text every time: its positional form and its name are worked out once.
  const statements = new Map<string, { text: string; name?: string }>();
  const statementOf = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_NAMES) statements.clear();
      const text = positional(sql);
      statement = { text, name: prepare ? `accord_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` : undefined };
      statements.set(sql, statement);
    }
    return statement;
  };
  return async (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => {
    const { text, name } = statementOf(sql);
    const started = Date.now();
    const connection = await pool.acquireConnection();
    try {
      return (await connection.query(name ? { name, text, values: params } : { text, values: params })).rows;
    } finally {
      await pool.releaseConnection(connection);
      orm.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
    }
  };
}
