/**
 * Programme-level results: project indicators linked to a programme indicator roll up by its rule, with the
 * numbers worked out here by hand. Links that would add figures in another unit or measure, from another
 * programme or from a qualitative indicator are refused at the field. A donor who may not see a small number of a
 * sensitive indicator gets the roll-up withheld, and no total counts a project the caller may not read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { makeOrganisation } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';
import { LINK, RESULTS, indicatorWith, link, makeProgramme, plannedProject, programmeIndicator, resultsOf, type PlannedProject } from '../support/programme-results.js';

const api = useApi();

const quarters = (year: number, cell: Record<string, number>) => Object.fromEntries([1, 2, 3, 4].map((q) => [`${year}-Q${q}`, cell]));

let programme: string;
let a: PlannedProject, b: PlannedProject, c: PlannedProject;
const pi: Record<string, string> = {};
const ind: Record<string, string> = {};
let donorOrg: string;

beforeAll(async () => {
  programme = (await makeProgramme(api, { title: 'Joint programme with results' })).id;
  [a, b, c] = [await plannedProject(api, programme, 'A project'), await plannedProject(api, programme, 'B project'), await plannedProject(api, programme, 'C project')];
  const trained = { title: 'Officials trained', measure: '1', unitLabel: 'officials', aggregation: 'SUM' };
  ind.trainedA = await indicatorWith(api, a, { ...trained, baselineValue: 0 }, { ...quarters(2023, { target: 10 }), ...quarters(2024, { target: 10 }), '2023-Q1': { target: 10, actual: 12 }, '2023-Q2': { target: 10, actual: 8 }, '2023-Q3': { target: 10, actual: 10 }, '2023-Q4': { target: 10, actual: 10 } });
  ind.trainedB = await indicatorWith(api, b, { ...trained, baselineValue: 4 }, { ...quarters(2023, { target: 5 }), ...quarters(2024, { target: 5 }), '2023-Q1': { target: 5, actual: 5 }, '2023-Q2': { target: 5, actual: 5 }, '2024-Q1': { target: 5, actual: 6 } });
  ind.trainedC = await indicatorWith(api, c, { ...trained, unitLabel: 'Officials ' }, { '2024-Q1': { actual: 7 }, '2024-Q2': { actual: 3 }, '2024-Q4': { target: 20 } });
  const share = { title: 'Share of cases referred', measure: '2', unitLabel: '%', aggregation: 'AVERAGE' };
  ind.shareA = await indicatorWith(api, a, { ...share, baselineValue: 20 }, { '2023-Q1': { actual: 30 }, '2023-Q2': { actual: 40 }, '2024-Q4': { target: 60 } });
  ind.shareB = await indicatorWith(api, b, { ...share, baselineValue: 40 }, { '2023-Q1': { actual: 50 }, '2023-Q2': { actual: 70 }, '2023-Q3': { actual: 60 }, '2024-Q4': { target: 80 } });
  ind.shareC = await indicatorWith(api, c, { ...share, unitLabel: 'percent of cases' });
  const laws = { title: 'Laws amended', measure: '1', unitLabel: 'laws', aggregation: 'MAX', baselineValue: 0 };
  ind.lawsA = await indicatorWith(api, a, laws, { '2023-Q2': { actual: 1 }, '2023-Q4': { actual: 2 }, '2024-Q4': { target: 3 } });
  ind.lawsB = await indicatorWith(api, b, laws, { '2024-Q1': { actual: 4 }, '2024-Q4': { target: 2 } });
  ind.lawsC = await indicatorWith(api, c, laws, { '2024-Q3': { actual: 3 }, '2024-Q4': { target: 5 } });
  const rate = { title: 'Conviction rate', measure: '2', unitLabel: '%', aggregation: 'RATIO' };
  ind.rateA = await indicatorWith(api, a, rate, { '2023-Q1': { numerator: 3, denominator: 10 }, '2023-Q2': { numerator: 6, denominator: 10 }, '2024-Q4': { target: 60 } });
  ind.rateB = await indicatorWith(api, b, rate, { '2024-Q1': { numerator: 18, denominator: 30 }, '2024-Q4': { target: 80 } });
  const victims = { title: 'Victims identified', measure: '1', unitLabel: 'victims', aggregation: 'SUM', sensitive: true };
  ind.victimsA = await indicatorWith(api, a, victims, { '2023-Q1': { target: 10, actual: 3 }, '2023-Q2': { target: 10, actual: 10 } });
  ind.victimsB = await indicatorWith(api, b, victims, { '2023-Q1': { target: 5, actual: 7 } });
  const small = { title: 'Victims sheltered', measure: '1', unitLabel: 'victims', aggregation: 'SUM', sensitive: true };
  ind.shelteredA = await indicatorWith(api, a, small, { '2023-Q1': { actual: 0 } });
  ind.shelteredB = await indicatorWith(api, b, small, { '2023-Q1': { actual: 6 } });
  // Only approved figures count: a manager approves what the projects reported.
  for (const p of [a, b, c]) await approveReported(api, p.id);

  pi.trained = (await programmeIndicator(api, programme, { title: 'Officials trained', unitLabel: 'officials', aggregation: 'SUM', resultType: 'OUTPUT' })).id;
  pi.share = (await programmeIndicator(api, programme, { title: 'Share of cases referred', measure: '2', unitLabel: '%', aggregation: 'AVERAGE', resultType: 'OUTCOME', sdgIndicator: '16.3.1' })).id;
  pi.laws = (await programmeIndicator(api, programme, { title: 'Laws amended', unitLabel: 'laws', aggregation: 'MAX' })).id;
  pi.rate = (await programmeIndicator(api, programme, { title: 'Conviction rate', measure: '2', unitLabel: '%', aggregation: 'RATIO' })).id;
  pi.victims = (await programmeIndicator(api, programme, { title: 'Victims identified', unitLabel: 'victims', aggregation: 'SUM' })).id;
  pi.sheltered = (await programmeIndicator(api, programme, { title: 'Victims sheltered', unitLabel: 'victims', aggregation: 'AVERAGE' })).id;
  for (const [name, id] of Object.entries(ind)) {
    const target = pi[name.slice(0, -1)];
    if (name !== 'shareC') await link(api, id, target);
  }
  // The donor funds projects A and B, not C.
  donorOrg = (await makeOrganisation(api, { kind: 'DONOR', name: 'Results donor' })).id;
  for (const p of [a, b]) await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donorOrg, role: '1', projectId: p.id } });
}, 120_000);

describe('the roll-up, by its rule', () => {
  it('SUM adds the projects’ baselines, end targets and actuals, in one unit whatever its spelling', async () => {
    const r = (await resultsOf(api, programme))['Officials trained'].rollup;
    // A: baseline 0, target 8 × 10 = 80, actual 12 + 8 + 10 + 10 = 40; B: 4, 8 × 5 = 40, 5 + 5 + 6 = 16; C: none, 20, 7 + 3 = 10.
    expect(r).toMatchObject({ baseline: 4, endTarget: 140, cumulativeActual: 66, cumulativeActualDisplay: '66', contributingProjects: 3 });
    expect(r.progress).toBeCloseTo((66 - 4) / (140 - 4), 6);
    // Every period is over: each project was due its end target, so 140 was expected: progress 0.46 of 1 is off track.
    expect(r.expectedProgress).toBeCloseTo(1, 6);
    expect(r.status).toBe('OFF_TRACK');
    expect(r.byYear).toEqual([
      { year: 2023, target: 40 + 20, actual: 40 + 10, actualDisplay: '50' },
      { year: 2024, target: 40 + 20 + 20, actual: 6 + 10, actualDisplay: '16' },
    ]);
    expect(r.contributions.map((x: any) => [x.project.title, x.progress.cumulativeActual])).toEqual([['A project', 40], ['B project', 16], ['C project', 10]]);
  });

  it('AVERAGE takes the means', async () => {
    const r = (await resultsOf(api, programme))['Share of cases referred'].rollup;
    // A: baseline 20, target 60, actual (30 + 40) / 2 = 35; B: 40, 80, (50 + 70 + 60) / 3 = 60. C counts in another unit and is not linked.
    expect(r).toMatchObject({ baseline: 30, endTarget: 70, cumulativeActual: 47.5, contributingProjects: 2, status: 'OFF_TRACK' });
    expect(r.progress).toBeCloseTo((47.5 - 30) / (70 - 30), 6);
  });

  it('MAX takes the highest', async () => {
    const r = (await resultsOf(api, programme))['Laws amended'].rollup;
    // Actuals: A max(1, 2) = 2, B 4, C 3; targets 3, 2, 5.
    expect(r).toMatchObject({ baseline: 0, endTarget: 5, cumulativeActual: 4, progress: 0.8, status: 'AT_RISK' });
  });

  it('RATIO pools numerators and denominators, so that a project weighs by its cases', async () => {
    const r = (await resultsOf(api, programme))['Conviction rate'].rollup;
    // (3 + 6 + 18) / (10 + 10 + 30) = 54 %, where the mean of the projects' rates (45 %, 60 %) would be 52.5 %.
    expect(r.cumulativeActual).toBeCloseTo(54, 6);
    expect(r.endTarget).toBe(70);
    expect(r.progress).toBeCloseTo(54 / 70, 6);
    expect(r.status).toBe('AT_RISK');
    expect(r.byYear[0].actual).toBeCloseTo(45, 6);
    expect(r.byYear[1]).toMatchObject({ year: 2024, target: 70 });
    expect(r.byYear[1].actual).toBeCloseTo(60, 6);
  });
});

describe('masking and access to the roll-up', () => {
  it('withholds the roll-up from a donor when a contributing sensitive indicator has a masked total; the manager sees the number', async () => {
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme }]);
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: donorOrg }], { organisationId: donorOrg });
    const seen = (await resultsOf(manager, programme))['Victims identified'].rollup;
    expect(seen).toMatchObject({ cumulativeActual: 20, cumulativeActualDisplay: '20', endTarget: 25 });
    expect(seen.byYear).toEqual([{ year: 2023, target: 25, actual: 20, actualDisplay: '20' }, { year: 2024, target: null, actual: null, actualDisplay: null }]);
    const hidden = (await resultsOf(donor, programme))['Victims identified'].rollup;
    expect(hidden).toMatchObject({ cumulativeActual: null, cumulativeActualDisplay: 'suppressed', progress: null, status: 'NO_DATA', endTarget: 25 });
    expect(hidden.byYear[0]).toEqual({ year: 2023, target: 25, actual: null, actualDisplay: 'suppressed' });
    expect(JSON.stringify(hidden)).not.toMatch(/"cumulativeActual":(3|13|20)\b/);
    // A roll-up of 1–4 reads "<5": the mean of 0 and 6 is 3.
    expect((await resultsOf(manager, programme))['Victims sheltered'].rollup.cumulativeActual).toBe(3);
    expect((await resultsOf(donor, programme))['Victims sheltered'].rollup).toMatchObject({ cumulativeActual: null, cumulativeActualDisplay: '<5', status: 'NO_DATA' });
  });

  it('counts only the projects the caller reads', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: donorOrg }], { organisationId: donorOrg });
    const r = (await resultsOf(donor, programme))['Officials trained'].rollup;
    expect(r).toMatchObject({ contributingProjects: 2, cumulativeActual: 40 + 16, endTarget: 80 + 40 });
    expect(r.contributions.map((x: any) => x.project.title)).toEqual(['A project', 'B project']);
    const reporterOrg = await makeOrganisation(api, { kind: 'NGO' });
    const reporter = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: c.id, organisationId: reporterOrg.id }], { organisationId: reporterOrg.id });
    expect((await resultsOf(reporter, programme))['Officials trained'].rollup).toMatchObject({ contributingProjects: 1, cumulativeActual: 10, endTarget: 20 });
  });

  it('lets the programme’s managers and administrators create programme indicators, and nobody else', async () => {
    const other = (await makeProgramme(api)).id;
    const input = { title: 'Cases adjudicated', unitLabel: 'cases' };
    const create = `mutation($p: ID!, $i: ProgrammeIndicatorInput!) { createProgrammeIndicator(programmeId: $p, input: $i) { id } }`;
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme }]);
    expect((await manager.gql(create, { p: programme, i: input })).errors).toBeUndefined();
    for (const [roles, code] of [
      [[{ role: Role.PROGRAMME_MANAGER, programmeId: other }], 'FORBIDDEN'],
      [[{ role: Role.PROGRAMME_MANAGER, projectId: a.id }], 'FORBIDDEN'],
      [[{ role: Role.VIEWER }], 'FORBIDDEN'],
      [[{ role: Role.DONOR, organisationId: donorOrg }], 'FORBIDDEN'],
    ] as const) {
      const caller = await api.signedIn([...roles]);
      expect((await caller.gql(create, { p: programme, i: input })).errors?.[0].extensions?.code).toBe(code);
      expect((await caller.gql(`mutation($id: ID!) { deleteProgrammeIndicator(id: $id) }`, { id: pi.trained })).errors?.[0].extensions?.code).toBe(code);
    }
    expect((await api.anonymous.gql(create, { p: programme, i: input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets the project’s managers link its indicators, and nobody else', async () => {
    const extra = await indicatorWith(api, a, { title: 'Judges trained', unitLabel: 'officials' });
    const projectManager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: a.id }]);
    expect((await projectManager.ok(LINK, { i: extra, pi: pi.trained })).linkIndicator.programmeIndicator.title).toBe('Officials trained');
    for (const roles of [[{ role: Role.VIEWER }], [{ role: Role.PROGRAMME_MANAGER, projectId: b.id }]]) {
      const caller = await api.signedIn(roles);
      expect((await caller.gql(`mutation($i: ID!) { unlinkIndicator(indicatorId: $i) { id } }`, { i: extra })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    await projectManager.ok(`mutation($i: ID!) { unlinkIndicator(indicatorId: $i) { id programmeIndicator { id } } }`, { i: extra });
  });
});

describe('links', () => {
  const refusal = async (indicatorId: string, programmeIndicatorId: string) => {
    const res = await api.gql(LINK, { i: indicatorId, pi: programmeIndicatorId });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions!.fields!.map((f) => `${f.field}: ${f.message}`).join('\n');
  };

  it('are refused at programmeIndicatorId for another unit, another measure, another programme or a qualitative indicator', async () => {
    expect(await refusal(ind.shareC, pi.share)).toMatch(/^programmeIndicatorId: .*counts in “%”, this indicator in “percent of cases”: figures in different units are never added/);
    const countOfPercent = await indicatorWith(api, c, { title: 'Cases referred', measure: '1', unitLabel: '%' });
    expect(await refusal(countOfPercent, pi.share)).toMatch(/^programmeIndicatorId: .*is measured as a percentage, this indicator as a count/);
    const elsewhere = await plannedProject(api, (await makeProgramme(api)).id, 'Project elsewhere');
    const foreign = await indicatorWith(api, elsewhere, { title: 'Officials trained', unitLabel: 'officials' });
    expect(await refusal(foreign, pi.trained)).toMatch(/^programmeIndicatorId: “Officials trained” belongs to another programme/);
    const words = await indicatorWith(api, c, { title: 'Law adopted', measure: '5' });
    expect(await refusal(words, pi.trained)).toMatch(/^programmeIndicatorId: a qualitative indicator has no figures to roll up/);
    const averaged = await indicatorWith(api, c, { title: 'Conviction rate', measure: '2', unitLabel: '%', aggregation: 'AVERAGE' });
    expect(await refusal(averaged, pi.rate)).toMatch(/^programmeIndicatorId: .*pools numerators and denominators/);
    const unlinked = await api.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id programmeIndicator { id } } } } }`, { p: c.id });
    for (const i of unlinked.logframe.nodes.flatMap((n: any) => n.indicators)) if ([countOfPercent, words, averaged].includes(i.id)) expect(i.programmeIndicator).toBeNull();
  });

  it('hold when either side changes: a change of unit that breaks one is refused at the unit', async () => {
    const update = `mutation($id: ID!, $i: IndicatorInput!) { updateIndicator(id: $id, input: $i) { id } }`;
    const res = await api.gql(update, { id: ind.trainedC, i: { unitLabel: 'training days' } });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'unitLabel', message: expect.stringContaining('figures in different units are never added') }]);
    const pres = await api.gql(`mutation($id: ID!, $i: ProgrammeIndicatorInput!) { updateProgrammeIndicator(id: $id, input: $i) { id } }`, { id: pi.trained, i: { unitLabel: 'people' } });
    expect(pres.errors?.[0].extensions?.fields).toEqual([{ field: 'unitLabel', message: '3 linked project indicators do not fit this unit; unlink them first, or change them alike' }]);
    expect((await resultsOf(api, programme))['Officials trained']).toMatchObject({ unitLabel: 'officials', rollup: { contributingProjects: 3 } });
  });

  it('are made or removed with the indicator itself, in one change', async () => {
    const add = `mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id programmeIndicator { id title } } }`;
    const bad = await api.gql(add, { n: c.outcome, i: { title: 'Prosecutors trained', unitLabel: 'prosecutors', programmeIndicatorId: pi.trained } });
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('programmeIndicatorId');
    const count = async () => (await api.raw(`select count(*)::int as n from indicator where project_id = ?`, [c.id]))[0].n;
    const before = await count();
    expect((await api.gql(add, { n: c.outcome, i: { title: 'Prosecutors trained', unitLabel: 'prosecutors', programmeIndicatorId: pi.trained } })).errors).toBeDefined();
    expect(await count()).toBe(before);
    const made = (await api.ok(add, { n: c.outcome, i: { title: 'Judges trained', unitLabel: 'officials', programmeIndicatorId: pi.trained } })).addIndicator;
    expect(made.programmeIndicator).toEqual({ id: pi.trained, title: 'Officials trained' });
    const cleared = await api.ok(`mutation($id: ID!) { updateIndicator(id: $id, input: { programmeIndicatorId: null }) { programmeIndicator { id } } }`, { id: made.id });
    expect(cleared.updateIndicator.programmeIndicator).toBeNull();
  });

  it('are undone when the programme indicator is deleted; the indicators keep their figures', async () => {
    const temp = (await programmeIndicator(api, programme, { title: 'Temporary', unitLabel: 'laws', aggregation: 'MAX' })).id;
    const extra = await indicatorWith(api, b, { title: 'Decrees', unitLabel: 'laws', aggregation: 'MAX' }, { '2023-Q1': { actual: 2 } });
    await approveReported(api, b.id);
    const linked = await link(api, extra, temp);
    expect((await api.ok(`mutation($id: ID!) { deleteProgrammeIndicator(id: $id) }`, { id: temp })).deleteProgrammeIndicator).toBe(temp);
    const after = await api.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id version programmeIndicator { id } progress { cumulativeActual } } } } }`, { p: b.id });
    const decrees = after.logframe.nodes.flatMap((n: any) => n.indicators).find((i: any) => i.id === extra);
    expect(decrees).toMatchObject({ programmeIndicator: null, version: linked.version + 1, progress: { cumulativeActual: 2 } });
    expect(await api.raw(`select action from audit_event where entity_id = ? order by at`, [extra])).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'update' }]);
  });

  it('are refused with CONFLICT on a stale version, as are changes to a programme indicator', async () => {
    const extra = await indicatorWith(api, a, { title: 'Clerks trained', unitLabel: 'officials' });
    const res = await api.gql(LINK, { i: extra, pi: pi.trained, v: 7 });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ version }] = await api.raw(`select version from programme_indicator where id = ?`, [pi.laws]);
    const update = `mutation($id: ID!, $v: Int) { updateProgrammeIndicator(id: $id, input: { definition: "Laws and decrees" }, version: $v) { version definition } }`;
    expect((await api.ok(update, { id: pi.laws, v: version })).updateProgrammeIndicator).toEqual({ version: version + 1, definition: 'Laws and decrees' });
    expect((await api.gql(update, { id: pi.laws, v: version })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
  });
});

describe('reading a programme’s results', () => {
  it('costs the same statements for 2 programme indicators of one project as for six and more of three projects, for an administrator and for a donor', async () => {
    const small = (await makeProgramme(api)).id;
    const projects = [await plannedProject(api, small, 'S1')];
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donorOrg, role: '1', projectId: projects[0].id } });
    for (const t of ['One', 'Two']) {
      const id = (await programmeIndicator(api, small, { title: t, unitLabel: 'people' })).id;
      await link(api, await indicatorWith(api, projects[0], { title: t, unitLabel: 'people', sensitive: true }, { '2023-Q1': { target: 5, actual: 6 } }), id);
    }
    const count = async (client: Client, id: string) => {
      await client.ok(RESULTS, { id }); // the caller's identity and grants are read once per session
      api.sql.reset();
      await client.ok(RESULTS, { id });
      return api.sql.count;
    };
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: donorOrg }], { organisationId: donorOrg });
    expect((await api.ok(RESULTS, { id: programme })).programme.resultIndicators.length).toBeGreaterThanOrEqual(6);
    for (const client of [api, donor]) expect(await count(client, programme)).toBe(await count(client, small));
  });
});
