import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { useApi, Role, TEST_PASSWORD, type Client } from '../support/api.js';

const api = useApi();

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }`;
const CREATE_TOKEN = `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }`;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** Signs the same user in once more, from another browser, and returns that browser's client. */
async function anotherSession(email: string, password: string, address: string): Promise<Client> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  expect(cookie).toMatch(/^accord_session=/);
  return api.withHeaders({ cookie });
}

/** What a client sees: who it is signed in as, and whether it may read the programmes. */
async function access(client: Client) {
  const me = await client.gql('{ me { id } }');
  const programmes = await client.gql('{ programmes { id } }');
  return { me: me.data?.me?.id ?? me.errors?.[0].extensions?.code ?? null, programmes: programmes.errors?.[0].extensions?.code ?? 'ALLOWED' };
}

async function userWithEverything(email: string) {
  const here = await api.signedIn([{ role: Role.VIEWER }], { email });
  const laptop = await anotherSession(email, TEST_PASSWORD, '10.40.0.1');
  const phone = await anotherSession(email, TEST_PASSWORD, '10.40.0.2');
  const made = (await here.ok(CREATE_TOKEN, { i: { name: 'ERP export', scope: 'READ', expiresAt: inDays(30) } })).createApiToken;
  const token = api.withHeaders({ authorization: `Bearer ${made.secret}` });
  for (const client of [here, laptop, phone, token]) expect(await access(client)).toEqual({ me: here.userId, programmes: 'ALLOWED' });
  return { here, laptop, phone, token, tokenId: made.token.id as string };
}

describe('changing your own password', () => {
  it("ends the user's other sessions, keeps the current one and the API tokens", async () => {
    const { here, laptop, phone, token } = await userWithEverything('changes@accord.test');
    await here.ok(CHANGE, { c: TEST_PASSWORD, n: 'a much better password' });
    expect(await access(here)).toEqual({ me: here.userId, programmes: 'ALLOWED' });
    expect(await access(laptop)).toEqual({ me: null, programmes: 'UNAUTHENTICATED' });
    expect(await access(phone)).toEqual({ me: null, programmes: 'UNAUTHENTICATED' });
    expect(await access(token)).toEqual({ me: here.userId, programmes: 'ALLOWED' });
    // The new password opens new sessions as usual.
    expect(await access(await anotherSession('changes@accord.test', 'a much better password', '10.40.0.3'))).toEqual({ me: here.userId, programmes: 'ALLOWED' });
  });

  it('ends nothing when the change is refused', async () => {
    const { here, laptop } = await userWithEverything('refused-change@accord.test');
    expect((await here.gql(CHANGE, { c: 'not the password', n: 'a much better password' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await here.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await access(laptop)).toEqual({ me: here.userId, programmes: 'ALLOWED' });
  });

  it('records the ended sessions in the audit trail', async () => {
    const { here } = await userWithEverything('audited-change@accord.test');
    await here.ok(CHANGE, { c: TEST_PASSWORD, n: 'a much better password' });
    const trail = (await api.ok(`query($id: ID!) { auditTrail(entityType: "User", entityId: $id) { items { action actor { id } changes } } }`, { id: here.userId })).auditTrail.items;
    expect(trail.find((e: any) => e.changes.passwordHash)).toMatchObject({ action: 'update', actor: { id: here.userId } });
    // Three sessions were open; the current one stays.
    expect(trail.find((e: any) => e.changes.sessions)).toMatchObject({ action: 'update', actor: { id: here.userId }, changes: { sessions: { before: 3, after: 1 } } });
  });
});

describe("an administrator's password reset", () => {
  it('ends every session and revokes every API token of the user', async () => {
    const { here, laptop, phone, token, tokenId } = await userWithEverything('reset-everywhere@accord.test');
    const { resetPassword } = await api.ok(`mutation($id: ID!) { resetPassword(id: $id) }`, { id: here.userId });
    for (const client of [here, laptop, phone]) expect(await access(client)).toEqual({ me: null, programmes: 'UNAUTHENTICATED' });
    expect(await access(token)).toEqual({ me: 'UNAUTHENTICATED', programmes: 'UNAUTHENTICATED' });
    // The user sees why in its token list, and the one-time password still opens a session.
    const again = await anotherSession('reset-everywhere@accord.test', resetPassword, '10.41.0.1');
    const tokens = (await again.ok('{ myApiTokens { id revokedAt } }')).myApiTokens;
    expect(tokens).toEqual([{ id: tokenId, revokedAt: expect.any(String) }]);

    const admin = (await api.ok('{ me { id } }')).me.id;
    const userTrail = (await api.ok(`query($id: ID!) { auditTrail(entityType: "User", entityId: $id) { items { actor { id } changes } } }`, { id: here.userId })).auditTrail.items;
    expect(userTrail.find((e: any) => e.changes.sessions)).toMatchObject({ actor: { id: admin }, changes: { sessions: { before: 3, after: 0 } } });
    const tokenTrail = (await api.ok(`query($id: ID!) { auditTrail(entityType: "ApiToken", entityId: $id) { items { action actor { id } changes } } }`, { id: tokenId })).auditTrail.items;
    expect(tokenTrail[0]).toMatchObject({ action: 'update', actor: { id: admin }, changes: { revokedAt: { before: null, after: expect.any(String) } } });
  });
});

describe('deactivating a user', () => {
  it('refuses its sessions and its API tokens', async () => {
    const { here, laptop, token } = await userWithEverything('deactivated@accord.test');
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: here.userId });
    for (const client of [here, laptop]) expect(await access(client)).toEqual({ me: null, programmes: 'UNAUTHENTICATED' });
    expect(await access(token)).toEqual({ me: 'UNAUTHENTICATED', programmes: 'UNAUTHENTICATED' });
  });
});

describe('a sign-in racing a password reset', () => {
  it('does not open a session with the old password once the reset is saved', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'racing@accord.test' });
    // A reset in progress: the user's row is locked and its password changed, not yet committed.
    const reset = new pg.Client({ connectionString: api.databaseUrl });
    await reset.connect();
    await reset.query('begin');
    await reset.query(`select id from app_user where id = $1 for update`, [user.userId]);
    await reset.query(`update app_user set password_hash = 'changed by the reset' where id = $1`, [user.userId]);
    const signingIn = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.42.0.1' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: 'racing@accord.test', p: TEST_PASSWORD } }),
    }).then((res) => res.json() as Promise<any>);
    // Long enough for the sign-in to read the old password and verify it.
    await new Promise((r) => setTimeout(r, 1000));
    await reset.query('commit');
    await reset.end();
    const answer = await signingIn;
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.raw('select count(*)::int as n from session where user_id = ?', [user.userId]))[0].n).toBe(1);
  });
});
