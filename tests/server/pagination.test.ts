/**
 * Cursor pagination on every list an integrator pages through: walking all pages returns every row the caller
 * may read exactly once, in the documented order, with totalCount as SQL counts it; filters and sorting agree
 * with SQL written here; cursors are refused outside their list and order.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { makeItem, makeNote } from '../support/knowledge.js';

const api = useApi();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  items: { id: string }[];
}

/** Walks a list page by page; checks that every page but the last is full and that totalCount never changes. */
async function walk(client: Client, query: string, field: string, variables: Record<string, unknown>, first: number): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 200; pages++) {
    const page: Page = (await client.ok(query, { ...variables, first, after }))[field];
    if (totalCount >= 0) expect(page.totalCount).toBe(totalCount);
    totalCount = page.totalCount;
    ids.push(...page.items.map((i) => i.id));
    if (!page.pageInfo.hasNextPage) {
      expect(page.items.length).toBeLessThanOrEqual(first);
      return { ids, totalCount };
    }
    expect(page.items.length).toBe(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk never ended');
}

const ids = async (sql: string, params: unknown[] = []) => (await api.raw(sql, params)).map((r: any) => r.id as string);

const PAGE = `totalCount pageInfo { hasNextPage endCursor } items { id }`;
const Q = {
  users: `query($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderField, $direction: SortDirection) { userList(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) { ${PAGE} } }`,
  organisations: `query($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrderField, $direction: SortDirection) { organisationList(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) { ${PAGE} } }`,
  programmes: `query($first: Int, $after: String, $filter: ProgrammeFilter, $orderBy: ProgrammeOrderField, $direction: SortDirection) { programmeList(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) { ${PAGE} } }`,
  projects: `query($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrderField, $direction: SortDirection) { projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) { ${PAGE} } }`,
  projectHistory: `query($projectId: ID!, $first: Int, $after: String, $filter: HistoryFilter, $direction: SortDirection) { projectHistory(projectId: $projectId, first: $first, after: $after, filter: $filter, direction: $direction) { ${PAGE} } }`,
  auditTrail: `query($entityId: ID!, $first: Int, $after: String, $filter: HistoryFilter, $direction: SortDirection) { auditTrail(entityType: "Project", entityId: $entityId, first: $first, after: $after, filter: $filter, direction: $direction) { ${PAGE} } }`,
  knowledge: `query($first: Int, $after: String, $filter: KnowledgeFilter, $orderBy: KnowledgeOrderField, $direction: SortDirection) { knowledgeItems(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) { ${PAGE} } }`,
  trendNotes: `query($first: Int, $after: String, $filter: TrendNoteFilter) { trendNotes(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
  notifications: `query($first: Int, $after: String, $filter: NotificationFilter, $direction: SortDirection) { notifications(first: $first, after: $after, filter: $filter, direction: $direction) { ${PAGE} } }`,
};

let admin: Client & { userId: string };
let manager: Client & { userId: string };
const fixture = { programme: '', otherProgramme: '', project: '', since: '', partnerProject: '', partnerOrganisation: '' };

beforeAll(async () => {
  admin = await api.signedIn([{ role: Role.ADMIN }]);
  // Names and titles repeat, so that only the id keeps the order total.
  const organisations = [];
  for (const [name, kind] of [['Ministry of Justice', 'GOVERNMENT'], ['Ministry of Justice', 'GOVERNMENT'], ['Anti-Corruption Agency', 'GOVERNMENT'], ['Border Police', 'LAW_ENFORCEMENT'], ['Civil Watch', 'NGO'], ['Civil Watch', 'NGO'], ['UNODC', 'UN_ENTITY']] as const) {
    organisations.push(await makeOrganisation(api, { name, kind }));
  }
  await api.ok(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, { id: organisations[5].id });
  const lead = organisations[6].id;
  const programmes = [];
  for (const [title, startDate, status] of [['Justice for all', '2024-01-01', '2'], ['Justice for all', '2023-06-01', '2'], ['Border security', '2025-02-01', '1'], ['Anti-corruption', '2024-01-01', '3']] as const) {
    programmes.push(await makeProgramme(api, { title, startDate, status, leadAgencyId: lead }));
  }
  [fixture.programme, fixture.otherProgramme] = [programmes[0].id, programmes[2].id];
  const projects = [];
  for (const [i, title] of ['Court records', 'Court records', 'Prison health', 'Border posts', 'Asset recovery', 'Witness protection', 'Court records'].entries()) {
    const programmeId = programmes[i % 2 === 0 ? 0 : 2].id;
    projects.push(await makeProject(api, programmeId, { title, status: i % 3 === 0 ? '1' : '2', plannedStart: `2024-0${(i % 5) + 1}-01` }));
  }
  fixture.project = projects[0].id;
  [fixture.partnerProject, fixture.partnerOrganisation] = [projects[3].id, organisations[4].id];
  await api.ok(`mutation($id: ID!) { archiveProject(id: $id) { id } }`, { id: projects[6].id });
  // The history of one project: edits by two people.
  for (let n = 0; n < 5; n++) await api.ok(`mutation($id: ID!, $d: String!) { updateProject(id: $id, input: { description: $d }) { id } }`, { id: fixture.project, d: `Edit ${n}` });
  fixture.since = (await api.raw(`select to_char(max(at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from audit_event`))[0].t;
  for (let n = 0; n < 3; n++) await admin.ok(`mutation($id: ID!, $d: String!) { updateProject(id: $id, input: { description: $d }) { id } }`, { id: fixture.project, d: `Later ${n}` });
  await admin.ok(`mutation($id: ID!) { updateProject(id: $id, input: { title: "Court records" }) { id } }`, { id: projects[2].id });
  manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programmes[2].id }]);
  await api.signedIn([{ role: Role.VIEWER }], { email: 'zed@accord.test' });
  await api.signedIn([{ role: Role.DONOR, organisationId: organisations[6].id }]);
  for (const [i, title] of ['Joint investigation teams', 'Victim referral', 'Joint investigation teams', 'Court user committees', 'Prison peer educators'].entries()) {
    await makeItem(admin, { title, publishedOn: `2025-0${(i % 3) + 1}-15`, summary: i % 2 ? 'Joint work with prosecutors' : 'Community outreach' });
  }
  // Trend notes: three share a date, so that only the id orders them; one is deleted.
  const notes = [];
  for (const [i, notedOn] of ['2025-03-01', '2025-05-01', '2025-05-01', '2025-01-10', '2025-05-01', '2024-12-31', '2025-02-14'].entries()) {
    notes.push(await makeNote(admin, { title: `Trend ${i}`, notedOn, countries: i % 2 ? ['NG'] : ['NE'] }));
  }
  await admin.ok(`mutation($id: ID!) { deleteTrendNote(id: $id) }`, { id: notes[4].id });
  // Notifications of the manager; two share an instant, so that only the id orders them.
  for (let n = 0; n < 7; n++) {
    await api.raw(`insert into notification (id, user_id, kind, key, message, link, created_at, read_at) values (gen_random_uuid(), ?, ?, ?, ?, '', ?, ?)`, [
      manager.userId,
      n % 2 ? 'DUE' : 'SUBMITTED',
      `k${n}`,
      `Notification ${n}`,
      new Date(Date.UTC(2026, 0, 1 + Math.min(n, 5))),
      n % 3 ? null : new Date(),
    ]);
  }
});

describe('every list walks page by page: each row once, in order, counted as SQL counts', () => {
  it('userList by each order and direction, and filtered', async () => {
    for (const [orderBy, direction, sql] of [
      ['NAME', null, 'select id from app_user order by name, id'],
      ['EMAIL', 'DESC', 'select id from app_user order by email desc, id desc'],
      ['CREATED_AT', null, 'select id from app_user order by created_at desc, id desc'],
    ] as const) {
      const expected = await ids(sql);
      const walked = await walk(admin, Q.users, 'userList', { orderBy, direction }, 2);
      expect(walked.ids).toEqual(expected);
      expect(walked.totalCount).toBe(expected.length);
    }
    const managers = await walk(admin, Q.users, 'userList', { filter: { role: 'PROGRAMME_MANAGER', active: true } }, 1);
    expect(managers.ids).toEqual(await ids(`select u.id from app_user u where u.active and exists (select 1 from role_assignment r where r.user_id = u.id and r.role = 'PROGRAMME_MANAGER') order by u.name, u.id`));
    expect((await walk(admin, Q.users, 'userList', { filter: { search: 'ZED@' } }, 5)).ids).toEqual(await ids(`select id from app_user where email ilike '%zed@%' order by name, id`));
  });

  it('userList is for administrators only, as users was', async () => {
    expect((await manager.gql(Q.users, { first: 5 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('organisationList by each order, with archived ones only when asked for', async () => {
    for (const [orderBy, direction, filter, sql] of [
      ['NAME', null, {}, 'select id from organisation where archived_at is null order by name, id'],
      ['NAME', 'DESC', { includeArchived: true }, 'select id from organisation order by name desc, id desc'],
      ['UPDATED_AT', null, { kind: 'GOVERNMENT' }, `select id from organisation where archived_at is null and kind = 'GOVERNMENT' order by updated_at desc, id desc`],
      ['CREATED_AT', 'ASC', { search: 'civil' }, `select id from organisation where archived_at is null and (name ilike '%civil%' or acronym ilike '%civil%') order by created_at, id`],
    ] as const) {
      const expected = await ids(sql);
      const walked = await walk(manager, Q.organisations, 'organisationList', { orderBy, direction, filter }, 2);
      expect(walked.ids).toEqual(expected);
      expect(walked.totalCount).toBe(expected.length);
    }
  });

  it('programmeList by each order and filter, for an administrator and for a scoped manager', async () => {
    for (const [orderBy, direction, filter, sql] of [
      ['TITLE', null, {}, 'select id from programme where archived_at is null order by title, id'],
      ['START_DATE', 'DESC', { status: '2' }, `select id from programme where archived_at is null and status = '2' order by start_date desc, id desc`],
      ['UPDATED_AT', null, { search: 'justice' }, `select id from programme where archived_at is null and (title ilike '%justice%' or description ilike '%justice%' or iati_identifier ilike '%justice%') order by updated_at desc, id desc`],
    ] as const) {
      const expected = await ids(sql);
      const walked = await walk(admin, Q.programmes, 'programmeList', { orderBy, direction, filter }, 1);
      expect(walked.ids).toEqual(expected);
      expect(walked.totalCount).toBe(expected.length);
    }
    // A programme manager reads what the (deprecated) full list shows it, no more.
    const visible = (await manager.ok('{ programmes { id } }')).programmes.map((p: any) => p.id);
    expect((await walk(manager, Q.programmes, 'programmeList', {}, 1)).ids).toEqual(visible);
  });

  it('projects by each order, and changed since a date', async () => {
    for (const [orderBy, direction, filter, sql] of [
      ['TITLE', null, {}, 'select id from project where archived_at is null order by title, id'],
      ['TITLE', 'DESC', { includeArchived: true }, 'select id from project order by title desc, id desc'],
      ['IATI_IDENTIFIER', null, { status: '2' }, `select id from project where archived_at is null and status = '2' order by iati_identifier, id`],
      ['PLANNED_START', null, {}, 'select id from project where archived_at is null order by planned_start, id'],
      ['UPDATED_AT', null, { updatedSince: fixture.since }, `select id from project where archived_at is null and updated_at >= '${fixture.since}' order by updated_at desc, id desc`],
    ] as const) {
      const expected = await ids(sql);
      const walked = await walk(admin, Q.projects, 'projects', { orderBy, direction, filter }, 2);
      expect(walked.ids).toEqual(expected);
      expect(walked.totalCount).toBe(expected.length);
    }
    const changed = await walk(admin, Q.projects, 'projects', { filter: { updatedSince: fixture.since } }, 3);
    expect(changed.ids.length).toBe(2);
    // A partner reporter reads only some projects: the walk gives exactly what one large page gives it.
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: fixture.partnerProject, organisationId: fixture.partnerOrganisation }], { organisationId: fixture.partnerOrganisation });
    const seen = (await partner.ok(Q.projects, { first: 100 })).projects.items.map((p: any) => p.id);
    expect(seen).toContain(fixture.partnerProject);
    expect(seen.length).toBeLessThan((await ids('select id from project where archived_at is null')).length);
    expect((await walk(partner, Q.projects, 'projects', {}, 1)).ids).toEqual(seen);
  });

  it('the history of a project and of one record, filtered by actor, kind and date', async () => {
    const all = await ids(`select id from audit_event where project_id = ? order by at desc, id desc`, [fixture.project]);
    expect(all.length).toBeGreaterThan(6);
    expect((await walk(admin, Q.projectHistory, 'projectHistory', { projectId: fixture.project }, 2)).ids).toEqual(all);
    expect((await walk(admin, Q.projectHistory, 'projectHistory', { projectId: fixture.project, direction: 'ASC' }, 3)).ids).toEqual([...all].reverse());
    const byAdmin = await walk(admin, Q.projectHistory, 'projectHistory', { projectId: fixture.project, filter: { actorId: admin.userId, changedSince: fixture.since } }, 2);
    expect(byAdmin.ids).toEqual(await ids(`select id from audit_event where project_id = ? and actor_user_id = ? and at >= ? order by at desc, id desc`, [fixture.project, admin.userId, fixture.since]));
    expect(byAdmin.totalCount).toBe(3);
    const trail = await walk(admin, Q.auditTrail, 'auditTrail', { entityId: fixture.project, filter: { entityType: 'Project' } }, 2);
    expect(trail.ids).toEqual(await ids(`select id from audit_event where entity_type = 'Project' and entity_id = ? order by at desc, id desc`, [fixture.project]));
    // A filter that leaves nothing gives an empty page, not NOT_FOUND: the record has a history.
    const none = await admin.ok(Q.auditTrail, { entityId: fixture.project, filter: { changedSince: '2099-01-01T00:00:00Z' } });
    expect(none.auditTrail).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, items: [] });
  });

  it('knowledgeItems with cursors, by relevance, date and title', async () => {
    for (const [orderBy, direction, sql] of [
      ['RELEVANCE', null, 'select id from knowledge_item where archived_at is null order by published_on desc, id desc'],
      ['PUBLISHED_ON', 'ASC', 'select id from knowledge_item where archived_at is null order by published_on, id'],
      ['TITLE', null, 'select id from knowledge_item where archived_at is null order by title, id'],
    ] as const) {
      const expected = await ids(sql);
      const walked = await walk(admin, Q.knowledge, 'knowledgeItems', { orderBy, direction }, 2);
      expect(walked.ids).toEqual(expected);
      expect(walked.totalCount).toBe(expected.length);
    }
    // Searched words: best match first; the walk gives what one large page gives.
    const one = (await admin.ok(Q.knowledge, { first: 100, filter: { search: 'joint prosecutors' } })).knowledgeItems;
    expect(one.items.length).toBeGreaterThan(1);
    expect((await walk(admin, Q.knowledge, 'knowledgeItems', { filter: { search: 'joint prosecutors' } }, 1)).ids).toEqual(one.items.map((i: any) => i.id));
  });

  it('trendNotes with cursors, newest first, filtered by country; the deprecated offset still skips', async () => {
    const all = await ids(`select id from trend_note where archived_at is null order by noted_on desc, id desc`);
    expect(all.length).toBe(6);
    for (const first of [1, 2, 4]) {
      const walked = await walk(admin, Q.trendNotes, 'trendNotes', {}, first);
      expect(walked.ids).toEqual(all);
      expect(walked.totalCount).toBe(6);
    }
    const nigeria = await ids(`select id from trend_note n where archived_at is null and exists (select 1 from trend_note_country c where c.trend_note_id = n.id and c.country_code = 'NG') order by noted_on desc, id desc`);
    expect(nigeria.length).toBe(3);
    expect((await walk(manager, Q.trendNotes, 'trendNotes', { filter: { country: 'ng' } }, 2)).ids).toEqual(nigeria);
    // Old clients: the page size and offset inside the filter, and hasNextPage beside the items.
    const old = (await admin.ok(`query { trendNotes(filter: { first: 2, offset: 3 }) { totalCount hasNextPage items { id } } }`)).trendNotes;
    expect(old).toEqual({ totalCount: 6, hasNextPage: true, items: all.slice(3, 5).map((id) => ({ id })) });
    const tail = (await admin.ok(`query { trendNotes(filter: { offset: 5 }) { hasNextPage pageInfo { hasNextPage } items { id } } }`)).trendNotes;
    expect(tail).toEqual({ hasNextPage: false, pageInfo: { hasNextPage: false }, items: [{ id: all[5] }] });
    // The argument wins over the filter's page size.
    expect((await admin.ok(Q.trendNotes, { first: 4, filter: { first: 1 } })).trendNotes.items.map((i: any) => i.id)).toEqual(all.slice(0, 4));
    const bad = await admin.gql(`query { trendNotes(filter: { offset: -1 }) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('offset');
  });

  it('notifications: only the caller’s, newest first, filtered by state and kind', async () => {
    const mine = await ids(`select id from notification where user_id = ? order by created_at desc, id desc`, [manager.userId]);
    expect((await walk(manager, Q.notifications, 'notifications', {}, 2)).ids).toEqual(mine);
    const unreadDue = await walk(manager, Q.notifications, 'notifications', { filter: { unread: true, kind: 'DUE' }, direction: 'ASC' }, 1);
    expect(unreadDue.ids).toEqual(await ids(`select id from notification where user_id = ? and read_at is null and kind = 'DUE' order by created_at, id`, [manager.userId]));
    expect((await admin.ok(Q.notifications, { first: 5 })).notifications.totalCount).toBe(0);
  });
});

describe('cost', () => {
  it('reads a page in as many statements whatever its size', async () => {
    const lists: [string, string, Client][] = [
      ['userList', `query($first: Int) { userList(first: $first) { totalCount pageInfo { endCursor } items { id email roles { role } organisation { name } } } }`, admin],
      ['organisationList', `query($first: Int) { organisationList(first: $first) { totalCount items { id name country { name } } } }`, admin],
      ['programmeList', `query($first: Int) { programmeList(first: $first) { totalCount items { id title projectCount focusAreas { name } leadAgency { name } } } }`, admin],
      ['notifications', `query($first: Int) { notifications(first: $first) { totalCount unreadCount items { id } } }`, manager],
    ];
    for (const [name, query, client] of lists) {
      const count = async (first: number) => {
        await client.ok(query, { first });
        api.sql.reset();
        await client.ok(query, { first });
        return api.sql.count;
      };
      // Users are entities: their organisations come in one more query once a page names any organisation at all.
      if (name === 'userList') expect(await count(50), name).toBeLessThanOrEqual((await count(1)) + 1);
      else expect(await count(1), name).toBe(await count(50));
    }
  });
});

describe('cursors', () => {
  const code = (res: any) => res.errors?.[0].extensions?.code;
  const field = (res: any) => res.errors?.[0].extensions?.fields?.[0].field;

  it('refuses a malformed cursor with BAD_USER_INPUT on every list', async () => {
    const bad = ['garbage', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from(JSON.stringify(['projects', 'TITLE', 'ASC', 'x', 'not-an-id'])).toString('base64url'), '"'];
    const lists: [string, Record<string, unknown>, Client][] = [
      [Q.users, {}, admin],
      [Q.organisations, {}, admin],
      [Q.programmes, {}, admin],
      [Q.projects, {}, admin],
      [Q.projectHistory, { projectId: fixture.project }, admin],
      [Q.auditTrail, { entityId: fixture.project }, admin],
      [Q.knowledge, {}, admin],
      [Q.trendNotes, {}, admin],
      [Q.notifications, {}, manager],
    ];
    for (const [query, variables, client] of lists) {
      for (const after of bad) {
        const res = await client.gql(query, { ...variables, first: 2, after });
        expect(code(res), `${query.slice(0, 60)} ${after}`).toBe('BAD_USER_INPUT');
        expect(field(res)).toBe('after');
      }
    }
  });

  it('refuses a cursor from another list, or from another order of the same list', async () => {
    const cursorOf = async (client: Client, query: string, f: string, variables: Record<string, unknown> = {}) => (await client.ok(query, { first: 1, ...variables }))[f].pageInfo.endCursor as string;
    const cursors = {
      organisations: await cursorOf(admin, Q.organisations, 'organisationList'),
      programmes: await cursorOf(admin, Q.programmes, 'programmeList'),
      projects: await cursorOf(admin, Q.projects, 'projects'),
      projectHistory: await cursorOf(admin, Q.projectHistory, 'projectHistory', { projectId: fixture.project }),
      trendNotes: await cursorOf(admin, Q.trendNotes, 'trendNotes'),
    };
    expect(code(await admin.gql(Q.knowledge, { first: 1, after: cursors.trendNotes, orderBy: 'PUBLISHED_ON' }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.trendNotes, { first: 1, after: cursors.trendNotes }))).toBeUndefined();
    expect(code(await admin.gql(Q.programmes, { first: 1, after: cursors.organisations }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.projects, { first: 1, after: cursors.programmes }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.users, { first: 1, after: cursors.projects }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.auditTrail, { entityId: fixture.project, first: 1, after: cursors.projectHistory }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.projects, { first: 1, after: cursors.projects, orderBy: 'UPDATED_AT' }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.gql(Q.projects, { first: 1, after: cursors.projects, direction: 'DESC' }))).toBe('BAD_USER_INPUT');
    // The same cursor in its own list and order goes on.
    expect(code(await admin.gql(Q.projects, { first: 1, after: cursors.projects, direction: 'ASC' }))).toBeUndefined();
  });

  it('refuses a page size outside 1–100', async () => {
    for (const first of [0, 101, -1]) expect(field(await admin.gql(Q.organisations, { first }))).toBe('first');
  });
});

describe('properties', () => {
  it('random page sizes, filters and orders never repeat or lose a row', async () => {
    const organisationFilter = fc.record({ kind: fc.constantFrom(undefined, 'GOVERNMENT', 'NGO', 'UN_ENTITY'), search: fc.constantFrom(undefined, 'min', 'civil', 'x'), includeArchived: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), organisationFilter, fc.constantFrom('NAME', 'CREATED_AT', 'UPDATED_AT'), fc.constantFrom(null, 'ASC', 'DESC'), async (first, filter, orderBy, direction) => {
        const where = [filter.includeArchived ? 'true' : 'archived_at is null', filter.kind ? `kind = '${filter.kind}'` : 'true', filter.search ? `(name ilike '%${filter.search}%' or acronym ilike '%${filter.search}%')` : 'true'].join(' and ');
        const column = { NAME: 'name', CREATED_AT: 'created_at', UPDATED_AT: 'updated_at' }[orderBy];
        const dir = (direction ?? (orderBy === 'NAME' ? 'ASC' : 'DESC')).toLowerCase();
        const expected = await ids(`select id from organisation where ${where} order by ${column} ${dir}, id ${dir}`);
        const walked = await walk(admin, Q.organisations, 'organisationList', { filter, orderBy, direction }, first);
        expect(new Set(walked.ids).size).toBe(walked.ids.length);
        expect(walked.ids).toEqual(expected);
        expect(walked.totalCount).toBe(expected.length);
      }),
      { numRuns: 15 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.constantFrom(undefined, '1', '2'), fc.constantFrom('TITLE', 'PLANNED_START', 'UPDATED_AT'), fc.boolean(), async (first, status, orderBy, includeArchived) => {
        const column = { TITLE: 'title', PLANNED_START: 'planned_start', UPDATED_AT: 'updated_at' }[orderBy];
        const dir = orderBy === 'UPDATED_AT' ? 'desc' : 'asc';
        const expected = await ids(`select id from project where ${includeArchived ? 'true' : 'archived_at is null'} and ${status ? `status = '${status}'` : 'true'} order by ${column} ${dir}, id ${dir}`);
        const walked = await walk(admin, Q.projects, 'projects', { filter: { status, includeArchived }, orderBy }, first);
        expect(walked.ids).toEqual(expected);
        expect(walked.totalCount).toBe(expected.length);
      }),
      { numRuns: 12 },
    );
  });
});
