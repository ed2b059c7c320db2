import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, TEST_PASSWORD } from '../support/api.js';
import { startInstance, type Instance } from '../support/instance.js';

// The harness trusts X-Forwarded-For from loopback (TRUST_PROXY=loopback), so each test chooses its addresses.
const api = useApi();
// Two more app instances, each in its own process, on the same database: one behind the same loopback
// proxy as the harness, one with the default settings (no proxy trusted).
let other: Instance;
let direct: Instance;
beforeAll(async () => {
  [other, direct] = await Promise.all([startInstance(api.databaseUrl, { TRUST_PROXY: 'loopback' }), startInstance(api.databaseUrl)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([other?.stop(), direct?.stop()]);
});

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

async function signIn(url: string, email: string, password: string, address?: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (address) headers['x-forwarded-for'] = address;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }) });
  const body = (await res.json()) as { data?: { signIn: { id: string } }; errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? (body.data?.signIn.id ? 'SIGNED_IN' : 'NO ANSWER');
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

describe('sign-in rate limit under concurrency', () => {
  it('verifies at most 5 of 100 parallel wrong passwords to one account, and then refuses the right one', async () => {
    await api.signedIn([{ role: Role.VIEWER }], { email: 'parallel@accord.test' });
    // A distinct address for every attempt: only the per-account limit applies.
    const codes = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(api.url, 'parallel@accord.test', `guess ${i}`, `10.20.${Math.floor(i / 200)}.${i % 200}`)));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 95 });
    expect(await signIn(api.url, 'parallel@accord.test', TEST_PASSWORD, '10.21.0.1')).toBe('RATE_LIMITED');
  });

  it('verifies at most 20 of 100 parallel wrong sign-ins from one address, whatever the accounts', async () => {
    const codes = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(api.url, `nobody${i}@accord.test`, 'x', '10.22.0.1')));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 80 });
    await api.signedIn([{ role: Role.VIEWER }], { email: 'from-busy-address@accord.test' });
    expect(await signIn(api.url, 'from-busy-address@accord.test', TEST_PASSWORD, '10.22.0.1')).toBe('RATE_LIMITED');
  });

  it('says how long to wait', async () => {
    for (let i = 0; i < 5; i++) await signIn(api.url, 'waiting@accord.test', 'x', `10.23.0.${i}`);
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.23.1.1' },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: 'waiting@accord.test', p: 'x' } }),
    });
    const error = ((await res.json()) as any).errors[0];
    expect(error.extensions.code).toBe('RATE_LIMITED');
    // The window is 15 minutes and began with the first failure a moment ago.
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('counts a success as no failure: signing in clears the account count and gives the address its attempt back', async () => {
    await api.signedIn([{ role: Role.VIEWER }], { email: 'forgetful@accord.test' });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect(await signIn(api.url, 'forgetful@accord.test', `typo ${i}`, '10.24.0.1')).toBe('UNAUTHENTICATED');
      expect(await signIn(api.url, 'forgetful@accord.test', TEST_PASSWORD, '10.24.0.1')).toBe('SIGNED_IN');
    }
    // 12 failures from the address so far, 3 successes that did not count: 8 failures are left, then it is refused.
    for (let i = 0; i < 8; i++) expect(await signIn(api.url, `other${i}@accord.test`, 'x', '10.24.0.1')).toBe('UNAUTHENTICATED');
    expect(await signIn(api.url, 'forgetful@accord.test', TEST_PASSWORD, '10.24.0.1')).toBe('RATE_LIMITED');
  });

  it('shares the count between two app instances on the same database', async () => {
    await api.signedIn([{ role: Role.VIEWER }], { email: 'two-instances@accord.test' });
    const urls = [api.url, other.url];
    for (let i = 0; i < 5; i++) expect(await signIn(urls[i % 2], 'two-instances@accord.test', `guess ${i}`, `10.25.0.${i}`)).toBe('UNAUTHENTICATED');
    expect(await signIn(other.url, 'two-instances@accord.test', TEST_PASSWORD, '10.25.1.1')).toBe('RATE_LIMITED');
    expect(await signIn(api.url, 'two-instances@accord.test', TEST_PASSWORD, '10.25.1.2')).toBe('RATE_LIMITED');
    // In parallel across both instances, still no more than the limit.
    const codes = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(urls[i % 2], `shared${i}@accord.test`, 'x', '10.26.0.1')));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 40 });
  });

  it('does not let old windows pile up', async () => {
    await api.raw(`insert into sign_in_attempt (key, window_start, attempts) select 'old-' || n, now() - interval '16 minutes', 3 from generate_series(1, 50) n`);
    await api.raw(`insert into sign_in_attempt (key, window_start, attempts) values ('recent', now() - interval '14 minutes', 3)`);
    expect(await signIn(api.url, 'prune-trigger@accord.test', 'x', '10.27.0.1')).toBe('UNAUTHENTICATED');
    const left = await api.raw(`select key from sign_in_attempt where key like 'old-%' or key = 'recent'`);
    expect(left.map((r) => r.key)).toEqual(['recent']);
  });
});

describe('which address counts', () => {
  it('ignores X-Forwarded-For by default: rotating it does not reset the per-address count', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) codes.push(await signIn(direct.url, `rotating${i}@accord.test`, 'x', `203.0.113.${i}`));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 5 });
  });

  it('honours X-Forwarded-For from a trusted proxy (TRUST_PROXY=loopback)', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) codes.push(await signIn(api.url, `proxied${i}@accord.test`, 'x', `198.51.100.${i}`));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 25 });
  });
});
