import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
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
    // A caller waits a few seconds for a connection, not a minute: an unreachable database or a full pool
    // is then answered quickly as SERVICE_UNAVAILABLE, to be retried.
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: 5_000 },
    debug: onQuery ? ['query'] : false,
    logger: (message) => {
      if (onQuery) onQuery(message);
      else log?.debug({ orm: message }, 'orm');
    },
    allowGlobalContext: false,
  });
}

export async function initOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init(ormConfig(options));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
