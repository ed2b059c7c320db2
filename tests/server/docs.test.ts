/**
 * The integrators' manual at /docs, served as `npm start` serves it (production headers, the built SPA's
 * catch-all behind it), and every example in it run as an integrator would run it: each GraphQL example
 * with its variables, with an API token, against the demo portfolio; each curl command as written, with
 * ACCORD_URL and ACCORD_TOKEN set. The limits it quotes are the ones the code enforces, and its error table
 * names every code the API emits.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { Role, TEST_PASSWORD, useApi } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { QUERY_LIMITS } from '../../server/src/graphql/guard.js';
import { DATABASE_LIMITS } from '../../server/src/db/orm.js';
import { signInLimits } from '../../server/src/modules/access/session.service.js';

const run = promisify(execFile);

// A stand-in for the built SPA, so the app mounts its catch-all as in production.
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-docs-spa-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>SPA</title>');
const api = useApi({ env: 'production', webDist });

const manual = fs.readFileSync('docs/integrators.md', 'utf8');

interface Example {
  query: string;
  variables: Record<string, unknown>;
  /** Token management runs with a signed-in session: a token may not create tokens. */
  session: boolean;
  name: string;
}

/** The fenced ```graphql blocks, each with the ```json block of variables that follows it, if any. */
function graphqlExamples(): Example[] {
  const fences = [...manual.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], info: m[2].trim(), body: m[3] }));
  return fences.flatMap((f, i) => {
    if (f.lang !== 'graphql') return [];
    const next = fences[i + 1];
    const variables = next?.lang === 'json' ? JSON.parse(next.body) : {};
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(f.body)?.[1] ?? `example ${i}`;
    return [{ query: f.body, variables, session: f.info.split(/\s+/).includes('session'), name }];
  });
}

/** Each curl command of the ```sh blocks, its continued lines joined. */
function curlCommands(): string[] {
  const blocks = [...manual.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  return blocks.flatMap((b) =>
    b
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .filter((line) => line.startsWith('curl ')),
  );
}

let token = '';
let cookie = '';
const adminEmail = 'integrator@accord.test';
const ids = { project: '', programme: '' };
const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();

/** Fills the manual's placeholders with what this installation holds. */
function fill(text: string): string {
  return text
    .replaceAll('PROJECT_ID', ids.project)
    .replaceAll('PROGRAMME_ID', ids.programme)
    .replaceAll('EXPIRES_AT', expiresAt)
    .replaceAll('you@example.org', adminEmail)
    .replaceAll('your password', TEST_PASSWORD);
}

const fillVariables = (v: Record<string, unknown>) => JSON.parse(fill(JSON.stringify(v)));

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] }, setCookie: res.headers.get('set-cookie') };
}

beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  const admin = await api.signedIn([{ role: Role.ADMIN }], { email: adminEmail });
  cookie = admin.cookie;
  const created = await admin.ok(`mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret } }`, { input: { name: 'manual', scope: 'READ', expiresAt } });
  token = created.createApiToken.secret;
  // A demo project with a logframe and transactions, and its programme.
  [{ project: ids.project, programme: ids.programme }] = await api.raw(
    `select p.id as project, p.programme_id as programme from project p
     where p.is_demo and exists (select 1 from indicator i join result_node n on n.id = i.node_id where n.project_id = p.id)
       and exists (select 1 from finance_transaction t where t.project_id = p.id)
     order by p.iati_identifier limit 1`,
  );
}, 180_000);

describe('GET /docs', () => {
  it('serves the manual as HTML before the SPA catch-all, same-origin only, with every section in its contents', async () => {
    const res = await fetch(`${api.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).not.toContain('<title>SPA</title>');
    expect(html).not.toMatch(/<script/i);
    for (const [id, title] of [
      ['getting-a-token', 'Getting a token'],
      ['authenticating', 'Authenticating'],
      ['the-endpoint-and-http-rules', 'The endpoint and HTTP rules'],
      ['list-projects-with-their-results', 'List projects with their results'],
      ['pull-the-finances-changed-since-a-date', 'Pull the finances changed since a date'],
      ['export-iati', 'Export IATI'],
      ['pagination-with-cursors', 'Pagination with cursors'],
      ['limits', 'Limits'],
      ['error-codes', 'Error codes'],
    ]) {
      expect(html, id).toContain(`<h`);
      expect(html).toMatch(new RegExp(`<h[23] id="${id}">${title}</h[23]>`));
      expect(html).toContain(`<a href="#${id}">${title}</a>`);
    }
    // Every internal link leads to a heading of the page.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(html, target).toContain(`id="${target}"`);
  });

  it('quotes the limits the server enforces, filled in from its constants', async () => {
    const html = await (await fetch(`${api.url}/docs`)).text();
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    const row = (label: string) => new RegExp(`<td>${label}[^<]*</td>\\s*<td>([^<]*)</td>`).exec(html)?.[1];
    expect(row('Query depth')).toBe(`${QUERY_LIMITS.maxDepth} levels`);
    expect(row('Query cost')).toBe(String(QUERY_LIMITS.maxCost));
    expect(row('Aliases per query')).toBe(String(QUERY_LIMITS.maxAliases));
    expect(row('Tokens')).toBe(String(QUERY_LIMITS.maxTokens));
    expect(row('Time one database statement may run')).toBe(`${DATABASE_LIMITS.statement_timeout / 1000} s`);
    expect(row('Sign-in failures per account')).toBe(`${signInLimits.perAccount.limit} per 15 min`);
    expect(row('Page size of <code>projects</code>')).toBe('1–100');
  });

  it('enforces the alias, page size and body limits it quotes, with the status and code it names', async () => {
    const bearer = { authorization: `Bearer ${token}` };
    const over = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const aliases = await post(`{ ${over} }`, {}, bearer);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    const page = await post(`query($first: Int!) { projects(first: $first) { totalCount } }`, { first: 101 }, bearer);
    expect(page.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    const body = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer }, body: JSON.stringify({ query: `{ me { id } }`, pad: 'x'.repeat(1024 * 1024) }) });
    expect(body.status).toBe(413);
  });

  it('lists every error code the API emits in its error table', () => {
    const source = (file: string) => fs.readFileSync(file, 'utf8');
    const codes = new Set<string>();
    const union = /export type ErrorCode = ([^;]+);/.exec(source('server/src/modules/common/errors.ts'))![1];
    for (const [, code] of union.matchAll(/'([A-Z_]+)'/g)) codes.add(code);
    const graphqlErrors = source('server/src/graphql/errors.ts');
    for (const [, code] of /CLIENT_CODES = new Set\(\[([^\]]+)\]/.exec(graphqlErrors)![1].matchAll(/'([A-Z_]+)'/g)) codes.add(code);
    // Where answers are written: the app, the GraphQL layer, the HTTP handlers and exports, the domain errors.
    const files = fs
      .readdirSync('server/src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(app\.ts|db\/outage\.ts|graphql\/.*\.ts|modules\/.*\b(http|export)\.ts|modules\/common\/.*\.ts)$/.test(f));
    for (const file of files) {
      const text = source(path.join('server/src', file));
      // A code beside its HTTP status, as the HTTP handlers answer: fail(res, 413, 'PAYLOAD_TOO_LARGE', …).
      for (const [, code] of text.matchAll(/\b[1-5]\d\d, '([A-Z][A-Z_]{4,})'/g)) codes.add(code);
      // A code written beside `code`, not Node's own error codes (ERR_…) that a handler compares with.
      for (const [, written] of text.matchAll(/\bcode\b([^\n]{0,80})/g)) {
        for (const [, code] of written.matchAll(/'([A-Z][A-Z_]{4,})'/g)) if (!code.startsWith('ERR_')) codes.add(code);
      }
    }
    const all = fs.readdirSync('server/src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of all) for (const [, code] of source(path.join('server/src', file)).matchAll(/super\('([A-Z][A-Z_]+)'/g)) codes.add(code);
    expect(codes.size).toBeGreaterThan(10);
    const table = manual.slice(manual.indexOf('## Error codes'));
    const documented = new Set([...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
    expect([...codes].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });
});

describe('the GraphQL examples', () => {
  const examples = graphqlExamples();
  const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'));

  it('are found, and each validates against the schema', () => {
    expect(examples.map((e) => e.name)).toEqual(expect.arrayContaining(['SignIn', 'CreateToken', 'Me', 'Projects', 'ProjectResults', 'FinanceChanges', 'FundChanges']));
    for (const e of examples) expect(validate(schema, parse(e.query)).map((x) => x.message), e.name).toEqual([]);
  });

  it('run with an API token (token management with a session) and answer data without errors', async () => {
    for (const e of examples) {
      const variables = fillVariables(e.variables);
      const headers: Record<string, string> = e.session ? (e.name === 'SignIn' ? {} : { cookie }) : { authorization: `Bearer ${token}` };
      const res = await post(e.query, variables, headers);
      expect(res.body.errors, e.name).toBeUndefined();
      expect(res.status, e.name).toBe(200);
      expect(Object.values(res.body.data ?? {}).every((v) => v !== null), e.name).toBe(true);
    }
  });

  it('answer what the manual says they answer', async () => {
    const byName = Object.fromEntries(examples.map((e) => [e.name, e]));
    const ask = async (name: string) => (await post(byName[name].query, fillVariables(byName[name].variables), { authorization: `Bearer ${token}` })).body.data;
    const [{ n }] = await api.raw(`select count(*)::int as n from project where archived_at is null`);
    const projects = (await ask('Projects')).projects;
    expect(projects.totalCount).toBe(n);
    expect(projects.items).toHaveLength(Math.min(20, n));
    const results = await ask('ProjectResults');
    const indicators = results.logframe.nodes.flatMap((node: any) => node.indicators);
    const [{ count }] = await api.raw(`select count(*)::int as count from indicator i join result_node n on n.id = i.node_id where n.project_id = ? and i.archived_at is null and n.archived_at is null`, [ids.project]);
    expect(indicators).toHaveLength(count);
    expect(indicators.some((i: any) => i.values.some((v: any) => v.approvedActual !== null))).toBe(true);
    // The demo was recorded just now, so every transaction changed since the example's date.
    const finance = (await ask('FinanceChanges')).projects.items;
    const [{ t }] = await api.raw(`select count(*)::int as t from finance_transaction where project_id in (select value::uuid from json_array_elements_text(?::json))`, [JSON.stringify(finance.map((p: any) => p.id))]);
    expect(finance.flatMap((p: any) => p.transactions)).toHaveLength(t);
  });
});

describe('the curl examples', () => {
  it('run as written and answer data, files or a token', async () => {
    const commands = curlCommands();
    expect(commands.length).toBeGreaterThanOrEqual(6);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-curl-'));
    for (const command of commands) {
      const { stdout } = await run('bash', ['-c', fill(command)], { cwd, env: { ...process.env, ACCORD_URL: api.url, ACCORD_TOKEN: token } });
      const output = /-o (\S+)/.exec(command)?.[1];
      if (output) {
        const file = fs.readFileSync(path.join(cwd, output));
        if (output.endsWith('.xml')) expect(file.toString('utf8', 0, 200), command).toMatch(/^<\?xml[\s\S]*<iati-activities/);
        else expect(file.subarray(0, 2).toString(), command).toBe('PK');
        continue;
      }
      const body = JSON.parse(stdout);
      expect(body.errors, command).toBeUndefined();
      expect(body.data, command).toBeTruthy();
    }
    expect(fs.readFileSync(path.join(cwd, 'accord-cookies.txt'), 'utf8')).toContain('accord_session');
  });
});

describe('changedSince on transactions', () => {
  it('lists exactly the transactions recorded or changed at or after the moment, with their updatedAt', async () => {
    const query = `query($id: ID!, $since: DateTime) { project(id: $id) { transactions(filter: { changedSince: $since }) { id updatedAt } } }`;
    const all = await api.raw(`select id from finance_transaction where project_id = ? order by id`, [ids.project]);
    expect(all.length).toBeGreaterThanOrEqual(2);
    await api.raw(`update finance_transaction set updated_at = '2026-03-01T00:00:00Z' where project_id = ?`, [ids.project]);
    await api.raw(`update finance_transaction set updated_at = '2026-09-15T10:30:00Z' where id = ?`, [all[0].id]);
    const since = async (moment: string | null) =>
      ((await post(query, { id: ids.project, since: moment }, { authorization: `Bearer ${token}` })).body.data.project.transactions as { id: string; updatedAt: string }[]);
    expect(await since('2026-09-15T10:30:00Z')).toEqual([{ id: all[0].id, updatedAt: expect.stringMatching(/^2026-09-15T10:30:00(\.0+)?(Z|\+00:00)$/) }]);
    expect(await since('2026-09-15T10:30:01Z')).toEqual([]);
    expect((await since('2026-03-01T00:00:00Z')).map((t) => t.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect(await since(null)).toHaveLength(all.length);
    const bad = await post(query, { id: ids.project, since: '1800-01-01T00:00:00Z' }, { authorization: `Bearer ${token}` });
    expect(bad.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});
