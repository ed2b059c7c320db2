/**
 * GraphQL over HTTP (graphql.github.io/graphql-over-http), the MUST rules, for both kinds of authenticated
 * client: a signed-in session (whose everyday reads the compiled front answers in one statement) and an API
 * token (always the resolvers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

const GQL_JSON = 'application/graphql-response+json';
const LIST = 'query List($first: Int) { projects(first: $first) { totalCount pageInfo { hasNextPage endCursor } items { id title } } }';
const callers: Record<'session' | 'token', Record<string, string>> = { session: {}, token: {} };

beforeAll(async () => {
  const programme = await makeProgramme(api);
  await makeProject(api, programme.id, { title: 'Border liaison offices' });
  await makeProject(api, programme.id, { title: 'Court case management' });
  const admin = await api.signedIn([{ role: Role.ADMIN }]);
  callers.session = { cookie: admin.cookie };
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const made = await admin.ok(`mutation($i: ApiTokenInput!) { createApiToken(input: $i) { secret } }`, { i: { name: 'http', scope: 'READ_WRITE', expiresAt } });
  callers.token = { authorization: `Bearer ${made.createApiToken.secret}` };
});

async function post(headers: Record<string, string>, body: unknown, accept?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), allow: res.headers.get('allow'), body: await res.text() };
}

async function get(headers: Record<string, string>, params: Record<string, string>, extra: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
  const res = await fetch(`${api.url}/graphql?${new URLSearchParams(params)}`, { headers: { ...extra, ...headers } });
  return { status: res.status, type: res.headers.get('content-type'), allow: res.headers.get('allow'), body: await res.text() };
}

const organisationsNamed = async (name: string) => (await api.raw('select count(*)::int as n from organisation where name = ?', [name]))[0].n;

describe.each(['session', 'token'] as const)('GraphQL over HTTP for a %s', (who) => {
  it('answers in application/graphql-response+json when asked, and in application/json otherwise', async () => {
    api.sql.reset();
    const modern = await post(callers[who], { query: LIST, variables: { first: 1 } }, GQL_JSON);
    // The signed-in session's list is the compiled front's: one statement.
    if (who === 'session') expect(api.sql.count).toBe(1);
    expect(modern.status).toBe(200);
    expect(modern.type).toMatch(/^application\/graphql-response\+json\b/);
    const page = JSON.parse(modern.body).data.projects;
    expect(page.totalCount).toBe(2);
    expect(page.items.map((p: any) => p.title)).toEqual(['Border liaison offices']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    for (const accept of ['application/json', undefined, '*/*', `${GQL_JSON};q=0.5, application/json`]) {
      const legacy = await post(callers[who], { query: LIST, variables: { first: 1 } }, accept);
      expect(legacy.status).toBe(200);
      expect(legacy.type).toMatch(/^application\/json\b/);
      expect(JSON.parse(legacy.body).data.projects).toEqual(page);
    }
  });

  it('runs a query sent with GET, its variables and operation name in the URL', async () => {
    const query = `${LIST} query Count { projects { totalCount } }`;
    const res = await get(callers[who], { query, variables: JSON.stringify({ first: 2 }), operationName: 'List' }, { 'apollo-require-preflight': 'true', accept: GQL_JSON });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/graphql-response\+json\b/);
    expect(JSON.parse(res.body).data.projects.items.map((p: any) => p.title)).toEqual(['Border liaison offices', 'Court case management']);
    const count = await get(callers[who], { query, operationName: 'Count' }, { 'content-type': 'application/json' });
    expect(JSON.parse(count.body)).toEqual({ data: { projects: { totalCount: 2 } } });
  });

  it('keeps GET safe from cross-site requests: a simple GET runs nothing, a GET mutation is refused with 405', async () => {
    const csrf = await get(callers[who], { query: '{ projects { totalCount } }' }, {});
    expect(csrf.status).toBe(400);
    expect(csrf.body).not.toContain('totalCount":');
    const name = `Made by GET ${who}`;
    const mutation = `mutation { createOrganisation(input: { name: "${name}", kind: NGO }) { id } }`;
    for (const extra of [{}, { 'apollo-require-preflight': 'true' }] as Record<string, string>[]) {
      const res = await get(callers[who], { query: mutation }, extra);
      expect(res.status).toBe(405);
      expect(res.allow).toBe('POST');
    }
    expect(await organisationsNamed(name)).toBe(0);
  });

  it('refuses other methods with 405 and the methods it allows', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${api.url}/graphql`, { method, headers: { 'content-type': 'application/json', ...callers[who] }, body: JSON.stringify({ query: LIST }) });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, POST');
    }
  });

  it('refuses with 406, before running anything, an Accept header that admits no GraphQL response type', async () => {
    const name = `Made with Accept ${who}`;
    const res = await post(callers[who], { query: `mutation { createOrganisation(input: { name: "${name}", kind: NGO }) { id } }` }, 'text/html');
    expect(res.status).toBe(406);
    expect(await organisationsNamed(name)).toBe(0);
    expect((await post(callers[who], { query: LIST }, 'text/plain, image/png')).status).toBe(406);
  });

  it('answers 400 to a document that does not parse or validate, and to a malformed request', async () => {
    const cases: [unknown, string | null][] = [
      [{ query: '{ projects { ' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{ projects { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: LIST, variables: { first: 'many' } }, 'BAD_USER_INPUT'],
      [{ variables: {} }, 'BAD_REQUEST'],
      [{ query: LIST, variables: [1] }, 'BAD_REQUEST'],
      [{ query: LIST, variables: '{"first": 1}' }, 'BAD_REQUEST'],
      [{ query: 42 }, 'BAD_REQUEST'],
      ['{"query": ', 'BAD_REQUEST'],
    ];
    for (const [body, code] of cases) {
      const res = await post(callers[who], body, GQL_JSON);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const parsed = JSON.parse(res.body);
      expect(parsed.data, JSON.stringify(body)).toBeUndefined();
      expect(parsed.errors[0].extensions.code, JSON.stringify(body)).toBe(code);
    }
  });

  it('answers 200 with application/json to a request whose fields fail', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await post(callers[who], { query: `query($id: ID!) { project(id: $id) { id } }`, variables: { id: missing } }, 'application/json');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json\b/);
    expect(JSON.parse(res.body)).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await post(callers[who], { query: LIST, variables: { pad: 'x'.repeat(1024 * 1024 + 1) } }, GQL_JSON);
    expect(res.status).toBe(413);
  });
});

describe('credentials over HTTP', () => {
  it('answers 401 to an unknown token, whatever the media type', async () => {
    for (const accept of ['application/json', GQL_JSON]) {
      const res = await post({ authorization: 'Bearer acc_unknownunknownunknownunknownunknownunknown' }, { query: LIST }, accept);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers the session and the token alike', async () => {
    const organisation = await makeOrganisation(api, { name: 'Alike Agency' });
    const query = `query($id: ID!) { organisation(id: $id) { name } }`;
    const [a, b] = await Promise.all([post(callers.session, { query, variables: { id: organisation.id } }, GQL_JSON), post(callers.token, { query, variables: { id: organisation.id } }, GQL_JSON)]);
    expect(a).toEqual(b);
  });
});
