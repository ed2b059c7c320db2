/**
 * IATI import at scale: generates an IATI 2.03 file of about 50 MB (programmes with projects, each with
 * budgets, transactions and results), uploads it to an Accord started here on an empty embedded database,
 * previews and imports it, and prints the time of each step and the process's peak RSS (server and worker
 * run in this process, as in production).
 *
 *   npx tsx bench/iati-import.ts            # 50 MB
 *   IATI_BENCH_MB=10 npx tsx bench/iati-import.ts
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../server/src/config.js';
import { createLogger } from '../server/src/logger.js';
import { openDatabase } from '../server/src/db/database.js';
import { createApp } from '../server/src/app.js';
import { generateIatiFile } from './iati-file.js';

const TARGET_MB = Number(process.env.IATI_BENCH_MB ?? 50);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-iati-bench-'));
const xmlPath = path.join(dataDir, 'bench.xml');

// At the RSS peak: how much of it is the JavaScript heap (live objects and garbage not yet collected).
let peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 };
const sample = setInterval(() => {
  const u = process.memoryUsage();
  if (u.rss > peak.rss) peak = u;
}, 50);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', ADMIN_EMAIL: 'bench@accord.local', ADMIN_PASSWORD: 'bench-password-2026', IATI_IMPORT_MAX_BYTES: String(200 * 1024 * 1024) }), dataDir, webDist: undefined, seedDemo: false };
config.iatiImport = { ...config.iatiImport, dir: path.join(dataDir, 'iati-imports') };
const log = createLogger('warn');
const db = await openDatabase(config, log);
const app = await createApp(config, db.orm, log);
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  const t0 = Date.now();
  const file = generateIatiFile(xmlPath, TARGET_MB);
  console.log(`generated ${mb(file.bytes)}, ${file.activities} activities, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "bench@accord.local", password: "bench-password-2026") { id } }' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const wait = async (id: string) => {
    for (;;) {
      const { iatiImport } = await gql('query($id: ID!) { iatiImport(id: $id) { state progress errorCount warningCount failure result { projectsCreated programmesCreated transactions budgets indicators } } }', { id });
      if (!['UPLOADED', 'PREVIEWING', 'QUEUED', 'IMPORTING'].includes(iatiImport.state)) return iatiImport;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const t1 = Date.now();
  const up = await fetch(`${url}/iati/imports`, { method: 'POST', headers: { cookie, 'content-type': 'application/xml' }, body: fs.createReadStream(xmlPath) as unknown as BodyInit, duplex: 'half' } as RequestInit);
  const { id } = (await up.json()) as { id: string };
  const t2 = Date.now();
  const previewed = await wait(id);
  const t3 = Date.now();
  console.log(`upload ${((t2 - t1) / 1000).toFixed(1)} s; preview ${((t3 - t2) / 1000).toFixed(1)} s: ${previewed.state}, ${previewed.errorCount} errors, ${previewed.warningCount} warnings`);
  await gql('mutation($id: ID!) { commitIatiImport(id: $id) { state } }', { id });
  const done = await wait(id);
  const t4 = Date.now();
  console.log(`import ${((t4 - t3) / 1000).toFixed(1)} s: ${done.state} ${done.failure ?? ''} ${JSON.stringify(done.result)}`);
  console.log(`peak RSS ${mb(peak.rss)} (server, worker and file generation in one process); then: heap ${mb(peak.heapUsed)} used of ${mb(peak.heapTotal)}, external ${mb(peak.external)}`);
} finally {
  clearInterval(sample);
  server.close();
  await app.close();
  await db.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
