/**
 * Ids cannot be probed: for a record the caller may not see, every mutation answers exactly as it does for
 * an id that exists nowhere. FORBIDDEN is kept for records the caller sees but may not change.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client, type GraphQLResponse } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

/** The ids of one hidden record of each kind, filled in beforeAll. */
const hidden: Record<string, string> = {};
const who: Record<string, Client> = {};

beforeAll(async () => {
  const lead = await makeOrganisation(api, { name: 'Lead agency' });
  const donorA = await makeOrganisation(api, { name: 'Donor A', kind: 'DONOR' });
  const partner = await makeOrganisation(api, { name: 'Partner', kind: 'NGO' });
  const p = await makeProgramme(api, { title: 'Programme P', leadAgencyId: lead.id });
  const p1 = await makeProject(api, p.id, { title: 'Project P1' });
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donorA.id, role: '1', projectId: p1.id } });
  // Programme Q and its project Q1 are outside what donor A and the partner reporter of P1 may see.
  const q = await makeProgramme(api, { title: 'Programme Q', leadAgencyId: lead.id });
  const q1 = await makeProject(api, q.id, { title: 'Project Q1', plannedStart: '2023-01-01', plannedEnd: '2024-12-31' });
  const [period] = (await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id } }`, { p: q1.id })).setReportingCalendar;
  const node = await addNode(api, q1.id, { statement: 'Hidden impact' });
  const indicator = await addIndicator(api, node.id, { title: 'Hidden indicator' });
  const doc = await api.ok(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Doc", url: "https://example.org/x.pdf", category: "A02" }) { id } }`, { p: q1.id });
  const participation = await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: partner.id, role: '4', projectId: q1.id } });
  const revision = await api.ok(`mutation($p: ID!) { approveLogframe(projectId: $p, reason: "Baseline") { id } }`, { p: q1.id });
  Object.assign(hidden, {
    programme: q.id,
    project: q1.id,
    node: node.id,
    indicator: indicator.id,
    document: doc.addDocument.id,
    participation: participation.addParticipation.id,
    period: period.id,
    revision: revision.approveLogframe.id,
    partner: partner.id,
  });
  who.donorA = await api.signedIn([{ role: Role.DONOR }], { organisationId: donorA.id });
  who.partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: p1.id }], { organisationId: partner.id });
  who.managerP = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: p.id }]);
});

/** Each operation that names a record, run with the id to probe in `target`. */
const operations: { name: string; run: (c: Client, target: string) => Promise<GraphQLResponse> }[] = [
  { name: 'updateProgramme', run: (c, id) => c.gql(`mutation($id: ID!) { updateProgramme(id: $id, input: { description: "x" }) { id } }`, { id }) },
  {
    name: 'createProject',
    run: (c, id) => c.gql(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, { i: { programmeId: id, iatiIdentifier: `XM-PROBE-${randomUUID().slice(0, 8)}`, title: 'Probe', plannedStart: '2024-01-01', plannedEnd: '2025-01-01' } }),
  },
  { name: 'addParticipation to a programme', run: (c, id) => c.gql(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: hidden.partner, role: '4', programmeId: id } }) },
  { name: 'updateProject', run: (c, id) => c.gql(`mutation($id: ID!) { updateProject(id: $id, input: { description: "x" }) { id } }`, { id }) },
  { name: 'archiveProject', run: (c, id) => c.gql(`mutation($id: ID!) { archiveProject(id: $id) { id } }`, { id }) },
  { name: 'restoreProject', run: (c, id) => c.gql(`mutation($id: ID!) { restoreProject(id: $id) { id } }`, { id }) },
  { name: 'approveLogframe', run: (c, id) => c.gql(`mutation($id: ID!) { approveLogframe(projectId: $id, reason: "x") { id } }`, { id }) },
  { name: 'setReportingCalendar', run: (c, id) => c.gql(`mutation($id: ID!) { setReportingCalendar(projectId: $id, frequency: ANNUAL) { id } }`, { id }) },
  { name: 'addResultNode', run: (c, id) => c.gql(`mutation($id: ID!) { addResultNode(input: { projectId: $id, statement: "x" }) { id } }`, { id }) },
  { name: 'addDocument', run: (c, id) => c.gql(`mutation($id: ID!) { addDocument(projectId: $id, input: { title: "Doc", url: "https://example.org/y.pdf", category: "A02" }) { id } }`, { id }) },
  { name: 'addParticipation to a project', run: (c, id) => c.gql(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: hidden.partner, role: '3', projectId: id } }) },
  {
    name: 'setIndicatorValues',
    run: (c, id) => c.gql(`mutation($id: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $id, values: $v) { id } }`, { id, v: [{ indicatorId: hidden.indicator, periodId: hidden.period, actual: 1 }] }),
  },
  { name: 'updateResultNode', run: (c, id) => c.gql(`mutation($id: ID!) { updateResultNode(id: $id, input: { statement: "x" }) { id } }`, { id }) },
  { name: 'deleteResultNode', run: (c, id) => c.gql(`mutation($id: ID!) { deleteResultNode(id: $id) }`, { id }) },
  { name: 'moveResultNode', run: (c, id) => c.gql(`mutation($id: ID!) { moveResultNode(id: $id, position: 0) { id } }`, { id }) },
  { name: 'addIndicator', run: (c, id) => c.gql(`mutation($id: ID!) { addIndicator(nodeId: $id, input: { title: "x" }) { id } }`, { id }) },
  { name: 'updateIndicator', run: (c, id) => c.gql(`mutation($id: ID!) { updateIndicator(id: $id, input: { title: "x" }) { id } }`, { id }) },
  { name: 'deleteIndicator', run: (c, id) => c.gql(`mutation($id: ID!) { deleteIndicator(id: $id) }`, { id }) },
  { name: 'updateDocument', run: (c, id) => c.gql(`mutation($id: ID!) { updateDocument(id: $id, input: { title: "Doc", url: "https://example.org/z.pdf", category: "A02" }) { id } }`, { id }) },
  { name: 'removeDocument', run: (c, id) => c.gql(`mutation($id: ID!) { removeDocument(id: $id) }`, { id }) },
  { name: 'removeParticipation', run: (c, id) => c.gql(`mutation($id: ID!) { removeParticipation(id: $id) }`, { id }) },
];

/** Which hidden record each operation probes. */
const targetOf: Record<string, string> = {
  updateProgramme: 'programme',
  createProject: 'programme',
  'addParticipation to a programme': 'programme',
  updateResultNode: 'node',
  deleteResultNode: 'node',
  moveResultNode: 'node',
  addIndicator: 'node',
  updateIndicator: 'indicator',
  deleteIndicator: 'indicator',
  updateDocument: 'document',
  removeDocument: 'document',
  removeParticipation: 'participation',
};

/** What a client can compare between two answers: the code, and the message and fields with the id blanked. */
function answer(res: GraphQLResponse, id: string) {
  const blank = (s: string) => s.split(id).join('<id>');
  const error = res.errors?.[0];
  return {
    data: res.data ?? null,
    errors: res.errors?.length ?? 0,
    code: error?.extensions?.code,
    message: blank(error?.message ?? ''),
    fields: (error?.extensions?.fields ?? []).map((f) => ({ field: f.field, message: blank(f.message) })),
  };
}

describe('a record the caller may not see', () => {
  for (const op of operations) {
    it(`${op.name}: answers exactly as for an id that does not exist`, async () => {
      const real = hidden[targetOf[op.name] ?? 'project'];
      for (const role of ['donorA', 'partner']) {
        const random = randomUUID();
        const forReal = answer(await op.run(who[role], real), real);
        const forRandom = answer(await op.run(who[role], random), random);
        expect(forReal.code, `${role}: ${JSON.stringify(forReal)}`).toBe('NOT_FOUND');
        expect(forReal, role).toEqual(forRandom);
      }
    });
  }

  it('stays FORBIDDEN for a caller who sees the record but may not change it', async () => {
    for (const op of operations.filter((o) => o.name !== 'setIndicatorValues')) {
      const res = await op.run(who.managerP, hidden[targetOf[op.name] ?? 'project']);
      expect(res.errors?.[0].extensions?.code, op.name).toBe('FORBIDDEN');
      expect((await op.run(who.managerP, randomUUID())).errors?.[0].extensions?.code, op.name).toBe('NOT_FOUND');
    }
  });

  it('leaves every hidden record as it was', async () => {
    const [row] = await api.raw(
      `select (select count(*) from result_node where project_id = ?)::int as nodes, (select count(*) from document where project_id = ?)::int as docs,
              (select count(*) from indicator_value where project_id = ?)::int as vals, (select archived_at from project where id = ?) as archived`,
      [hidden.project, hidden.project, hidden.project, hidden.project],
    );
    expect(row).toEqual({ nodes: 1, docs: 1, vals: 0, archived: null });
  });
});

describe('a logframe', () => {
  it('of a project that does not exist is NOT_FOUND, even for an administrator', async () => {
    const id = randomUUID();
    const res = await api.gql(`query($id: ID!) { logframe(projectId: $id) { nodes { id } } }`, { id });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe(`Project ${id} was not found.`);
  });

  it('of a hidden project answers a donor exactly as one that does not exist', async () => {
    const random = randomUUID();
    const q = `query($id: ID!) { logframe(projectId: $id) { nodes { id } } }`;
    expect(answer(await who.donorA.gql(q, { id: hidden.project }), hidden.project)).toEqual(answer(await who.donorA.gql(q, { id: random }), random));
  });
});
