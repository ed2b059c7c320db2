/**
 * The zero-set-up database: an embedded PostgreSQL under DATA_DIR that is migrated and seeded on first start,
 * keeps its data across restarts, and recovers from a server that was killed without stopping it.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { freePort } from '../../server/src/db/embedded.js';

const dirs: string[] = [];
async function tempDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-db-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const log = createLogger('silent');
const configFor = (dataDir: string) => ({ ...loadConfig({}), dataDir, databaseUrl: undefined, seedDemo: true });

describe('the embedded database', () => {
  it('seeds a realistic demo portfolio on first start and keeps it, unseeded again, after a restart', async () => {
    const dir = await tempDir();
    const first = await openDatabase(configFor(dir), log);
    const q = (sql: string) => first.orm.em.getConnection().execute(sql);
    const programmes = await q(`select p.id, p.title, p.is_demo, p.lead_agency_id,
        (select count(distinct organisation_id) from participation where programme_id = p.id)::int as orgs,
        (select count(*) from project where programme_id = p.id)::int as projects,
        (select count(*) from programme_legal_instrument where programme_id = p.id)::int as instruments,
        (select count(*) from programme_sdg_target where programme_id = p.id)::int as sdgs,
        (select count(*) from sector_share where programme_id = p.id)::int as sectors,
        exists(select 1 from participation where programme_id = p.id and organisation_id = p.lead_agency_id and role = '2') as lead_accountable
      from programme p`);
    expect(programmes.length).toBeGreaterThanOrEqual(6);
    for (const p of programmes) {
      expect(p.title.startsWith('[Demo] ')).toBe(true);
      expect(p.is_demo).toBe(true);
      expect(p.lead_accountable).toBe(true);
      expect(p.orgs).toBeGreaterThanOrEqual(2);
      expect(p.orgs).toBeLessThanOrEqual(5);
      expect(p.projects).toBeGreaterThanOrEqual(2);
      expect(p.projects).toBeLessThanOrEqual(6);
      expect(p.sdgs).toBeGreaterThan(0);
      expect(p.sectors).toBeGreaterThan(0);
    }
    const focus = await q(`select distinct focus_area_code as code from programme_focus_area`);
    expect(focus.map((f: any) => f.code).sort()).toEqual(['CONFLICT_CRIME', 'CORRUPTION', 'HIV_PRISONS', 'ILLICIT_COMMODITIES', 'TERRORISM_PREVENTION', 'TIP_SOM']);
    const countries = await q(`select count(distinct country_code)::int as n from recipient_country`);
    expect(countries[0].n).toBeGreaterThan(5);
    const sums = await q(`select project_id, sum(percentage)::text as total from recipient_country group by project_id`);
    expect(new Set(sums.map((s: any) => s.total))).toEqual(new Set(['100.00']));
    const accounts = await q(`select u.email, r.role from app_user u join role_assignment r on r.user_id = u.id order by u.email`);
    expect(accounts).toEqual([
      { email: 'admin@accord.demo', role: 'ADMIN' },
      { email: 'donor.eu@accord.demo', role: 'DONOR' },
      { email: 'donor.sida@accord.demo', role: 'DONOR' },
      { email: 'manager@accord.demo', role: 'PROGRAMME_MANAGER' },
      { email: 'partner@accord.demo', role: 'PARTNER_REPORTER' },
      { email: 'viewer@accord.demo', role: 'VIEWER' },
    ]);
    const logframes = await q(`select p.iati_identifier, p.status, p.actual_start,
        (select count(*) from result_node n where n.project_id = p.id)::int as nodes,
        (select count(*) from indicator i where i.project_id = p.id)::int as indicators,
        (select count(*) from indicator_value v where v.project_id = p.id and v.target is not null)::int as targets,
        (select count(distinct v.period_id) from indicator_value v where v.project_id = p.id and (v.actual is not null or v.actual_text is not null))::int as periods_with_actuals,
        (select count(*) from logframe_revision r where r.project_id = p.id)::int as revisions
      from project p`);
    for (const l of logframes) {
      expect(l.nodes, l.iati_identifier).toBeGreaterThanOrEqual(9);
      expect(l.indicators, l.iati_identifier).toBeGreaterThanOrEqual(5);
      expect(l.targets, l.iati_identifier).toBeGreaterThan(0);
      // Projects that have started report a few quarters of actuals; those in the pipeline cannot yet.
      if (l.actual_start) expect(l.periods_with_actuals, l.iati_identifier).toBeGreaterThanOrEqual(3);
      if (l.status !== '1') expect(l.revisions, l.iati_identifier).toBe(1);
    }
    const before = await q(`select count(*)::int as n from project`);
    await first.stop();

    const second = await openDatabase(configFor(dir), log);
    const after = await second.orm.em.getConnection().execute(`select count(*)::int as n from project`);
    expect(after[0].n).toBe(before[0].n);
    await second.stop();
  });

  it('starts cleanly after the server was killed with SIGKILL and left its postmaster running', async () => {
    const dir = await tempDir();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'development', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start')), 90_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Accord is listening')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const pid = Number((await fs.readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(() => process.kill(pid, 0)).not.toThrow(); // the orphaned postmaster is still running

    const db = await openDatabase(configFor(dir), log);
    const rows = await db.orm.em.getConnection().execute(`select count(*)::int as n from programme`);
    expect(rows[0].n).toBeGreaterThanOrEqual(6);
    await db.stop();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('the first administrator', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD on first start, and only once', async () => {
    const dir = await tempDir();
    const config = { ...configFor(dir), seedDemo: false, adminEmail: 'chief@agency.example', adminPassword: 'a long admin password' };
    const db = await openDatabase(config, log);
    const rows = await db.orm.em.getConnection().execute(`select u.email, r.role from app_user u join role_assignment r on r.user_id = u.id`);
    expect(rows).toEqual([{ email: 'chief@agency.example', role: 'ADMIN' }]);
    await db.stop();
    const again = await openDatabase(config, log);
    expect((await again.orm.em.getConnection().execute(`select count(*)::int as n from app_user`))[0].n).toBe(1);
    await again.stop();
  });

  it('is printed once with a generated password when none is configured', async () => {
    const dir = await tempDir();
    const printed: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const db = await openDatabase({ ...configFor(dir), seedDemo: false }, log);
      await db.stop();
      const second = await openDatabase({ ...configFor(dir), seedDemo: false }, log);
      await second.stop();
    } finally {
      console.log = original;
    }
    const lines = printed.join('\n');
    expect(lines.match(/One-time password: +(\S+)/g)?.length).toBe(1);
    expect(lines).toMatch(/First administrator: admin@accord\.local/);
  });
});
