import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { useApi } from '../support/api.js';
import { buildAccordSchema, printAccordSchema } from '../../server/src/graphql/schema.js';

const api = useApi();

describe('the API surface', () => {
  it('matches the committed schema.graphql (run `npm run schema:emit` after changing the API)', async () => {
    const built = printAccordSchema(await buildAccordSchema());
    expect(built).toBe(fs.readFileSync('schema.graphql', 'utf8'));
  });

  it('describes every type, field, argument, enum value and input field, for the integrators who read it by introspection', async () => {
    const data = await api.ok(getIntrospectionQuery({ inputValueDeprecation: true }));
    const undocumented: string[] = [];
    for (const type of data.__schema.types) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      for (const field of type.fields ?? []) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const field of type.inputFields ?? []) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      for (const value of type.enumValues ?? []) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('says what replaces every deprecated field and argument', async () => {
    const data = await api.ok(getIntrospectionQuery({ inputValueDeprecation: true }));
    const deprecated = data.__schema.types.flatMap((type: any) =>
      (type.fields ?? []).flatMap((f: any) => [...(f.isDeprecated ? [[`${type.name}.${f.name}`, f.deprecationReason]] : []), ...f.args.filter((a: any) => a.isDeprecated).map((a: any) => [`${type.name}.${f.name}(${a.name})`, a.deprecationReason])]),
    );
    // The plain lists give way to connections that page with cursors; a connection's own paging fields to pageInfo.
    expect(Object.fromEntries(deprecated)).toMatchObject({
      'Query.users': 'Use userList, which pages with cursors.',
      'Query.organisations': 'Use organisationList, which pages with cursors.',
      'Query.programmes': 'Use programmeList, which pages with cursors.',
      'Query.knowledgeItems(offset)': 'Use after, which pages with cursors.',
      'ProjectConnection.endCursor': 'Use pageInfo.endCursor.',
    });
    for (const [name, reason] of deprecated) expect(reason, name).toMatch(/^Use \w/);
    const query = data.__schema.types.find((t: any) => t.name === 'Query');
    for (const list of ['userList', 'organisationList', 'programmeList', 'projects', 'auditTrail', 'projectHistory', 'knowledgeItems', 'notifications']) {
      const field = query.fields.find((f: any) => f.name === list);
      expect(field.args.map((a: any) => a.name), list).toEqual(expect.arrayContaining(['first', 'after', 'filter', 'orderBy', 'direction']));
    }
  });

  it('answers the health check when the database is reachable', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('serves the reference lists', async () => {
    const data = await api.ok(`{ countries { code } focusAreas { code } legalInstruments { family } sdgTargets { code } sectors { code name } statuses: codelist(name: "ActivityStatus") { code name } }`);
    expect(data.countries.length).toBeGreaterThan(240);
    expect(data.focusAreas.map((f: any) => f.code).sort()).toEqual(['CONFLICT_CRIME', 'CORRUPTION', 'HIV_PRISONS', 'ILLICIT_COMMODITIES', 'TERRORISM_PREVENTION', 'TIP_SOM']);
    expect(new Set(data.legalInstruments.map((l: any) => l.family))).toEqual(new Set(['UNTOC', 'UNCAC', 'DRUGS', 'TERRORISM']));
    expect(data.sdgTargets.map((t: any) => t.code)).toEqual(expect.arrayContaining(['16.3', '16.4', '16.5', '16.a', '5.2', '8.7', '10.7', '3.3']));
    expect(data.sectors).toContainEqual({ code: '15113', name: 'Anti-corruption organisations and institutions' });
    expect(data.statuses.map((s: any) => s.code)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('errors a client sees', () => {
  const hasNoInternals = (body: string) => {
    expect(body).not.toMatch(/stacktrace|\bat \w+ \(|node_modules|\.ts:\d+|select |insert into|violates/i);
  };

  it('refuses malformed JSON with a coded message and no stack', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    hasNoInternals(text);
  });

  it('refuses a query that does not validate, without a stack', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ programmes { nope } }' }) });
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    hasNoInternals(text);
  });

  it('turns a database failure into a generic internal error', async () => {
    // A page cursor that decodes but points at the wrong types makes PostgreSQL fail inside the query.
    const cursor = Buffer.from(JSON.stringify([{ not: 'a title' }, 42])).toString('base64url');
    const res = await api.gql(`query($after: String) { projects(after: $after) { totalCount } }`, { after: cursor });
    const text = JSON.stringify(res);
    expect(res.errors?.[0].extensions?.code).toMatch(/INTERNAL_SERVER_ERROR|BAD_USER_INPUT/);
    hasNoInternals(text);
  });

  it('refuses a bad date scalar with BAD_USER_INPUT', async () => {
    const res = await api.gql(`query { programmes { id } }`);
    expect(res.errors).toBeUndefined();
    const bad = await api.gql(`mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { iatiIdentifier: 'X-1', title: 'T', startDate: '2024-13-45', endDate: '2025-01-01', leadAgencyId: 'x' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('startDate');
    hasNoInternals(JSON.stringify(bad));
    const missing = await api.gql(`mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { iatiIdentifier: 'X-1', title: 'T', startDate: '2024-01-01', leadAgencyId: 'x' },
    });
    expect(missing.errors?.[0].extensions?.fields).toEqual([{ field: 'endDate', message: 'endDate is required' }]);
    const nested = await api.gql(`mutation($input: ProjectInput!) { createProject(input: $input) { id } }`, {
      input: { programmeId: 'x', iatiIdentifier: 'X-2', title: 'T', plannedStart: '2024-01-01', plannedEnd: '2024-02-01', recipientCountries: [{ country: 'NG', percentage: 'lots' }] },
    });
    expect(nested.errors?.[0].extensions?.fields?.[0].field).toBe('recipientCountries.0.percentage');
  });
});
