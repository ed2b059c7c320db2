/**
 * When no database connection can be had (every one is taken, as when the database hangs), a client is
 * told so within seconds, retryably, instead of waiting a minute for an internal error.
 */
import { describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';

const api = useApi();

describe('a full connection pool', () => {
  it('is answered quickly with 503 SERVICE_UNAVAILABLE and Retry-After, and the next request after it works', async () => {
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // The test app's pool has four connections: hold them all in open transactions.
    const holders = Array.from({ length: 4 }, () =>
      api.orm.em.fork().transactional(async (tx) => {
        await tx.execute('select 1');
        await released;
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    const since = Date.now();
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: viewer.cookie }, body: JSON.stringify({ query: '{ programmes { id } }' }) });
    const waited = Date.now() - since;
    release();
    await Promise.all(holders);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(waited).toBeLessThan(8_000);
    expect((await viewer.ok('{ programmes { id } }')).programmes).toEqual([]);
  }, 20_000);
});
