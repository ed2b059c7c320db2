import { describe, expect, it } from 'vitest';
import { useApi, Role, TEST_PASSWORD } from '../support/api.js';
import { makeProgramme } from '../support/factories.js';

const api = useApi();

async function signIn(email: string, password: string, address = '10.1.1.1') {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id name email roles { role } } }', variables: { e: email, p: password } }),
  });
  return { body: (await res.json()) as any, cookie: res.headers.get('set-cookie') ?? '' };
}

describe('sessions', () => {
  it('signs in with an HttpOnly SameSite cookie, knows who is signed in, and signs out', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'session@accord.test' });
    const { body, cookie } = await signIn('Session@Accord.test', TEST_PASSWORD);
    expect(body.data.signIn).toMatchObject({ id: user.userId, email: 'session@accord.test', roles: [{ role: 'VIEWER' }] });
    expect(cookie).toMatch(/^accord_session=s_[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const client = api.withHeaders({ cookie: cookie.split(';')[0] });
    expect((await client.ok('{ me { id email } }')).me).toEqual({ id: user.userId, email: 'session@accord.test' });
    await client.ok('mutation { signOut }');
    expect((await client.ok('{ me { id } }')).me).toBeNull();
    expect((await client.gql('{ programmes { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the session secret, and an expired session no longer works', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }]);
    const secret = user.cookie.split('=')[1];
    const rows = await api.raw('select secret_hash from session where user_id = ?', [user.userId]);
    expect(rows.length).toBe(1);
    expect(rows[0].secret_hash).not.toContain(secret);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    await api.raw(`update session set expires_at = now() - interval '1 second' where user_id = ?`, [user.userId]);
    expect((await user.gql('{ programmes { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and a deactivated account with the same message', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'deactivate@accord.test' });
    const wrong = await signIn('deactivate@accord.test', 'not the password', '10.1.1.2');
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: user.userId });
    expect((await user.gql('{ programmes { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await signIn('deactivate@accord.test', TEST_PASSWORD, '10.1.1.2');
    expect(refused.body.errors[0].message).toBe(wrong.body.errors[0].message);
  });

  it('rate-limits failed sign-ins per account, and per address across accounts', async () => {
    await api.signedIn([{ role: Role.VIEWER }], { email: 'target@accord.test' });
    for (let i = 0; i < 5; i++) expect((await signIn('target@accord.test', 'guess ' + i, `10.2.0.${i}`)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const limited = await signIn('target@accord.test', TEST_PASSWORD, '10.2.0.99');
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);

    for (let i = 0; i < 20; i++) await signIn(`nobody${i}@accord.test`, 'x', '10.3.3.3');
    const fromAddress = await signIn('someone-else@accord.test', 'x', '10.3.3.3');
    expect(fromAddress.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('changes a password only with the current one, and the new one works', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'changer@accord.test' });
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }`;
    const bad = await user.gql(CHANGE, { c: 'wrong', n: 'a much better password' });
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'currentPassword', message: 'the current password is wrong' }]);
    const short = await user.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' });
    expect(short.errors?.[0].extensions?.fields?.[0].field).toBe('newPassword');
    await user.ok(CHANGE, { c: TEST_PASSWORD, n: 'a much better password' });
    expect((await signIn('changer@accord.test', 'a much better password', '10.4.4.4')).body.data.signIn).toBeTruthy();
  });

  it('hashes passwords with argon2id', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }]);
    const rows = await api.raw('select password_hash from app_user where id = ?', [user.userId]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('lets an administrator reset a password: the old sessions end and the one-time password works', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }], { email: 'reset@accord.test' });
    const { resetPassword } = await api.ok(`mutation($id: ID!) { resetPassword(id: $id) }`, { id: user.userId });
    expect((await user.gql('{ me { id } }')).data.me).toBeNull();
    const again = await signIn('reset@accord.test', resetPassword, '10.5.5.5');
    expect(again.body.data.signIn.id).toBe(user.userId);
  });
});

describe('API tokens', () => {
  const CREATE = `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { secret token { id name scope prefix expiresAt } } }`;
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

  it('shows the secret once, stores only its hash, and lists the token without it', async () => {
    const owner = await api.signedIn([{ role: Role.VIEWER }]);
    const { createApiToken } = await owner.ok(CREATE, { i: { name: 'ERP export', scope: 'READ', expiresAt: inDays(30) } });
    expect(createApiToken.secret).toMatch(/^acc_[\w-]{40,}$/);
    expect(createApiToken.secret.startsWith(createApiToken.token.prefix)).toBe(true);
    const rows = await api.raw('select secret_hash from api_token where id = ?', [createApiToken.token.id]);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(createApiToken.secret);
    const listed = await owner.ok('{ myApiTokens { id name scope } }');
    expect(listed.myApiTokens).toEqual([{ id: createApiToken.token.id, name: 'ERP export', scope: 'READ' }]);
    expect(JSON.stringify(await owner.gql('{ __type(name: "ApiToken") { fields { name } } }'))).not.toMatch(/secret/i);
  });

  it('lets a read token query but not mutate, and a read-write token only do what its owner may', async () => {
    const programme = await makeProgramme(api);
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
    const read = (await manager.ok(CREATE, { i: { name: 'read', scope: 'READ', expiresAt: inDays(1) } })).createApiToken.secret;
    const write = (await manager.ok(CREATE, { i: { name: 'write', scope: 'READ_WRITE', expiresAt: inDays(1) } })).createApiToken.secret;
    const asRead = api.withHeaders({ authorization: `Bearer ${read}` });
    const asWrite = api.withHeaders({ authorization: `Bearer ${write}` });
    expect((await asRead.ok(`query($id: ID!) { programme(id: $id) { id } }`, { id: programme.id })).programme.id).toBe(programme.id);
    const UPDATE = `mutation($id: ID!) { updateProgramme(id: $id, input: { description: "via token" }) { description } }`;
    expect((await asRead.gql(UPDATE, { id: programme.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asWrite.ok(UPDATE, { id: programme.id })).updateProgramme.description).toBe('via token');
    // The owner is no administrator, so neither is its token.
    expect((await asWrite.gql(`mutation { createProgramme(input: { iatiIdentifier: "T-1", title: "T", startDate: "2024-01-01", endDate: "2024-12-31", leadAgencyId: "00000000-0000-4000-8000-000000000000" }) { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Tokens cannot make tokens.
    expect((await asWrite.gql(CREATE, { i: { name: 'child', scope: 'READ', expiresAt: inDays(1) } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The change is recorded against the user and the token.
    const trail = await api.ok(`query($id: ID!) { auditTrail(entityType: "Programme", entityId: $id) { items { action actor { id } actorTokenId changes } } }`, { id: programme.id });
    expect(trail.auditTrail.items[0].actor.id).toBe(manager.userId);
    expect(trail.auditTrail.items[0].actorTokenId).toBeTruthy();
    expect(trail.auditTrail.items[0].changes.description.after).toBe('via token');
  });

  it('stops working once revoked or expired', async () => {
    const owner = await api.signedIn([{ role: Role.VIEWER }]);
    const made = (await owner.ok(CREATE, { i: { name: 'short-lived', scope: 'READ', expiresAt: inDays(1) } })).createApiToken;
    const asToken = api.withHeaders({ authorization: `Bearer ${made.secret}` });
    expect((await asToken.ok('{ countries { code } }')).countries.length).toBeGreaterThan(200);
    await owner.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: made.token.id });
    const revoked = await asToken.gql('{ countries { code } }');
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const other = (await owner.ok(CREATE, { i: { name: 'expiring', scope: 'READ', expiresAt: inDays(1) } })).createApiToken;
    await api.raw(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [other.token.id]);
    expect((await api.withHeaders({ authorization: `Bearer ${other.secret}` }).gql('{ countries { code } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry in the past or more than a year away', async () => {
    const owner = await api.signedIn([{ role: Role.VIEWER }]);
    const past = await owner.gql(CREATE, { i: { name: 'x', scope: 'READ', expiresAt: inDays(-1) } });
    expect(past.errors?.[0].extensions?.fields?.[0].field).toBe('expiresAt');
    const far = await owner.gql(CREATE, { i: { name: 'x', scope: 'READ', expiresAt: inDays(400) } });
    expect(far.errors?.[0].extensions?.fields?.[0].field).toBe('expiresAt');
  });
});

describe('users', () => {
  it('hides emails from everyone but administrators and the user', async () => {
    const programme = await makeProgramme(api);
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }], { email: 'manager-email@accord.test' });
    await manager.ok(`mutation($id: ID!) { updateProgramme(id: $id, input: { description: "by manager" }) { id } }`, { id: programme.id });
    const viewerOfTrail = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
    const seenByOther = await viewerOfTrail.ok(`query($id: ID!) { auditTrail(entityType: "Programme", entityId: $id) { items { actor { name email } } } }`, { id: programme.id });
    expect(seenByOther.auditTrail.items[0].actor.email).toBeNull();
    const seenByAdmin = await api.ok(`query($id: ID!) { auditTrail(entityType: "Programme", entityId: $id) { items { actor { email } } } }`, { id: programme.id });
    expect(seenByAdmin.auditTrail.items[0].actor.email).toBe('manager-email@accord.test');
  });

  it('creates a user with a one-time password and refuses a scope that does not fit the role', async () => {
    const created = await api.ok(`mutation { createUser(input: { email: "fresh@accord.test", name: "Fresh" }) { user { id mustChangePassword } oneTimePassword } }`);
    expect(created.createUser.user.mustChangePassword).toBe(true);
    expect(created.createUser.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    const ASSIGN = `mutation($i: RoleInput!) { assignRole(input: $i) { id role } }`;
    const noScope = await api.gql(ASSIGN, { i: { userId: created.createUser.user.id, role: 'PROGRAMME_MANAGER' } });
    expect(noScope.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const donorNoOrg = await api.gql(ASSIGN, { i: { userId: created.createUser.user.id, role: 'DONOR' } });
    expect(donorNoOrg.errors?.[0].extensions?.fields?.[0].field).toBe('organisationId');
    const duplicateEmail = await api.gql(`mutation { createUser(input: { email: "FRESH@accord.test", name: "Again" }) { user { id } } }`);
    expect(duplicateEmail.errors?.[0].extensions?.fields?.[0].field).toBe('email');
  });
});
