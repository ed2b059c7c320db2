/**
 * The reporting cycle through the API, role by role: a report of one indicator for one period moves
 * NOT_REPORTED → DRAFT → SUBMITTED → APPROVED, or RETURNED with a reason and resubmitted; approved and
 * lock-dated cells take no change until a manager unlocks them with a reason; and only approved figures count.
 *
 * The project runs 2023–2024 in quarters (eight periods, all over), so every period target is due today.
 * Node "ours" is the partner's (its organisation is responsible); node "theirs" is another organisation's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { useApi, Role, type Client, type GraphQLResponse } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id actual target pending approvedActual version period { id } } }`;
const UPDATE = `id state version dueDate locked lockReason narrative links returnReason unlockReason submittedAt submittedByName decidedAt decidedByName period { id label }`;
const SAVE = `mutation($p: ID!, $u: UpdateRefInput!, $i: UpdateContentInput!) { saveIndicatorUpdate(projectId: $p, update: $u, input: $i) { ${UPDATE} } }`;
const SUBMIT = `mutation($p: ID!, $u: [UpdateRefInput!]!) { submitIndicatorUpdates(projectId: $p, updates: $u) { ${UPDATE} } }`;
const APPROVE = `mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { ${UPDATE} } }`;
const RETURN = `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { returnIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { ${UPDATE} } }`;
const UNLOCK = `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { unlockIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { ${UPDATE} } }`;
const RULES = `mutation($p: ID!, $i: ReportingRulesInput!, $v: Int) { setReportingRules(projectId: $p, input: $i, version: $v) { id reportingLockDate reportingDueDays } }`;
const LOGFRAME = `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id
  values { actual approvedActual pending target version period { id } dimension }
  progress { cumulativeActual endTarget progress expectedProgress status }
  updates { ${UPDATE} } } } } }`;
const STATUS_FIELDS = `projectId projectTitle period { label } dueDate expected missing draft submitted returned approved completeness`;

type Update = { id: string | null; state: string; version: number; dueDate: string; locked: boolean; lockReason: string | null; narrative: string; returnReason: string; unlockReason: string; submittedByName: string | null; decidedByName: string | null; period: { id: string; label: string } };
type Value = { actual: number | null; approvedActual: number | null; pending: boolean; target: number | null; version: number; period: { id: string }; dimension: string };
type IndicatorRead = { id: string; values: Value[]; progress: { cumulativeActual: number | null; endTarget: number | null; progress: number | null; expectedProgress: number | null; status: string }; updates: Update[] };

let project: { id: string };
let programme: { id: string };
let periods: { id: string; label: string; startDate: string; endDate: string }[];
let ours: string;
let theirs: string;
const org: Record<string, string> = {};
const who: Record<string, Client & { userId?: string }> = {};

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const fieldsOf = (res: GraphQLResponse) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
const ref = (indicatorId: string, period: number, version?: number) => ({ indicatorId, periodId: periods[period].id, ...(version === undefined ? {} : { version }) });

async function read(client: Client, indicatorId: string, projectId = project.id): Promise<IndicatorRead> {
  const { logframe } = await client.ok(LOGFRAME, { p: projectId });
  return logframe.nodes.flatMap((n: { indicators: IndicatorRead[] }) => n.indicators).find((i: IndicatorRead) => i.id === indicatorId);
}
const updateOf = async (client: Client, indicatorId: string, period: number, projectId = project.id) => (await read(client, indicatorId, projectId)).updates.find((u) => u.period.id === periods[period].id)!;
const valueOf = async (client: Client, indicatorId: string, period: number) => (await read(client, indicatorId)).values.find((v) => v.period.id === periods[period].id && v.dimension === '')!;

/** A SUM count with a target of 10 in each of the first four quarters: end target 40. */
async function countIndicator(nodeId: string, title: string) {
  const { id } = await addIndicator(api, nodeId, { title, measure: '1', aggregation: 'SUM' });
  await api.ok(SET, { p: project.id, v: [0, 1, 2, 3].map((i) => ({ indicatorId: id, periodId: periods[i].id, target: 10 })) });
  return id;
}

/** An organisation takes part in a project, as funder ('1') or implementer ('4'). */
const participate = (organisationId: string, projectId: string, role: string) =>
  api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId, role, projectId } });

async function historyText(projectId: string): Promise<string> {
  const res = await api.ok(`query($p: ID!) { projectHistory(projectId: $p, first: 100) { items { entityType changes } } }`, { p: projectId });
  return JSON.stringify(res.projectHistory.items.filter((e: { entityType: string }) => e.entityType === 'IndicatorUpdate'));
}

beforeAll(async () => {
  org.partner = (await makeOrganisation(api, { name: 'Shelter NGO', kind: 'NGO' })).id;
  org.other = (await makeOrganisation(api, { name: 'Border NGO', kind: 'NGO' })).id;
  org.donor = (await makeOrganisation(api, { name: 'Funding donor', kind: 'DONOR' })).id;
  org.otherDonor = (await makeOrganisation(api, { name: 'Other donor', kind: 'DONOR' })).id;
  ({ project, programme, periods } = await makeLogframeProject(api));
  await participate(org.donor, project.id, '1');
  await participate(org.partner, project.id, '4');
  await participate(org.other, project.id, '4');
  ours = (await addNode(api, project.id, { statement: 'Victims are referred to shelters', responsibleOrganisationId: org.partner })).id;
  theirs = (await addNode(api, project.id, { statement: 'Border officers are trained', responsibleOrganisationId: org.other })).id;
  const elsewhere = await makeProgramme(api, { title: 'Another programme' });
  const elsewhereProject = await makeProject(api, elsewhere.id);

  who.manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
  who.manager2 = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
  who.outsideManager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: elsewhere.id }]);
  who.partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: org.partner });
  who.outsidePartner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: elsewhereProject.id }], { organisationId: org.partner });
  who.viewer = await api.signedIn([{ role: Role.VIEWER }]);
  who.donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: org.donor });
  who.otherDonor = await api.signedIn([{ role: Role.DONOR }], { organisationId: org.otherDonor });
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const token = (await who.manager.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "dashboard", scope: READ, expiresAt: $e }) { secret } }`, { e: expiresAt })).createApiToken;
  who.readToken = api.withHeaders({ authorization: `Bearer ${token.secret}` });
  who.anonymous = api.anonymous;
});

describe('who may move a report', () => {
  it('lets the partner submit on its own node and a manager on any; refuses the partner on another node and every reader', async () => {
    const mine = await countIndicator(ours, 'Victims referred');
    const other = await countIndicator(theirs, 'Officers trained');
    // Entering an actual opens a draft, for the partner on its node as for a manager.
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 3 }] });
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: other, periodId: periods[0].id, actual: 8 }] });
    expect((await updateOf(who.manager, mine, 0)).state).toBe('DRAFT');
    expect((await updateOf(who.manager, other, 0)).state).toBe('DRAFT');
    expect((await updateOf(who.manager, mine, 1)).state).toBe('NOT_REPORTED');

    const refusals: [string, string, string][] = [
      ['partner', other, 'FORBIDDEN'],
      ['viewer', mine, 'FORBIDDEN'],
      ['donor', mine, 'FORBIDDEN'],
      ['readToken', mine, 'FORBIDDEN'],
      ['outsideManager', mine, 'FORBIDDEN'],
      ['otherDonor', mine, 'NOT_FOUND'],
      ['outsidePartner', mine, 'NOT_FOUND'],
      ['anonymous', mine, 'UNAUTHENTICATED'],
    ];
    for (const [role, indicatorId, code] of refusals) {
      const res = await who[role].gql(SUBMIT, { p: project.id, u: [ref(indicatorId, 0)] });
      expect(codeOf(res), `${role}: ${JSON.stringify(res.errors)}`).toBe(code);
      expect(res.data?.submitIndicatorUpdates ?? null, role).toBeNull();
    }
    // Nothing moved.
    expect((await updateOf(who.manager, mine, 0)).state).toBe('DRAFT');
    expect((await updateOf(who.manager, other, 0)).state).toBe('DRAFT');

    const [submitted] = (await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] })).submitIndicatorUpdates;
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.submittedByName).not.toBeNull();
    const [byManager] = (await who.manager.ok(SUBMIT, { p: project.id, u: [ref(other, 0)] })).submitIndicatorUpdates;
    expect(byManager.state).toBe('SUBMITTED');
    // A report with neither a result nor a narrative has nothing to submit.
    const empty = await who.manager.gql(SUBMIT, { p: project.id, u: [ref(other, 1)] });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual(['updates.0.periodId']);
  });

  it('lets only managers approve, return and unlock; a return and an unlock need a reason', async () => {
    const mine = await countIndicator(ours, 'Victims referred to shelters');
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 5 }] });
    await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] });

    for (const [role, code] of [['partner', 'FORBIDDEN'], ['viewer', 'FORBIDDEN'], ['donor', 'FORBIDDEN'], ['readToken', 'FORBIDDEN'], ['outsideManager', 'FORBIDDEN'], ['otherDonor', 'NOT_FOUND'], ['anonymous', 'UNAUTHENTICATED']]) {
      const approve = await who[role].gql(APPROVE, { p: project.id, u: [ref(mine, 0)] });
      expect(codeOf(approve), `${role} approves`).toBe(code);
      const ret = await who[role].gql(RETURN, { p: project.id, u: ref(mine, 0), r: 'Numbers look off' });
      expect(codeOf(ret), `${role} returns`).toBe(code);
    }
    expect((await updateOf(who.manager, mine, 0)).state).toBe('SUBMITTED');

    // A blank reason is no reason.
    for (const reason of ['', '   ']) {
      const res = await who.manager.gql(RETURN, { p: project.id, u: ref(mine, 0), r: reason });
      expect(codeOf(res), JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toContain('input.reason');
    }
    expect((await updateOf(who.manager, mine, 0)).state).toBe('SUBMITTED');

    const returned = (await who.manager.ok(RETURN, { p: project.id, u: ref(mine, 0), r: 'The shelter register says 6' })).returnIndicatorUpdate;
    expect([returned.state, returned.returnReason, returned.locked]).toEqual(['RETURNED', 'The shelter register says 6', false]);
    // The partner reads the reason, fixes the figure and resubmits.
    expect((await updateOf(who.partner, mine, 0)).returnReason).toBe('The shelter register says 6');
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 6 }] });
    expect((await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] })).submitIndicatorUpdates[0].state).toBe('SUBMITTED');
    // Submitted: no result and no narrative changes until a manager decides.
    expect(codeOf(await who.partner.gql(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 7 }] }))).toBe('CONFLICT');
    expect(codeOf(await who.partner.gql(SAVE, { p: project.id, u: ref(mine, 0), i: { narrative: 'More came' } }))).toBe('CONFLICT');

    const [approved] = (await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0)] })).approveIndicatorUpdates;
    expect(approved.state).toBe('APPROVED');
    expect(approved.locked).toBe(true);
    expect(approved.lockReason).toMatch(/^approved on \d{4}-\d{2}-\d{2}$/);
    expect(approved.returnReason).toBe('');
    expect((await valueOf(who.viewer, mine, 0)).actual).toBe(6);

    for (const [role, code] of [['partner', 'FORBIDDEN'], ['viewer', 'FORBIDDEN'], ['readToken', 'FORBIDDEN'], ['outsideManager', 'FORBIDDEN']]) {
      expect(codeOf(await who[role].gql(UNLOCK, { p: project.id, u: ref(mine, 0), r: 'Recount' })), `${role} unlocks`).toBe(code);
    }
    const blank = await who.manager.gql(UNLOCK, { p: project.id, u: ref(mine, 0), r: ' ' });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toContain('input.reason');
    expect((await updateOf(who.manager, mine, 0)).state).toBe('APPROVED');
    // Only a submitted report can be returned.
    expect(codeOf(await who.manager.gql(RETURN, { p: project.id, u: ref(mine, 0), r: 'Again' }))).toBe('CONFLICT');
  });
});

describe('locked figures', () => {
  it('refuse every write once approved, and take them again after an unlock whose reason the history keeps', async () => {
    const mine = await countIndicator(ours, 'Victims given legal aid');
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 4 }] });
    await who.manager.ok(SAVE, { p: project.id, u: ref(mine, 0), i: { narrative: 'Four cases', links: ['https://example.org/register'] } });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0)] });

    const writes: [string, string, Record<string, unknown>][] = [
      ['manager', SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 5 }] }],
      ['manager', SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, target: 12 }] }],
      ['manager', SAVE, { p: project.id, u: ref(mine, 0), i: { narrative: 'Five cases' } }],
      ['partner', SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 5 }] }],
      ['partner', SAVE, { p: project.id, u: ref(mine, 0), i: { links: [] } }],
      ['partner', SUBMIT, { p: project.id, u: [ref(mine, 0)] }],
      ['manager', APPROVE, { p: project.id, u: [ref(mine, 0)] }],
    ];
    for (const [role, query, variables] of writes) {
      const res = await who[role].gql(query, variables);
      expect(codeOf(res), `${role} ${query.slice(9, 40)}: ${JSON.stringify(res.errors)}`).toBe('CONFLICT');
    }
    const value = await valueOf(who.manager, mine, 0);
    expect([value.actual, value.target, value.approvedActual]).toEqual([4, 10, 4]);
    expect((await updateOf(who.manager, mine, 0)).narrative).toBe('Four cases');

    const unlocked = (await who.manager.ok(UNLOCK, { p: project.id, u: ref(mine, 0), r: 'The court files add one case' })).unlockIndicatorUpdate;
    expect([unlocked.state, unlocked.locked, unlocked.unlockReason]).toEqual(['DRAFT', false, 'The court files add one case']);
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 5 }] });
    await who.partner.ok(SAVE, { p: project.id, u: ref(mine, 0), i: { narrative: 'Five cases' } });
    expect((await updateOf(who.manager, mine, 0)).narrative).toBe('Five cases');
    expect(await historyText(project.id)).toContain('The court files add one case');
    // An open cell is not unlocked.
    expect(codeOf(await who.manager.gql(UNLOCK, { p: project.id, u: ref(mine, 0), r: 'Again' }))).toBe('CONFLICT');
  });

  it('refuse writes in periods that end on or before the lock date, until a manager unlocks one', async () => {
    const { project: dated, periods: quarters } = await makeLogframeProject(api);
    await participate(org.partner, dated.id, '4');
    const node = await addNode(api, dated.id, { statement: 'Cases reach court', responsibleOrganisationId: org.partner });
    const { id } = await addIndicator(api, node.id, { title: 'Cases filed', measure: '1', aggregation: 'SUM' });
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: dated.id }]);
    const cell = (q: number, extra: Record<string, unknown>) => ({ indicatorId: id, periodId: quarters[q].id, ...extra });
    await manager.ok(SET, { p: dated.id, v: [cell(0, { actual: 2, target: 3 })] });

    expect(codeOf(await who.partner.gql(RULES, { p: dated.id, i: { lockDate: '2023-06-30', dueDays: 30 } }))).toBe('NOT_FOUND');
    expect(codeOf(await who.viewer.gql(RULES, { p: dated.id, i: { lockDate: '2023-06-30', dueDays: 30 } }))).toBe('FORBIDDEN');
    // A read-only token of a manager of the project changes no rule (the defaults, so that a wrong answer changes nothing here).
    expect(codeOf(await who.readToken.gql(RULES, { p: project.id, i: { lockDate: null, dueDays: 30 } }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.gql(RULES, { p: dated.id, i: { lockDate: '2023-06-30', dueDays: 30 }, v: 0 }))).toBe('CONFLICT');
    const rules = (await manager.ok(RULES, { p: dated.id, i: { lockDate: '2023-06-30', dueDays: 45 } })).setReportingRules;
    expect([rules.reportingLockDate, rules.reportingDueDays]).toEqual(['2023-06-30', 45]);

    // 2023-Q1 and 2023-Q2 (ending on the lock date itself) are locked; 2023-Q3 is not.
    expect(quarters.slice(0, 3).map((q) => q.endDate)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30']);
    for (const [q, input] of [[0, { actual: 3 }], [0, { target: 4 }], [1, { actual: 1 }]] as const) {
      expect(codeOf(await manager.gql(SET, { p: dated.id, v: [cell(q, input)] })), `quarter ${q}`).toBe('CONFLICT');
    }
    expect(codeOf(await manager.gql(SAVE, { p: dated.id, u: { indicatorId: id, periodId: quarters[1].id }, i: { narrative: 'Late' } }))).toBe('CONFLICT');
    await manager.ok(SET, { p: dated.id, v: [cell(2, { actual: 1 })] });
    const { logframe } = await manager.ok(LOGFRAME, { p: dated.id });
    const updates: Update[] = logframe.nodes[0].indicators[0].updates;
    expect(updates.slice(0, 3).map((u) => [u.state, u.locked, u.lockReason])).toEqual([
      ['DRAFT', true, "locked since the project's lock date (2023-06-30)"],
      ['NOT_REPORTED', true, "locked since the project's lock date (2023-06-30)"],
      ['DRAFT', false, null],
    ]);
    // Due 45 days after the end of 2023-Q1 (31 March): 30 days of April and 15 of May.
    expect(updates[0].dueDate).toBe('2023-05-15');

    const reopened = (await manager.ok(UNLOCK, { p: dated.id, u: { indicatorId: id, periodId: quarters[0].id }, r: 'Ministry sent late figures' })).unlockIndicatorUpdate;
    expect([reopened.state, reopened.locked]).toEqual(['DRAFT', false]);
    await manager.ok(SET, { p: dated.id, v: [cell(0, { actual: 3 })] });
    // The other locked quarter stays locked.
    expect(codeOf(await manager.gql(SET, { p: dated.id, v: [cell(1, { actual: 1 })] }))).toBe('CONFLICT');
    expect(await historyText(dated.id)).toContain('Ministry sent late figures');
  });
});

describe('only approved figures count', () => {
  it('counts approved actuals in progress, shows a draft as pending to those who act, and nothing of it to readers', async () => {
    const mine = await countIndicator(ours, 'Survivors supported');
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 4 }, { indicatorId: mine, periodId: periods[1].id, actual: 6 }] });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0), ref(mine, 1)] });
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[2].id, actual: 100 }] });

    // Approved 4 + 6 = 10 of the end target 10 × 4 = 40: progress 0.25, where 1 is expected (all targets due) → off track.
    const counted = { cumulativeActual: 10, endTarget: 40, progress: 0.25, expectedProgress: 1, status: 'OFF_TRACK' };
    for (const role of ['manager', 'partner', 'viewer', 'donor']) expect((await read(who[role], mine)).progress, role).toEqual(counted);

    for (const role of ['manager', 'partner']) {
      const seen = await read(who[role], mine);
      const third = seen.values.find((v) => v.period.id === periods[2].id)!;
      expect([third.actual, third.approvedActual, third.pending], role).toEqual([100, null, true]);
      const first = seen.values.find((v) => v.period.id === periods[0].id)!;
      expect([first.actual, first.approvedActual, first.pending], role).toEqual([4, 4, false]);
      expect(seen.updates.slice(0, 3).map((u) => u.state), role).toEqual(['APPROVED', 'APPROVED', 'DRAFT']);
    }
    for (const role of ['viewer', 'donor']) {
      const seen = await read(who[role], mine);
      const third = seen.values.find((v) => v.period.id === periods[2].id)!;
      expect([third.actual, third.approvedActual, third.pending, third.target], role).toEqual([null, null, false, 10]);
      expect(seen.values.map((v) => v.actual), role).toEqual([4, 6, null, null]);
      expect(seen.updates.slice(0, 3).map((u) => [u.state, u.id, u.narrative]), role).toEqual([
        ['APPROVED', expect.any(String), ''],
        ['APPROVED', expect.any(String), ''],
        ['NOT_REPORTED', null, ''],
      ]);
    }

    // Approved, the 100 counts: 110 of 40 → 2.75, on track.
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 2)] });
    expect((await read(who.viewer, mine)).progress).toEqual({ cumulativeActual: 110, endTarget: 40, progress: 2.75, expectedProgress: 1, status: 'ON_TRACK' });
  });

  it('keeps the old approved figure counting while a correction waits, until it is approved', async () => {
    const mine = await countIndicator(ours, 'Shelter places');
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 8 }] });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0)] });
    await who.manager.ok(UNLOCK, { p: project.id, u: ref(mine, 0), r: 'Two places were counted twice' });
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 6 }] });
    await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] });

    // 8 still counts: 8 / 40 = 0.2.
    const before = await valueOf(who.manager, mine, 0);
    expect([before.actual, before.approvedActual, before.pending]).toEqual([6, 8, true]);
    expect((await valueOf(who.viewer, mine, 0)).actual).toBe(8);
    expect((await read(who.viewer, mine)).progress.cumulativeActual).toBe(8);
    expect((await read(who.manager, mine)).progress.progress).toBe(0.2);
    // A return keeps it so too.
    await who.manager.ok(RETURN, { p: project.id, u: ref(mine, 0), r: 'Attach the register' });
    expect((await read(who.donor, mine)).progress.cumulativeActual).toBe(8);
    expect((await updateOf(who.viewer, mine, 0)).state).toBe('NOT_REPORTED');

    await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0)] });
    // 6 / 40 = 0.15.
    expect((await read(who.viewer, mine)).progress).toMatchObject({ cumulativeActual: 6, progress: 0.15 });
    const after = await valueOf(who.manager, mine, 0);
    expect([after.actual, after.approvedActual, after.pending]).toEqual([6, 6, false]);
    expect((await updateOf(who.viewer, mine, 0)).state).toBe('APPROVED');
  });
});

describe('batches and versions', () => {
  it('approves a batch all or nothing: one bad report and none is approved', async () => {
    const a = await countIndicator(ours, 'Hotline calls');
    const b = await countIndicator(theirs, 'Patrols');
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: a, periodId: periods[0].id, actual: 3 }, { indicatorId: b, periodId: periods[0].id, actual: 9 }, { indicatorId: b, periodId: periods[1].id, actual: 1 }] });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(b, 1)] });

    const bad: [string, Record<string, unknown>, string][] = [
      ['an unknown period', { indicatorId: a, periodId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['a period with nothing reported', ref(a, 3), 'CONFLICT'],
      ['an approved report', ref(b, 1), 'CONFLICT'],
      ['a stale version', ref(a, 1, 7), 'CONFLICT'],
      ['the same report twice', ref(a, 0), 'BAD_USER_INPUT'],
    ];
    for (const [what, wrong, code] of bad) {
      const res = await who.manager.gql(APPROVE, { p: project.id, u: [ref(a, 0), ref(b, 0), wrong] });
      expect(codeOf(res), `${what}: ${JSON.stringify(res.errors)}`).toBe(code);
      expect((await updateOf(who.manager, a, 0)).state, what).toBe('DRAFT');
      expect((await updateOf(who.manager, b, 0)).state, what).toBe('DRAFT');
      expect((await read(who.viewer, a)).progress.cumulativeActual, what).toBeNull();
      // Patrols count only the approved 1 of 2023-Q2.
      expect((await read(who.viewer, b)).progress.cumulativeActual, what).toBe(1);
    }
    // The partner may not submit a batch that holds another organisation's report: none of it is submitted.
    expect(codeOf(await who.partner.gql(SUBMIT, { p: project.id, u: [ref(a, 0), ref(b, 0)] }))).toBe('FORBIDDEN');
    expect((await updateOf(who.manager, a, 0)).state).toBe('DRAFT');

    const approved = (await who.manager.ok(APPROVE, { p: project.id, u: [ref(a, 0), ref(b, 0)] })).approveIndicatorUpdates;
    expect(approved.map((u: Update) => u.state)).toEqual(['APPROVED', 'APPROVED']);
    expect((await read(who.viewer, a)).progress.cumulativeActual).toBe(3);
    expect((await read(who.viewer, b)).progress.cumulativeActual).toBe(10);
  });

  it('refuses a change made on a stale version with CONFLICT and the current version', async () => {
    const mine = await countIndicator(ours, 'Referral meetings');
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 2 }] });
    const { version } = await updateOf(who.partner, mine, 0);
    expect(version).toBeGreaterThan(0);
    // Nothing reported yet reads as version 0, and a first save with 0 goes through.
    expect((await updateOf(who.partner, mine, 1)).version).toBe(0);
    await who.partner.ok(SAVE, { p: project.id, u: ref(mine, 1, 0), i: { narrative: 'No meetings: the office was closed' } });
    expect(codeOf(await who.partner.gql(SAVE, { p: project.id, u: ref(mine, 1, 0), i: { narrative: 'Again' } }))).toBe('CONFLICT');

    const saved = (await who.partner.ok(SAVE, { p: project.id, u: ref(mine, 0, version), i: { narrative: 'Two meetings' } })).saveIndicatorUpdate;
    expect(saved.version).toBe(version + 1);
    for (const [query, variables] of [
      [SAVE, { p: project.id, u: ref(mine, 0, version), i: { narrative: 'Three meetings' } }],
      [SUBMIT, { p: project.id, u: [ref(mine, 0, version)] }],
      [APPROVE, { p: project.id, u: [ref(mine, 0, version)] }],
      [RETURN, { p: project.id, u: ref(mine, 0, version), r: 'Why' }],
    ] as const) {
      const res = await who.manager.gql(query, variables);
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.currentVersion).toBe(version + 1);
    }
    const now = await updateOf(who.manager, mine, 0);
    expect([now.state, now.narrative, now.version]).toEqual(['DRAFT', 'Two meetings', version + 1]);
  });

  it('answers a stale version from someone who may not act as a refusal, never as a CONFLICT that reveals a draft', async () => {
    const mine = await countIndicator(ours, 'Shelter referrals');
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 3 }] });
    for (const [client, code] of [[who.viewer, 'FORBIDDEN'], [who.donor, 'FORBIDDEN'], [who.otherDonor, 'NOT_FOUND']] as const) {
      expect(codeOf(await client.gql(APPROVE, { p: project.id, u: [ref(mine, 0, 99)] }))).toBe(code);
      expect(codeOf(await client.gql(SUBMIT, { p: project.id, u: [ref(mine, 0, 99)] }))).toBe(code);
    }
    expect(codeOf(await who.partner.gql(APPROVE, { p: project.id, u: [ref(mine, 0, 99)] }))).toBe('FORBIDDEN');
  });

  it('approves nothing from an empty report: no result and no narrative', async () => {
    const mine = await countIndicator(ours, 'Case files opened');
    // Clearing an empty cell opens no report; an empty narrative opens an empty one.
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: null }] });
    expect((await updateOf(who.manager, mine, 0)).state).toBe('NOT_REPORTED');
    await who.manager.ok(SAVE, { p: project.id, u: ref(mine, 0), i: { narrative: '' } });
    expect((await updateOf(who.manager, mine, 0)).state).toBe('DRAFT');
    const res = await who.manager.gql(APPROVE, { p: project.id, u: [ref(mine, 0)] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['updates.0.periodId']);
    expect((await updateOf(who.manager, mine, 0)).state).toBe('DRAFT');
  });

  it('lets exactly one of two managers approving the same report at once win', async () => {
    const mine = await countIndicator(ours, 'Prosecutors mentored');
    await who.partner.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 7 }] });
    await who.partner.ok(SUBMIT, { p: project.id, u: [ref(mine, 0)] });
    for (const round of [0, 1]) {
      const { version } = await updateOf(who.manager, mine, 0);
      // Round 0 sends the version read; round 1 leaves it out, and the second approval still finds it approved.
      const u = [round === 0 ? ref(mine, 0, version) : ref(mine, 0)];
      const results = await Promise.all([who.manager.gql(APPROVE, { p: project.id, u }), who.manager2.gql(APPROVE, { p: project.id, u })]);
      const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
      expect(codes, JSON.stringify(results)).toEqual(['CONFLICT', 'OK']);
      const after = await updateOf(who.manager, mine, 0);
      expect(after.state).toBe('APPROVED');
      expect(after.version).toBe(version + 1);
      expect((await read(who.viewer, mine)).progress.cumulativeActual).toBe(7);
      if (round === 0) await who.manager.ok(UNLOCK, { p: project.id, u: ref(mine, 0), r: 'Second round' });
    }
  });
});

describe('a write racing a decision', () => {
  it('never leaves a figure in a cell that was approved while the write was under way', async () => {
    // The write checks the report, then waits to insert the figure (another session holds the same key, as a
    // slow first save would); the approval runs and ends in that window. Either the write is refused, or the
    // approval counts what it wrote: an approved cell holds no figure that waits for approval.
    const mine = await countIndicator(ours, 'Hearings held');
    await who.manager.ok(SAVE, { p: project.id, u: ref(mine, 4), i: { narrative: 'Hearings resumed in May' } });
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    let write: Promise<GraphQLResponse>;
    try {
      await holder.query('begin');
      await holder.query(`insert into indicator_value (id, created_at, updated_at, indicator_id, period_id, project_id) values (gen_random_uuid(), now(), now(), $1, $2, $3)`, [mine, periods[4].id, project.id]);
      write = who.partner.gql(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[4].id, actual: 5 }] });
      let waiting = false;
      for (let i = 0; i < 40 && !waiting; i++) {
        await new Promise((r) => setTimeout(r, 50));
        waiting = (await api.raw(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "indicator_value"%'`)).length > 0;
      }
      expect(waiting).toBe(true);
      const [approved] = (await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 4)] })).approveIndicatorUpdates;
      expect(approved.state).toBe('APPROVED');
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const written = await write!;
    expect(['OK', 'CONFLICT']).toContain(codeOf(written) ?? 'OK');
    const value = await valueOf(who.manager, mine, 4);
    expect((await updateOf(who.manager, mine, 4)).state).toBe('APPROVED');
    expect({ actual: value?.actual ?? null, approvedActual: value?.approvedActual ?? null, pending: value?.pending ?? false }).toEqual(
      codeOf(written) ? { actual: null, approvedActual: null, pending: false } : { actual: 5, approvedActual: 5, pending: false },
    );
  });
});

describe('what reads the approved figures', () => {
  it('counts an indicator in the portfolio summary once its actual is approved', async () => {
    const lead = await makeOrganisation(api, { name: 'Summary lead agency' });
    const g = await makeProgramme(api, { leadAgencyId: lead.id });
    const alone = await makeProject(api, g.id, { plannedStart: '2023-01-01', plannedEnd: '2024-12-31' });
    const quarters = (await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id } }`, { p: alone.id })).setReportingCalendar as { id: string }[];
    const node = await addNode(api, alone.id, { statement: 'Courts decide faster' });
    const met = (await addIndicator(api, node.id, { title: 'Cases decided', measure: '1', aggregation: 'SUM' })).id;
    const short = (await addIndicator(api, node.id, { title: 'Judges trained', measure: '1', aggregation: 'SUM' })).id;
    // Each: target 10 in 2023-Q1 and 2023-Q2 (end target 20, all due). Met: 20 → progress 1, on track.
    // Short: 9 → 0.45 of the expected 1, below 0.6 → off track.
    await api.ok(SET, {
      p: alone.id,
      v: [
        ...[met, short].flatMap((i) => [0, 1].map((q) => ({ indicatorId: i, periodId: quarters[q].id, target: 10 }))),
        { indicatorId: met, periodId: quarters[0].id, actual: 20 },
        { indicatorId: short, periodId: quarters[1].id, actual: 9 },
      ],
    });
    const counts = async () =>
      (await api.ok(`query($f: PortfolioFilter) { portfolioSummary(filter: $f) { totals { indicators { onTrack atRisk offTrack noData total } } } }`, { f: { leadAgencyId: lead.id } })).portfolioSummary.totals.indicators;
    expect(await counts()).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, noData: 2, total: 2 });
    await api.ok(APPROVE, { p: alone.id, u: [{ indicatorId: met, periodId: quarters[0].id }] });
    expect(await counts()).toEqual({ onTrack: 1, atRisk: 0, offTrack: 0, noData: 1, total: 2 });
    await api.ok(APPROVE, { p: alone.id, u: [{ indicatorId: short, periodId: quarters[1].id }] });
    expect(await counts()).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 0, total: 2 });
  });

  it('exports approved figures only, even to a manager', async () => {
    const mine = await countIndicator(theirs, 'Containers inspected');
    await who.manager.ok(SET, { p: project.id, v: [{ indicatorId: mine, periodId: periods[0].id, actual: 12 }, { indicatorId: mine, periodId: periods[1].id, actual: 7 }] });
    await who.manager.ok(APPROVE, { p: project.id, u: [ref(mine, 0)] });
    for (const role of ['manager', 'viewer']) {
      const res = await fetch(`${api.url}/exports/projects/${project.id}/logframe.csv`, { headers: { cookie: (who[role] as unknown as { cookie: string }).cookie } });
      expect(res.status, role).toBe(200);
      const lines = (await res.text()).trim().split('\r\n').filter((l) => l.includes(',Containers inspected,'));
      // code,level,result,indicator,period,period_start,period_end,dimension,category,target,actual,comment
      const actualOf = (q: number) => lines.find((l) => l.includes(`,${periods[q].label},`))!.split(',')[10];
      expect([actualOf(0), actualOf(1)], role).toEqual(['12', '']);
    }
  });
});

describe('reporting status', () => {
  it('counts the reports of a period per project and over a programme, by hand', async () => {
    const g = await makeProgramme(api, { title: 'Status programme' });
    const make = async (title: string) => {
      const j = await makeProject(api, g.id, { title, plannedStart: '2023-01-01', plannedEnd: '2024-12-31' });
      const { setReportingCalendar } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id label } }`, { p: j.id });
      await participate(org.partner, j.id, '4');
      const node = await addNode(api, j.id, { statement: `${title} results`, responsibleOrganisationId: org.partner });
      return { id: j.id, quarters: setReportingCalendar as { id: string; label: string }[], node: node.id };
    };
    const a = await make('A: courts');
    const b = await make('B: borders');
    const ind = async (p: typeof a, title: string) => (await addIndicator(api, p.node, { title, measure: '1', aggregation: 'SUM' })).id;
    const [a1, a2, a3, a4] = [await ind(a, 'A1'), await ind(a, 'A2'), await ind(a, 'A3'), await ind(a, 'A4')];
    const [b1, b2] = [await ind(b, 'B1'), await ind(b, 'B2')];
    const q1 = (p: typeof a, i: string) => ({ indicatorId: i, periodId: p.quarters[0].id });
    await api.ok(SET, { p: a.id, v: [a1, a2, a3].map((i) => ({ ...q1(a, i), actual: 1 })) });
    await api.ok(SET, { p: b.id, v: [b1, b2].map((i) => ({ ...q1(b, i), actual: 1 })) });
    // A, 2023-Q1: A1 approved, A2 submitted, A3 draft, A4 nothing. B, 2023-Q1: B1 returned, B2 draft.
    await api.ok(APPROVE, { p: a.id, u: [q1(a, a1)] });
    await api.ok(SUBMIT, { p: a.id, u: [q1(a, a2)] });
    await api.ok(SUBMIT, { p: b.id, u: [q1(b, b1)] });
    await api.ok(RETURN, { p: b.id, u: q1(b, b1), r: 'Missing source' });
    // A fifth indicator of A, deleted, is not expected.
    const gone = await ind(a, 'A5');
    await api.ok(`mutation($id: ID!) { deleteIndicator(id: $id) }`, { id: gone });

    const label = a.quarters[0].label;
    const STATUS = `query($j: ID, $g: ID, $l: String, $per: ID) { reportingStatus(projectId: $j, programmeId: $g, periodLabel: $l, periodId: $per) { ${STATUS_FIELDS} } }`;
    // Due 30 days after 31 March 2023.
    const rowA = { projectId: a.id, projectTitle: 'A: courts', period: { label }, dueDate: '2023-04-30', expected: 4, missing: 1, draft: 1, submitted: 1, returned: 0, approved: 1, completeness: 0.25 };
    const rowB = { projectId: b.id, projectTitle: 'B: borders', period: { label }, dueDate: '2023-04-30', expected: 2, missing: 0, draft: 1, submitted: 0, returned: 1, approved: 0, completeness: 0 };
    expect((await api.ok(STATUS, { j: a.id, l: label })).reportingStatus).toEqual([rowA]);
    expect((await api.ok(STATUS, { j: a.id, per: a.quarters[0].id })).reportingStatus).toEqual([rowA]);
    expect((await api.ok(STATUS, { g: g.id, per: a.quarters[0].id })).reportingStatus).toEqual([rowA, rowB]);
    // Without a period: each project's latest period that has ended, 2024-Q4, where nothing was reported.
    const latest = (await api.ok(STATUS, { g: g.id })).reportingStatus;
    expect(latest.map((r: { period: { label: string }; expected: number; missing: number; dueDate: string }) => [r.period.label, r.expected, r.missing, r.dueDate])).toEqual([
      [a.quarters[7].label, 4, 4, '2025-01-30'],
      [b.quarters[7].label, 2, 2, '2025-01-30'],
    ]);

    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: a.id }], { organisationId: org.partner });
    expect((await partner.ok(STATUS, { j: a.id, l: label })).reportingStatus).toEqual([rowA]);
    expect(codeOf(await partner.gql(STATUS, { g: g.id, l: label }))).toBe('FORBIDDEN');
    expect(codeOf(await partner.gql(STATUS, { j: b.id, l: label }))).toBe('NOT_FOUND');
    expect(codeOf(await who.viewer.gql(STATUS, { j: a.id, l: label }))).toBe('FORBIDDEN');
    expect(codeOf(await who.viewer.gql(STATUS, { g: g.id, l: label }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(STATUS, { j: a.id, g: g.id }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(STATUS, { j: a.id, per: b.quarters[0].id }))).toBe('BAD_USER_INPUT');
  });
});
