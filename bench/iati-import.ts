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

const TARGET_MB = Number(process.env.IATI_BENCH_MB ?? 50);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-iati-bench-'));
const xmlPath = path.join(dataDir, 'bench.xml');

function activity(id: string, parent: string | null, children: string[], i: number): string {
  const year = 2018 + (i % 6);
  const transactions = parent
    ? Array.from({ length: 20 }, (_, t) => `<transaction><transaction-type code="${t % 2 ? '4' : '3'}"/><transaction-date iso-date="${year}-${String((t % 12) + 1).padStart(2, '0')}-15"/><value value-date="${year}-01-01" currency="USD">${1000 + t * 17}.25</value><description><narrative>Payment ${t} for training of prosecutors and judges</narrative></description><provider-org ref="XM-DAC-41114"><narrative>UNDP</narrative></provider-org><receiver-org ref="XM-BENCH-NGO-${t % 7}"><narrative>Partner ${t % 7}</narrative></receiver-org></transaction>`).join('')
    : '';
  const budgets = parent ? Array.from({ length: 4 }, (_, b) => `<budget type="1" status="1"><period-start iso-date="${year + b}-01-01"/><period-end iso-date="${year + b}-12-31"/><value value-date="${year + b}-01-01" currency="USD">${50000 + b * 1000}</value></budget>`).join('') : '';
  const results = parent
    ? Array.from({ length: 3 }, (_, r) => `<result type="${r === 0 ? '2' : '1'}"><title><narrative>Result ${r} of ${id}</narrative></title>${Array.from({ length: 2 }, (_, k) => `<indicator measure="1" ascending="1"><title><narrative>Indicator ${k}</narrative></title><baseline year="${year}" value="${k}"/>${Array.from({ length: 3 }, (_, p) => `<period><period-start iso-date="${year + p}-01-01"/><period-end iso-date="${year + p}-12-31"/><target value="${10 + p}"/><actual value="${8 + p}"/></period>`).join('')}</indicator>`).join('')}</result>`).join('')
    : '';
  return `<iati-activity hierarchy="${parent ? 2 : 1}" default-currency="USD"><iati-identifier>${id}</iati-identifier><reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org><title><narrative>Activity ${id}: support to the rule of law</narrative></title><description><narrative>${'Strengthening criminal justice institutions. '.repeat(8)}</narrative></description><participating-org role="2" ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></participating-org><participating-org role="1" ref="XM-DAC-7" type="10"><narrative>Netherlands</narrative></participating-org><activity-status code="2"/><activity-date type="1" iso-date="${year}-01-01"/><activity-date type="3" iso-date="${year + 4}-12-31"/><recipient-country code="BA" percentage="60"/><recipient-country code="EG" percentage="40"/><sector vocabulary="1" code="15130" percentage="100"/>${parent ? `<related-activity ref="${parent}" type="1"/>` : children.map((c) => `<related-activity ref="${c}" type="2"/>`).join('')}${budgets}${transactions}${results}</iati-activity>\n`;
}

function generate(): { bytes: number; activities: number } {
  const out = fs.openSync(xmlPath, 'w');
  fs.writeSync(out, '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n');
  let bytes = 0;
  let activities = 0;
  for (let p = 0; bytes < TARGET_MB * 1024 * 1024; p++) {
    const parent = `XM-BENCH-P${p}`;
    const children = Array.from({ length: 9 }, (_, c) => `${parent}-${c}`);
    for (const text of [activity(parent, null, children, p), ...children.map((c, i) => activity(c, parent, [], p + i))]) {
      bytes += fs.writeSync(out, text);
      activities++;
    }
  }
  fs.writeSync(out, '</iati-activities>\n');
  fs.closeSync(out);
  return { bytes: fs.statSync(xmlPath).size, activities };
}

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
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
  const file = generate();
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
  console.log(`peak RSS ${mb(peak)} (server, worker and file generation in one process)`);
} finally {
  clearInterval(sample);
  server.close();
  await app.close();
  await db.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
