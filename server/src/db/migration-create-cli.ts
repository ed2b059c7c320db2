/**
 * Writes a new migration with the difference between the entities and the schema the
 * committed migrations build. Runs against a throwaway embedded PostgreSQL.
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/core';
import { startEmbeddedPostgres } from './embedded.js';
import { ormConfig } from './orm.js';
import { createLogger } from '../logger.js';

const log = createLogger('info');
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-migration-'));
const pg = await startEmbeddedPostgres(dir, log);
try {
  const config = ormConfig({ url: pg.url(), log });
  const orm = await MikroORM.init({
    ...config,
    migrations: { ...config.migrations, path: path.resolve('server/src/db/migrations'), emit: 'ts', fileName: (ts: string, name?: string) => `Migration${ts}${name ? '_' + name : ''}` },
  });
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}; add it to migrations/index.ts` : 'no changes');
  await orm.close();
} finally {
  await pg.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
