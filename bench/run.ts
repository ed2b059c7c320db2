/**
 * `npm run bench`: Accord side by side with hand-written SQL on the large generated portfolio (`npm run seed:large`),
 * in the database `npm start` uses (DATABASE_URL, or the embedded one under DATA_DIR). For every scenario it checks
 * that both answer the same data, counts the SQL statements of one request, then loads each server for a fixed time
 * with autocannon (10 connections, 127.0.0.1). Prints a markdown table and writes bench/results.md and .json.
 *
 * BENCH_SECONDS (default 10) per scenario and server, BENCH_WARMUP (default 2) before each, BENCH_ONLY=key,key to
 * run some scenarios. The bulk update writes actuals into the portfolio, through the API with audit events.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { loadConfig } from '../server/src/config.js';
import { createLogger } from '../server/src/logger.js';
import { LARGE_IATI_PREFIX } from '../server/src/db/seed/large.js';
import { operations } from './operations.js';
import { findFixtures, scenarios, type Fixtures, type Request, type Scenario, type User } from './scenarios.js';
import { openDatabase, Refusal, ROOT, startAccord, startHandWritten, type Server } from './servers.js';
import { cpuMeter, postmasterOf } from './cpu.js';
import { compareData, markdown, percentile, targetsFor, type ScenarioResult, type Side } from './report.js';

const number = (name: string, fallback: number, min: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number of at least ${min}`);
  return n;
};
const SECONDS = number('BENCH_SECONDS', 10, 1);
const WARMUP = number('BENCH_WARMUP', 2, 0);
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const MAX_SECONDS = Math.max(SECONDS, 60);
const CONNECTIONS = 10;
/** Sequential requests over which the statements per request are counted. */
const COUNTED = 5;
const RSS_TARGET_MB = 400;
const DEMO_PASSWORD = 'accord-demo-2026';
const DONOR_EMAIL = 'donor.large@accord.demo';

const started = Date.now();
let cpu = cpuMeter(null);
const stops: (() => Promise<unknown>)[] = [];
async function stopAll() {
  while (stops.length) await stops.pop()!().catch((err) => console.error('while stopping:', err));
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and the database …`);
    void stopAll().finally(() => {
      console.log(`interrupted after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      process.exit(130);
    });
  });
}

interface Http {
  path: string;
  body: string;
}
const toApi = (r: Request): Http => ({ path: '/graphql', body: JSON.stringify({ query: operations[r.op].graphql, variables: r.variables }) });
const toSql = (r: Request): Http => ({ path: `/op/${r.op}`, body: JSON.stringify({ variables: r.variables }) });
const headers = (cookie: string) => ({ 'content-type': 'application/json', cookie });

interface Answer {
  data?: unknown;
  errors?: { message: string }[];
}

async function send(server: Server, http: Http, cookie: string): Promise<Answer> {
  const res = await fetch(server.base + http.path, { method: 'POST', headers: headers(cookie), body: http.body, signal: AbortSignal.timeout(120_000) });
  const text = await res.text();
  let answer: Answer;
  try {
    answer = JSON.parse(text);
  } catch {
    answer = { errors: [{ message: text.slice(0, 300) }] };
  }
  if (!res.ok && !answer.errors) answer.errors = [{ message: `HTTP ${res.status}` }];
  return answer;
}

async function graphql(base: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: headers(cookie), body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000) });
  const body = (await res.json()) as Answer & { data?: Record<string, any> };
  return { res, body };
}

async function signIn(base: string, email: string): Promise<string> {
  const { res, body } = await graphql(base, '', 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', { email, password: DEMO_PASSWORD });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('accord_session='));
  if (!cookie) throw new Error(`could not sign in as ${email}: ${JSON.stringify(body.errors ?? body)}`);
  return cookie;
}

/** A donor user of the large portfolio's biggest donor, made through the API once and kept. */
async function donorCookie(base: string, admin: string, donor: Fixtures['donor']): Promise<string> {
  const check = (b: Answer) => {
    if (b.errors) throw new Error(`could not set up the donor user: ${JSON.stringify(b.errors)}`);
  };
  const { body } = await graphql(base, admin, '{ users { id email roles { role organisation { id } } } }');
  check(body);
  let user = (body.data!.users as { id: string; email: string; roles: { role: string; organisation: { id: string } | null }[] }[]).find((u) => u.email === DONOR_EMAIL);
  if (!user) {
    const created = await graphql(base, admin, 'mutation CreateUser($input: UserInput!) { createUser(input: $input) { user { id } } }', {
      input: { email: DONOR_EMAIL, name: `Benchmark donor (${donor.name})`, organisationId: donor.organisationId, password: DEMO_PASSWORD },
    });
    check(created.body);
    user = { id: created.body.data!.createUser.user.id, email: DONOR_EMAIL, roles: [] };
  }
  if (!user.roles.some((r) => r.role === 'DONOR' && r.organisation?.id === donor.organisationId)) {
    const assigned = await graphql(base, admin, 'mutation Assign($input: RoleInput!) { assignRole(input: $input) { id } }', {
      input: { userId: user.id, role: 'DONOR', organisationId: donor.organisationId },
    });
    check(assigned.body);
  }
  return signIn(base, DONOR_EMAIL);
}

type Load = Omit<Side, 'statementsPerRequest' | 'aloneMs' | 'peakRssMB'>;

/**
 * Sends requests n, n+1 … for `seconds` over 10 connections, or `amount` of them one after another; latencies are
 * measured per response.
 */
async function load(server: Server, http: (n: number) => Http, counter: { n: number }, cookie: string, run: { seconds: number } | { amount: number }): Promise<Load> {
  const times: number[] = [];
  const before = cpu.start(server.pid);
  let graphqlErrors = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.base,
        ...('amount' in run ? { connections: 1, amount: run.amount } : { connections: CONNECTIONS, duration: run.seconds }),
        timeout: 30,
        requests: [
          {
            setupRequest: (req) => ({ ...req, method: 'POST', headers: headers(cookie), ...http(counter.n++) }),
            // A GraphQL error comes with status 200; Apollo and the SQL handler both put `errors` first.
            onResponse: (status, body) => {
              if (status < 300 && body.startsWith('{"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const total = r.errors + r.non2xx + graphqlErrors;
  return {
    seconds: r.duration,
    reqPerSec: times.length / r.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: times.length,
    errors: { socket: r.errors - r.timeouts, timeouts: r.timeouts, non2xx: r.non2xx, graphql: graphqlErrors, total },
    cpu: cpu.share(before, server.pid, times.length),
  };
}

/** Statements per request and the median time of one request alone, over a few sequential requests. */
async function sequential(server: Server, http: (n: number) => Http, counter: { n: number }, cookie: string) {
  const before = await server.statements();
  const run = await load(server, http, counter, cookie, { amount: COUNTED });
  await new Promise((r) => setTimeout(r, 50));
  const statements = ((await server.statements()) - before) / run.requests;
  return { statements, aloneMs: run.errors.total ? NaN : run.p50 };
}

/**
 * BENCH_SECONDS, or longer for a slow request: with 10 connections sharing 2 cores, a run gets about 50 responses
 * in 30 times the time of one request alone. Requests still running when the time is up are not counted.
 */
const durationFor = (aloneMs: number) => Math.min(MAX_SECONDS, Math.max(SECONDS, Math.ceil(((Number.isFinite(aloneMs) ? aloneMs : 0) * 30) / 1000)));

async function runScenario(s: Scenario, accord: Server, sql: Server, cookie: string): Promise<ScenarioResult> {
  console.log(`\n${s.title}`);
  const load1 = os.loadavg()[0];
  let mismatch: string | null = null;
  for (let i = 0; i < s.checks && !mismatch; i++) {
    const request = s.request(i);
    const a = await send(accord, toApi(request), cookie);
    const b = await send(sql, toSql(request), cookie);
    if (a.errors) mismatch = `the API answered with errors: ${JSON.stringify(a.errors).slice(0, 300)}`;
    else if (b.errors) mismatch = `the SQL answered with errors: ${JSON.stringify(b.errors).slice(0, 300)}`;
    else mismatch = compareData(a.data, b.data, operations[request.op].ordered);
  }
  if (mismatch) console.error(`  !!! THE ANSWERS DIFFER: ${mismatch}\n  !!! measured anyway, and marked in the table`);
  else console.log(`  data: equal (${s.checks} request${s.checks > 1 ? 's' : ''} compared)`);

  const sides: Side[] = [];
  for (const [server, http] of [
    [accord, (n: number) => toApi(s.request(n))],
    [sql, (n: number) => toSql(s.request(n))],
  ] as const) {
    // Requests continue from where the data check stopped, so that every write sets new values.
    const counter = { n: s.checks };
    const { statements, aloneMs } = await sequential(server, http, counter, cookie);
    if (WARMUP) await load(server, http, counter, cookie, { seconds: WARMUP });
    server.resetPeakRss();
    const figures = await load(server, http, counter, cookie, { seconds: durationFor(aloneMs) });
    const f: Side = { ...figures, statementsPerRequest: statements, aloneMs, peakRssMB: server.peakRssMB() };
    sides.push(f);
    console.log(
      `  ${server.name.padEnd(6)} ${f.reqPerSec.toFixed(1).padStart(6)} req/s in ${f.seconds.toFixed(0)} s  p50 ${f.p50.toFixed(1)}  p95 ${f.p95.toFixed(1)}  p99 ${f.p99.toFixed(1)} ms  ` +
        `alone ${aloneMs.toFixed(1)} ms  errors ${f.errors.total}  ${f.statementsPerRequest} statements/request  peak RSS ${f.peakRssMB.toFixed(0)} MB  ` +
        `CPU/request: server ${f.cpu.serverMsPerRequest.toFixed(1)} ms, PostgreSQL ${f.cpu.postgresMsPerRequest.toFixed(1)} ms; others ${f.cpu.others.toFixed(0)} %`,
    );
  }
  const [api, hand] = sides;
  const base = { key: s.key, title: s.title, user: s.user, kind: s.kind, mismatch, api, sql: hand, ratios: { p50: api.p50 / hand.p50, reqPerSec: hand.reqPerSec / api.reqPerSec } };
  return { ...base, targets: targetsFor(base, s), loadAverage: [load1, os.loadavg()[0]] };
}

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger('warn'));
  stops.push(db.stop);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect().catch((err) => {
    throw err.code === '3D000' ? new Refusal(`The database (${db.where}) has no "accord" database. Run \`npm run seed:large\` first.`) : err;
  });
  stops.push(() => client.end());
  cpu = cpuMeter(postmasterOf((await client.query('select pg_backend_pid() as pid')).rows[0].pid));
  const large = await client.query(`select count(*)::int as n from programme where iati_identifier like $1`, [`${LARGE_IATI_PREFIX}%`]).catch(() => ({ rows: [{ n: 0 }] }));
  if (!large.rows[0].n) {
    throw new Refusal(`The database (${db.where}) does not hold the large portfolio. Run \`npm run seed:large\` first (SEED_SCALE=0.2 is the smallest with a 300-node logframe).`);
  }
  const sizes = (
    await client.query(`select (select count(*) from programme)::int as programmes, (select count(*) from project)::int as projects,
      (select count(*) from result_node)::int as "resultNodes", (select count(*) from indicator)::int as indicators,
      (select count(*) from reporting_period)::int as "reportingPeriods", (select count(*) from indicator_value)::int as "indicatorValues"`)
  ).rows[0];
  const postgres = (await client.query('show server_version')).rows[0].server_version;
  const fixtures = await findFixtures(client, LARGE_IATI_PREFIX).catch((err: Error) => {
    throw new Refusal(`The large portfolio in the database (${db.where}) is too small for the benchmark: ${err.message}. SEED_SCALE=0.2 is the smallest that has a 300-node logframe.`);
  });
  const list = scenarios(fixtures).filter((s) => !ONLY || ONLY.includes(s.key));
  console.log(`large portfolio in the database ${db.where}: ${JSON.stringify(sizes)}`);

  const sql = await startHandWritten(db.url);
  stops.push(sql.stop);
  // A fresh Accord for every scenario, so that its peak memory is that scenario's, not what an earlier one left.
  // Sessions live in the database and outlast it.
  const withAccord = async <T>(work: (accord: Server) => Promise<T>): Promise<T> => {
    const accord = await startAccord(db.url);
    stops.push(accord.stop);
    try {
      return await work(accord);
    } finally {
      stops.splice(stops.indexOf(accord.stop), 1);
      await accord.stop();
    }
  };
  const { cookies, startupRss } = await withAccord(async (accord) => {
    const viewer = await signIn(accord.base, 'viewer@accord.demo');
    const admin = await signIn(accord.base, 'admin@accord.demo');
    const donor = await donorCookie(accord.base, admin, fixtures.donor);
    return { cookies: { viewer, admin, donor } as Record<User, string>, startupRss: accord.peakRssMB() };
  });
  console.log(`Accord and the SQL server (pid ${sql.pid}) are up; Accord's peak RSS after start and sign-in ${startupRss.toFixed(0)} MB`);

  const load0 = os.loadavg();
  const results: ScenarioResult[] = [];
  for (const s of list) results.push(await withAccord((accord) => runScenario(s, accord, sql, cookies[s.user])));
  const load1 = os.loadavg();

  const peak = Math.max(startupRss, ...results.map((r) => r.api.peakRssMB));
  const rss = { name: `RSS < ${RSS_TARGET_MB} MB`, met: peak < RSS_TARGET_MB, measured: `${peak.toFixed(0)} MB` };
  const cores = os.cpus();
  const date = new Date().toISOString();
  const header =
    `Measured ${date.slice(0, 10)} on ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `Node ${process.version}, PostgreSQL ${postgres} (${config.databaseUrl ? 'DATABASE_URL' : 'embedded'}), ` +
    `${sizes.programmes} programmes, ${sizes.projects} projects, ${sizes.resultNodes} result nodes, ${sizes.indicatorValues} indicator values; ` +
    `${CONNECTIONS} connections, ${SECONDS} s per scenario and server (up to ${MAX_SECONDS} s where one request alone takes over ${((SECONDS * 1000) / 30).toFixed(0)} ms) after ${WARMUP} s of warm-up; ` +
    `load average ${load0[0].toFixed(2)} before, ${load1[0].toFixed(2)} after.`;
  const table = markdown(header, results, rss);
  console.log(`\n${table}\n`);
  const runtimeSeconds = (Date.now() - started) / 1000;
  const json = {
    date,
    machine: { cpus: cores.length, model: cores[0]?.model.trim(), memoryGB: os.totalmem() / 2 ** 30, kernel: os.release(), loadAverage: { before: load0, after: load1 } },
    node: process.version,
    postgres,
    database: config.databaseUrl ? 'DATABASE_URL' : 'embedded',
    sizes,
    settings: { seconds: SECONDS, maxSeconds: MAX_SECONDS, warmupSeconds: WARMUP, connections: CONNECTIONS, statementsCountedOver: COUNTED, apiPool: 10, sqlPool: 10 },
    fixtures: {
      bigLogframe: fixtures.bigLogframe,
      bulkProject: fixtures.actualSlices.projectId,
      bulkSlices: fixtures.actualSlices.cells.length,
      filter: fixtures.filter,
      donor: fixtures.donor,
      finance: fixtures.finance,
      mixProjects: fixtures.pageProjects.length,
      mixLogframes: fixtures.smallLogframes.length,
    },
    accordPeakRssMB: { afterStart: startupRss, overall: peak, target: rss },
    scenarios: results,
    runtimeSeconds,
  };
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(json, null, 2) + '\n');
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), table + '\n');
  console.log('wrote bench/results.md and bench/results.json');
}

try {
  await main();
} catch (err) {
  if (!interrupted) console.error(err instanceof Refusal ? err.message : err);
  process.exitCode = 1;
} finally {
  await stopAll();
  console.log(`total runtime ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
