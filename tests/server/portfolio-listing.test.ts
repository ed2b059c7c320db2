import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

const PAGE = `query($f: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $f, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    items {
      id title statusName
      programme { title leadAgency { name } }
      focusAreas { name }
      recipientCountries { percentage country { name } }
      sectors { name percentage }
      participations { roleName organisation { name country { name } } }
      documents { title categoryName }
    }
  }
}`;

let programmeId: string;
const titles: string[] = [];

beforeAll(async () => {
  const donor = await makeOrganisation(api, { name: 'Donor for listing', kind: 'DONOR' });
  const programme = await makeProgramme(api, { title: 'Listing programme' });
  programmeId = programme.id;
  for (let i = 0; i < 25; i++) {
    const title = `Listing project ${String(i).padStart(2, '0')}`;
    titles.push(title);
    const countries = i % 2 ? [{ country: 'NG', percentage: 50 }, { country: 'GH', percentage: 50 }] : [{ country: 'SN', percentage: 100 }];
    const project = await makeProject(api, programme.id, { title, status: i % 5 === 0 ? '1' : '2', recipientCountries: countries, focusAreas: i % 3 ? ['TIP_SOM'] : ['CORRUPTION'] });
    await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: donor.id, role: '1', projectId: project.id } });
    await api.ok(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Prodoc", url: "https://example.org/d.pdf", category: "A02" }) { id } }`, { p: project.id });
  }
});

describe('the project list', () => {
  it('pages through every project once, in title order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: any = await api.ok(PAGE, { f: { programmeId }, first: 10, after });
      expect(data.projects.totalCount).toBe(25);
      seen.push(...data.projects.items.map((p: any) => p.title));
      after = data.projects.hasNextPage ? data.projects.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...titles].sort());
  });

  it('refuses a forged cursor as bad input naming `after`', async () => {
    for (const forged of [[{ not: 1 }, 'x'], [1, 2], ['a'], { a: 1 }]) {
      const res = await api.gql(PAGE, { f: { programmeId }, first: 10, after: Buffer.from(JSON.stringify(forged)).toString('base64url') });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: 'after must be a pageInfo.endCursor of this list, in the same order and direction' }]);
    }
  });

  it('filters by country, focus area, status and text, all at once', async () => {
    const byCountry = await api.ok(PAGE, { f: { programmeId, country: 'gh' }, first: 100 });
    expect(byCountry.projects.totalCount).toBe(12); // the odd-numbered ones
    const combined = await api.ok(PAGE, { f: { programmeId, country: 'SN', focusArea: 'CORRUPTION', status: '1' }, first: 100 });
    // even i, i % 3 == 0, i % 5 == 0  →  i = 0
    expect(combined.projects.items.map((p: any) => p.title)).toEqual(['Listing project 00']);
    const byText = await api.ok(PAGE, { f: { search: 'project 1' }, first: 100 });
    expect(byText.projects.totalCount).toBe(10);
    const percent = await api.ok(PAGE, { f: { search: '100%' }, first: 100 });
    expect(percent.projects.totalCount).toBe(0);
  });

  it('refuses a page size out of range and a forged cursor', async () => {
    const big = await api.gql(PAGE, { first: 1000 });
    expect(big.errors?.[0].extensions?.fields?.[0].field).toBe('first');
    const forged = await api.gql(PAGE, { after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs the same number of SQL statements for a page of 5 as for a page of 25', async () => {
    api.sql.reset();
    await api.ok(PAGE, { f: { programmeId }, first: 5 });
    const small = api.sql.count;
    api.sql.reset();
    await api.ok(PAGE, { f: { programmeId }, first: 25 });
    const large = api.sql.count;
    expect(large).toBe(small);
    // One compiled statement: the caller's identification, the read rules and the page with everything nested.
    expect(small).toBe(1);
  });

  it('reads one project page, with its lists and its caller, in one statement', async () => {
    const first = (await api.ok(PAGE, { f: { programmeId }, first: 1 })).projects.items[0];
    api.sql.reset();
    const data = await api.ok(
      `query($id: ID!) { project(id: $id) { title programme { title leadAgency { name } } focusAreas { name } recipientCountries { percentage country { name } } sectors { name } participations { roleName organisation { name } } documents { title categoryName } } }`,
      { id: first.id },
    );
    expect(data.project.title).toBe(first.title);
    expect(data.project.documents).toEqual([{ title: 'Prodoc', categoryName: expect.any(String) }]);
    expect(data.project.participations.map((p: any) => p.organisation.name)).toContain('Donor for listing');
    expect(api.sql.count).toBe(1);
  });

  it('reads a donor\'s page with the same number of statements: who reads what is part of the SQL', async () => {
    const funder = (await api.raw(`select id from organisation where name = 'Donor for listing'`))[0].id;
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: funder }]);
    api.sql.reset();
    const data = await donor.ok(PAGE, { first: 100 });
    expect(data.projects.totalCount).toBe(25);
    expect(api.sql.count).toBe(1);
  });

  it('answers canEdit and staff notes for a programme manager without a query per project', async () => {
    const other = await makeProgramme(api, { title: 'Another programme' });
    await makeProject(api, other.id, { title: 'Listing project elsewhere' });
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId }]);
    const EDIT = `query($first: Int) { projects(filter: { search: "Listing project" }, first: $first) { items { title canEdit internalNotes } } }`;
    const counted = async (first: number) => {
      api.sql.reset();
      const data = await manager.ok(EDIT, { first });
      return { count: api.sql.count, items: data.projects.items as { title: string; canEdit: boolean; internalNotes: string | null }[] };
    };
    const small = await counted(5);
    const all = await counted(26);
    expect(all.count).toBe(small.count);
    // Only the 25 projects of its own programme are editable, and only there are the notes shown.
    expect(all.items.filter((p) => p.canEdit).map((p) => p.title)).toEqual([...titles].sort());
    expect(all.items.find((p) => p.title === 'Listing project elsewhere')).toMatchObject({ canEdit: false, internalNotes: null });
    expect(all.items.filter((p) => p.internalNotes !== null)).toHaveLength(25);
  });

  it('lists programmes with nested data without a query per programme', async () => {
    for (let i = 0; i < 4; i++) await makeProgramme(api, { title: `Extra programme ${i}` });
    const LIST = `{ programmes { title leadAgency { name } focusAreas { name } countries { name } sdgTargets { code } sectors { name } participations { organisation { name } } projects { title } } }`;
    api.sql.reset();
    const data = await api.ok(LIST);
    expect(data.programmes.length).toBeGreaterThanOrEqual(5);
    // Identification, the programmes with their lists inside, and one statement for all their projects.
    expect(api.sql.count).toBe(3);
  });
});
