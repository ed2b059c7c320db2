/**
 * The logframe page's query costs the same few SQL statements for a logframe of 3 nodes as for one of 30, for
 * every kind of reader, and reads the same as before: codes in reading order, indicators with their values
 * oldest first, masked small numbers, responsible organisations and revisions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';

const api = useApi();

const LOGFRAME = `query($p: ID!) { logframe(projectId: $p) { projectId canEdit
  nodes { id code depth level parentId position statement description assumptions risks { description likelihood impact mitigation }
    responsibleOrganisation { id name acronym } canReport version createdAt updatedAt archivedAt
    indicators { id title definition measure unitLabel direction aggregation baselineValue baselineDate baselineNote meansOfVerification dataSource frequency sensitive sdgIndicator
      dimensions { name values exhaustive } version canReport node { id code }
      progress { cumulativeActual cumulativeActualDisplay endTarget progress expectedProgress status }
      values { id period { id label startDate endDate } dimension category target actual actualDisplay suppressed numerator denominator targetText actualText comment evidence version } } }
  periods { id label startDate endDate } revisions { id number approvedAt reason } } }`;

interface Built {
  projectId: string;
  partnerId: string;
  nodes: number;
  indicators: number;
}

/**
 * A logframe of `outcomes` outcomes under one impact, each with two outputs; every outcome and output has a
 * sensitive indicator by sex with values in the first four quarters, the outputs a responsible partner.
 */
async function build(outcomes: number, partnerId?: string): Promise<Built> {
  const { project, periods } = await makeLogframeProject(api);
  const partner = partnerId ? { id: partnerId } : await makeOrganisation(api, { name: 'Reporting partner', acronym: 'RP' });
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: partner.id, role: '4', projectId: project.id } });
  const impact = await addNode(api, project.id, { statement: 'Impact' });
  const measured: { id: string }[] = [];
  let nodes = 1;
  for (let o = 0; o < outcomes; o++) {
    const outcome = await addNode(api, project.id, { parentId: impact.id, statement: `Outcome ${o + 1}`, risks: [{ description: 'Turnover', likelihood: 'LOW', impact: 'HIGH', mitigation: 'Train more' }] });
    measured.push(outcome);
    for (let k = 0; k < 2; k++) measured.push(await addNode(api, project.id, { parentId: outcome.id, statement: `Output ${o + 1}.${k + 1}`, responsibleOrganisationId: partner.id }));
    nodes += 3;
  }
  const indicators = [];
  for (const [n, node] of measured.entries()) {
    indicators.push(await addIndicator(api, node.id, { title: `Indicator ${n}`, sensitive: true, baselineValue: 0, baselineDate: '2022-12-31', dimensions: [{ name: 'sex', values: ['female', 'male'], exhaustive: true }] }));
  }
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
    p: project.id,
    v: indicators.flatMap((i) =>
      periods.slice(0, 4).flatMap((p, q) => [
        { indicatorId: i.id, periodId: p.id, target: 10, actual: q === 1 ? 3 : 12 },
        { indicatorId: i.id, periodId: p.id, dimension: 'sex', category: 'female', actual: q === 1 ? 1 : 7 },
        { indicatorId: i.id, periodId: p.id, dimension: 'sex', category: 'male', actual: q === 1 ? 2 : 5 },
      ]),
    ),
  });
  await approveReported(api, project.id);
  await api.ok(`mutation($p: ID!) { approveLogframe(projectId: $p, reason: "Inception") { id } }`, { p: project.id });
  return { projectId: project.id, partnerId: partner.id, nodes, indicators: indicators.length };
}

let small: Built;
let large: Built;
beforeAll(async () => {
  small = await build(1);
  large = await build(10, small.partnerId);
}, 120_000);

async function counted(client: { ok: (q: string, v?: Record<string, unknown>) => Promise<any> }, projectId: string) {
  api.sql.reset();
  const data = await client.ok(LOGFRAME, { p: projectId });
  return { logframe: data.logframe, statements: api.sql.count };
}

describe('the logframe query', () => {
  it('costs the same statements for 30 nodes as for 3, for an administrator, a viewer and a partner reporter', async () => {
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const reporter = await api.signedIn([
      { role: Role.PARTNER_REPORTER, projectId: small.projectId, organisationId: small.partnerId },
      { role: Role.PARTNER_REPORTER, projectId: large.projectId, organisationId: small.partnerId },
    ]);
    for (const client of [api, viewer, reporter]) {
      const a = await counted(client, small.projectId);
      const b = await counted(client, large.projectId);
      expect(a.logframe.nodes).toHaveLength(small.nodes);
      expect(b.logframe.nodes).toHaveLength(large.nodes);
      expect(b.logframe.nodes.flatMap((n: any) => n.indicators)).toHaveLength(large.indicators);
      expect(b.statements).toBe(a.statements);
      // Caller, project, nodes, periods, revisions, organisations, indicators, values.
      expect(b.statements).toBeLessThanOrEqual(8);
    }
  });

  it('reads the tree in order with its codes, the values oldest first, and masks small numbers for a viewer only', async () => {
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const asAdmin = (await counted(api, large.projectId)).logframe;
    const asViewer = (await counted(viewer, large.projectId)).logframe;
    expect(asAdmin.nodes.slice(0, 5).map((n: any) => `${n.code} ${n.depth} ${n.statement}`)).toEqual(['1 0 Impact', '1.1 1 Outcome 1', '1.1.1 2 Output 1.1', '1.1.2 2 Output 1.2', '1.2 1 Outcome 2']);
    expect(asAdmin.nodes.at(-1)).toMatchObject({ code: '1.10.2', depth: 2, level: 'OUTPUT', responsibleOrganisation: { name: 'Reporting partner', acronym: 'RP' } });
    expect(asAdmin.nodes[1].risks).toEqual([{ description: 'Turnover', likelihood: 'LOW', impact: 'HIGH', mitigation: 'Train more' }]);
    expect(asAdmin.nodes[2].parentId).toBe(asAdmin.nodes[1].id);
    expect(asAdmin.revisions).toEqual([{ id: expect.any(String), number: 1, approvedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), reason: 'Inception' }]);
    expect(asAdmin.periods.map((p: any) => p.label)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);

    const indicator = asAdmin.nodes[2].indicators[0];
    expect(indicator).toMatchObject({ baselineValue: 0, baselineDate: '2022-12-31', sensitive: true, canReport: true, node: { id: asAdmin.nodes[2].id, code: '1.1.1' } });
    expect(indicator.values.map((v: any) => `${v.period.label} ${v.dimension}:${v.category} ${v.actualDisplay}`)).toEqual(
      ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'].flatMap((q, i) => [`${q} : ${i === 1 ? 3 : 12}`, `${q} sex:female ${i === 1 ? 1 : 7}`, `${q} sex:male ${i === 1 ? 2 : 5}`]),
    );
    expect(indicator.progress).toMatchObject({ cumulativeActual: 39, endTarget: 40, status: 'ON_TRACK' });

    const masked = asViewer.nodes[2].indicators[0];
    expect(asViewer.canEdit).toBe(false);
    expect(masked.canReport).toBe(false);
    expect(masked.values.filter((v: any) => v.period.label === '2023-Q2').map((v: any) => [v.actual, v.actualDisplay, v.suppressed])).toEqual([
      [null, '<5', true],
      [null, 'suppressed', true],
      [null, 'suppressed', true],
    ]);
    expect(masked.progress).toMatchObject({ cumulativeActual: null, cumulativeActualDisplay: 'suppressed', status: 'NO_DATA', endTarget: 40 });
  });
});
