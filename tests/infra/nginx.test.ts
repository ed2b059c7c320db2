/**
 * deploy/nginx.conf, the reverse proxy of `docker compose --profile scale`, run for real (Debian's nginx) in
 * front of two app processes on one database: the compose file's host names become local ports, nothing else
 * changes. `npm run test:infra`.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, TEST_PASSWORD } from '../support/api.js';
import { browser, startInstance, type Instance } from '../support/instance.js';
import { freePort } from '../../server/src/db/embedded.js';

const NGINX = '/usr/sbin/nginx';
const api = useApi();
let one: Instance;
let two: Instance;
let nginx: ChildProcess;
let proxy: string;
let dir: string;

const portOf = (url: string) => new URL(url).port;

beforeAll(async () => {
  // The instances believe X-Forwarded-For only from the proxy, as TRUST_PROXY names nginx in compose.
  [one, two] = await Promise.all([startInstance(api.databaseUrl, { TRUST_PROXY: '127.0.0.1' }), startInstance(api.databaseUrl, { TRUST_PROXY: '127.0.0.1' })]);
  const port = await freePort();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-nginx-'));
  const conf = (await fs.readFile('deploy/nginx.conf', 'utf8'))
    .replace('server app:4000', `server 127.0.0.1:${portOf(one.url)}`)
    .replace('server app-2:4000', `server 127.0.0.1:${portOf(two.url)}`)
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('pid /tmp/nginx.pid;', `pid ${dir}/nginx.pid;`)
    .replace('access_log /var/log/nginx/access.log;', 'access_log off;')
    .replace('error_log /var/log/nginx/error.log warn;', `error_log ${dir}/error.log warn;`)
    // Where this nginx may write its buffers; the image's defaults are writable in the container.
    .replace('http {', `http {\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ')}`);
  expect(conf).not.toMatch(/app(-2)?:4000/);
  await fs.writeFile(path.join(dir, 'nginx.conf'), conf);
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await fs.mkdir(path.join(dir, temp));
  // The workers of a root master run as nobody, and must reach their temporary folders.
  if (process.getuid?.() === 0) execFileSync('chmod', ['-R', '777', dir]);
  try {
    execFileSync(NGINX, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`nginx refuses deploy/nginx.conf: ${(err as { stderr?: Buffer }).stderr?.toString()}`);
  }
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'ignore' });
  proxy = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${proxy}/nginx-healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not start');
}, 120_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await Promise.all([one?.stop(), two?.stop()]);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('nginx in front of two instances', () => {
  it('passes the health check and GraphQL through, with a session used on whichever instance nginx picks', async () => {
    const health = await fetch(`${proxy}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'reachable' });
    const email = `nginx-${randomBytes(3).toString('hex')}@accord.test`;
    const { userId } = await api.signedIn([{ role: Role.VIEWER }], { email });
    const b = browser();
    expect(await b.signIn(proxy, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    // Round robin: these go to both instances in turn.
    for (let i = 0; i < 10; i++) expect((await b.ok(proxy, '{ me { id } }')).me).toEqual({ id: userId });
  });

  it('keeps serving when one instance stops', async () => {
    const email = `nginx-failover-${randomBytes(3).toString('hex')}@accord.test`;
    await api.signedIn([{ role: Role.VIEWER }], { email });
    const b = browser();
    expect(await b.signIn(proxy, email, TEST_PASSWORD)).toBe('SIGNED_IN');
    await two.stop();
    const answers = await Promise.all(Array.from({ length: 10 }, () => b.gql(proxy, '{ me { email } }')));
    expect(answers.map((a) => [a.status, a.data?.me?.email])).toEqual(Array.from({ length: 10 }, () => [200, email]));
  });

  it("replaces the client's X-Forwarded-For, so rotating it does not escape the per-address sign-in limit", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) codes.push(await browser(`203.0.113.${i}`).signIn(proxy, `nobody${i}@accord.test`, 'wrong'));
    expect(codes.slice(0, 20).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});
