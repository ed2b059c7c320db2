import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';

const api = useApi();

const TREE = `query($p: ID!) { logframe(projectId: $p) { nodes { id code level statement depth parentId version } } }`;
const codes = async (projectId: string) => (await api.ok(TREE, { p: projectId })).logframe.nodes.map((n: any) => `${n.code} ${n.level} ${n.statement}`);
const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id actual target version period { label } } }`;
const PROGRESS = `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id title progress { cumulativeActual cumulativeActualDisplay endTarget progress expectedProgress status } values { dimension category actual actualDisplay suppressed target period { label } } } } } }`;

describe('the results tree', () => {
  it('numbers nodes from their place, renumbers them when they move, and keeps levels one below the parent', async () => {
    const { project } = await makeLogframeProject(api);
    const impact = await addNode(api, project.id, { statement: 'Trafficking networks are disrupted' });
    const outcomeA = await addNode(api, project.id, { parentId: impact.id, statement: 'Prosecutions increase' });
    const outcomeB = await addNode(api, project.id, { parentId: impact.id, statement: 'Victims are protected' });
    const out1 = await addNode(api, project.id, { parentId: outcomeA.id, statement: 'Prosecutors trained' });
    await addNode(api, project.id, { parentId: outcomeA.id, statement: 'Guidelines adopted' });
    await addNode(api, project.id, { parentId: out1.id, statement: 'Run workshops' });
    expect(await codes(project.id)).toEqual([
      '1 IMPACT Trafficking networks are disrupted',
      '1.1 OUTCOME Prosecutions increase',
      '1.1.1 OUTPUT Prosecutors trained',
      '1.1.1.1 ACTIVITY Run workshops',
      '1.1.2 OUTPUT Guidelines adopted',
      '1.2 OUTCOME Victims are protected',
    ]);

    // Move "Prosecutors trained" (with its activity) under outcome B, first.
    await api.ok(`mutation($id: ID!, $p: ID) { moveResultNode(id: $id, parentId: $p, position: 0) { id } }`, { id: out1.id, p: outcomeB.id });
    expect(await codes(project.id)).toEqual([
      '1 IMPACT Trafficking networks are disrupted',
      '1.1 OUTCOME Prosecutions increase',
      '1.1.1 OUTPUT Guidelines adopted',
      '1.2 OUTCOME Victims are protected',
      '1.2.1 OUTPUT Prosecutors trained',
      '1.2.1.1 ACTIVITY Run workshops',
    ]);

    // Reorder: outcome B first.
    await api.ok(`mutation($id: ID!, $p: ID) { moveResultNode(id: $id, parentId: $p, position: 0) { id } }`, { id: outcomeB.id, p: impact.id });
    expect((await codes(project.id))[1]).toBe('1.1 OUTCOME Victims are protected');
  });

  it('refuses children of activities, indicators on activities, and moves into its own subtree', async () => {
    const { project } = await makeLogframeProject(api);
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const outcome = await addNode(api, project.id, { parentId: impact.id, statement: 'Outcome' });
    const output = await addNode(api, project.id, { parentId: outcome.id, statement: 'Output' });
    const activity = await addNode(api, project.id, { parentId: output.id, statement: 'Activity' });
    const child = await api.gql(`mutation($i: ResultNodeInput!) { addResultNode(input: $i) { id } }`, { i: { projectId: project.id, parentId: activity.id, statement: 'Too deep' } });
    expect(child.errors?.[0].extensions?.fields?.[0].field).toBe('parentId');
    const ind = await api.gql(`mutation($n: ID!) { addIndicator(nodeId: $n, input: { title: "x" }) { id } }`, { n: activity.id });
    expect(ind.errors?.[0].extensions?.fields?.[0]).toEqual({ field: 'nodeId', message: 'indicators belong to impacts, outcomes and outputs, not to activities' });
    const loop = await api.gql(`mutation($id: ID!, $p: ID) { moveResultNode(id: $id, parentId: $p, position: 0) { id } }`, { id: outcome.id, p: output.id });
    expect(loop.errors?.[0].extensions?.fields?.[0].message).toBe('a node cannot move into its own subtree');
    // Moving the output with its activity under the activity's level would push the activity too deep.
    const tooDeep = await api.gql(`mutation($id: ID!, $p: ID) { moveResultNode(id: $id, parentId: $p, position: 0) { id } }`, { id: outcome.id, p: outcome.id });
    expect(tooDeep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes a node with its subtree and indicators', async () => {
    const { project } = await makeLogframeProject(api);
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const outcome = await addNode(api, project.id, { parentId: impact.id, statement: 'Outcome' });
    const output = await addNode(api, project.id, { parentId: outcome.id, statement: 'Output' });
    await addIndicator(api, output.id, { title: 'Trained' });
    const { deleteResultNode } = await api.ok(`mutation($id: ID!) { deleteResultNode(id: $id) }`, { id: outcome.id });
    expect(deleteResultNode.sort()).toEqual([outcome.id, output.id].sort());
    expect(await codes(project.id)).toEqual(['1 IMPACT Impact']);
    expect((await api.raw('select count(*)::int as n from indicator where project_id = ?', [project.id]))[0].n).toBe(0);
  });

  it('requires the responsible organisation to take part in the project', async () => {
    const { project } = await makeLogframeProject(api);
    const stranger = await makeOrganisation(api);
    const res = await api.gql(`mutation($i: ResultNodeInput!) { addResultNode(input: $i) { id } }`, { i: { projectId: project.id, statement: 'X', responsibleOrganisationId: stranger.id } });
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('responsibleOrganisationId');
  });
});

describe('targets, actuals and what they add up to', () => {
  let ctx: Awaited<ReturnType<typeof makeLogframeProject>>;
  let output: { id: string };
  beforeAll(async () => {
    ctx = await makeLogframeProject(api);
    const impact = await addNode(api, ctx.project.id, { statement: 'Impact' });
    output = await addNode(api, ctx.project.id, { parentId: impact.id, statement: 'Outcome' });
  });
  const q = (n: number) => ctx.periods[n].id;

  it('rolls up every aggregation rule with worked numbers', async () => {
    const sum = await addIndicator(api, output.id, { title: 'People trained', aggregation: 'SUM' });
    const last = await addIndicator(api, output.id, { title: 'Laws in force', aggregation: 'LAST' });
    const ratio = await addIndicator(api, output.id, { title: 'Conviction rate', aggregation: 'RATIO', measure: '2' });
    const down = await addIndicator(api, output.id, { title: 'Days in pre-trial detention', aggregation: 'LAST', direction: 'DECREASE', baselineValue: 100 });
    await api.ok(SET, {
      p: ctx.project.id,
      v: [
        // 8 quarters, targets 10 each (end target 80), actuals 10 + 15 + 20 = 45.
        ...ctx.periods.map((p) => ({ indicatorId: sum.id, periodId: p.id, target: 10 })),
        { indicatorId: sum.id, periodId: q(0), actual: 10 },
        { indicatorId: sum.id, periodId: q(1), actual: 15 },
        { indicatorId: sum.id, periodId: q(2), actual: 20 },
        { indicatorId: last.id, periodId: q(0), actual: 2 },
        { indicatorId: last.id, periodId: q(3), actual: 3, target: 4 },
        { indicatorId: ratio.id, periodId: q(0), numerator: 8, denominator: 10 },
        { indicatorId: ratio.id, periodId: q(1), numerator: 3, denominator: 10 },
        { indicatorId: ratio.id, periodId: q(2), numerator: 9, denominator: 20, target: 60 },
        { indicatorId: down.id, periodId: q(1), actual: 80 },
        { indicatorId: down.id, periodId: q(7), target: 60 },
      ],
    });
    await approveReported(api, ctx.project.id);
    const all = (await api.ok(PROGRESS, { p: ctx.project.id })).logframe.nodes.flatMap((n: any) => n.indicators);
    const by = (title: string) => all.find((i: any) => i.title === title).progress;
    // The whole project lies in the past, so the whole way is expected by now.
    expect(by('People trained')).toEqual({ cumulativeActual: 45, cumulativeActualDisplay: '45', endTarget: 80, progress: 45 / 80, expectedProgress: 1, status: 'OFF_TRACK' });
    expect(by('Laws in force')).toMatchObject({ cumulativeActual: 3, endTarget: 4, progress: 0.75, status: 'AT_RISK' });
    expect(by('Conviction rate')).toMatchObject({ cumulativeActual: 50, endTarget: 60 });
    expect(by('Days in pre-trial detention')).toMatchObject({ cumulativeActual: 80, endTarget: 60, progress: 0.5, status: 'OFF_TRACK' });
  });

  it('refuses actuals outside the project, percentages over 100, text for numbers, and unknown categories — all or nothing', async () => {
    const pct = await addIndicator(api, output.id, { title: 'Share of women', measure: '2', aggregation: 'AVERAGE', dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
    const before = (await api.raw('select count(*)::int as n from indicator_value'))[0].n;
    const res = await api.gql(SET, {
      p: ctx.project.id,
      v: [
        { indicatorId: pct.id, periodId: q(0), actual: 40 },
        { indicatorId: pct.id, periodId: q(1), actual: 140 },
        { indicatorId: pct.id, periodId: q(2), actualText: 'many' },
        { indicatorId: pct.id, periodId: q(3), dimension: 'sex', category: 'other', actual: 5 },
        { indicatorId: pct.id, periodId: q(4), dimension: 'age', category: '18-25', actual: 5 },
      ],
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['values.1.actual', 'values.2.actualText', 'values.3.category', 'values.4.dimension']);
    expect((await api.raw('select count(*)::int as n from indicator_value'))[0].n).toBe(before);
  });

  it('refuses actuals for periods outside the project dates or not yet started', async () => {
    const { project, periods } = await makeLogframeProject(api, { plannedStart: '2025-01-01', plannedEnd: '2030-12-31' });
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const ind = await addIndicator(api, impact.id, { title: 'Count' });
    const future = periods[periods.length - 1];
    const res = await api.gql(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: future.id, actual: 1 }] });
    expect(res.errors?.[0].extensions?.fields?.[0]).toEqual({ field: 'values.0.actual', message: `the period ${future.label} has not started yet` });
    // Targets for the future are fine.
    await api.ok(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: future.id, target: 10 }] });
    // The project ended early: its later periods take no actuals.
    await api.ok(`mutation($id: ID!) { updateProject(id: $id, input: { actualStart: "2025-01-01", actualEnd: "2025-03-31" }) { id } }`, { id: project.id });
    const late = await api.gql(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: periods[1].id, actual: 1 }] });
    expect(late.errors?.[0].extensions?.fields?.[0].field).toBe('values.0.periodId');
  });

  it('keeps the parts of an exhaustive dimension within the total', async () => {
    const ind = await addIndicator(api, output.id, { title: 'Officials trained', dimensions: [{ name: 'sex', values: ['female', 'male'], exhaustive: true }] });
    const res = await api.gql(SET, {
      p: ctx.project.id,
      v: [
        { indicatorId: ind.id, periodId: q(0), actual: 30 },
        { indicatorId: ind.id, periodId: q(0), dimension: 'sex', category: 'female', actual: 20 },
        { indicatorId: ind.id, periodId: q(0), dimension: 'sex', category: 'male', actual: 15 },
      ],
    });
    expect(res.errors?.[0].extensions?.fields).toContainEqual({ field: 'values.2.actual', message: 'the sex values add up to 35, more than the total of 30' });
    await api.ok(SET, { p: ctx.project.id, v: [{ indicatorId: ind.id, periodId: q(0), actual: 35 }, { indicatorId: ind.id, periodId: q(0), dimension: 'sex', category: 'female', actual: 20 }, { indicatorId: ind.id, periodId: q(0), dimension: 'sex', category: 'male', actual: 15 }] });
  });

  it('refuses a change of measure or dimension that would orphan stored values, with the reason', async () => {
    const ind = await addIndicator(api, output.id, { title: 'Cases', dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
    await api.ok(SET, { p: ctx.project.id, v: [{ indicatorId: ind.id, periodId: q(0), dimension: 'sex', category: 'female', actual: 4 }] });
    const toText = await api.gql(`mutation($id: ID!) { updateIndicator(id: $id, input: { measure: "5" }) { id } }`, { id: ind.id });
    expect(toText.errors?.[0].extensions?.fields?.[0]).toEqual({ field: 'measure', message: 'the indicator has 1 numeric value(s); a qualitative measure would orphan them' });
    const dropValue = await api.gql(`mutation($id: ID!) { updateIndicator(id: $id, input: { dimensions: [{ name: "sex", values: ["male"] }] }) { id } }`, { id: ind.id });
    expect(dropValue.errors?.[0].extensions?.fields?.[0].field).toBe('dimensions');
  });

  it('takes text, not numbers, for qualitative indicators and shows the latest text', async () => {
    const ind = await addIndicator(api, output.id, { title: 'Law adopted', measure: '5' });
    const bad = await api.gql(SET, { p: ctx.project.id, v: [{ indicatorId: ind.id, periodId: q(0), actual: 1 }] });
    expect(bad.errors?.[0].extensions?.fields?.[0].message).toBe('a qualitative indicator takes text, not numbers');
    await api.ok(SET, { p: ctx.project.id, v: [{ indicatorId: ind.id, periodId: q(0), actualText: 'Draft tabled' }, { indicatorId: ind.id, periodId: q(2), actualText: 'Adopted by parliament' }] });
    await approveReported(api, ctx.project.id);
    const all = (await api.ok(PROGRESS, { p: ctx.project.id })).logframe.nodes.flatMap((n: any) => n.indicators);
    expect(all.find((i: any) => i.id === ind.id).progress.cumulativeActualDisplay).toBe('Adopted by parliament');
  });
});

describe('the plan: end target and progress expected by now', () => {
  it('ends an AVERAGE indicator on its last target and expects the targets due by today, not the time passed', async () => {
    // A project running 2025–2028 in quarters, so that today falls inside it.
    const { project, periods } = await makeLogframeProject(api, { plannedStart: '2025-01-01', plannedEnd: '2028-12-31' });
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const share = await addIndicator(api, impact.id, { title: 'Share of cases with legal aid', measure: '2', aggregation: 'AVERAGE', baselineValue: 30 });
    const trained = await addIndicator(api, impact.id, { title: 'Prosecutors trained', aggregation: 'SUM' });
    const today = new Date().toISOString().slice(0, 10);
    const over = periods.filter((p) => p.endDate < today); // a period's target is due once its last day has passed
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThan(periods.length);
    await api.ok(SET, {
      p: project.id,
      v: [
        // AVERAGE: targets 40, 50, 65, 80 in the last four quarters; the plan ends on 80 (the mean would be 58.75).
        ...[40, 50, 65, 80].map((target, i) => ({ indicatorId: share.id, periodId: periods[periods.length - 4 + i].id, target })),
        { indicatorId: share.id, periodId: periods[0].id, actual: 55 },
        // SUM: 20 a quarter, 16 quarters → 320; 19 reached in every quarter that is over.
        ...periods.map((p) => ({ indicatorId: trained.id, periodId: p.id, target: 20 })),
        ...over.map((p) => ({ indicatorId: trained.id, periodId: p.id, actual: 19 })),
      ],
    });
    await approveReported(api, project.id);
    const all = (await api.ok(PROGRESS, { p: project.id })).logframe.nodes.flatMap((n: any) => n.indicators);
    const by = (title: string) => all.find((i: any) => i.title === title).progress;
    // (55 − 30) / (80 − 30) = 0.5; no AVERAGE target is due before the last year, so nothing is expected yet.
    expect(by('Share of cases with legal aid')).toMatchObject({ endTarget: 80, progress: 0.5, expectedProgress: 0, status: 'ON_TRACK' });
    // Due: 20 per quarter over → 20·n / 320; reached 19·n / 320; 19 / 20 = 0.95 of the plan: on track.
    const n = over.length;
    const p = by('Prosecutors trained');
    expect(p.endTarget).toBe(320);
    expect(p.expectedProgress).toBeCloseTo((20 * n) / 320, 10);
    expect(p.progress).toBeCloseTo((19 * n) / 320, 10);
    expect(p.status).toBe('ON_TRACK');
  });
});

describe('concurrent edits', () => {
  it('refuses the second of two edits based on the same version, with the current state, and never loses the first', async () => {
    const { project } = await makeLogframeProject(api);
    const node = await addNode(api, project.id, { statement: 'Original' });
    const UPDATE = `mutation($id: ID!, $s: String!, $v: Int) { updateResultNode(id: $id, input: { statement: $s }, version: $v) { statement version } }`;
    const [a, b] = await Promise.all([api.gql(UPDATE, { id: node.id, s: 'Edit by Ana', v: node.version }), api.gql(UPDATE, { id: node.id, s: 'Edit by Ben', v: node.version })]);
    const results = [a, b];
    const won = results.filter((r) => r.data?.updateResultNode);
    const lost = results.filter((r) => r.errors);
    expect(won.length).toBe(1);
    expect(lost.length).toBe(1);
    expect(lost[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    const current = lost[0].errors?.[0].extensions?.current as { statement: string };
    expect(current.statement).toBe(won[0].data.updateResultNode.statement);
    const stored = (await api.ok(TREE, { p: project.id })).logframe.nodes[0].statement;
    expect(stored).toBe(won[0].data.updateResultNode.statement);
  });

  it('lets two people edit different nodes of one logframe at the same time', async () => {
    const { project } = await makeLogframeProject(api);
    const a = await addNode(api, project.id, { statement: 'A' });
    const b = await addNode(api, project.id, { statement: 'B' });
    const UPDATE = `mutation($id: ID!, $s: String!, $v: Int) { updateResultNode(id: $id, input: { statement: $s }, version: $v) { statement } }`;
    const [ra, rb] = await Promise.all([api.gql(UPDATE, { id: a.id, s: 'A2', v: a.version }), api.gql(UPDATE, { id: b.id, s: 'B2', v: b.version })]);
    expect([ra.errors, rb.errors]).toEqual([undefined, undefined]);
  });
});

describe('who may report what, and who sees small numbers', () => {
  it('lets a partner report actuals only on the nodes its organisation is responsible for, and never set targets', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const ngo = await makeOrganisation(api, { name: 'Shelter NGO', kind: 'NGO' });
    const police = await makeOrganisation(api, { name: 'Police academy', kind: 'LAW_ENFORCEMENT' });
    for (const org of [ngo, police]) await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: org.id, role: '4', projectId: project.id } });
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const shelters = await addNode(api, project.id, { parentId: impact.id, statement: 'Victims sheltered', responsibleOrganisationId: ngo.id });
    const training = await addNode(api, project.id, { parentId: impact.id, statement: 'Police trained', responsibleOrganisationId: police.id });
    const sheltered = await addIndicator(api, shelters.id, { title: 'Victims sheltered' });
    const trained = await addIndicator(api, training.id, { title: 'Officers trained' });
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: ngo.id });
    await partner.ok(SET, { p: project.id, v: [{ indicatorId: sheltered.id, periodId: periods[0].id, actual: 12, comment: 'From shelter registers' }] });
    const other = await partner.gql(SET, { p: project.id, v: [{ indicatorId: trained.id, periodId: periods[0].id, actual: 5 }] });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const target = await partner.gql(SET, { p: project.id, v: [{ indicatorId: sheltered.id, periodId: periods[1].id, target: 50 }] });
    expect(target.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const editNode = await partner.gql(`mutation($id: ID!) { updateResultNode(id: $id, input: { statement: "x" }) { id } }`, { id: shelters.id });
    expect(editNode.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const view = await partner.ok(`query($p: ID!) { logframe(projectId: $p) { canEdit nodes { statement canReport } } }`, { p: project.id });
    expect(view.logframe.canEdit).toBe(false);
    expect(view.logframe.nodes.map((n: any) => [n.statement, n.canReport])).toEqual([['Impact', false], ['Victims sheltered', true], ['Police trained', false]]);
  });

  it('shows small numbers of a sensitive indicator as "<5" to those who may not see raw figures, and hides a lone small category', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const ind = await addIndicator(api, impact.id, { title: 'Victims identified', sensitive: true, dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
    await api.ok(SET, {
      p: project.id,
      v: [
        { indicatorId: ind.id, periodId: periods[0].id, actual: 3 },
        { indicatorId: ind.id, periodId: periods[1].id, actual: 12 },
        { indicatorId: ind.id, periodId: periods[1].id, dimension: 'sex', category: 'female', actual: 9 },
        { indicatorId: ind.id, periodId: periods[1].id, dimension: 'sex', category: 'male', actual: 3 },
      ],
    });
    await approveReported(api, project.id);
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const seen = (await viewer.ok(PROGRESS, { p: project.id })).logframe.nodes[0].indicators[0];
    const cell = (label: string, category = '') => seen.values.find((v: any) => v.period.label === label && v.category === category);
    expect(cell(periods[0].label)).toMatchObject({ actual: null, actualDisplay: '<5', suppressed: true });
    expect(cell(periods[1].label)).toMatchObject({ actual: 12, suppressed: false });
    // "male: 3" is hidden, and so is "female: 9", which would otherwise give it away (12 − 9 = 3); both read alike.
    expect(cell(periods[1].label, 'male')).toMatchObject({ actual: null, actualDisplay: 'suppressed', suppressed: true });
    expect(cell(periods[1].label, 'female')).toMatchObject({ actual: null, actualDisplay: 'suppressed', suppressed: true });
    // The total 3 + 12 = 15 would give the masked 3 away (15 − 12): it is withheld, and so are progress and status.
    expect(seen.progress).toMatchObject({ cumulativeActual: null, cumulativeActualDisplay: 'suppressed', progress: null, status: 'NO_DATA' });
    const raw = (await api.ok(PROGRESS, { p: project.id })).logframe.nodes[0].indicators[0];
    expect(raw.values.find((v: any) => v.category === 'male').actual).toBe(3);
    expect(raw.progress.cumulativeActual).toBe(15);
  });

  it('lets a viewer or donor read nothing that depends on the masked values, in the API, the revisions and the exports', async () => {
    // Two logframes alike in all but their masked cells (1–4); every reader without raw rights must read the same.
    const donorOrg = await makeOrganisation(api, { name: 'Masking donor', kind: 'DONOR' });
    const build = async (masked: { male0: number; total1: number; female1: number; total3: number }) => {
      const { project, periods } = await makeLogframeProject(api);
      await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donorOrg.id, role: '1', projectId: project.id } });
      const impact = await addNode(api, project.id, { statement: 'Victims are protected' });
      const ind = await addIndicator(api, impact.id, { title: 'Victims identified', sensitive: true, dimensions: [{ name: 'sex', values: ['female', 'male'], exhaustive: true }] });
      const at = (n: number, more: Record<string, unknown>) => ({ indicatorId: ind.id, periodId: periods[n].id, ...more });
      await api.ok(SET, {
        p: project.id,
        v: [
          ...[0, 1, 2, 3].map((n) => at(n, { target: 10 })),
          at(0, { actual: 20 }),
          at(0, { dimension: 'sex', category: 'female', actual: 17 }),
          at(0, { dimension: 'sex', category: 'male', actual: masked.male0 }),
          at(1, { actual: masked.total1 }),
          at(1, { dimension: 'sex', category: 'female', actual: masked.female1 }),
          at(1, { dimension: 'sex', category: 'male', actual: 0 }),
          at(2, { actual: 12 }),
          at(2, { dimension: 'sex', category: 'female', actual: 6 }),
          at(2, { dimension: 'sex', category: 'male', actual: 6 }),
          at(3, { actual: masked.total3 }),
        ],
      });
      const rev = (await api.ok(`mutation($p: ID!) { approveLogframe(projectId: $p, reason: "Baseline") { id } }`, { p: project.id })).approveLogframe;
      await api.ok(SET, { p: project.id, v: [at(3, { target: 12 })] });
      await approveReported(api, project.id);
      return { project, rev };
    };
    const a = await build({ male0: 3, total1: 4, female1: 4, total3: 2 });
    const b = await build({ male0: 1, total1: 3, female1: 2, total3: 4 });
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: donorOrg.id });
    const READ = `query($p: ID!, $r: ID!) {
      logframe(projectId: $p) { nodes { statement indicators { title progress { cumulativeActual cumulativeActualDisplay endTarget progress expectedProgress status }
        values { dimension category target actual actualDisplay suppressed numerator denominator comment version period { label } } } } }
      logframeDiff(projectId: $p, fromRevisionId: $r) { changedTargets { indicatorTitle period dimension category before after } changedIndicators { title changes { field before after } } } }`;
    const download = async (cookie: string, projectId: string, format: string) => {
      const res = await fetch(`${api.url}/exports/projects/${projectId}/logframe.${format}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      if (format === 'csv') return res.text();
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
      return book.worksheets.map((w) => w.getSheetValues());
    };
    for (const reader of [viewer, donor]) {
      const read = async (x: typeof a) => ({
        api: await reader.ok(READ, { p: x.project.id, r: x.rev.id }),
        csv: await download(reader.cookie, x.project.id, 'csv'),
        xlsx: await download(reader.cookie, x.project.id, 'xlsx'),
      });
      const [seenA, seenB] = [await read(a), await read(b)];
      expect(seenB).toEqual(seenA);
      const ind = seenA.api.logframe.nodes[0].indicators[0];
      // Worked out by hand: 20 and 12 are visible; 4 and 2 read "<5"; the total 20 + 4 + 12 + 2 = 38 is withheld.
      expect(ind.values.filter((v: any) => !v.dimension).map((v: any) => v.actualDisplay)).toEqual(['20', '<5', '12', '<5']);
      expect(ind.values.filter((v: any) => v.period.label === ind.values[0].period.label && v.dimension).map((v: any) => v.actualDisplay)).toEqual(['suppressed', 'suppressed']);
      expect(ind.values.filter((v: any) => v.dimension && v.actual != null).map((v: any) => v.actual)).toEqual([6, 6]);
      expect(ind.progress).toEqual({ cumulativeActual: null, cumulativeActualDisplay: 'suppressed', endTarget: 42, progress: null, expectedProgress: 1, status: 'NO_DATA' });
      expect(seenA.api.logframeDiff.changedTargets).toEqual([{ indicatorTitle: 'Victims identified', period: expect.any(String), dimension: '', category: '', before: 10, after: 12 }]);
    }
    // Those who may see raw figures do see the difference: 20 + 4 + 12 + 2 = 38 and 20 + 3 + 12 + 4 = 39.
    const total = async (x: typeof a) => (await api.ok(READ, { p: x.project.id, r: x.rev.id })).logframe.nodes[0].indicators[0].progress.cumulativeActual;
    expect([await total(a), await total(b)]).toEqual([38, 39]);
  });
});

describe('revisions and history', () => {
  it('compares an approved revision with today: added, removed, moved and changed nodes, indicators and targets', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const impact = await addNode(api, project.id, { statement: 'Impact' });
    const a = await addNode(api, project.id, { parentId: impact.id, statement: 'Outcome A' });
    const b = await addNode(api, project.id, { parentId: impact.id, statement: 'Outcome B' });
    const doomed = await addNode(api, project.id, { parentId: a.id, statement: 'Output to drop' });
    const ind = await addIndicator(api, a.id, { title: 'Cases prosecuted' });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: periods[7].id, target: 40 }] });
    const rev = (await api.ok(`mutation($p: ID!) { approveLogframe(projectId: $p, reason: "Inception report") { id number reason } }`, { p: project.id })).approveLogframe;
    expect(rev).toMatchObject({ number: 1, reason: 'Inception report' });

    await api.ok(`mutation($id: ID!) { updateResultNode(id: $id, input: { statement: "Outcome A, reworded" }) { id } }`, { id: a.id });
    await api.ok(`mutation($id: ID!, $p: ID) { moveResultNode(id: $id, parentId: $p, position: 0) { id } }`, { id: b.id, p: impact.id });
    await api.ok(`mutation($id: ID!) { deleteResultNode(id: $id) }`, { id: doomed.id });
    const added = await addNode(api, project.id, { parentId: b.id, statement: 'New output' });
    await api.ok(`mutation($id: ID!) { updateIndicator(id: $id, input: { title: "Cases prosecuted to verdict" }) { id } }`, { id: ind.id });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: periods[7].id, target: 50 }] });

    const { logframeDiff: d } = await api.ok(
      `query($p: ID!, $r: ID!) { logframeDiff(projectId: $p, fromRevisionId: $r) {
        addedNodes { id toCode statement } removedNodes { id fromCode } movedNodes { id fromCode toCode }
        changedNodes { id changes { field before after } } changedIndicators { id changes { field before after } }
        changedTargets { indicatorId period before after } } }`,
      { p: project.id, r: rev.id },
    );
    expect(d.addedNodes).toEqual([{ id: added.id, toCode: '1.1.1', statement: 'New output' }]);
    expect(d.removedNodes).toEqual([{ id: doomed.id, fromCode: '1.1.1' }]);
    expect(d.movedNodes).toEqual(expect.arrayContaining([{ id: b.id, fromCode: '1.2', toCode: '1.1' }, { id: a.id, fromCode: '1.1', toCode: '1.2' }]));
    expect(d.changedNodes).toEqual([{ id: a.id, changes: [{ field: 'statement', before: 'Outcome A', after: 'Outcome A, reworded' }] }]);
    expect(d.changedIndicators).toEqual([{ id: ind.id, changes: [{ field: 'title', before: 'Cases prosecuted', after: 'Cases prosecuted to verdict' }] }]);
    expect(d.changedTargets).toEqual([{ indicatorId: ind.id, period: periods[7].label, before: 40, after: 50 }]);
  });

  it('records every change with who made it, per node, per indicator and per project', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const node = await addNode(api, project.id, { statement: 'First wording' });
    await api.ok(`mutation($id: ID!) { updateResultNode(id: $id, input: { statement: "Second wording" }) { id } }`, { id: node.id });
    const ind = await addIndicator(api, node.id, { title: 'Count' });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: ind.id, periodId: periods[0].id, actual: 7 }] });
    const nodeTrail = await api.ok(`query($id: ID!) { auditTrail(entityType: "ResultNode", entityId: $id) { items { action changes actor { email } } } }`, { id: node.id });
    expect(nodeTrail.auditTrail.items.map((e: any) => e.action)).toEqual(['update', 'create']);
    expect(nodeTrail.auditTrail.items[0].changes.statement).toEqual({ before: 'First wording', after: 'Second wording' });
    expect(nodeTrail.auditTrail.items[0].actor.email).toBe('admin@accord.test');
    const history = await api.ok(`query($p: ID!) { projectHistory(projectId: $p) { items { entityType action } } }`, { p: project.id });
    const kinds = history.projectHistory.items.map((e: any) => `${e.entityType} ${e.action}`);
    expect(kinds).toEqual(expect.arrayContaining(['IndicatorValue create', 'Indicator create', 'ResultNode update', 'ResultNode create', 'ReportingPeriod create']));
  });
});

describe('reporting calendars', () => {
  it('covers the project with calendar quarters, halves or years', async () => {
    const { project, periods } = await makeLogframeProject(api, { plannedStart: '2023-02-15', plannedEnd: '2024-05-10' });
    expect(periods.map((p) => p.label)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periods[0]).toMatchObject({ startDate: '2023-01-01', endDate: '2023-03-31' });
    const { setReportingCalendar } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: SEMI_ANNUAL) { label endDate } }`, { p: project.id });
    expect(setReportingCalendar).toEqual([
      { label: '2023-H1', endDate: '2023-06-30' },
      { label: '2023-H2', endDate: '2023-12-31' },
      { label: '2024-H1', endDate: '2024-06-30' },
    ]);
  });
});
