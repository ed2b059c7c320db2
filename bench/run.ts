/**
 * `npm run bench`: load-tests the GraphQL API on 127.0.0.1 against an embedded PostgreSQL holding the demo
 * portfolio plus synthetic copies of its projects, and prints a markdown table (also written to bench/results.md).
 * Bounded: each scenario runs for a fixed number of seconds, then everything stops.
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { openDatabase } from '../server/src/db/database.js';
import { createApp } from '../server/src/app.js';
import { createLogger } from '../server/src/logger.js';
import { loadConfig } from '../server/src/config.js';

const COPIES = Number(process.env.BENCH_COPIES ?? 80); // × ~25 demo projects
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
// Targets: what ten people working at once should get on the smallest machine Accord runs on (2 cores,
// database on the same machine): a full portfolio page within half a second, lighter reads within 300 ms.

const log = createLogger('warn');
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-bench-'));
const db = await openDatabase({ ...loadConfig({}), dataDir: dir, databaseUrl: undefined, seedDemo: true }, log);
const conn = db.orm.em.getConnection();

// Synthetic projects: copies of each demo project with their countries, sectors and participants.
await conn.execute(`
  create temporary table copy_map as
    select p.id as source, gen_random_uuid() as target, n
    from project p cross join generate_series(1, ${COPIES}) as n;
  insert into project (id, created_at, updated_at, version, programme_id, iati_identifier, title, description, status, planned_start, planned_end, actual_start, actual_end, is_demo)
    select m.target, now(), now(), 1, p.programme_id, p.iati_identifier || '-C' || m.n, p.title || ' (copy ' || m.n || ')', p.description, p.status, p.planned_start, p.planned_end, p.actual_start, p.actual_end, true
    from copy_map m join project p on p.id = m.source;
  insert into recipient_country (id, project_id, country_code, percentage)
    select gen_random_uuid(), m.target, r.country_code, r.percentage from copy_map m join recipient_country r on r.project_id = m.source;
  insert into sector_share (id, project_id, vocabulary, code, percentage)
    select gen_random_uuid(), m.target, s.vocabulary, s.code, s.percentage from copy_map m join sector_share s on s.project_id = m.source;
  insert into participation (id, created_at, updated_at, version, organisation_id, project_id, role)
    select gen_random_uuid(), now(), now(), 1, x.organisation_id, m.target, x.role from copy_map m join participation x on x.project_id = m.source;
  analyze;
`);
const [{ n: projectCount }] = await conn.execute(`select count(*)::int as n from project`);
const [{ id: projectId }] = await conn.execute(`select id from project order by title limit 1`);

const app = await createApp({ ...loadConfig({}), webDist: undefined }, db.orm, log);
const server = app.app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
// Every scenario runs as the demo viewer, who reads the whole portfolio.
const signIn = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { signIn(email: "viewer@accord.demo", password: "accord-demo-2026") { id } }' }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
if (!cookie) throw new Error(`could not sign in: ${await signIn.text()}`);

const scenarios = [
  {
    // The floor under every request: identifying the caller (one statement) and Apollo's own work.
    name: 'Signed-in `{ __typename }`: the cost of every request',
    target: 50,
    query: `{ __typename }`,
  },
  {
    name: 'Portfolio page: 20 projects with programme, countries, sectors, participants',
    target: 500,
    query: `{ projects(first: 20) { totalCount items { id title statusName programme { title leadAgency { acronym } } recipientCountries { percentage country { name } } sectors { name percentage } participations { roleName organisation { name } } } } }`,
  },
  {
    name: 'Filtered page: country + focus area + text search',
    target: 300,
    query: `{ projects(first: 20, filter: { country: "NG", focusArea: "TIP_SOM", search: "demo" }) { totalCount items { id title } } }`,
  },
  {
    name: 'Programme list with nested lists',
    target: 500,
    query: `{ programmes { title leadAgency { name } focusAreas { name } countries { name } sectors { name percentage } participations { organisation { name } } projectCount } }`,
  },
  {
    name: 'One project page',
    target: 300,
    query: `{ project(id: "${projectId}") { title description programme { title } recipientCountries { country { name } percentage } sectors { name percentage } participations { roleName organisation { name } } documents { title url categoryName } } }`,
  },
];

const rows: string[] = [];
for (const s of scenarios) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: s.query }),
  });
  const ok = result.non2xx === 0 && result.errors === 0;
  const p99 = result.latency.p99;
  rows.push(`| ${s.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${p99} | ${s.target} | ${ok && p99 <= s.target ? 'met' : 'missed'} |`);
  console.log(`${s.name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}`);
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, embedded PostgreSQL, ${projectCount} projects, ${CONNECTIONS} connections, ${SECONDS} s per scenario.`,
  '',
  '| scenario | req/s | p50 ms | p99 ms | p99 target ms | target |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows,
].join('\n');
console.log('\n' + table);
await fs.writeFile('bench/results.md', table + '\n');

server.closeAllConnections();
await new Promise((r) => server.close(r));
await app.close();
await db.stop();
await fs.rm(dir, { recursive: true, force: true });
