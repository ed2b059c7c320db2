/**
 * The processes of a benchmark run: the database `npm start` uses, and the two servers, each a child process of its
 * own so that its peak memory can be read from /proc. Everything started here is stopped by `stop()`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { freePort, startEmbeddedPostgres } from '../server/src/db/embedded.js';
import type { Config } from '../server/src/config.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
const COUNTER = pathToFileURL(path.join(ROOT, 'bench', 'count-statements.mjs')).href;

export class Refusal extends Error {}

/** DATABASE_URL, or the embedded database under DATA_DIR, started here and stopped by `stop`. */
export async function openDatabase(config: Config, log: Logger): Promise<{ url: string; where: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, where: 'DATABASE_URL', stop: async () => {} };
  const pgData = path.join(config.dataDir, 'pg');
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    throw new Refusal(`There is no database under DATA_DIR (${config.dataDir}). Run \`npm run seed:large\` first, with the same DATA_DIR or DATABASE_URL.`);
  }
  const pidFile = path.join(pgData, 'postmaster.pid');
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) || 0 : 0;
  if (pid && isRunning(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(pgData)) {
    throw new Refusal(`The database under ${config.dataDir} is in use (postmaster ${pid}), probably by \`npm start\`: stop it first, or set DATABASE_URL to its server.`);
  }
  const db = await startEmbeddedPostgres(config.dataDir, log);
  return { url: db.url('accord'), where: `embedded under ${config.dataDir}`, stop: db.stop };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Builds the server unless dist/ is newer than every source file. */
export function ensureBuilt(): string {
  const main = path.join(ROOT, 'dist', 'server', 'src', 'main.js');
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0);
  if (!fs.existsSync(main) || fs.statSync(main).mtimeMs < newest(path.join(ROOT, 'server', 'src'))) {
    console.log('building the server (npm run build:server) …');
    execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  }
  return main;
}

export interface Server {
  name: string;
  base: string;
  pid: number;
  /** Statements sent to PostgreSQL so far. */
  statements: () => Promise<number>;
  resetPeakRss: () => void;
  peakRssMB: () => number;
  stop: () => Promise<void>;
}

/** The Node flags `npm start` gives the server (see package.json), so that Accord runs here as it runs there. */
const NODE_FLAGS = ['--max-semi-space-size=64'];

async function startServer(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const proc: ChildProcess = spawn(process.execPath, ['--import', COUNTER, ...args], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The last lines it printed explain a failed start; the first few of a running server are shown as they come.
  const tail: string[] = [];
  let ready = false;
  let shown = 0;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      if (ready && shown++ < 20) console.error(`[${name}] ${line.slice(0, 500)}`);
      tail.push(line);
    }
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => proc.once('exit', () => resolve(void (exited = true))));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(timer);
  };
  for (const end = Date.now() + 120_000; ; ) {
    if (exited) throw new Error(`the ${name} server stopped while starting:\n${tail.join('\n')}`);
    if (Date.now() > end) {
      await stop();
      throw new Error(`the ${name} server did not answer /healthz within 120 s:\n${tail.join('\n')}`);
    }
    const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  ready = true;
  const status = () => fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
  return {
    name,
    base,
    pid: proc.pid!,
    statements: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: no statement count`)), 5_000);
        proc.once('message', (m: { type: string; count: number }) => {
          clearTimeout(timer);
          resolve(m.count);
        });
        proc.send({ type: 'statements' });
      }),
    // Writing 5 to clear_refs resets the peak resident set size (VmHWM) to the current one.
    resetPeakRss: () => fs.writeFileSync(`/proc/${proc.pid}/clear_refs`, '5'),
    peakRssMB: () => Number(/VmHWM:\s+(\d+) kB/.exec(status())?.[1] ?? 0) / 1024,
    stop,
  };
}

/**
 * Accord as `npm start` runs it: the built server (so that the process measured is the server itself, not tsx
 * compiling it), in production mode. The SPA is not measured; a placeholder stands in for web/dist.
 */
export async function startAccord(databaseUrl: string): Promise<Server> {
  const main = ensureBuilt();
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Accord</title>');
  const removeWebDist = () => fs.rmSync(webDist, { recursive: true, force: true });
  try {
    const server = await startServer('Accord', [...NODE_FLAGS, main], { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIST: webDist });
    return { ...server, stop: () => server.stop().finally(removeWebDist) };
  } catch (err) {
    removeWebDist();
    throw err;
  }
}

export function startHandWritten(databaseUrl: string): Promise<Server> {
  return startServer('SQL', ['--import', 'tsx', path.join(ROOT, 'bench', 'sql-server.ts')], { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl });
}
