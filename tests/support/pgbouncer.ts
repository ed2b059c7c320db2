/**
 * A real PgBouncer (Debian's `apt-get install -y pgbouncer`) in transaction pooling mode on 127.0.0.1, in front
 * of the test PostgreSQL, with fewer server connections than the app has client connections, so that every
 * statement may run on a server connection another client used last.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { freePort } from '../../server/src/db/embedded.js';

export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncer {
  /** The address of `database` through PgBouncer, with the target's user and password. */
  url: (database: string) => string;
  /** PgBouncer's own log, for a failing test's message. */
  log: () => Promise<string>;
  stop: () => Promise<void>;
}

async function listening(port: number, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`PgBouncer did not listen on ${port} within ${ms} ms`);
}

export async function startPgBouncer(targetUrl: string, options: { poolSize?: number } = {}): Promise<PgBouncer> {
  const target = new URL(targetUrl);
  const user = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password);
  const port = await freePort();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-pgbouncer-'));
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await fs.writeFile(path.join(dir, 'users.txt'), `${quote(user)} ${quote(password)}\n`);
  const logFile = path.join(dir, 'pgbouncer.log');
  await fs.writeFile(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      // Any database name is passed on to the same server: each test file has its own.
      `* = host=${target.hostname} port=${target.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 3}`,
      'max_client_conn = 500',
      'max_db_connections = 0',
      `logfile = ${logFile}`,
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root; it runs as the postgres user, which must read its files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    execFileSync('chown', ['-R', 'postgres', dir]);
    await fs.chmod(dir, 0o755);
  }
  const child: ChildProcess = spawn(PGBOUNCER, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  try {
    await Promise.race([
      listening(port, 10_000),
      new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`PgBouncer exited with ${code}: ${output}`)))),
    ]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url: (database) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    log: () => fs.readFile(logFile, 'utf8').catch(() => output),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGINT: PgBouncer's "safe shutdown" waits for clients; SIGTERM closes at once.
        child.kill('SIGTERM');
        await exited;
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
