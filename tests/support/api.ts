/**
 * Per test file: a database cloned from the template, the real app on a free port, and a GraphQL client
 * that talks to it over HTTP the way integrations do.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../server/src/db/orm.js';
import { createApp, type AppConfig } from '../../server/src/app.js';
import { createLogger } from '../../server/src/logger.js';
import { loadConfig } from '../../server/src/config.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/modules/access/user.entity.js';
import { assignRole, createUser } from '../../server/src/modules/access/user.service.js';

export const TEST_PASSWORD = 'correct horse battery';
export { Role };

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown } }[];
}

/** Talks to the API as one caller: a session cookie, an API token, or nobody. */
export interface Client {
  /** Sends one GraphQL request and returns the parsed body. */
  gql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  /** Sends one request and fails the test if it has errors; returns `data`. */
  ok: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

export interface RoleSpec {
  role: Role;
  programmeId?: string;
  projectId?: string;
  organisationId?: string;
}

export interface TestApi extends Client {
  url: string;
  /** The test file's own database, for a second app instance. */
  databaseUrl: string;
  orm: MikroORM;
  /** A client with no credentials. */
  anonymous: Client;
  /** A client whose requests carry these headers (e.g. a Bearer token). */
  withHeaders: (headers: Record<string, string>) => Client;
  /** Creates a user with these roles, signs it in, and returns its client and id. */
  signedIn: (roles: RoleSpec[], options?: { organisationId?: string; email?: string }) => Promise<Client & { userId: string; cookie: string }>;
  /** SQL statements run since the last reset. */
  sql: { count: number; statements: string[]; reset: () => void };
  raw: (sql: string, params?: unknown[]) => Promise<any[]>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function useApi(overrides: Partial<AppConfig> = {}): TestApi {
  const database = `accord_t_${randomBytes(5).toString('hex')}`;
  const adminUrl = inject('adminUrl');
  const sql = {
    count: 0,
    statements: [] as string[],
    reset() {
      this.count = 0;
      this.statements = [];
    },
  };
  let server: Server;
  let close: () => Promise<void>;
  const api = { sql } as TestApi;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database} template ${inject('templateDatabase')}`);
    await admin.end();
    const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    api.databaseUrl = withDatabase(adminUrl, database);
    const orm = (await initOrm({
      url: api.databaseUrl,
      log,
      poolMax: 4,
      onQuery: (message) => {
        // eslint-disable-next-line no-control-regex
        const text = message.replace(/\x1b\[[0-9;]*m/g, '');
        if (/^\[query\] (select|insert|update|delete|with)\b/i.test(text)) {
          sql.count++;
          sql.statements.push(text);
        }
      },
    })) as MikroORM;
    // Tests act as a proxy on loopback, so that X-Forwarded-For gives each simulated client its own address.
    const app = await createApp({ ...loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'loopback' }), webDist: undefined, ...overrides }, orm, log);
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api.orm = orm;
    close = async () => {
      await new Promise((r) => server.close(r));
      await app.close();
      await orm.close();
    };
  });

  afterAll(async () => {
    await close?.();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  const client = (base: Record<string, string>): Client => {
    const gql: Client['gql'] = async (query, variables, headers = {}) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...base, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    };
    return {
      gql,
      ok: async (query, variables) => {
        const body = await gql(query, variables);
        if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
        return body.data;
      },
    };
  };
  let users = 0;
  api.signedIn = async (roles, options = {}) => {
    const em = api.orm.em.fork() as EntityManager;
    const email = options.email ?? `user${++users}-${randomBytes(3).toString('hex')}@accord.test`;
    const { user } = await createUser(em, { email, name: `Test user ${users}`, organisationId: options.organisationId ?? null, password: TEST_PASSWORD });
    for (const r of roles) await assignRole(em, { userId: user.id, role: r.role, programmeId: r.programmeId, projectId: r.projectId, organisationId: r.organisationId });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      // A distinct address per user keeps the sign-in rate limit of one test from touching another.
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${users % 250}.${(users * 7) % 250}` },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: TEST_PASSWORD } }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    if (!cookie.startsWith('accord_session=')) throw new Error(`sign-in failed: ${await res.text()}`);
    return { ...client({ cookie }), userId: user.id, cookie };
  };
  api.anonymous = client({});
  api.withHeaders = (headers) => client(headers);
  // Tests that are not about access act as an administrator.
  api.gql = async (...args) => (await admin()).gql(...args);
  api.ok = async (...args) => (await admin()).ok(...args);
  let adminClient: Promise<Client> | undefined;
  const admin = () => (adminClient ??= api.signedIn([{ role: Role.ADMIN }], { email: 'admin@accord.test' }));
  api.raw = async (text, params) => (await api.orm.em.getConnection().execute(text, params ?? [])) as any[];
  return api;
}
