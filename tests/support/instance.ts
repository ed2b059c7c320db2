/**
 * Starts another app instance in its own process on a test file's database, so that nothing held in one
 * process's memory can be shared with it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface Instance {
  url: string;
  stop: () => Promise<void>;
}

export async function startInstance(databaseUrl: string, env: Record<string, string | undefined> = {}): Promise<Instance> {
  const script = path.resolve('tests/support/instance-main.ts');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, TRUST_PROXY: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the instance did not start in 60 s: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the instance exited with ${code}: ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Browser {
  /** Sends one GraphQL request to `url` with this browser's cookie, and keeps any cookie the answer sets. */
  gql: <T = any>(url: string, query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, any> }[] }>;
  ok: <T = any>(url: string, query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Signs in through `url`; returns the error code, or SIGNED_IN. */
  signIn: (url: string, email: string, password: string) => Promise<string>;
  cookie: () => string | null;
}

/**
 * A browser that may talk to any instance, the way a load balancer without sticky sessions sends it, with
 * a cookie jar of one cookie. `address` is sent as X-Forwarded-For, for instances that trust loopback.
 */
export function browser(address?: string, headers: Record<string, string> = {}): Browser {
  let cookie: string | null = null;
  const gql: Browser['gql'] = async (url, query, variables) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}), ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0];
      cookie = pair.endsWith('=') ? null : pair;
    }
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    gql,
    ok: async (url, query, variables) => {
      const body = await gql(url, query, variables);
      if (body.errors?.length) throw new Error(`GraphQL errors from ${url}: ${JSON.stringify(body.errors, null, 2)}`);
      return body.data;
    },
    signIn: async (url, email, password) => {
      const body = await gql<{ signIn: { id: string } }>(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
      return body.errors?.[0]?.extensions?.code ?? (body.data?.signIn.id ? 'SIGNED_IN' : 'NO ANSWER');
    },
    cookie: () => cookie,
  };
}
