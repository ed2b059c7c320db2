import type { MikroORM, Transaction } from '@mikro-orm/core';
import type { Logger } from 'pino';

type Limits = Record<string, number>;

type Connection = ReturnType<MikroORM['em']['getConnection']>;

/** Any number nothing else in the database uses: instances setting the role defaults take turns. */
const LIMITS_LOCK = 4_711_000_002;

/** The limits in force on whichever server connection answers, in milliseconds. */
async function inForce(connection: Connection, limits: Limits): Promise<Record<string, number>> {
  const rows = (await connection.execute(`select name, setting from pg_settings where name in (select json_array_elements_text(?::json))`, [JSON.stringify(Object.keys(limits))])) as {
    name: string;
    setting: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.setting)]));
}

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

const differs = (found: Record<string, number>, limits: Limits) => Object.entries(limits).some(([name, ms]) => found[name] !== ms);

/**
 * Behind a transaction-pooling PgBouncer a client's statements run on whichever server connection is free,
 * so nothing set for a session (startup parameters, `SET`) reaches them, and PgBouncer refuses the startup
 * parameters outright. The limits then have to be the defaults of every server connection: the role's
 * defaults in this database (`ALTER ROLE … IN DATABASE … SET`, which any role may do for itself), which
 * every server connection opened from then on starts with. The one this runs on was opened before, so it
 * is given the same values; being the defaults, they are no state another client could notice. Server
 * connections PgBouncer had opened before the very first start keep none until it replaces them
 * (`server_lifetime`); setting the defaults beforehand, as the README shows, leaves no such gap.
 *
 * Where the limits are already in force (set by an operator, by the server's configuration, or by
 * PgBouncer's `connect_query`), nothing is changed. A replica in recovery cannot be changed: it has the
 * primary's role defaults when its database has the same name, and is reported otherwise.
 */
export async function ensureLimits(orm: MikroORM, limits: Limits, log?: Logger): Promise<void> {
  const primary = orm.em.getConnection('write');
  const replica = orm.em.getConnection('read');
  const connections = replica === primary ? { primary } : { primary, replica };
  for (const [role, connection] of Object.entries(connections)) {
    if (!differs(await inForce(connection, limits), limits)) continue;
    const [{ recovering }] = (await connection.execute('select pg_is_in_recovery() as recovering')) as { recovering: boolean }[];
    if (recovering) {
      log?.warn({ connection: role, limits }, 'the replica runs without the statement and lock timeouts: set them as the role defaults on the primary, in a database of the same name');
      continue;
    }
    // In one transaction, on one server connection, after any other instance starting at the same moment:
    // PostgreSQL refuses two concurrent changes of the same role defaults ("tuple concurrently updated").
    await connection.transactional(async (trx: Transaction) => {
      const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params, 'all', trx);
      await run('select pg_advisory_xact_lock(?)', [LIMITS_LOCK]);
      const [who] = (await run('select current_user as role, current_database() as database')) as { role: string; database: string }[];
      for (const [name, ms] of Object.entries(limits)) {
        await run(`alter role ${identifier(who.role)} in database ${identifier(who.database)} set ${identifier(name)} = ${Math.trunc(ms)}`);
      }
      await run(`select ${Object.keys(limits).map(() => 'set_config(?, ?, false)').join(', ')}`, Object.entries(limits).flatMap(([name, ms]) => [name, `${Math.trunc(ms)}ms`]));
    });
    log?.info({ connection: role, limits }, 'set the statement and lock timeouts as the role defaults in the database');
  }
}
