/**
 * Accord behind a real PgBouncer in transaction pooling mode, with 3 server connections under 10 client
 * connections per app process: every statement may land on a server connection another client used last,
 * so any session state (a SET, a session advisory lock, a prepared statement) would show. `npm run test:infra`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useApi, Role, TEST_PASSWORD, type TestApi } from '../support/api.js';
import { browser, startInstance, type Browser, type Instance } from '../support/instance.js';
import { startPgBouncer, type PgBouncer } from '../support/pgbouncer.js';
import { addIndicator, addNode, makeLogframeProject, makeProgramme, makeProject } from '../support/factories.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { migrationsList } from '../../server/src/db/migrations/index.js';

const api = useApi();
let bouncer: PgBouncer;
let one: Instance;
let two: Instance;
let admin: Browser;
/** The factories, run through the instances behind PgBouncer. */
let via: TestApi;
const database = () => new URL(api.databaseUrl).pathname.slice(1);

beforeAll(async () => {
  bouncer = await startPgBouncer(api.databaseUrl, { poolSize: 3 });
  const env = { DATABASE_POOL_MODE: 'transaction', DATABASE_POOL_MAX: '10', TRUST_PROXY: 'loopback' };
  // One after the other: the very first start on a database sets the timeouts as the role's defaults, and
  // server connections PgBouncer opened before that (for an instance starting at the same moment) keep
  // none until PgBouncer replaces them, as the README says. Two concurrent starts are covered in instances.test.ts.
  one = await startInstance(bouncer.url(database()), env);
  two = await startInstance(bouncer.url(database()), env);
  await api.signedIn([{ role: Role.ADMIN }], { email: 'bouncer-admin@accord.test' });
  admin = browser('10.60.0.1');
  expect(await admin.signIn(one.url, 'bouncer-admin@accord.test', TEST_PASSWORD)).toBe('SIGNED_IN');
  let turn = 0;
  via = { ...api, ok: (query: string, variables?: Record<string, unknown>) => admin.ok([one.url, two.url][turn++ % 2], query, variables) } as TestApi;
}, 120_000);

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await bouncer?.stop();
});

let addresses = 1;
async function signedIn(roles: Parameters<typeof api.signedIn>[0]) {
  const email = `bouncer-${randomBytes(3).toString('hex')}@accord.test`;
  await api.signedIn(roles, { email });
  const b = browser(`10.60.1.${++addresses}`);
  expect(await b.signIn(two.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
  return b;
}

describe('the connection behind PgBouncer', () => {
  it('is refused with the startup parameters of session mode, and Accord says what to set', async () => {
    const started = startInstance(bouncer.url(database()), { TRUST_PROXY: 'loopback' });
    await expect(started).rejects.toThrow(/unsupported startup parameter[\s\S]*DATABASE_POOL_MODE=transaction/);
  });

  it('runs every statement under the timeouts, on whichever server connection it gets', async () => {
    // Ten clients at once on three server connections, each asking what is in force.
    const clients = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const c = new pg.Client({ connectionString: bouncer.url(database()) });
        await c.connect();
        return c;
      }),
    );
    try {
      const rows = await Promise.all(
        clients.map(async (c) => (await c.query(`select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle, pg_sleep(0.05)`)).rows[0]),
      );
      for (const r of rows) expect({ statement: r.statement, lock: r.lock, idle: r.idle }).toEqual({ statement: '15s', lock: '3s', idle: '30s' });
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});

describe('key flows through PgBouncer', () => {
  it('signs in, reads, and refuses a change based on an old version with CONFLICT', async () => {
    const programme = await makeProgramme(via);
    const project = await makeProject(via, programme.id);
    const manager = await signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const read = `query($id: ID!) { project(id: $id) { title version statusName programme { title } } }`;
    const before = (await manager.ok(one.url, read, { id: project.id })).project;
    expect(before.programme.title).toBe(programme.title);
    const update = `mutation($id: ID!, $v: Int!, $t: String!) { updateProject(id: $id, version: $v, input: { title: $t }) { title version } }`;
    const saved = (await manager.ok(two.url, update, { id: project.id, v: before.version, t: 'Renamed behind PgBouncer' })).updateProject;
    expect((await manager.ok(one.url, read, { id: project.id })).project.title).toBe('Renamed behind PgBouncer');
    const stale = await manager.gql(one.url, update, { id: project.id, v: before.version, t: 'From an old copy' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await manager.ok(two.url, read, { id: project.id })).project.version).toBe(saved.version);
  });

  it('answers a change to a locked record with a retryable CONFLICT within the lock timeout', async () => {
    const programme = await makeProgramme(via);
    const project = await makeProject(via, programme.id);
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select * from project where id = $1 for update', [project.id]);
      const started = Date.now();
      const res = await admin.gql(one.url, `mutation($id: ID!) { updateProject(id: $id, input: { title: "Renamed while locked" }) { title } }`, { id: project.id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', retryable: true });
      expect(Date.now() - started).toBeLessThan(6000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
  });

  it('counts failed sign-ins across both instances against one limit', async () => {
    const email = `bouncer-limit-${randomBytes(3).toString('hex')}@accord.test`;
    await api.signedIn([{ role: Role.VIEWER }], { email });
    for (let i = 0; i < 5; i++) expect(await browser(`10.60.2.${i}`).signIn([one.url, two.url][i % 2], email, `guess ${i}`)).toBe('UNAUTHENTICATED');
    expect(await browser('10.60.2.9').signIn(two.url, email, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });

  it('lets exactly one of many concurrent saves into one empty cell win, and answers concurrent batches without an internal error', async () => {
    const { project, periods } = await makeLogframeProject(via);
    const outcome = await addNode(via, project.id, { statement: 'Prosecutions increase' });
    const indicator = await addIndicator(via, outcome.id, { title: 'Cases prosecuted', measure: '1', aggregation: 'SUM' });
    const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id actual version } }`;
    const managers = await Promise.all(Array.from({ length: 6 }, () => signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }])));

    const race = await Promise.all(managers.map((m, i) => m.gql([one.url, two.url][i % 2], SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[2].id, actual: 100 + i, version: 0 }] })));
    const winners = race.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const r of race.filter((x) => x.errors)) expect(r.errors![0].extensions?.code).toBe('CONFLICT');
    const [stored] = await api.raw('select actual::float8 as actual from indicator_value where indicator_id = ? and period_id = ?', [indicator.id, periods[2].id]);
    expect(stored.actual).toBe(winners[0].data.setIndicatorValues[0].actual);

    const started = Date.now();
    const batches = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        managers[i % managers.length].gql([one.url, two.url][i % 2], SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[i % periods.length].id, target: 10 + i }] }),
      ),
    );
    for (const b of batches) {
      expect(b.status).toBe(200);
      expect(b.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('starting behind PgBouncer', () => {
  it('migrates and seeds an empty database through it, two instances at once', async () => {
    const name = `accord_t_${randomBytes(5).toString('hex')}`;
    const adm = new pg.Client({ connectionString: inject('adminUrl') });
    await adm.connect();
    await adm.query(`create database ${name}`);
    const config = { ...loadConfig({ NODE_ENV: 'test', DATABASE_URL: bouncer.url(name), DATABASE_POOL_MODE: 'transaction' }), seedDemo: true };
    const log = createLogger('silent');
    const opened: { stop: () => Promise<void> }[] = [];
    try {
      const results = await Promise.allSettled([openDatabase(config, log), openDatabase(config, log)]);
      for (const r of results) if (r.status === 'fulfilled') opened.push(r.value);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
      const direct = new URL(api.databaseUrl);
      direct.pathname = `/${name}`;
      const db = new pg.Client({ connectionString: direct.toString() });
      await db.connect();
      try {
        expect((await db.query('select count(*)::int as n from mikro_orm_migrations')).rows[0].n).toBe(migrationsList.length);
        const { rows } = await db.query('select count(*)::int as n, count(distinct iati_identifier)::int as d from programme');
        expect(rows[0].n).toBeGreaterThan(0);
        expect(rows[0].d).toBe(rows[0].n);
        // The timeouts are the role's defaults in that database now, for every server connection PgBouncer opens.
        const settings = await db.query(`select unnest(setconfig) as s from pg_db_role_setting where setdatabase = (select oid from pg_database where datname = $1)`, [name]);
        expect(settings.rows.map((r) => r.s).sort()).toEqual(['idle_in_transaction_session_timeout=30000', 'lock_timeout=3000', 'statement_timeout=15000']);
      } finally {
        await db.end();
      }
    } finally {
      await Promise.all(opened.map((o) => o.stop()));
      await adm.query(`drop database if exists ${name} with (force)`);
      await adm.end();
    }
  }, 120_000);
});
