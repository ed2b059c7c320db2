/**
 * Two app processes on one database, as behind a load balancer that sends each request anywhere: whatever
 * one of them does, the other sees at once, because nothing another instance needs is kept in a process.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { useApi, Role, TEST_PASSWORD, type RoleSpec } from '../support/api.js';
import { browser, startInstance, type Instance } from '../support/instance.js';
import { makeProgramme, makeProject } from '../support/factories.js';
import { syncReferenceData } from '../../server/src/modules/reference/reference.service.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { migrationsList } from '../../server/src/db/migrations/index.js';

const api = useApi();
let one: Instance;
let two: Instance;
beforeAll(async () => {
  // Both trust the loopback "proxy", so each test's browsers come from addresses of their own.
  [one, two] = await Promise.all([startInstance(api.databaseUrl, { TRUST_PROXY: 'loopback' }), startInstance(api.databaseUrl, { TRUST_PROXY: 'loopback' })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
});

const ME = '{ me { id } }';
let addresses = 0;
const nextAddress = () => `10.40.${Math.floor(++addresses / 250)}.${addresses % 250}`;

async function user(roles: RoleSpec[] = [{ role: Role.VIEWER }]) {
  const email = `instances-${randomBytes(3).toString('hex')}@accord.test`;
  const made = await api.signedIn(roles, { email });
  return { email, id: made.userId };
}

describe('sessions', () => {
  it('honours on one instance a session made through the other, and ends it on both when signed out through one', async () => {
    const { email, id } = await user();
    const b = browser(nextAddress());
    expect(await b.signIn(one.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    expect((await b.ok(two.url, ME)).me).toEqual({ id });
    expect((await b.ok(one.url, ME)).me).toEqual({ id });

    const cookie = b.cookie()!;
    expect((await b.ok(two.url, 'mutation { signOut }')).signOut).toBe(true);
    // The browser dropped the cookie; someone who kept a copy gets nothing from it on either instance.
    const copy = browser(nextAddress(), { cookie });
    for (const url of [one.url, two.url]) {
      expect((await copy.ok(url, ME)).me).toBeNull();
      expect((await copy.gql(url, '{ programmes { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('ends on the other instance the sessions a password change ends on one', async () => {
    const { email } = await user();
    const [kept, other] = [browser(nextAddress()), browser(nextAddress())];
    expect(await kept.signIn(one.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    expect(await other.signIn(two.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    await kept.ok(one.url, 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }', { c: TEST_PASSWORD, n: 'a new and longer passphrase' });
    expect((await other.ok(two.url, ME)).me).toBeNull();
    expect((await kept.ok(two.url, ME)).me).not.toBeNull();
  });

  it('lets an API token made through one instance work on the other, and stops it on both when revoked through one', async () => {
    const { email } = await user();
    const owner = browser(nextAddress());
    await owner.signIn(one.url, email, TEST_PASSWORD);
    const expiresAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const { createApiToken: made } = await owner.ok(one.url, `mutation { createApiToken(input: { name: "two instances", scope: READ, expiresAt: "${expiresAt}" }) { secret token { id } } }`);
    const integration = browser(undefined, { authorization: `Bearer ${made.secret}` });
    expect((await integration.gql(two.url, '{ programmes { id } }')).status).toBe(200);
    await owner.ok(two.url, `mutation { revokeApiToken(id: "${made.token.id}") { id } }`);
    for (const url of [one.url, two.url]) expect((await integration.gql(url, '{ programmes { id } }')).status).toBe(401);
  });
});

describe('sign-in limits', () => {
  it('counts failures through either instance against one limit, which then refuses on both', async () => {
    const { email } = await user();
    const urls = [one.url, two.url];
    for (let i = 0; i < 5; i++) expect(await browser(nextAddress()).signIn(urls[i % 2], email, `guess ${i}`)).toBe('UNAUTHENTICATED');
    for (const url of urls) expect(await browser(nextAddress()).signIn(url, email, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });
});

describe('edits', () => {
  it('shows an edit made through one instance on the other at once, and refuses there a change based on the old version', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const { email } = await user([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const manager = browser(nextAddress());
    await manager.signIn(two.url, email, TEST_PASSWORD);
    const read = `query($id: ID!) { project(id: $id) { title version } }`;
    const before = (await manager.ok(one.url, read, { id: project.id })).project;

    const update = `mutation($id: ID!, $v: Int!, $t: String!) { updateProject(id: $id, version: $v, input: { title: $t }) { title version } }`;
    const saved = (await manager.ok(one.url, update, { id: project.id, v: before.version, t: 'Renamed through instance one' })).updateProject;
    expect(saved.version).toBe(before.version + 1);
    expect((await manager.ok(two.url, read, { id: project.id })).project).toEqual(saved);

    const stale = await manager.gql(two.url, update, { id: project.id, v: before.version, t: 'Renamed from an old copy' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await manager.ok(one.url, read, { id: project.id })).project).toEqual(saved);
  });

  it('shows a changed code name through every instance at once, and reloads names only when they really changed', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const viewer = browser(nextAddress());
    await viewer.signIn(one.url, (await user()).email, TEST_PASSWORD);
    const read = `query($id: ID!) { project(id: $id) { status statusName } }`;
    const names = async () => Promise.all([api.url, one.url, two.url].map(async (url) => (await viewer.ok(url, read, { id: project.id })).project.statusName));
    const { status } = (await viewer.ok(one.url, read, { id: project.id })).project;
    const [original] = await names();
    expect(await names()).toEqual([original, original, original]);

    // As a newer release's reference files would, synchronised by the first instance to start with them.
    await api.raw(`update codelist_entry set name = 'Under way' where list = 'ActivityStatus' and code = ?`, [status]);
    expect(await names()).toEqual(['Under way', 'Under way', 'Under way']);

    // Every start synchronises the files again: unchanged names leave the version alone, changed ones move it.
    const version = async () => (await api.raw('select version from codelist_version'))[0].version as number;
    const changed = await version();
    await syncReferenceData(api.orm.em.fork() as never);
    expect(await version()).toBe(changed + 1);
    expect(await names()).toEqual([original, original, original]);
    await syncReferenceData(api.orm.em.fork() as never);
    expect(await version()).toBe(changed + 1);
  });
});

describe('starting together', () => {
  it('migrates and seeds an empty database once when two instances start on it at the same moment', async () => {
    const adminUrl = inject('adminUrl');
    const name = `accord_t_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: url.toString(), seedDemo: true, adminEmail: 'first@accord.test', adminPassword: TEST_PASSWORD };
    const log = createLogger('silent');
    const opened: { orm: MikroORM; stop: () => Promise<void> }[] = [];
    try {
      const results = await Promise.allSettled([openDatabase(config, log), openDatabase(config, log)]);
      for (const r of results) if (r.status === 'fulfilled') opened.push(r.value);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      try {
        const one = async (sql: string) => (await db.query(sql)).rows[0];
        expect((await one('select count(*)::int as n from mikro_orm_migrations')).n).toBe(migrationsList.length);
        const programmes = await one(`select count(*)::int as n, count(distinct iati_identifier)::int as distinct_ids from programme`);
        expect(programmes.n).toBeGreaterThan(0);
        expect(programmes.distinct_ids).toBe(programmes.n);
        expect((await one(`select count(*)::int as n from app_user where email = 'first@accord.test'`)).n).toBe(1);
        expect((await one(`select count(*)::int as n from app_user where email = 'admin@accord.demo'`)).n).toBe(1);
      } finally {
        await db.end();
      }
    } finally {
      await Promise.all(opened.map((o) => o.stop()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
