import { describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';

const api = useApi({ corsOrigins: ['https://dashboard.example.org'] });

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('query limits', () => {
  it('refuses a query nested too deep, with a message that says so', async () => {
    const res = await api.gql(`{ programmes { projects { programme { projects { programme { projects { programme { projects { programme { projects { programme { id } } } } } } } } } } } }`);
    expect(res.errors?.[0].message).toMatch(/depth limit of 10 exceeded/i);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses too many aliases and too costly a query', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: countries { code }`).join(' ');
    const many = await api.gql(`{ ${aliases} }`);
    expect(many.errors?.[0].message).toMatch(/aliases limit of 15 exceeded/i);
    const fields = 'id title description status statusName plannedStart plannedEnd actualStart actualEnd iatiIdentifier createdAt updatedAt version archivedAt isDemo';
    const costly = await api.gql(`{ ${Array.from({ length: 12 }, (_, i) => `p${i}: projects(first: 100) { items { ${fields} programme { ${fields.replace(/planned\w+|actual\w+/g, '')} participations { organisation { name acronym kind } } } } }`).join(' ')} }`);
    expect(costly.errors?.[0].message).toMatch(/(cost|aliases|token).*limit/i);
  });

  it('gives anonymous callers no field suggestions, and signed-in ones their help', async () => {
    const anonymous = await (await post(JSON.stringify({ query: '{ programme { titel } }' }))).json();
    expect(JSON.stringify(anonymous)).not.toMatch(/Did you mean/);
    const signedIn = await api.gql('{ programmes { titel } }');
    expect(signedIn.errors?.[0].message).toMatch(/Did you mean "title"\?/);
  });
});

describe('HTTP protections', () => {
  it('sends security headers', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('allows credentials only for the configured origins', async () => {
    const allowed = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('blocks a GET query that could come from another site (CSRF)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a request body over 1 MB with a coded message', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a malformed or unknown Bearer token outright', async () => {
    for (const authorization of ['Bearer acc_not-a-real-token', 'Basic abc']) {
      const res = await post(JSON.stringify({ query: '{ me { id } }' }), { authorization });
      expect(res.status).toBe(401);
      expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('audit trail', () => {
  it('records who changed what, before and after, for every change', async () => {
    const manager = await api.signedIn([{ role: Role.ADMIN }], { email: 'auditor@accord.test' });
    const org = await manager.ok(`mutation { createOrganisation(input: { name: "Audited NGO", kind: NGO }) { id } }`);
    await manager.ok(`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Audited NGO (renamed)" }) { id } }`, { id: org.createOrganisation.id });
    const trail = await manager.ok(`query($id: ID!) { auditTrail(entityType: "Organisation", entityId: $id) { items { action actor { id } changes } } }`, { id: org.createOrganisation.id });
    expect(trail.auditTrail.items.map((e: any) => e.action)).toEqual(['update', 'create']);
    expect(trail.auditTrail.items[0].actor.id).toBe(manager.userId);
    expect(trail.auditTrail.items[0].changes).toEqual({ name: { before: 'Audited NGO', after: 'Audited NGO (renamed)' } });
    expect(trail.auditTrail.items[1].changes.name).toEqual({ before: null, after: 'Audited NGO' });
  });

  it('never copies a password hash into the trail', async () => {
    const user = await api.signedIn([{ role: Role.VIEWER }]);
    const trail = await api.ok(`query($id: ID!) { auditTrail(entityType: "User", entityId: $id) { items { changes } } }`, { id: user.userId });
    expect(JSON.stringify(trail)).not.toMatch(/argon2/);
    expect(trail.auditTrail.items.at(-1).changes.passwordHash).toEqual({ before: '(hidden)', after: '(hidden)' });
  });
});
