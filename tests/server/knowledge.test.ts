/**
 * The knowledge network: full-text search over best practices and lessons learned (ranking, stemming,
 * highlighted snippets, filters), who reads and writes them, what a caller sees of their projects, versions,
 * bad input, and the project's list of items without a query per project.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { ITEM_FIELDS, itemInput, makeItem, marked } from '../support/knowledge.js';

const api = useApi();
const ids: Record<string, string> = {};
const who: Record<string, Client> = {};

const SEARCH = `query($f: KnowledgeFilter, $first: Int, $offset: Int) { knowledgeItems(filter: $f, first: $first, offset: $offset) { totalCount hasNextPage items { ${ITEM_FIELDS} } } }`;
const search = async (client: Client, f: Record<string, unknown>, first = 20, offset = 0) => (await client.ok(SEARCH, { f, first, offset })).knowledgeItems;
const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

beforeAll(async () => {
  const lead = await makeOrganisation(api, { name: 'Knowledge lead agency' });
  const donor = await makeOrganisation(api, { name: 'Knowledge donor', kind: 'DONOR' });
  const author = await makeOrganisation(api, { name: 'Border research institute', kind: 'ACADEMIC' });
  const programme = await makeProgramme(api, { title: 'Knowledge programme', leadAgencyId: lead.id });
  const funded = await makeProject(api, programme.id, { title: 'Funded border project' });
  const other = await makeProject(api, programme.id, { title: 'Unfunded border project' });
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donor.id, role: '1', projectId: funded.id } });
  Object.assign(ids, { programme: programme.id, funded: funded.id, other: other.id, author: author.id, donor: donor.id });

  who.viewer = await api.signedIn([{ role: Role.VIEWER }]);
  who.donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: donor.id });
  who.partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: funded.id }], { organisationId: lead.id });
  who.manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: other.id }]);

  await makeItem(api, {
    title: 'Joint border posts halve crossing times',
    summary: 'Border agencies of two countries working side by side at one post.',
    body: '## How it works\n\nOfficers share **one building** at the border. See the [report](https://example.org/jbp).',
    publishedOn: '2024-05-01',
    focusAreas: ['TIP_SOM'],
    countries: ['NG', 'NE'],
    projectIds: [funded.id, other.id],
    authorOrganisationId: author.id,
  });
  await makeItem(api, {
    kind: 'LESSON_LEARNED',
    title: 'Border liaison offices need a shared radio channel',
    summary: 'Liaison between neighbouring border services works when they can talk.',
    publishedOn: '2023-09-10',
    focusAreas: ['ILLICIT_COMMODITIES'],
    countries: ['RS'],
  });
  await makeItem(api, {
    title: 'National referral mechanisms for victims of trafficking',
    summary: 'Victims reach shelters faster when every agency knows the referral route.',
    body: 'Labour inspectors, police and NGOs refer victims along one route, including victims found at borders.',
    publishedOn: '2025-01-15',
    countries: ['CI'],
  });
  await makeItem(api, {
    kind: 'LESSON_LEARNED',
    title: 'Opioid substitution in custody',
    summary: 'Continuity of treatment on entering prison prevents overdoses on release.',
    focusAreas: ['HIV_PRISONS'],
    countries: ['KE'],
    publishedOn: '2024-11-20',
  });
});

describe('searching the knowledge network', () => {
  it('finds items about borders, those with the word in the title before those that only mention it in the body', async () => {
    const page = await search(api, { search: 'border' });
    expect(page.totalCount).toBe(3);
    expect(titles(page)).toHaveLength(3);
    expect(titles(page)[2]).toBe('National referral mechanisms for victims of trafficking');
    expect(titles(page).slice(0, 2).sort()).toEqual(['Border liaison offices need a shared radio channel', 'Joint border posts halve crossing times']);
    const ranks = page.items.map((i: { rank: number }) => i.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[1]).toBeGreaterThan(ranks[2]);
  });

  it('matches other forms of a word: "borders" finds "border" and "border" finds "borders"', async () => {
    expect(titles(await search(api, { search: 'borders' })).sort()).toEqual(titles(await search(api, { search: 'border' })).sort());
    expect(titles(await search(api, { search: 'crossing' }))).toEqual(['Joint border posts halve crossing times']);
  });

  it('marks the words searched for in the title and in a snippet of plain text', async () => {
    const page = await search(api, { search: 'border' });
    for (const item of page.items) expect(marked(item.snippet).every((t: string) => t.startsWith('border'))).toBe(true);
    const referral = page.items.find((i: { title: string }) => i.title.startsWith('National referral'));
    expect(marked(referral.snippet)).toEqual(['borders']);
    const posts = page.items.find((i: { title: string }) => i.title.startsWith('Joint border'));
    expect(marked(posts.highlightedTitle)).toEqual(['border']);
    expect(posts.highlightedTitle.map((f: { text: string }) => f.text).join('')).toBe(posts.title);
    // Markdown link targets are not prose: they stay out of the snippet.
    expect(posts.snippet.map((f: { text: string }) => f.text).join('')).not.toMatch(/https:|\]\(|\*\*|#/);
  });

  it('lists newest first without words, with an empty snippet, a page at a time', async () => {
    const all = await search(api, {});
    expect(all.items.map((i: { publishedOn: string }) => i.publishedOn)).toEqual(['2025-01-15', '2024-11-20', '2024-05-01', '2023-09-10']);
    expect(all.items.every((i: { snippet: unknown[]; rank: number | null }) => i.snippet.length === 0 && i.rank === null)).toBe(true);
    const second = await search(api, {}, 2, 2);
    expect(second).toMatchObject({ totalCount: 4, hasNextPage: false });
    expect(titles(second)).toEqual(titles(all).slice(2));
  });

  it('filters by kind, focus area, country, project and author, together with words', async () => {
    expect(titles(await search(api, { search: 'border', kind: 'LESSON_LEARNED' }))).toEqual(['Border liaison offices need a shared radio channel']);
    expect(titles(await search(api, { focusArea: 'HIV_PRISONS' }))).toEqual(['Opioid substitution in custody']);
    expect(titles(await search(api, { country: 'ne' }))).toEqual(['Joint border posts halve crossing times']);
    expect(titles(await search(api, { projectId: ids.other }))).toEqual(['Joint border posts halve crossing times']);
    expect(titles(await search(api, { authorOrganisationId: ids.author }))).toEqual(['Joint border posts halve crossing times']);
    expect((await search(api, { search: 'prison', country: 'RS' })).totalCount).toBe(0);
  });
});

describe('who reads and writes knowledge', () => {
  it('lets donors and partner reporters read, showing only the linked projects they may see', async () => {
    for (const reader of [who.donor, who.partner, who.viewer]) expect((await search(reader, { search: 'border' })).totalCount).toBe(3);
    const posts = (await search(who.donor, { search: 'posts' })).items[0];
    expect(posts.projects.map((p: { title: string }) => p.title)).toEqual(['Funded border project']);
    const asAdmin = (await search(api, { search: 'posts' })).items[0];
    expect(asAdmin.projects.map((p: { title: string }) => p.title)).toEqual(['Funded border project', 'Unfunded border project']);
    // Filtering by a project the donor may not see finds nothing, rather than revealing its links.
    expect((await search(who.donor, { projectId: ids.other })).totalCount).toBe(0);
    const one = await who.donor.ok(`query($id: ID!) { knowledgeItem(id: $id) { body canEdit projects { title } } }`, { id: posts.id });
    expect(one.knowledgeItem).toMatchObject({ canEdit: false, projects: [{ title: 'Funded border project' }] });
  });

  it('refuses writes by viewers, donors and partner reporters with FORBIDDEN, and reads by nobody', async () => {
    const [item] = (await search(api, { search: 'custody' })).items;
    for (const client of [who.viewer, who.donor, who.partner]) {
      const create = await client.gql(`mutation($i: KnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }`, { i: itemInput() });
      expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const del = await client.gql(`mutation($id: ID!) { deleteKnowledgeItem(id: $id) }`, { id: item.id });
      expect(del.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.anonymous.gql(SEARCH, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await search(api, {})).totalCount).toBe(4);
  });

  it('lets a programme manager add, change and delete an item', async () => {
    const made = await makeItem(who.manager, { title: 'Manager practice', projectIds: [ids.funded] });
    const changed = await who.manager.ok(`mutation($id: ID!, $i: KnowledgeItemInput!, $v: Int) { updateKnowledgeItem(id: $id, input: $i, version: $v) { title version canEdit } }`, {
      id: made.id,
      i: itemInput({ title: 'Manager practice, revised' }),
      v: made.version,
    });
    expect(changed.updateKnowledgeItem).toMatchObject({ title: 'Manager practice, revised', version: made.version + 1, canEdit: true });
    expect((await who.manager.ok(`mutation($id: ID!) { deleteKnowledgeItem(id: $id) }`, { id: made.id })).deleteKnowledgeItem).toBe(made.id);
    expect((await api.gql(`query($id: ID!) { knowledgeItem(id: $id) { id } }`, { id: made.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('changing knowledge safely', () => {
  it('refuses a change or a deletion made from an older version with CONFLICT', async () => {
    const made = await makeItem(api, { title: 'Versioned practice' });
    const UPDATE = `mutation($id: ID!, $i: KnowledgeItemInput!, $v: Int) { updateKnowledgeItem(id: $id, input: $i, version: $v) { version } }`;
    await api.ok(UPDATE, { id: made.id, i: itemInput({ title: 'Versioned practice, first edit' }), v: made.version });
    const stale = await api.gql(UPDATE, { id: made.id, i: itemInput({ title: 'Versioned practice, lost edit' }), v: made.version });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const staleDelete = await api.gql(`mutation($id: ID!, $v: Int) { deleteKnowledgeItem(id: $id, version: $v) }`, { id: made.id, v: made.version });
    expect(staleDelete.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.ok(`query($id: ID!) { knowledgeItem(id: $id) { title } }`, { id: made.id })).knowledgeItem.title).toBe('Versioned practice, first edit');
    await api.ok(`mutation($id: ID!) { deleteKnowledgeItem(id: $id) }`, { id: made.id });
  });

  it('names the field of every bad input with BAD_USER_INPUT and writes nothing', async () => {
    const CREATE = `mutation($i: KnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }`;
    const before = (await api.raw('select count(*)::int as n from knowledge_item'))[0].n;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ summary: '' }, 'summary'],
      [{ title: 'x'.repeat(501) }, 'title'],
      [{ focusAreas: ['NOT_A_FOCUS_AREA'] }, 'focusAreas.0'],
      [{ countries: ['NG', 'XX'] }, 'countries.1'],
      [{ countries: ['NG', 'ng'] }, 'countries.1'],
      [{ projectIds: ['00000000-0000-4000-8000-000000000001'] }, 'projectIds.0'],
      [{ projectIds: ['not-an-id'] }, 'projectIds.0'],
      [{ authorOrganisationId: '00000000-0000-4000-8000-000000000001' }, 'authorOrganisationId'],
      [{ publishedOn: '1800-01-01' }, 'publishedOn'],
      [{ kind: 'RUMOUR' }, 'kind'],
    ];
    for (const [bad, field] of cases) {
      const res = await api.gql(CREATE, { i: itemInput(bad) });
      expect(res.errors?.[0].extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field), JSON.stringify(bad)).toContain(field);
    }
    for (const [vars, field] of [[{ first: 0 }, 'first'], [{ offset: -1 }, 'offset']] as const) {
      expect((await api.gql(SEARCH, vars)).errors?.[0].extensions?.fields?.[0].field).toBe(field);
    }
    expect((await api.raw('select count(*)::int as n from knowledge_item'))[0].n).toBe(before);
  });
});

describe("a project's knowledge", () => {
  it('lists the items linked to each project, without a query per project', async () => {
    const projects: string[] = [];
    for (let i = 0; i < 6; i++) projects.push((await makeProject(api, ids.programme, { title: `Listed knowledge project ${i}` })).id);
    for (const [i, id] of projects.entries()) await makeItem(api, { title: `Lesson of project ${i}`, projectIds: [id, ids.funded] });
    const PAGE = `query($first: Int) { projects(filter: { search: "Listed knowledge project" }, first: $first) { items { title knowledge { title kind projects { title } } } } }`;
    const counted = async (first: number) => {
      api.sql.reset();
      const data = await api.ok(PAGE, { first });
      return { count: api.sql.count, items: data.projects.items };
    };
    const small = await counted(2);
    const large = await counted(6);
    expect(large.count).toBe(small.count);
    expect(large.items[5].knowledge).toEqual([{ title: 'Lesson of project 5', kind: 'BEST_PRACTICE', projects: [{ title: 'Funded border project' }, { title: 'Listed knowledge project 5' }] }]);
  });

  it('shows a donor the items of a project it funds, with only the projects it may see', async () => {
    const data = await who.donor.ok(`query($id: ID!) { project(id: $id) { knowledge { title projects { title } } } }`, { id: ids.funded });
    const posts = data.project.knowledge.find((k: { title: string }) => k.title.startsWith('Joint border'));
    expect(posts.projects).toEqual([{ title: 'Funded border project' }]);
  });
});
