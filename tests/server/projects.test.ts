import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { makeProgramme, makeProject, projectInput } from '../support/factories.js';

const api = useApi();

const CREATE = `mutation($input: ProjectInput!) {
  createProject(input: $input) {
    id title status statusName plannedStart plannedEnd
    programme { id }
    recipientCountries { country { code name } percentage }
    sectors { vocabulary code name percentage }
  }
}`;

describe('creating a project', () => {
  it('stores the project with its countries and sectors, and reads them back', async () => {
    const programme = await makeProgramme(api);
    const data = await api.ok(CREATE, {
      input: projectInput(programme.id, {
        title: 'Strengthening border management in the Sahel',
        status: '2',
        recipientCountries: [
          { country: 'ml', percentage: 33.33 },
          { country: 'NE', percentage: 33.33 },
          { country: 'BF', percentage: 33.34 },
        ],
        sectors: [
          { code: '15130', percentage: 60 },
          { code: '15190', percentage: 40 },
          { vocabulary: '2', code: '151', percentage: 100 },
        ],
      }),
    });
    const project = data.createProject;
    expect(project.title).toBe('Strengthening border management in the Sahel');
    expect(project.statusName).toBe('Implementation');
    expect(project.programme.id).toBe(programme.id);
    expect(project.recipientCountries.map((c: any) => [c.country.code, c.country.name, c.percentage])).toEqual([
      ['ML', 'Mali', 33.33],
      ['NE', 'Niger', 33.33],
      ['BF', 'Burkina Faso', 33.34],
    ]);
    expect(project.sectors.find((s: any) => s.code === '15130').name).toBe('Legal and judicial development');

    const again = await api.ok(`query($id: ID!) { project(id: $id) { title recipientCountries { percentage } } }`, { id: project.id });
    expect(again.project.recipientCountries.map((c: any) => c.percentage).reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 5);
  });

  it('refuses percentages that do not add up to 100, names the field, and writes nothing', async () => {
    const programme = await makeProgramme(api);
    const before = await api.raw('select count(*)::int as n from project');
    const res = await api.gql(CREATE, {
      input: projectInput(programme.id, {
        title: 'Wrong shares',
        recipientCountries: [
          { country: 'NG', percentage: 60 },
          { country: 'NE', percentage: 30 },
        ],
        sectors: [{ code: '15130', percentage: 50 }],
      }),
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fields ?? [];
    expect(fields).toContainEqual({ field: 'recipientCountries', message: 'Country percentages must add up to 100 (they add up to 90)' });
    expect(fields).toContainEqual({ field: 'sectors', message: 'Sector (vocabulary 1) percentages must add up to 100 (they add up to 50)' });
    const after = await api.raw('select count(*)::int as n from project');
    expect(after[0].n).toBe(before[0].n);
  });

  it.each([
    ['an unknown country code', { recipientCountries: [{ country: 'XX', percentage: 100 }] }, 'recipientCountries.0.country'],
    ['an end date before the start', { plannedStart: '2025-01-01', plannedEnd: '2024-12-31' }, 'plannedEnd'],
    ['an identifier with a slash', { iatiIdentifier: 'XM-TEST/1' }, 'iatiIdentifier'],
    ['an identifier with an ampersand', { iatiIdentifier: 'A&B' }, 'iatiIdentifier'],
    ['an identifier with a question mark', { iatiIdentifier: 'A?B' }, 'iatiIdentifier'],
    ['an identifier with a pipe', { iatiIdentifier: 'A|B' }, 'iatiIdentifier'],
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['an unknown sector', { sectors: [{ code: '99999', percentage: 100 }] }, 'sectors.0.code'],
    ['an unknown focus area', { focusAreas: ['NOPE'] }, 'focusAreas.0'],
    ['a percentage above 100', { recipientCountries: [{ country: 'NG', percentage: 120 }] }, 'recipientCountries.0.percentage'],
    ['an actual end before the actual start', { actualStart: '2024-05-01', actualEnd: '2024-04-01' }, 'actualEnd'],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_label, override, field) => {
    const programme = await makeProgramme(api);
    const res = await api.gql(CREATE, { input: projectInput(programme.id, override) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
  });

  it('refuses a duplicate IATI identifier, also one used by a programme', async () => {
    const programme = await makeProgramme(api);
    const first = await makeProject(api, programme.id);
    for (const taken of [first.iatiIdentifier, programme.iatiIdentifier]) {
      const res = await api.gql(CREATE, { input: projectInput(programme.id, { iatiIdentifier: taken }) });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0]).toEqual({
        field: 'iatiIdentifier',
        message: `the IATI identifier ${taken} is already used by another programme or project`,
      });
    }
  });

  it('answers NOT_FOUND for an unknown programme', async () => {
    const res = await api.gql(CREATE, { input: projectInput('00000000-0000-4000-8000-000000000000') });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('programmeId');
  });
});

describe('updating and archiving a project', () => {
  it('changes only the fields given, bumps the version and refuses a stale version with CONFLICT', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id, { title: 'Original title', description: 'Kept as it was' });
    const UPDATE = `mutation($id: ID!, $input: ProjectPatch!, $version: Int) { updateProject(id: $id, input: $input, version: $version) { title description version } }`;
    const updated = await api.ok(UPDATE, { id: project.id, input: { title: 'New title' }, version: project.version });
    expect(updated.updateProject).toEqual({ title: 'New title', description: 'Kept as it was', version: project.version + 1 });

    const stale = await api.gql(UPDATE, { id: project.id, input: { title: 'Lost edit' }, version: project.version });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(project.version + 1);
    const now = await api.ok(`query($id: ID!) { project(id: $id) { title } }`, { id: project.id });
    expect(now.project.title).toBe('New title');
  });

  it('replaces the recipient countries as a whole and checks the new total', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const UPDATE = `mutation($id: ID!, $input: ProjectPatch!) { updateProject(id: $id, input: $input) { recipientCountries { country { code } percentage } } }`;
    const bad = await api.gql(UPDATE, { id: project.id, input: { recipientCountries: [{ country: 'KE', percentage: 50 }] } });
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('recipientCountries');
    const good = await api.ok(UPDATE, { id: project.id, input: { recipientCountries: [{ country: 'KE', percentage: 50 }, { country: 'UG', percentage: 50 }] } });
    expect(good.updateProject.recipientCountries.map((c: any) => c.country.code).sort()).toEqual(['KE', 'UG']);
    const rows = await api.raw('select count(*)::int as n from recipient_country where project_id = ?', [project.id]);
    expect(rows[0].n).toBe(2);
  });

  it('leaves an archived project out of lists unless asked for', async () => {
    const programme = await makeProgramme(api);
    const kept = await makeProject(api, programme.id, { title: 'Kept project' });
    const archived = await makeProject(api, programme.id, { title: 'Archived project' });
    await api.ok(`mutation($id: ID!) { archiveProject(id: $id) { archivedAt } }`, { id: archived.id });
    const LIST = `query($f: ProjectFilter) { projects(filter: $f) { totalCount items { id } } }`;
    const active = await api.ok(LIST, { f: { programmeId: programme.id } });
    expect(active.projects.items.map((p: any) => p.id)).toEqual([kept.id]);
    const all = await api.ok(LIST, { f: { programmeId: programme.id, includeArchived: true } });
    expect(all.projects.totalCount).toBe(2);
    await api.ok(`mutation($id: ID!) { restoreProject(id: $id) { archivedAt } }`, { id: archived.id });
    const restored = await api.ok(LIST, { f: { programmeId: programme.id } });
    expect(restored.projects.items.map((p: any) => p.id).sort()).toEqual([kept.id, archived.id].sort());
  });
});
