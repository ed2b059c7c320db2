/**
 * DATABASE_READ_URL: plain-row reads may go to a replica, everything else stays on the primary. The
 * "replica" here is a second database cloned from the same template, whose country names carry a marker,
 * so every answer shows which database served it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { useApi, Role, TEST_PASSWORD } from '../support/api.js';
import { browser, startInstance, type Instance } from '../support/instance.js';
import { makeProgramme, makeProject } from '../support/factories.js';
import { initOrm } from '../../server/src/db/orm.js';
import { createReader, ReadRoute } from '../../server/src/db/reader.js';
import { freePort } from '../../server/src/db/embedded.js';

const api = useApi();
const MARK = ' [replica]';
const WINDOW = 3;
const replicaDb = `accord_t_${randomBytes(5).toString('hex')}`;
let replicaUrl: string;
let split: Instance;
let splitToo: Instance;
let lost: Instance;

async function onAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  await onAdmin((a) => a.query(`create database ${replicaDb} template ${inject('templateDatabase')}`));
  const url = new URL(api.databaseUrl);
  url.pathname = `/${replicaDb}`;
  replicaUrl = url.toString();
  const replica = new pg.Client({ connectionString: replicaUrl });
  await replica.connect();
  await replica.query(`update country set name = name || $1`, [MARK]);
  await replica.end();
  // Two instances with the replica, one whose replica does not answer at all.
  const withReplica = { DATABASE_READ_URL: replicaUrl, READ_YOUR_WRITES_SECONDS: String(WINDOW), TRUST_PROXY: 'loopback' };
  [split, splitToo, lost] = await Promise.all([
    startInstance(api.databaseUrl, withReplica),
    startInstance(api.databaseUrl, withReplica),
    startInstance(api.databaseUrl, { DATABASE_READ_URL: `postgres://accord:accord@127.0.0.1:${await freePort()}/gone`, TRUST_PROXY: 'loopback' }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([split?.stop(), splitToo?.stop(), lost?.stop()]);
  await onAdmin((a) => a.query(`drop database if exists ${replicaDb} with (force)`));
});

const COUNTRY = `{ countries { code name } }`;
const nigeria = async (b: ReturnType<typeof browser>, url: string) => ((await b.ok(url, COUNTRY)).countries as { code: string; name: string }[]).find((c) => c.code === 'NG')!.name;
const fromReplica = (name: string) => name.endsWith(MARK);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let addresses = 0;

async function signedIn(roles: Parameters<typeof api.signedIn>[0]) {
  const email = `replica-${randomBytes(3).toString('hex')}@accord.test`;
  await api.signedIn(roles, { email });
  const b = browser(`10.50.0.${++addresses}`);
  expect(await b.signIn(split.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
  return b;
}

describe('with a read replica', () => {
  it('serves plain-row reads from the replica, and sessions and what a write checks from the primary', async () => {
    const programme = await makeProgramme(api);
    // The session exists only in the primary, and it is honoured: callers are identified on the primary.
    const viewer = await signedIn([{ role: Role.VIEWER }]);
    expect(fromReplica(await nigeria(viewer, split.url))).toBe(true);
    // The programme is a plain-row read: it comes from the replica, which has not received it.
    const read = await viewer.gql(split.url, `query($id: ID!) { programme(id: $id) { title } }`, { id: programme.id });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A mutation's request checks and reads on the primary, where the programme is.
    const admin = await signedIn([{ role: Role.ADMIN }]);
    const changed = await admin.ok(split.url, `mutation($id: ID!) { updateProgramme(id: $id, input: { title: "Renamed on the primary" }) { title } }`, { id: programme.id });
    expect(changed.updateProgramme.title).toBe('Renamed on the primary');
  });

  it("sends a caller's reads to the primary for a while after its own change, on any instance, and no one else's", async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const manager = await signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const bystander = await signedIn([{ role: Role.VIEWER }]);
    expect(fromReplica(await nigeria(manager, split.url))).toBe(true);

    await manager.ok(split.url, `mutation($id: ID!) { updateProject(id: $id, input: { title: "Changed with a replica about" }) { id } }`, { id: project.id });
    const changedAt = Date.now();
    for (const url of [split.url, splitToo.url]) {
      expect(fromReplica(await nigeria(manager, url))).toBe(false);
      expect(fromReplica(await nigeria(bystander, url))).toBe(true);
    }

    // The window ends, and the replica, having caught up by then, serves the caller again.
    await sleep(Math.max(0, changedAt + WINDOW * 1000 + 300 - Date.now()));
    for (const url of [split.url, splitToo.url]) expect(fromReplica(await nigeria(manager, url))).toBe(true);
  });

  it('does the same for an API token, which keeps no cookie', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const manager = await signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { secret } = (await manager.ok(split.url, `mutation { createApiToken(input: { name: "erp", scope: READ_WRITE, expiresAt: "${expiresAt}" }) { secret } }`)).createApiToken;
    const integration = browser(undefined, { authorization: `Bearer ${secret}` });
    expect(fromReplica(await nigeria(integration, split.url))).toBe(true);
    await integration.ok(split.url, `mutation($id: ID!) { updateProject(id: $id, input: { title: "Changed by the ERP" }) { id } }`, { id: project.id });
    expect(fromReplica(await nigeria(integration, splitToo.url))).toBe(false);
  });

  it('reports the replica in the health check', async () => {
    const res = await fetch(`${split.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable', replica: { status: 'reachable', standby: false, lagSeconds: null } });
  });

  it('serves the reads of a replica that does not answer from the primary, and reports it degraded', async () => {
    const viewer = browser('10.50.1.1');
    const email = `replica-lost-${randomBytes(3).toString('hex')}@accord.test`;
    await api.signedIn([{ role: Role.VIEWER }], { email });
    expect(await viewer.signIn(lost.url, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    expect(fromReplica(await nigeria(viewer, lost.url))).toBe(false);
    const res = await fetch(`${lost.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'degraded', database: 'reachable', replica: { status: 'unreachable' } });
  });
});

describe('the Reader, on a primary and a replica', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = (await initOrm({ url: api.databaseUrl, readUrl: replicaUrl, poolMax: 2 })) as MikroORM;
  });
  afterAll(async () => {
    await orm?.close();
  });

  const name = async (reader: ReturnType<typeof createReader>) => (await reader.rows<{ name: string }>(`select name from country where code = 'NG'`))[0].name;
  const fork = () => orm.em.fork() as EntityManager;

  it('reads from the replica until the request runs a mutation, and from the primary from then on', async () => {
    const route = new ReadRoute(true);
    const reader = createReader(fork, route);
    expect(fromReplica(await name(reader))).toBe(true);
    route.usePrimary();
    expect(fromReplica(await name(reader))).toBe(false);
  });

  it("reads from the primary within the window after the caller's change, and from the replica after it", async () => {
    expect(fromReplica(await name(createReader(fork, new ReadRoute(true, 0.5, 10))))).toBe(false);
    expect(fromReplica(await name(createReader(fork, new ReadRoute(true, 10.5, 10))))).toBe(true);
    expect(fromReplica(await name(createReader(fork, new ReadRoute(true, null, 10))))).toBe(true);
    expect(fromReplica(await name(createReader(fork, new ReadRoute(false))))).toBe(false);
  });

  it("reads inside a transaction from the transaction itself, and sees its uncommitted change", async () => {
    const reader = createReader(fork, new ReadRoute(true));
    const seen = await fork()
      .transactional(async (tx) => {
        await tx.execute(`update country set name = 'Changed inside' where code = 'NG'`);
        const inside = await name(reader);
        throw Object.assign(new Error('roll back'), { inside });
      })
      .catch((err: { inside?: string }) => err.inside);
    expect(seen).toBe('Changed inside');
    expect(fromReplica(await name(reader))).toBe(true);
    expect((await api.raw(`select name from country where code = 'NG'`))[0].name).toBe('Nigeria');
  });
});
