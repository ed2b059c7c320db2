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
import { createApp } from '../../server/src/app.js';
import { createLogger } from '../../server/src/logger.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  orm: MikroORM;
  /** Sends one GraphQL request and returns the parsed body. */
  gql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  /** Sends one request and fails the test if it has errors; returns `data`. */
  ok: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** SQL statements run since the last reset. */
  sql: { count: number; statements: string[]; reset: () => void };
  raw: (sql: string, params?: unknown[]) => Promise<any[]>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function useApi(): TestApi {
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
    const orm = (await initOrm({
      url: withDatabase(adminUrl, database),
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
    const app = await createApp({ webDist: undefined }, orm, log);
    server = app.app.listen(0, '127.0.0.1');
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

  api.gql = async (query, variables) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  };
  api.ok = async (query, variables) => {
    const body = await api.gql(query, variables);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
    return body.data;
  };
  api.raw = async (text, params) => (await api.orm.em.getConnection().execute(text, params ?? [])) as any[];
  return api;
}
