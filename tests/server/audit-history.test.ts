/**
 * The history shows a caller only what it could read in the record itself today: a programme manager of
 * programme A reading the history of a project in programme B never sees the raw small numbers of a
 * sensitive indicator, the project's staff notes, or other users' e-mails, tokens and roles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client, type GraphQLResponse } from '../support/api.js';
import { entities } from '../../server/src/db/entities.js';
import { UNAUDITED } from '../../server/src/modules/audit/audit.subscriber.js';
import { HISTORY_READERS } from '../../server/src/modules/audit/audit.policy.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { NameBook } from '../../server/src/modules/audit/audit.names.js';
import { readable, Wording } from '../../server/src/modules/audit/audit.readable.js';
import { CodeNames } from '../../server/src/modules/reference/code-names.js';

const api = useApi();

const EVENT = `id at action entityType entityId projectId actorTokenId changes actor { id name email organisation { name } roles { role } }`;
const HISTORY = `query($p: ID!, $first: Int!, $after: String) { projectHistory(projectId: $p, first: $first, after: $after) { totalCount hasNextPage endCursor items { ${EVENT} } } }`;
const TRAIL = `query($t: String!, $id: ID!, $first: Int!) { auditTrail(entityType: $t, entityId: $id, first: $first) { totalCount hasNextPage endCursor items { ${EVENT} } } }`;
const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

type Event = { id: string; action: string; entityType: string; entityId: string; actorTokenId: string | null; changes: Record<string, { before: unknown; after: unknown }>; actor: { id: string; email: string | null; roles: unknown[] } | null };

type Page = { totalCount: number; hasNextPage: boolean; endCursor: string | null; items: Event[] };
type Answer = GraphQLResponse<Record<string, Page>>;

const history = async (c: Client, projectId: string, first = 100, after?: string | null): Promise<Answer> => c.gql(HISTORY, { p: projectId, first, after });
const trail = async (c: Client, entityType: string, entityId: string): Promise<Answer> => c.gql(TRAIL, { t: entityType, id: entityId, first: 100 });
async function events(res: Answer): Promise<Event[]> {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const page = Object.values(res.data!)[0];
  expect(page.hasNextPage).toBe(false);
  return page.items;
}

const s: Record<string, string> = {};
const who: Record<string, Client & { userId: string }> = {};

beforeAll(async () => {
  // Programme B's project holds a sensitive count, a sensitive ratio and a plain count; programme A's manager is the outsider.
  const { programme: b, project, periods } = await makeLogframeProject(api, { internalNotes: 'Informant lives on Harbour Road' });
  const a = await makeProgramme(api, { title: 'Programme A' });
  await makeProject(api, a.id, { title: 'Project in A' });
  const partner = await makeOrganisation(api, { name: 'Shelter NGO', kind: 'NGO' });
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: partner.id, role: '4', projectId: project.id } });
  const node = await addNode(api, project.id, { statement: 'Victims are identified and protected', responsibleOrganisationId: partner.id });
  const victims = await addIndicator(api, node.id, { title: 'Victims identified', sensitive: true });
  const rate = await addIndicator(api, node.id, { title: 'Share of victims referred', sensitive: true, aggregation: 'RATIO', measure: '2' });
  const plain = await addIndicator(api, node.id, { title: 'Officers trained' });
  const gone = await addIndicator(api, node.id, { title: 'Children identified', sensitive: true });

  who.managerB = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: b.id }], { email: 'manager-b@accord.test', organisationId: partner.id });
  who.managerA = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: a.id }], { email: 'manager-a@accord.test' });
  who.viewer = await api.signedIn([{ role: Role.VIEWER }], { email: 'viewer@accord.test' });
  who.donor = await api.signedIn([{ role: Role.DONOR }], { email: 'donor@accord.test', organisationId: (await makeOrganisation(api, { name: 'Donor', kind: 'DONOR' })).id });
  who.partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { email: 'partner@accord.test', organisationId: partner.id });

  // Manager B enters the figures with an API token it names; the values 3, then 2, are masked as "<5" for outsiders.
  const created = (await who.managerB.ok(`mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token { id } secret } }`, { i: { name: 'Shelter ERP sync', scope: 'READ_WRITE', expiresAt: inDays(30) } })).createApiToken;
  const asToken = api.withHeaders({ authorization: `Bearer ${created.secret}` });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: victims.id, periodId: periods[0].id, target: 10, actual: 3 }] });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: victims.id, periodId: periods[0].id, actual: 2, comment: 'Two more identified' }] });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: victims.id, periodId: periods[1].id, actual: 4 }] });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: rate.id, periodId: periods[0].id, numerator: 3, denominator: 4 }] });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: plain.id, periodId: periods[0].id, actual: 3 }] });
  await asToken.ok(SET, { p: project.id, v: [{ indicatorId: gone.id, periodId: periods[0].id, actual: 1 }] });
  // A deleted sensitive indicator takes its values with it; their history stays masked.
  await api.ok(`mutation($id: ID!) { deleteIndicator(id: $id) }`, { id: gone.id });
  await who.managerB.ok(`mutation($id: ID!) { updateProject(id: $id, input: { internalNotes: "Informant moved to Hill Street" }) { id } }`, { id: project.id });
  const own = (await who.managerA.ok(`mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token { id } } }`, { i: { name: 'My dashboard', scope: 'READ', expiresAt: inDays(30) } })).createApiToken;

  const tokenOfB = created.token.id;
  const roleOfB = (await api.ok(`{ users { id roles { id } } }`)).users.find((u: { id: string }) => u.id === who.managerB.userId).roles[0].id;
  Object.assign(s, { project: project.id, victims: victims.id, tokenOfB, roleOfB, ownToken: own.token.id, plain: plain.id });
});

/** Every number that appears as `actual`, `numerator` or `denominator` in the events of indicator values. */
function resultNumbers(list: Event[]): unknown[] {
  return list
    .filter((e) => e.entityType === 'IndicatorValue')
    .flatMap((e) => ['actual', 'numerator', 'denominator'].flatMap((f) => (e.changes[f] ? [e.changes[f].before, e.changes[f].after] : [])))
    .filter((v) => v != null);
}

describe('what a manager of another programme reads in the history', () => {
  it('never shows the raw values of a sensitive indicator, even a sequence of changes', async () => {
    const list = await events(await history(who.managerA, s.project));
    // Only the plain indicator's 3 is a number; every sensitive result is hidden, whatever its size.
    const plainValue = list.find((e) => e.entityType === 'IndicatorValue' && e.changes.indicator?.after === s.plain)!;
    expect(plainValue.changes.actual).toEqual({ before: null, after: 3 });
    const others = list.filter((e) => e !== plainValue);
    expect(resultNumbers(others).every((v) => v === '(hidden)')).toBe(true);
    expect(resultNumbers(others).length).toBeGreaterThanOrEqual(8);
    // What the logframe shows to everyone stays: targets and comments.
    expect(others.some((e) => e.changes.target?.after === 10)).toBe(true);
    expect(others.some((e) => e.changes.comment?.after === 'Two more identified')).toBe(true);
    // The trail of one value is masked the same way.
    const valueId = others.find((e) => e.entityType === 'IndicatorValue' && e.action === 'update')!.entityId;
    const one = await events(await trail(who.managerA, 'IndicatorValue', valueId));
    expect(one.map((e) => e.action)).toEqual(['update', 'create']);
    expect(one[0].changes.actual).toEqual({ before: '(hidden)', after: '(hidden)' });
    expect(JSON.stringify(one)).not.toMatch(/"(after|before)":[0-4][,}]/);
  });

  it('hides the staff-only notes of a project it does not manage', async () => {
    const list = await events(await history(who.managerA, s.project));
    expect(JSON.stringify(list)).not.toMatch(/Harbour|Hill Street/);
    expect(list.find((e) => e.entityType === 'Project' && e.changes.internalNotes)?.changes.internalNotes).toEqual({ before: '(hidden)', after: '(hidden)' });
  });

  it('shows no e-mail, token or role of another user', async () => {
    const list = await events(await history(who.managerA, s.project));
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/manager-b@|admin@accord/);
    expect(text).not.toMatch(/Shelter ERP sync|acc_/);
    expect(text).not.toContain(s.tokenOfB);
    // The partner reporter's role on the project is recorded with the project, and is not for other users to read.
    expect(list.filter((e) => e.entityType === 'RoleAssignment')).toEqual([]);
    expect((await events(await history(api, s.project))).filter((e) => e.entityType === 'RoleAssignment').map((e) => e.changes.role.after)).toEqual(['PARTNER_REPORTER']);
    // The actor is named, with its organisation, and nothing else.
    const byB = list.find((e) => e.actor?.id === who.managerB.userId && e.entityType === 'IndicatorValue')!;
    expect(byB.actor).toMatchObject({ name: expect.any(String), email: null, organisation: { name: 'Shelter NGO' }, roles: [] });
    expect(byB.actorTokenId).toBeNull();
  });

  it('answers NOT_FOUND for the history of other users, their tokens and their roles', async () => {
    for (const [type, id] of [
      ['User', who.managerB.userId],
      ['ApiToken', s.tokenOfB],
      ['RoleAssignment', s.roleOfB],
    ]) {
      const res = await trail(who.managerA, type, id);
      expect(res.errors?.[0].extensions?.code, `${type}: ${JSON.stringify(res.data)}`).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
  });

  it('reads its own user, tokens and roles', async () => {
    const user = await events(await trail(who.managerA, 'User', who.managerA.userId));
    expect(user.at(-1)!.changes.email.after).toBe('manager-a@accord.test');
    const token = await events(await trail(who.managerA, 'ApiToken', s.ownToken));
    expect(token[0].changes.name.after).toBe('My dashboard');
  });
});

describe('what the managers of the project and administrators read', () => {
  it('shows the raw values, notes and tokens to those who may read them in the record', async () => {
    for (const reader of [who.managerB, api]) {
      const list = await events(await history(reader, s.project));
      const victims = list.filter((e) => e.entityType === 'IndicatorValue' && e.changes.indicator?.after === s.victims);
      expect(victims.map((e) => e.changes.actual.after)).toEqual(expect.arrayContaining([3, 4]));
      expect(list.find((e) => e.changes.actual?.before === 3)!.changes.actual.after).toBe(2);
      expect(list.find((e) => e.changes.numerator)!.changes).toMatchObject({ numerator: { after: 3 }, denominator: { after: 4 } });
      expect(JSON.stringify(list)).toMatch(/Hill Street/);
      expect(list.find((e) => e.actor?.id === who.managerB.userId && e.entityType === 'IndicatorValue')!.actorTokenId).toBe(s.tokenOfB);
    }
    const token = await events(await trail(api, 'ApiToken', s.tokenOfB));
    expect(token[0].changes.name.after).toBe('Shelter ERP sync');
  });
});

describe('who may read the history', () => {
  it('has a reading rule for every kind of record the trail records', () => {
    const recorded = entities.map((e) => e.name).filter((name) => !UNAUDITED.has(name));
    expect(recorded.filter((name) => !(name in HISTORY_READERS))).toEqual([]);
  });

  it('refuses viewers, donors and partner reporters', async () => {
    for (const reader of [who.viewer, who.donor, who.partner]) {
      for (const res of [await history(reader, s.project), await trail(reader, 'Project', s.project)]) {
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
    }
  });
});

describe('paging', () => {
  const p: Record<string, string> = {};
  beforeAll(async () => {
    const { project, periods } = await makeLogframeProject(api);
    const node = await addNode(api, project.id, { statement: 'Prosecutions increase' });
    const ind = await addIndicator(api, node.id, { title: 'Victims supported', sensitive: true });
    const managerB = who.managerB;
    await api.ok(`mutation($id: ID!, $p: ID!) { assignRole(input: { userId: $id, role: PROGRAMME_MANAGER, projectId: $p }) { id } }`, { id: managerB.userId, p: project.id });
    for (let i = 0; i < 32; i++) {
      const by = i % 2 ? managerB : api;
      await by.ok(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: periods[i % periods.length].id, actual: i }] });
      if (i % 3 === 0) await by.ok(`mutation($id: ID!, $d: String!) { updateProject(id: $id, input: { description: $d }) { id } }`, { id: project.id, d: `Description ${i}` });
    }
    p.project = project.id;
  });

  async function allPages(c: Client, first: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await history(c, p.project, first, after);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const page = res.data!.projectHistory;
      pages++;
      ids.push(...page.items.map((e) => e.id));
      totals.push(page.totalCount);
      if (page.hasNextPage) expect(page.items).toHaveLength(first);
      if (!page.hasNextPage) return { ids, totals, pages };
      after = page.endCursor;
    }
  }

  it('returns every event exactly once across pages, newest first', async () => {
    const rows = await api.raw(`select id, entity_type from audit_event where project_id = ? order by at desc, id desc`, [p.project]);
    expect(rows.length).toBeGreaterThan(50);
    // Manager B's role on the project is recorded with it: only B and administrators read it.
    expect(rows.filter((r) => r.entity_type === 'RoleAssignment')).toHaveLength(1);
    for (const [reader, expected] of [
      [api, rows.map((r) => r.id)],
      [who.managerB, rows.map((r) => r.id)],
      [who.managerA, rows.filter((r) => r.entity_type !== 'RoleAssignment').map((r) => r.id)],
    ] as const) {
      for (const first of reader === api ? [1, 7, 100] : [7, 100]) {
        const { ids, totals, pages } = await allPages(reader, first);
        expect(ids).toEqual(expected);
        expect(new Set(totals)).toEqual(new Set([expected.length]));
        expect(pages).toBe(Math.ceil(expected.length / first));
      }
    }
  });

  it('answers an empty last page after the end', async () => {
    const all = (await history(api, p.project, 100)).data!.projectHistory;
    const last = await history(api, p.project, 5, all.endCursor);
    expect(last.data!.projectHistory).toEqual({ totalCount: all.totalCount, hasNextPage: false, endCursor: null, items: [] });
  });

  it('runs the same number of SQL statements for a page of 5 as for a page of 50', async () => {
    for (const reader of [api, who.managerA]) {
      await history(reader, p.project, 5);
      api.sql.reset();
      expect((await history(reader, p.project, 5)).data!.projectHistory.items).toHaveLength(5);
      const small = api.sql.count;
      api.sql.reset();
      expect((await history(reader, p.project, 50)).data!.projectHistory.items).toHaveLength(50);
      const large = api.sql.count;
      expect(large).toBe(small);
      expect(small).toBeLessThan(10);
    }
  });

  it('refuses a page size out of range and a forged cursor, and answers NOT_FOUND for an unknown project or record', async () => {
    for (const first of [0, 101, -1]) {
      const res = await history(api, p.project, first);
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('first');
    }
    for (const after of ['not-a-cursor', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{').toString('base64url')]) {
      const res = await history(api, p.project, 5, after);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('after');
    }
    // A random id is unknown; an id that is not one at all is bad input, refused before any SQL.
    expect((await history(api, '00000000-0000-4000-8000-000000000000')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const type of ['Project', 'IndicatorValue']) expect((await trail(api, type, '00000000-0000-4000-8000-000000000000')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const id of ['x', 'nul\u0000', 'x'.repeat(100_000)]) {
      expect((await history(api, id)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      for (const type of ['Project', 'IndicatorValue']) expect((await trail(api, type, id)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await trail(api, 'Project\u0000', p.project)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the history in words', () => {
  const WORDS = `query($p: ID!) { projectHistory(projectId: $p, first: 100) { items { id action entityType entityId kindName recordName summary readableChanges { field label before after text } } } }`;
  type Words = { id: string; action: string; entityType: string; entityId: string; kindName: string; recordName: string | null; summary: string; readableChanges: { field: string; label: string; before: string | null; after: string | null; text: string }[] };
  const w: Record<string, string> = {};
  const read = async (c: Client): Promise<Words[]> => {
    const res = await c.gql(WORDS, { p: w.project });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return (res.data as { projectHistory: { items: Words[] } }).projectHistory.items;
  };
  const lines = (list: Words[]) => list.flatMap((e) => e.readableChanges.map((c) => c.text));

  beforeAll(async () => {
    const { project, periods } = await makeLogframeProject(api);
    const police = await makeOrganisation(api, { name: 'Harbour Police', kind: 'LAW_ENFORCEMENT' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: police.id, role: '4', projectId: project.id } });
    const node = await addNode(api, project.id, { statement: 'Border officers work to the new standard', responsibleOrganisationId: police.id });
    const trained = await addIndicator(api, node.id, { title: 'Officers trained' });
    const victims = await addIndicator(api, node.id, { title: 'Victims identified', sensitive: true });
    await addIndicator(api, node.id, { title: 'Share of cases referred', measure: '2', aggregation: 'RATIO' });
    const gone = await addIndicator(api, node.id, { title: 'Children identified', sensitive: true });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: trained.id, periodId: periods[1].id, target: 20, actual: 12 }, { indicatorId: victims.id, periodId: periods[0].id, actual: 3 }, { indicatorId: gone.id, periodId: periods[0].id, actual: 1 }] });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: trained.id, periodId: periods[1].id, actual: 15 }, { indicatorId: victims.id, periodId: periods[0].id, actual: 2 }] });
    await api.ok(`mutation($id: ID!, $v: Int) { updateIndicator(id: $id, version: $v, input: { direction: DECREASE, aggregation: LAST }) { id } }`, { id: trained.id, v: trained.version });
    // Approval copies the figures into the counted ones: a copy of a sensitive result is as sensitive.
    await api.ok(`mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { id } }`, { p: project.id, u: [{ indicatorId: victims.id, periodId: periods[0].id }] });
    await api.ok(`mutation($id: ID!) { deleteIndicator(id: $id) }`, { id: gone.id });
    Object.assign(w, { project: project.id, q1: periods[0].label, q2: periods[1].label });
  });

  it('names the indicator and the period in every value change', async () => {
    const list = await read(api);
    expect(list.map((e) => e.summary)).toContain(`Officers trained — ${w.q2}: actual 12 → 15`);
    expect(list.map((e) => e.summary)).toContain(`Officers trained — ${w.q2}: actual 12; target 20`);
    const values = list.filter((e) => e.entityType === 'IndicatorValue');
    expect(values.length).toBeGreaterThanOrEqual(5);
    for (const e of values) expect(e.recordName).toMatch(/^(Officers trained|Victims identified|Children identified) — \d{4}-Q\d$/);
    // A deleted indicator's values are still named, by what its history last called it.
    expect(list.map((e) => e.summary)).toContain(`Deleted indicator: Children identified`);
    expect(values.filter((e) => e.recordName === `Children identified — ${w.q1}`).length).toBeGreaterThanOrEqual(1);
  });

  it('puts codes into words: direction, aggregation, measure, level, role, organisations and results by name', async () => {
    const list = await read(api);
    const update = list.find((e) => e.entityType === 'Indicator' && e.action === 'update')!;
    expect(update.summary).toBe('Officers trained: direction higher is better → lower is better; aggregation sum of periods → last value');
    expect(update.readableChanges[0]).toEqual({ field: 'direction', label: 'direction', before: 'higher is better', after: 'lower is better', text: 'direction higher is better → lower is better' });
    const ratio = list.find((e) => e.entityType === 'Indicator' && e.recordName === 'Share of cases referred')!;
    expect(ratio.summary).toBe('Added indicator: Share of cases referred');
    expect(ratio.readableChanges.map((c) => c.text)).toEqual(expect.arrayContaining(['measure percentage', 'aggregation ratio of sums', 'result 1 Border officers work to the new standard']));
    expect(lines(list)).toEqual(expect.arrayContaining(['level impact', 'responsible organisation Harbour Police', 'frequency quarterly', 'sensitive yes']));
    expect(list.map((e) => e.summary)).toContain('Added participant: Harbour Police (implementing)');
    expect(list.find((e) => e.entityType === 'ResultNode')!.recordName).toBe('1 Border officers work to the new standard');
    expect(list.find((e) => e.entityType === 'IndicatorValue')!.kindName).toBe('target or actual');
  });

  it('shows no id anywhere in the words', async () => {
    const list = await read(api);
    const words = JSON.stringify(list.map(({ kindName, recordName, summary, readableChanges }) => ({ kindName, recordName, summary, readableChanges })));
    expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('keeps in words what is masked in the changes', async () => {
    const list = await read(who.managerA);
    const victims = list.filter((e) => e.entityType === 'IndicatorValue' && e.recordName === `Victims identified — ${w.q1}`);
    expect(victims.map((e) => e.summary).sort()).toEqual([`Victims identified — ${w.q1}: actual hidden`, `Victims identified — ${w.q1}: actual hidden → hidden`]);
    expect(victims[0].readableChanges.find((c) => c.field === 'actual')).toMatchObject({ before: 'hidden', after: 'hidden' });
    // The plain indicator's figures stay readable; the raw ones of the manager's own view are not there.
    expect(list.map((e) => e.summary)).toContain(`Officers trained — ${w.q2}: actual 12 → 15`);
    const sensitive = list.filter((e) => e.entityType === 'IndicatorValue' && !e.recordName?.startsWith('Officers')).flatMap((e) => e.readableChanges);
    expect(sensitive.filter((c) => c.field === 'actual').length).toBeGreaterThanOrEqual(3);
    for (const c of sensitive) expect([c.before, c.after].every((v) => v === null || v === 'hidden'), c.text).toBe(true);
    // Approval copies the figures into the counted ones in SQL, unrecorded today; were the copy ever recorded, it is
    // as sensitive as the figure. The event is written here as the trail would write it.
    const value = list.find((e) => e.entityType === 'IndicatorValue' && e.recordName === `Victims identified — ${w.q1}`)!;
    await api.raw(`insert into audit_event (id, at, action, entity_type, entity_id, project_id, changes) values (gen_random_uuid(), now(), 'update', 'IndicatorValue', ?, ?, ?)`, [
      value.entityId,
      w.project,
      JSON.stringify({ approvedActual: { before: null, after: 2 }, approvedNumerator: { before: null, after: 1 } }),
    ]);
    const copied = (await read(who.managerA)).find((e) => e.readableChanges.some((c) => c.field === 'approvedActual'))!;
    expect(copied.summary).toBe(`Victims identified — ${w.q1}: approved actual (none) → hidden; approved numerator (none) → hidden`);
    const raw = (await events(await trail(who.managerA, 'IndicatorValue', value.entityId))).find((e) => e.changes.approvedActual)!;
    expect(raw.changes).toEqual({ approvedActual: { before: null, after: '(hidden)' }, approvedNumerator: { before: null, after: '(hidden)' } });
    // The report's approval itself reads in words.
    expect(list.find((e) => e.entityType === 'IndicatorUpdate' && e.action === 'update')?.summary).toMatch(new RegExp(`^Victims identified — ${w.q1}: state draft → approved; `));
    // Staff notes of a project it does not manage.
    const notes = (await events(await history(who.managerA, s.project))).find((e) => e.entityType === 'Project' && e.changes.internalNotes)!;
    const [{ summary }] = (await who.managerA.ok(`query($t: String!, $id: ID!) { auditTrail(entityType: $t, entityId: $id, first: 1) { items { summary } } }`, { t: 'Project', id: notes.entityId })).auditTrail.items;
    expect(summary).toMatch(/staff notes hidden → hidden/);
    expect(summary).not.toMatch(/Harbour|Hill Street/);
  });

  it('labels the states and reasons of a reporting update, and any kind of record it does not know yet', () => {
    const names = new NameBook(new Map());
    const wording = new Wording(names, new CodeNames(0, new Map()));
    const words = (entityType: string, action: string, changes: Record<string, { before: unknown; after: unknown }>) =>
      readable({ entityType, entityId: '6d3c8f0e-0000-4000-8000-000000000000', action, changes, context: {} }, names, wording);
    const states = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'];
    expect(states.map((after) => words('IndicatorUpdate', 'update', { state: { before: 'DRAFT', after } }).changes[0].after)).toEqual(['draft', 'submitted', 'approved', 'returned']);
    const returned = words('IndicatorUpdate', 'update', { state: { before: 'SUBMITTED', after: 'RETURNED' }, returnReason: { before: '', after: 'Add the training lists' }, unlockReason: { before: '', after: 'Late data' } });
    expect(returned.kindName).toBe('reporting update');
    expect(returned.changes.map((c) => c.text)).toEqual(['state submitted → returned', 'reason for returning (none) → “Add the training lists”', 'reason for unlocking (none) → “Late data”']);
    const unknown = words('SomethingNew', 'update', { linkedThing: { before: null, after: '6d3c8f0e-0000-4000-8000-000000000001' }, shortName: { before: 'a', after: 'b' } });
    expect(unknown.kindName).toBe('something new');
    expect(unknown.summary).toBe('something new: linked thing (none) → a linked record; short name “a” → “b”');
  });
});
