/**
 * Compiled reads (server/src/graphql/compiled) against the resolvers: the same database, the same session, one
 * app that compiles queries into one statement and one that resolves them field by field (COMPILED_READS off).
 * Every answer, error and header must be the same; a compiled answer costs one statement.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { useApi, Role, type Client } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

let resolvedUrl: string;
let server: Server;
let closeResolved: () => Promise<void>;

interface Answer {
  status: number;
  contentType: string | null;
  body: any;
}

async function post(base: string, cookie: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.json() };
}

/** A cursor is base64url JSON of [list, order, direction, keys…, id]; the two roads may space the JSON differently, so cursors are compared decoded. */
function decodeCursors(value: any): any {
  if (Array.isArray(value)) return value.map(decodeCursors);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'endCursor' && typeof v === 'string' ? JSON.parse(Buffer.from(v, 'base64url').toString()) : decodeCursors(v)]),
    );
  }
  return value;
}

/** Sends the request to both apps; returns both answers and how many statements the compiled one took. */
async function both(cookie: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  api.sql.reset();
  const compiled = await post(api.url, cookie, query, variables, headers);
  const statements = api.sql.count;
  const resolved = await post(resolvedUrl, cookie, query, variables, headers);
  return { compiled, resolved, statements };
}

async function expectSame(cookie: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const { compiled, resolved, statements } = await both(cookie, query, variables, headers);
  expect(resolved.body.errors).toBeUndefined();
  expect(decodeCursors(compiled.body)).toEqual(decodeCursors(resolved.body));
  // Key order too: a response lists fields in the order the query asks for them.
  expect(JSON.stringify(Object.keys(compiled.body.data))).toBe(JSON.stringify(Object.keys(resolved.body.data)));
  expect(compiled.contentType).toBe(resolved.contentType);
  expect(compiled.status).toBe(200);
  return { body: compiled.body, statements };
}

const ORGANISATION = `id name acronym kind iatiType iatiTypeName iatiRef country { code name region } createdAt updatedAt archivedAt version`;
const PROJECT = `id iatiIdentifier title description status statusName isDemo plannedStart plannedEnd actualStart actualEnd canEdit internalNotes
  createdAt updatedAt archivedAt version
  programme { id title status statusName leadAgency { ${ORGANISATION} } }
  focusAreas { code name description }
  recipientCountries { percentage country { code name region } }
  sectors { vocabulary code name percentage }
  participations { id role roleName organisation { ${ORGANISATION} } createdAt updatedAt archivedAt version }
  documents { id title url category categoryName language documentDate createdAt updatedAt archivedAt version }`;
const PROGRAMME = `id iatiIdentifier title description status statusName isDemo startDate endDate canEdit projectCount createdAt updatedAt archivedAt version
  leadAgency { ${ORGANISATION} }
  focusAreas { code name description }
  legalInstruments { code name shortName family adopted }
  sdgTargets { code goal title }
  countries { code name region }
  sectors { vocabulary code name percentage }
  participations { role roleName organisation { id name } }`;

const PAGE = `query Page($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) { __typename totalCount hasNextPage endCursor items { __typename ${PROJECT} } } }`;

const ids = { programme: '', other: '', project: '', archived: '', donor: '', partnerProject: '', organisation: '' };
const callers: Record<string, string> = {};

beforeAll(async () => {
  const log = createLogger('silent');
  const app = await createApp({ ...loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'loopback' }), webDist: undefined, compiledReads: false }, api.orm, log);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  resolvedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeResolved = async () => {
    await new Promise((r) => server.close(r));
    await app.close();
  };

  const donor = await makeOrganisation(api, { name: 'Compiled Donor', kind: 'DONOR', country: 'SE', iatiType: '10', iatiRef: 'SE-0000-TEST', acronym: 'CD' });
  const partner = await makeOrganisation(api, { name: 'Compiled Partner', kind: 'NGO', country: 'NG', iatiType: '22' });
  ids.donor = donor.id;
  ids.organisation = partner.id;
  const programme = await makeProgramme(api, {
    title: 'Compiled programme',
    legalInstruments: ['UNTOC', 'UNTOC_TIP'],
    sdgTargets: ['16.2', '5.2'],
    countries: ['NG', 'GH'],
    sectors: [{ code: '15130', percentage: 60 }, { code: '15113', percentage: 40 }, { vocabulary: '2', code: '151', percentage: 100 }],
  });
  const other = await makeProgramme(api, { title: 'Compiled other programme' });
  ids.programme = programme.id;
  ids.other = other.id;
  await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: donor.id, role: '1', programmeId: programme.id } });
  for (let i = 0; i < 7; i++) {
    const project = await makeProject(api, i < 5 ? programme.id : other.id, {
      title: `Compiled project ${i} ${i % 2 ? 'border' : 'court'}`,
      status: String((i % 3) + 1),
      recipientCountries: i % 2 ? [{ country: 'NG', percentage: 33.33 }, { country: 'GH', percentage: 66.67 }] : [{ country: 'SN', percentage: 100 }],
      focusAreas: i % 2 ? ['TIP_SOM', 'CORRUPTION'] : [],
      sectors: [{ code: '15130', percentage: 100 }, { vocabulary: '2', code: '151', percentage: 100 }],
    });
    if (i === 0) ids.project = project.id;
    if (i === 1) ids.partnerProject = project.id;
    await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: partner.id, role: '4', projectId: project.id } });
    if (i % 2 === 0) {
      await api.ok(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Prodoc", url: "https://example.org/d.pdf", category: "A02", language: "en", documentDate: "2024-02-01" }) { id } }`, { p: project.id });
      await api.ok(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Review", url: "https://example.org/r.pdf", category: "A07" }) { id } }`, { p: project.id });
    }
    if (i === 6) {
      await api.ok(`mutation($id: ID!) { archiveProject(id: $id) { id } }`, { id: project.id });
      ids.archived = project.id;
    }
  }
  await api.ok(`mutation($id: ID!, $input: ProjectPatch!) { updateProject(id: $id, input: $input) { id } }`, {
    id: ids.project,
    input: { internalNotes: 'Staff only', actualStart: '2024-04-01', description: 'Quotes " and \\\\ and ünïcode ✓' },
  });

  const signed = async (name: string, roles: Parameters<TestApi['signedIn']>[0]) => (callers[name] = (await api.signedIn(roles)).cookie);
  await signed('admin', [{ role: Role.ADMIN }]);
  await signed('viewer', [{ role: Role.VIEWER }]);
  await signed('programme manager', [{ role: Role.PROGRAMME_MANAGER, programmeId: ids.programme }]);
  await signed('project manager', [{ role: Role.PROGRAMME_MANAGER, projectId: ids.project }]);
  await signed('donor', [{ role: Role.DONOR, organisationId: ids.donor }]);
  await signed('partner reporter', [{ role: Role.PARTNER_REPORTER, projectId: ids.partnerProject, organisationId: ids.organisation }]);
  await signed('no role', []);
});

afterAll(async () => {
  await closeResolved?.();
});

type TestApi = typeof api;
const ROLES = ['admin', 'viewer', 'programme manager', 'project manager', 'donor', 'partner reporter', 'no role'];

describe('compiled reads answer as the resolvers do', () => {
  it.each(ROLES)('the project list, every page, for a %s', async (role) => {
    let after: string | null = null;
    let pages = 0;
    do {
      const { body, statements } = await expectSame(callers[role], PAGE, { first: 2, after });
      expect(statements).toBe(1);
      after = body.data.projects.hasNextPage ? body.data.projects.endCursor : null;
      pages++;
    } while (after && pages < 10);
    await expectSame(callers[role], PAGE, { first: 100, filter: { includeArchived: true } });
  });

  it.each(ROLES)('filtered lists, one project and the programmes, for a %s', async (role) => {
    const cookie = callers[role];
    for (const filter of [
      { country: 'ng' },
      { focusArea: 'TIP_SOM', search: 'border' },
      { programmeId: ids.programme, status: '2' },
      { organisationId: ids.organisation, search: '%_\\' },
    ]) {
      await expectSame(cookie, PAGE, { filter, first: 3 });
    }
    const one = await both(cookie, `query($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id: ids.project });
    expect(decodeCursors(one.compiled.body)).toEqual(decodeCursors(one.resolved.body));
    await expectSame(cookie, `{ programmes { ${PROGRAMME} } }`);
    await expectSame(cookie, `query($f: ProgrammeFilter) { programmes(filter: $f) { id title } }`, { f: { search: 'other', includeArchived: true } });
    const programme = await both(cookie, `query($id: ID!) { programme(id: $id) { ${PROGRAMME} } }`, { id: ids.programme });
    expect(programme.compiled.body).toEqual(programme.resolved.body);
  });

  it('shows staff notes and canEdit only to those who manage the project', async () => {
    const query = `query($id: ID!) { project(id: $id) { canEdit internalNotes } }`;
    const seen = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, (await expectSame(callers[r], query, { id: ids.project }).catch(() => null))?.body.data.project])));
    expect(seen.admin).toEqual({ canEdit: true, internalNotes: 'Staff only' });
    expect(seen['programme manager']).toEqual({ canEdit: true, internalNotes: 'Staff only' });
    expect(seen['project manager']).toEqual({ canEdit: true, internalNotes: 'Staff only' });
    expect(seen.viewer).toEqual({ canEdit: false, internalNotes: null });
    expect(seen.donor).toEqual({ canEdit: false, internalNotes: null });
  });

  it('takes aliases, fragments, __typename and repeated fields', async () => {
    const query = `query Aliased($id: ID!) {
      first: project(id: $id) { ...Head name: title programme { ...on Programme { t: title } } }
      again: project(id: $id) { id sectors { code } sectors { name } }
      list: projects(first: 1) { items { ...Head } n: totalCount }
      __typename
    }
    fragment Head on Project { __typename id title statusName }`;
    const { body, statements } = await expectSame(callers.admin, query, { id: ids.project }, { accept: 'application/graphql-response+json' });
    expect(statements).toBe(1);
    expect(body.data.first).toMatchObject({ __typename: 'Project', id: ids.project, name: body.data.first.title });
  });

  it.each(ROLES)('every order and direction, pageInfo and updatedSince, walked page by page, for a %s', async (role) => {
    const ORDERED = `query($first: Int, $after: String, $orderBy: ProjectOrderField, $direction: SortDirection, $filter: ProjectFilter) {
      projects(first: $first, after: $after, orderBy: $orderBy, direction: $direction, filter: $filter) { totalCount pageInfo { __typename hasNextPage endCursor } endCursor items { id title } } }`;
    for (const orderBy of ['TITLE', 'IATI_IDENTIFIER', 'PLANNED_START', 'UPDATED_AT']) {
      for (const direction of [null, 'ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 10; pages++) {
          const { body, statements } = await expectSame(callers[role], ORDERED, { first: 2, after, orderBy, direction, filter: { includeArchived: true } });
          expect(statements).toBe(1);
          const page = body.data.projects;
          seen.push(...page.items.map((p: any) => p.id));
          // The compiled road's cursor goes to both roads for the next page: each takes the other's.
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe((await both(callers[role], ORDERED, { first: 100, filter: { includeArchived: true } })).compiled.body.data.projects.totalCount);
      }
    }
    await expectSame(callers[role], ORDERED, { first: 3, filter: { updatedSince: '2000-01-01T00:00:00Z' }, orderBy: 'UPDATED_AT' });
    await expectSame(callers[role], ORDERED, { first: 3, filter: { updatedSince: '2099-01-01T00:00:00Z' } });
  });

  it('answers in the media type the client accepts', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json, application/json;q=0.9', '*/*']) {
      await expectSame(callers.viewer, `{ projects(first: 1) { totalCount } }`, undefined, { accept });
    }
  });
});

describe('what compiled reads leave to the resolvers', () => {
  const errorsOf = async (cookie: string, query: string, variables?: Record<string, unknown>) => {
    const { compiled, resolved } = await both(cookie, query, variables);
    expect(compiled.body).toEqual(resolved.body);
    expect(compiled.status).toBe(resolved.status);
    return compiled.body.errors?.[0]?.extensions?.code;
  };

  it('reports what it cannot see or read as the resolvers do', async () => {
    const one = `query($id: ID!) { project(id: $id) { id title } }`;
    // An id one character away from a real project's, which never is that project's (the last character always changes).
    expect(await errorsOf(callers.donor, one, { id: ids.partnerProject.replace(/.$/, (c) => (c === '0' ? '1' : '0')) })).toBe('NOT_FOUND');
    expect(await errorsOf(callers['partner reporter'], one, { id: ids.project })).toBe('NOT_FOUND');
    expect(await errorsOf(callers.admin, one, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    expect(await errorsOf(callers.admin, PAGE, { first: 1000 })).toBe('BAD_USER_INPUT');
    expect(await errorsOf(callers.admin, PAGE, { after: 'forged' })).toBe('BAD_USER_INPUT');
    expect(await errorsOf(callers.admin, PAGE, { filter: { search: 'x'.repeat(5000) } })).toBe('BAD_USER_INPUT');
    expect(await errorsOf(callers.admin, `query($first: Int) { projects(first: $first) { totalCount } }`, { first: 'ten' })).toBe('BAD_USER_INPUT');
    expect(await errorsOf(callers.admin, `{ projects { nope } }`)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await errorsOf('accord_session=unknown', `{ projects { totalCount } }`)).toBe('UNAUTHENTICATED');
    expect(await errorsOf('', `{ projects { totalCount } }`)).toBe('UNAUTHENTICATED');
  });

  it('answers through the resolvers a field that is not compiled, a directive and a mutation', async () => {
    const nested = `query($id: ID!) { programme(id: $id) { title projects { title } } }`;
    const { compiled, resolved, statements } = await both(callers.admin, nested, { id: ids.programme });
    expect(compiled.body).toEqual(resolved.body);
    expect(compiled.body.data.programme.projects).toHaveLength(5);
    expect(statements).toBeGreaterThan(1);
    const skipped = await both(callers.admin, `query($s: Boolean!) { projects(first: 1) { totalCount items @skip(if: $s) { id } } }`, { s: true });
    expect(skipped.compiled.body).toEqual({ data: { projects: { totalCount: 6 } } });
  });

  it('serves an API token through the resolvers, with the same answer', async () => {
    const expiresAt = new Date(Date.now() + 30 * 86400_000).toISOString();
    const { createApiToken } = await api.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "compiled", scope: READ, expiresAt: $e }) { secret } }`, { e: expiresAt });
    const client: Client = api.withHeaders({ authorization: `Bearer ${createApiToken.secret}` });
    const viaToken = await client.ok(`{ projects(first: 3) { totalCount items { title canEdit } } }`);
    expect(viaToken.projects.items.every((p: any) => p.canEdit === false)).toBe(true);
    expect(viaToken.projects.totalCount).toBe(6);
  });
});

describe('random selections', () => {
  // Every compiled field of a project, with what may be selected under it.
  const leaves = ['id', 'iatiIdentifier', 'title', 'description', 'status', 'statusName', 'isDemo', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'canEdit', 'internalNotes', 'createdAt', 'updatedAt', 'archivedAt', 'version', '__typename'];
  const nested: Record<string, string[]> = {
    programme: ['id', 'title', 'statusName', 'startDate', 'projectCount', 'canEdit', 'leadAgency { name iatiTypeName country { name } }', 'legalInstruments { shortName }', 'sdgTargets { goal }', 'countries { region }', 'participations { roleName }'],
    focusAreas: ['code', 'name', 'description'],
    recipientCountries: ['percentage', 'country { code name region }'],
    sectors: ['vocabulary', 'code', 'name', 'percentage'],
    participations: ['id', 'role', 'roleName', 'organisation { id name acronym kind iatiType iatiRef }', 'version'],
    documents: ['id', 'title', 'url', 'category', 'categoryName', 'language', 'documentDate'],
  };
  const field = fc.oneof(
    fc.constantFrom(...leaves),
    fc.constantFrom(...Object.keys(nested)).chain((name) => fc.subarray(nested[name], { minLength: 1 }).map((sub) => `${name} { ${sub.join(' ')} }`)),
  );
  const selection = fc.tuple(fc.array(field, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 })).map(([fields, aliases]) =>
    fields.map((f, i) => (aliases[i] ? `${aliases[i]}${i}: ${f}` : f)).join(' '),
  );

  it('answer the same as the resolvers for any selection, role and page', async () => {
    await fc.assert(
      fc.asyncProperty(selection, fc.constantFrom(...ROLES), fc.integer({ min: 1, max: 7 }), async (fields, role, first) => {
        const { compiled, resolved, statements } = await both(callers[role], `query($first: Int) { projects(first: $first) { totalCount items { ${fields} } } }`, { first });
        expect(resolved.body.errors).toBeUndefined();
        expect(compiled.body).toEqual(resolved.body);
        expect(statements).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});
