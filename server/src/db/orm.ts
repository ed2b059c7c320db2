import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { guardTransactionConnections } from './transaction-guard.js';
import { PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';

export interface OrmOptions {
  url: string;
  log?: Logger;
  /** Called with every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormConfig({ url, log, onQuery, poolMax = 10 }: OrmOptions): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // References and collections loaded inside one tick are batched into one query per entity.
    dataloader: DataloaderType.ALL,
    subscribers: [new AuditSubscriber()],
    forceUndefined: false,
    pool: { min: 0, max: poolMax },
    // Every statement and every lock wait is bounded, so a slow query or a held lock turns into a quick,
    // retryable answer instead of a request that hangs and holds a connection.
    driverOptions: { connection: DATABASE_LIMITS },
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

export async function initOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init(ormConfig(options));
  guardTransactionConnections(orm);
  return orm;
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
