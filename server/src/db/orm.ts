import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { guardTransactionConnections } from './transaction-guard.js';
import { PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';
import type { DatabasePoolMode } from '../config.js';
import { ensureLimits } from './limits.js';

export interface OrmOptions {
  url: string;
  /** A read replica: only plain-row reads that may lag go there (see reader.ts); nothing else does. */
  readUrl?: string;
  /** `transaction` when a transaction-pooling PgBouncer sits in between (see limits.ts). */
  poolMode?: DatabasePoolMode;
  log?: Logger;
  /** Called with every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/** The name MikroORM gives the replica's connection, shown in its query log as `via read connection 'replica'`. */
export const REPLICA = 'replica';

export function ormConfig({ url, readUrl, poolMode = 'session', log, onQuery, poolMax = 10 }: OrmOptions): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // References and collections loaded inside one tick are batched into one query per entity.
    dataloader: DataloaderType.ALL,
    subscribers: [new AuditSubscriber()],
    forceUndefined: false,
    // A caller waits a few seconds for a connection, not a minute: an unreachable database or a full pool
    // is then answered quickly as SERVICE_UNAVAILABLE, to be retried.
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: 5_000 },
    // Every statement and every lock wait is bounded, so a slow query or a held lock turns into a quick,
    // retryable answer instead of a request that hangs and holds a connection. A pooler refuses them as
    // startup parameters: behind one they are the role's defaults instead (limits.ts).
    driverOptions: poolMode === 'session' ? { connection: SESSION_OPTIONS } : {},
    // The replica gets the same pool and driver options. MikroORM would send every entity read outside a
    // transaction to it; only the Reader may choose it, because only the Reader knows whether the request
    // must see its own writes.
    replicas: readUrl ? [{ name: REPLICA, clientUrl: readUrl }] : [],
    preferReadReplicas: false,
    debug: onQuery ? ['query'] : false,
    logger: (message) => {
      if (onQuery) onQuery(message);
      else log?.debug({ orm: message }, 'orm');
    },
    allowGlobalContext: false,
  });
}

/** Milliseconds. A lock wait past `lock_timeout` is answered as a retryable CONFLICT. */
export const DATABASE_LIMITS = { statement_timeout: 15_000, lock_timeout: 3_000, idle_in_transaction_session_timeout: 30_000 };

/**
 * JIT compilation is off: the summaries' statements are large enough for PostgreSQL to compile them, which takes
 * longer (about 90 ms) than running them. A pooler refuses startup options, so behind one this is the server's.
 */
const SESSION_OPTIONS = { ...DATABASE_LIMITS, options: '-c jit=off' };

export async function initOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  let orm: MikroORM<PostgreSqlDriver>;
  try {
    orm = await MikroORM.init(ormConfig(options));
  } catch (err) {
    // PgBouncer's answer to the timeouts sent as startup parameters.
    if (options.poolMode !== 'transaction' && /unsupported startup parameter/i.test(String((err as Error)?.message))) {
      throw new Error(`${(err as Error).message}: a connection pooler such as PgBouncer sits in front of the database; set DATABASE_POOL_MODE=transaction`, { cause: err });
    }
    throw err;
  }
  guardTransactionConnections(orm);
  if (options.poolMode === 'transaction') {
    try {
      await ensureLimits(orm, DATABASE_LIMITS, options.log);
    } catch (err) {
      await orm.close();
      throw err;
    }
  }
  return orm;
}

/** Whether reads may go to a replica at all. */
export const hasReplica = (orm: MikroORM): boolean => orm.em.getConnection('read') !== orm.em.getConnection('write');

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

/** Any number, as long as nothing else in the database uses it: the start-up work of every instance. */
const STARTUP_LOCK = 4_711_000_001;

/**
 * Runs `work` while no other app instance on this database runs its own: two instances started together
 * on an empty database would otherwise both migrate, and both seed the demo portfolio. The lock is a
 * transaction's (`pg_advisory_xact_lock`), held by a transaction open for as long as the work lasts, so
 * it also holds behind a transaction-pooling PgBouncer, where a session-level lock could be taken on one
 * server connection and released on another. The work itself runs on other connections of the pool.
 */
export async function exclusively<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  const connection = orm.em.getConnection('write');
  const trx = await connection.begin();
  try {
    // Waiting for another instance's migrations is not a request: the usual seconds do not apply here.
    // Set first and apart: a statement's own timeout is fixed when it starts.
    await connection.execute(
      `select set_config('lock_timeout', '10min', true), set_config('statement_timeout', '10min', true), set_config('idle_in_transaction_session_timeout', '10min', true)`,
      [],
      'all',
      trx,
    );
    await connection.execute('select pg_advisory_xact_lock(?)', [STARTUP_LOCK], 'all', trx);
    const result = await work();
    await connection.commit(trx);
    return result;
  } catch (err) {
    await connection.rollback(trx).catch(() => undefined);
    throw err;
  }
}
