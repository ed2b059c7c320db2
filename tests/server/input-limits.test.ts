/**
 * Bad and outsized input is refused with a coded error naming the field, never a server error, and a
 * refused request writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation, makeProgramme, makeProject, projectInput } from '../support/factories.js';
import { buildAccordSchema } from '../../server/src/graphql/schema.js';
import { undocumentedLimits } from '../../server/src/graphql/input-check.js';

const api = useApi();

type Body = Awaited<ReturnType<typeof api.gql>>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const fieldsOf = (body: Body) => (body.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

/** Expects a refusal with BAD_USER_INPUT that names `field`. */
function refused(body: Body, field: string) {
  expect(codeOf(body), JSON.stringify(body.errors)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(body)).toContain(field);
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const CREATE_PROJECT = `mutation($i: ProjectInput!) { createProject(input: $i) { id } }`;
const UPDATE_PROJECT = `mutation($id: ID!, $i: ProjectPatch!) { updateProject(id: $id, input: $i) { id plannedEnd } }`;
const CALENDAR = `mutation($p: ID!, $f: Frequency!) { setReportingCalendar(projectId: $p, frequency: $f) { id } }`;

let programmeId: string;
beforeAll(async () => {
  programmeId = (await makeProgramme(api)).id;
});

describe('dates and reporting calendars', () => {
  it('refuses dates before 1900 or after 2100, and year 0000, naming the field', async () => {
    for (const plannedEnd of ['9999-12-31', '2101-01-01', '0000-01-01']) {
      refused(await api.gql(CREATE_PROJECT, { i: projectInput(programmeId, { plannedEnd }) }), 'plannedEnd');
    }
    refused(await api.gql(CREATE_PROJECT, { i: projectInput(programmeId, { plannedStart: '1899-12-31' }) }), 'plannedStart');
    // The bounds themselves are fine.
    const edge = await api.gql(CREATE_PROJECT, { i: projectInput(programmeId, { plannedStart: '1900-01-01', plannedEnd: '2100-12-31' }) });
    expect(edge.errors).toBeUndefined();
    // And so is a date written literally in the query.
    const literal = await api.gql(`mutation($id: ID!) { updateProject(id: $id, input: { actualEnd: "0000-01-01" }) { id } }`, { id: edge.data.createProject.id });
    refused(literal, 'actualEnd');
  });

  it('refuses a calendar of too many periods at once, without keeping the server busy', async () => {
    const project = await makeProject(api, programmeId, { plannedStart: '1900-01-01', plannedEnd: '2100-12-31' });
    const started = Date.now();
    const monthly = await api.gql(CALENDAR, { p: project.id, f: 'MONTHLY' });
    refused(monthly, 'frequency');
    expect(monthly.errors?.[0].extensions?.fields?.[0].message).toMatch(/2412 monthly periods; at most 300/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await api.raw(`select count(*)::int as n from reporting_period where project_id = ?`, [project.id]))[0].n).toBe(0);
    // 201 years are 201 annual periods: allowed.
    expect((await api.ok(CALENDAR, { p: project.id, f: 'ANNUAL' })).setReportingCalendar).toHaveLength(201);
  });
});

describe('requests that used to give HTTP 500', () => {
  it('treats a malformed session cookie as no session, on /graphql and /exports', async () => {
    const res = await post({ query: '{ me { id } }' }, { cookie: 'accord_session=%' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
    const exp = await fetch(`${api.url}/exports/projects/${randomUUID()}/logframe.csv`, { headers: { cookie: 'accord_session=%E0%A4%A' } });
    expect(exp.status).toBeLessThan(500);
    expect(exp.status).toBeGreaterThanOrEqual(400);
  });

  it('answers a syntax error and a query over the token limit with HTTP 400 and GRAPHQL_PARSE_FAILED', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    for (const query of ['{ me { id ', `{ ${'me { id } '.repeat(2000)} }`]) {
      for (const cookie of [admin.cookie, '']) {
        const res = await post({ query }, cookie ? { cookie } : {});
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
        expect(body.errors[0].message).toMatch(/^Syntax Error/);
      }
    }
  });
});

describe('query limits', () => {
  it('answers every other refused query (depth, aliases, directives) with HTTP 400', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const queries = [
      `{ programmes { projects { programme { projects { programme { projects { programme { projects { programme { projects { programme { id } } } } } } } } } } } }`,
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`,
      `{ me { id ${'@include(if: true) '.repeat(25)} } }`,
    ];
    for (const query of queries) {
      const res = await post({ query }, { cookie: admin.cookie });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('malformed ids', () => {
  it('refuses a non-UUID id in any argument or filter with BAD_USER_INPUT naming it', async () => {
    const { project } = await makeLogframeProject(api);
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($id: ID!) { project(id: $id) { id } }`, { id: 'x' }, 'id'],
      [`query($id: ID!) { programme(id: $id) { id } }`, { id: "1' or '1'='1" }, 'id'],
      [`query($id: ID!) { organisation(id: $id) { id } }`, { id: '123' }, 'id'],
      [`query($id: ID!) { logframe(projectId: $id) { nodes { id } } }`, { id: 'not-a-uuid' }, 'projectId'],
      [`query($p: ID!, $r: ID!) { logframeDiff(projectId: $p, fromRevisionId: $r) { addedNodes { id } } }`, { p: project.id, r: 'x' }, 'fromRevisionId'],
      [`query($id: ID!) { auditTrail(entityType: "Project", entityId: $id) { items { id } } }`, { id: 'x' }, 'entityId'],
      [`query($id: ID!) { projectHistory(projectId: $id) { items { id } } }`, { id: 'x' }, 'projectId'],
      [`query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, { f: { programmeId: 'x' } }, 'programmeId'],
      [`query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, { f: { organisationId: '42' } }, 'organisationId'],
      [`mutation($i: RoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: '', role: 'VIEWER' } }, 'userId'],
      [`mutation($id: ID!) { archiveProject(id: $id) { id } }`, { id: 'x' }, 'id'],
      [`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: project.id, v: [{ indicatorId: 'x', periodId: randomUUID(), actual: 1 }] }, 'values.0.indicatorId'],
    ];
    for (const [query, variables, field] of cases) refused(await api.gql(query, variables), field);
    // A well-formed id of nothing is NOT_FOUND, as before.
    expect(codeOf(await api.gql(`query($id: ID!) { project(id: $id) { id } }`, { id: randomUUID() }))).toBe('NOT_FOUND');
  });
});

describe('text that PostgreSQL cannot store', () => {
  it('refuses NUL characters and lone surrogates in any string, and writes nothing', async () => {
    const lead = await makeOrganisation(api);
    const before = (await api.raw(`select count(*)::int as n from programme`))[0].n;
    const create = `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`;
    const base = { iatiIdentifier: `XM-NUL-${Date.now()}`, title: 'Programme', startDate: '2024-01-01', endDate: '2025-12-31', leadAgencyId: lead.id };
    refused(await api.gql(create, { i: { ...base, title: 'a\u0000b' } }), 'title');
    refused(await api.gql(create, { i: { ...base, description: 'broken \ud800 text' } }), 'description');
    refused(await api.gql(create, { i: { ...base, focusAreas: ['TIP_SOM', '\udc00'] } }), 'focusAreas.1');
    refused(await api.gql(create, { i: { ...base, sectors: [{ code: '151\u000030', percentage: 100 }] } }), 'sectors.0.code');
    refused(await api.gql(`query($s: String) { organisations(filter: { search: $s }) { id } }`, { s: '\u0000' }), 'search');
    refused(await api.gql(`mutation($r: String!, $p: ID!) { approveLogframe(projectId: $p, reason: $r) { id } }`, { p: randomUUID(), r: 'x\ud83d' }), 'reason');
    expect((await api.raw(`select count(*)::int as n from programme`))[0].n).toBe(before);
    // Well-formed pairs (emoji) and other control characters are ordinary text.
    const ok = await api.gql(create, { i: { ...base, title: 'Programme \ud83d\ude00 \u0007' } });
    expect(ok.errors).toBeUndefined();
  });
});

describe('explicit nulls in patches', () => {
  it('refuses null for a field the record cannot be without, naming it, and changes nothing', async () => {
    const { project } = await makeLogframeProject(api);
    const org = await makeOrganisation(api);
    const node = await addNode(api, project.id, { statement: 'Impact' });
    const indicator = await addIndicator(api, node.id, { title: 'Convictions', measure: '1' });
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const cases: [string, string, Record<string, unknown>][] = [
      [`mutation($id: ID!, $i: ProjectPatch!) { updateProject(id: $id, input: $i) { id } }`, project.id, { title: null }],
      [`mutation($id: ID!, $i: ProjectPatch!) { updateProject(id: $id, input: $i) { id } }`, project.id, { status: null }],
      [`mutation($id: ID!, $i: ProjectPatch!) { updateProject(id: $id, input: $i) { id } }`, project.id, { plannedStart: null }],
      [`mutation($id: ID!, $i: ProjectPatch!) { updateProject(id: $id, input: $i) { id } }`, project.id, { sectors: null }],
      [`mutation($id: ID!, $i: IndicatorInput!) { updateIndicator(id: $id, input: $i) { id } }`, indicator.id, { measure: null }],
      [`mutation($id: ID!, $i: IndicatorInput!) { updateIndicator(id: $id, input: $i) { id } }`, indicator.id, { aggregation: null }],
      [`mutation($id: ID!, $i: OrganisationPatch!) { updateOrganisation(id: $id, input: $i) { id } }`, org.id, { kind: null }],
      [`mutation($id: ID!, $i: OrganisationPatch!) { updateOrganisation(id: $id, input: $i) { id } }`, org.id, { name: null }],
      [`mutation($id: ID!, $i: ResultNodePatch!) { updateResultNode(id: $id, input: $i) { id } }`, node.id, { statement: null }],
      [`mutation($id: ID!, $i: UserPatch!) { updateUser(id: $id, input: $i) { id } }`, admin.userId, { active: null }],
      [`mutation($id: ID!, $i: UserPatch!) { updateUser(id: $id, input: $i) { id } }`, admin.userId, { name: null }],
    ];
    const audit = async () => (await api.raw(`select count(*)::int as n from audit_event`))[0].n;
    const events = await audit();
    for (const [query, id, input] of cases) refused(await api.gql(query, { id, i: input }), Object.keys(input)[0]);
    expect(await audit()).toBe(events);
    // A field that may be empty is still cleared with null.
    expect((await api.ok(`mutation($id: ID!) { updateOrganisation(id: $id, input: { acronym: null }) { acronym } }`, { id: org.id })).updateOrganisation.acronym).toBeNull();
  });
});

describe('documented maximums', () => {
  it('documents a maximum for every string and list that any query or mutation takes', async () => {
    expect(undocumentedLimits(await buildAccordSchema())).toEqual([]);
  });

  it('refuses lists and strings over their maximum, naming the field, and accepts them at it', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const node = await addNode(api, project.id, { statement: 'Impact' });
    const risk = { description: 'Staff turnover', likelihood: 'LOW', impact: 'LOW' };
    const ADD = `mutation($i: ResultNodeInput!) { addResultNode(input: $i) { id } }`;
    refused(await api.gql(ADD, { i: { projectId: project.id, statement: 'Outcome', risks: Array(2000).fill(risk) } }), 'risks');
    expect((await api.gql(ADD, { i: { projectId: project.id, statement: 'Outcome', risks: Array(50).fill(risk) } })).errors).toBeUndefined();
    refused(await api.gql(ADD, { i: { projectId: project.id, statement: 'x'.repeat(2001) } }), 'statement');

    const ADD_IND = `mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id } }`;
    const dims = (n: number, values: string[]) => Array.from({ length: n }, (_, i) => ({ name: `d${i}`, values }));
    refused(await api.gql(ADD_IND, { n: node.id, i: { title: 'Cases', dimensions: dims(2000, ['a']) } }), 'dimensions');
    refused(await api.gql(ADD_IND, { n: node.id, i: { title: 'Cases', dimensions: dims(1, ['x'.repeat(900_000)]) } }), 'dimensions.0.values.0');
    refused(await api.gql(ADD_IND, { n: node.id, i: { title: 'Cases', dimensions: dims(1, Array(51).fill('a')) } }), 'dimensions.0.values');

    const indicator = await addIndicator(api, node.id, { title: 'Cases', measure: '1' });
    const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`;
    const evidence = Array.from({ length: 3000 }, (_, i) => `https://evidence.example/${i}`);
    refused(await api.gql(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, actual: 1, evidence }] }), 'values.0.evidence');

    const values = await api.raw(`select count(*)::int as n from indicator_value`);
    refused(await api.gql(`mutation($p: ID!, $r: String!) { approveLogframe(projectId: $p, reason: $r) { id } }`, { p: project.id, r: 'x'.repeat(900_000) }), 'reason');
    expect(await api.raw(`select count(*)::int as n from logframe_revision`)).toEqual([{ n: 0 }]);
    expect(await api.raw(`select count(*)::int as n from indicator_value`)).toEqual(values);
  });

  it('writes each maximum into the schema description', async () => {
    const res = await api.ok(`{ __type(name: "RiskInput") { inputFields { name description } } }`);
    const description = res.__type.inputFields.find((f: any) => f.name === 'description').description;
    expect(description).toBe('What could go wrong. At most 2000 characters.');
  });
});

describe('many bad variables at once', () => {
  it('answers BAD_USER_INPUT with HTTP 400 when graphql-js stops counting the problems', async () => {
    const res = await post(
      { query: `mutation($i: ProgrammePatch!) { updateProgramme(id: "${randomUUID()}", input: $i) { id } }`, variables: { i: { sdgTargets: Array.from({ length: 300 }, (_, i) => i) } } },
      { cookie: (await api.signedIn([{ role: Role.ADMIN }])).cookie },
    );
    expect(res.status).toBe(400);
    const codes = new Set(((await res.json()).errors as { extensions: { code: string } }[]).map((e) => e.extensions.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
  });
});
