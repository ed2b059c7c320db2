import { describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';

const api = useApi();

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/** Runs a query and returns its data with the SQL statements it cost. */
async function measured(client: { ok: (q: string) => Promise<any> }, query: string) {
  api.sql.reset();
  const data = await client.ok(query);
  return { data, statements: [...api.sql.statements] };
}

describe('the cost of identifying the caller', () => {
  it('answers a signed-in `{ __typename }` with one statement, and an anonymous one with none', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }]);
    const signedIn = await measured(user, '{ __typename }');
    expect(signedIn.data).toEqual({ __typename: 'Query' });
    expect(signedIn.statements).toHaveLength(1);
    expect(signedIn.statements[0]).toMatch(/from session/);
    expect((await measured(api.anonymous, '{ __typename }')).statements).toHaveLength(0);
  });

  it('answers a `{ __typename }` with an API token in one statement, and records its use at most once a minute', async () => {
    const owner = await api.signedIn([{ role: Role.VIEWER }]);
    const made = (await owner.ok(`mutation { createApiToken(input: { name: "meter", scope: READ, expiresAt: "${inDays(5)}" }) { secret token { id } } }`)).createApiToken;
    const client = api.withHeaders({ authorization: `Bearer ${made.secret}` });
    // In milliseconds since the epoch, or null before the first use.
    const lastUsed = async () => (await api.raw('select (extract(epoch from last_used_at) * 1000)::float8 as ms from api_token where id = ?', [made.token.id]))[0].ms as number | null;
    expect(await lastUsed()).toBeNull();

    expect((await measured(client, '{ __typename }')).statements).toHaveLength(1);
    const first = await lastUsed();
    expect(first).not.toBeNull();

    // Used again within the minute: still one statement, and the record is left as it was.
    expect((await measured(client, '{ __typename }')).statements).toHaveLength(1);
    expect(await lastUsed()).toBe(first);

    // Last recorded two minutes ago: the same one statement records this use.
    await api.raw(`update api_token set last_used_at = now() - interval '2 minutes' where id = ?`, [made.token.id]);
    const stale = (await lastUsed())!;
    expect((await measured(client, '{ __typename }')).statements).toHaveLength(1);
    expect(await lastUsed()).toBeGreaterThan(stale + 60_000);
  });

  it('reads the signed-in user for `me` with one more statement, and its roles with one more again', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'meter@accord.test' });
    const me = await measured(user, '{ me { id email } }');
    expect(me.data.me).toEqual({ id: user.userId, email: 'meter@accord.test' });
    expect(me.statements).toHaveLength(2);
    const withRoles = await measured(user, '{ me { id roles { role } } }');
    expect(withRoles.data.me).toEqual({ id: user.userId, roles: [{ role: 'VIEWER' }] });
    expect(withRoles.statements).toHaveLength(3);
  });

  it('still refuses a token and a session of a deactivated user, and a revoked or expired token', async () => {
    const owner = await api.signedIn([{ role: Role.VIEWER }]);
    const create = async (name: string) =>
      (await owner.ok(`mutation { createApiToken(input: { name: "${name}", scope: READ, expiresAt: "${inDays(5)}" }) { secret token { id } } }`)).createApiToken;
    const revoked = await create('revoked');
    const expired = await create('expired');
    const kept = await create('kept');
    await owner.ok(`mutation { revokeApiToken(id: "${revoked.token.id}") { id } }`);
    await api.raw(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [expired.token.id]);
    const status = async (secret: string) =>
      (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: '{"query":"{ __typename }"}' })).status;
    expect(await status(revoked.secret)).toBe(401);
    expect(await status(expired.secret)).toBe(401);
    expect(await status(kept.secret)).toBe(200);

    await api.raw('update app_user set active = false where id = ?', [owner.userId]);
    expect(await status(kept.secret)).toBe(401);
    expect((await owner.ok('{ me { id } }')).me).toBeNull();
  });
});
