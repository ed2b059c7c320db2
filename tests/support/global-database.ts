/**
 * Starts one PostgreSQL for the whole server test run (embedded, or TEST_DATABASE_URL) and builds a
 * template database with the migrations and reference lists applied. Each test file then clones it.
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { initOrm, migrate } from '../../server/src/db/orm.js';
import { syncReferenceData } from '../../server/src/modules/reference/reference.service.js';
import { createLogger } from '../../server/src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const log = createLogger('warn');
  let stopServer = async () => {};
  let adminUrl: string;
  let tmp: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-test-'));
    const embedded = await startEmbeddedPostgres(tmp, log);
    adminUrl = embedded.url('postgres');
    stopServer = embedded.stop;
  }
  const template = `accord_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const orm = await initOrm({ url: withDatabase(adminUrl, template), log, poolMax: 2 });
  await migrate(orm);
  await syncReferenceData(orm.em.fork());
  await orm.close();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const leftovers = await admin.query(`select datname from pg_database where datname like 'accord_t_%' or datname = $1`, [template]);
    for (const row of leftovers.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.end();
    await stopServer();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  };
}
