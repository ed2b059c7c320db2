/**
 * Every role against every query and mutation, on data chosen so that a leak would show:
 * two donors funding different projects, and two partners reporting on one project.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

const ids: Record<string, string> = {};
const who: Record<string, Client> = {};

async function fund(organisationId: string, target: { projectId?: string; programmeId?: string }) {
  await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId, role: '1', ...target } });
}

beforeAll(async () => {
  const lead = await makeOrganisation(api, { name: 'Lead agency' });
  const donorA = await makeOrganisation(api, { name: 'Donor A', kind: 'DONOR' });
  const donorB = await makeOrganisation(api, { name: 'Donor B', kind: 'DONOR' });
  const partner1 = await makeOrganisation(api, { name: 'Partner 1', kind: 'NGO' });
  const partner2 = await makeOrganisation(api, { name: 'Partner 2', kind: 'NGO' });
  // Programme P: project P1 funded by donor A, project P2 funded by donor B.
  const p = await makeProgramme(api, { title: 'Programme P', leadAgencyId: lead.id });
  const p1 = await makeProject(api, p.id, { title: 'Project P1', internalNotes: 'P1 staff note' });
  const p2 = await makeProject(api, p.id, { title: 'Project P2', internalNotes: 'P2 staff note' });
  // Programme Q, funded as a whole by donor B: its project Q1 is donor B's through the programme.
  const q = await makeProgramme(api, { title: 'Programme Q', leadAgencyId: lead.id });
  const q1 = await makeProject(api, q.id, { title: 'Project Q1' });
  await fund(donorA.id, { projectId: p1.id });
  await fund(donorB.id, { projectId: p2.id });
  await fund(donorB.id, { programmeId: q.id });
  Object.assign(ids, { lead: lead.id, donorA: donorA.id, donorB: donorB.id, partner1: partner1.id, partner2: partner2.id, p: p.id, p1: p1.id, p2: p2.id, q: q.id, q1: q1.id });

  who.admin = api;
  who.viewer = await api.signedIn([{ role: Role.VIEWER }]);
  who.managerP = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: p.id }]);
  who.managerP2 = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: p2.id }]);
  who.partner1 = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: p1.id }], { organisationId: partner1.id });
  who.partner2 = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: p1.id }], { organisationId: partner2.id });
  who.donorA = await api.signedIn([{ role: Role.DONOR }], { organisationId: donorA.id });
  who.donorB = await api.signedIn([{ role: Role.DONOR }], { organisationId: donorB.id });
  who.anonymous = api.anonymous;
});

const PROGRAMMES = `{ programmes { title projectCount projects { title } } }`;
const PROJECTS = `{ projects(first: 100) { totalCount items { title } } }`;

describe('reading', () => {
  it('lists exactly the programmes and projects each role may see, nested lists and counts included', async () => {
    const expected: Record<string, { programmes: Record<string, string[]>; projects: string[] }> = {
      admin: { programmes: { 'Programme P': ['Project P1', 'Project P2'], 'Programme Q': ['Project Q1'] }, projects: ['Project P1', 'Project P2', 'Project Q1'] },
      viewer: { programmes: { 'Programme P': ['Project P1', 'Project P2'], 'Programme Q': ['Project Q1'] }, projects: ['Project P1', 'Project P2', 'Project Q1'] },
      managerP: { programmes: { 'Programme P': ['Project P1', 'Project P2'], 'Programme Q': ['Project Q1'] }, projects: ['Project P1', 'Project P2', 'Project Q1'] },
      partner1: { programmes: { 'Programme P': ['Project P1'] }, projects: ['Project P1'] },
      partner2: { programmes: { 'Programme P': ['Project P1'] }, projects: ['Project P1'] },
      donorA: { programmes: { 'Programme P': ['Project P1'] }, projects: ['Project P1'] },
      donorB: { programmes: { 'Programme P': ['Project P2'], 'Programme Q': ['Project Q1'] }, projects: ['Project P2', 'Project Q1'] },
    };
    for (const [role, want] of Object.entries(expected)) {
      const programmes = await who[role].ok(PROGRAMMES);
      const seen = Object.fromEntries(programmes.programmes.map((p: any) => [p.title, p.projects.map((x: any) => x.title)]));
      expect(seen, role).toEqual(want.programmes);
      for (const p of programmes.programmes) expect(p.projectCount, `${role} count of ${p.title}`).toBe(want.programmes[p.title].length);
      const projects = await who[role].ok(PROJECTS);
      expect(projects.projects.items.map((x: any) => x.title), role).toEqual(want.projects);
      expect(projects.projects.totalCount, role).toBe(want.projects.length);
    }
  });

  it('reports a record outside the scope as NOT_FOUND, even by its exact id', async () => {
    const cases: [string, 'project' | 'programme', string, boolean][] = [
      ['donorA', 'project', 'p1', true],
      ['donorA', 'project', 'p2', false],
      ['donorA', 'project', 'q1', false],
      ['donorA', 'programme', 'q', false],
      ['donorB', 'project', 'p1', false],
      ['donorB', 'project', 'p2', true],
      ['donorB', 'project', 'q1', true],
      ['partner1', 'project', 'p2', false],
      ['partner2', 'project', 'p1', true],
      ['viewer', 'project', 'p2', true],
    ];
    for (const [role, kind, key, visible] of cases) {
      const res = await who[role].gql(`query($id: ID!) { ${kind}(id: $id) { id } }`, { id: ids[key] });
      if (visible) expect(res.data?.[kind]?.id, `${role} ${key}`).toBe(ids[key]);
      else expect(res.errors?.[0].extensions?.code, `${role} ${key} ${JSON.stringify(res)}`).toBe("NOT_FOUND");
    }
  });

  it('filters a project list by organisation without revealing projects outside the scope', async () => {
    const res = await who.donorA.ok(`query($o: ID!) { projects(filter: { organisationId: $o }) { totalCount } }`, { o: ids.donorB });
    expect(res.projects.totalCount).toBe(0);
  });

  it('shows internal notes only to administrators and the managers of the project', async () => {
    const NOTE = `query($id: ID!) { project(id: $id) { internalNotes } }`;
    expect((await who.admin.ok(NOTE, { id: ids.p1 })).project.internalNotes).toBe('P1 staff note');
    expect((await who.managerP.ok(NOTE, { id: ids.p1 })).project.internalNotes).toBe('P1 staff note');
    expect((await who.managerP2.ok(NOTE, { id: ids.p2 })).project.internalNotes).toBe('P2 staff note');
    expect((await who.managerP2.ok(NOTE, { id: ids.p1 })).project.internalNotes).toBeNull();
    for (const role of ['viewer', 'partner1', 'donorA']) expect((await who[role].ok(NOTE, { id: ids.p1 })).project.internalNotes, role).toBeNull();
  });

  it('tells each caller which programmes and projects it may edit, so menus show only what works', async () => {
    const EDIT = `query($p: ID!, $j: ID!) { programme(id: $p) { canEdit } project(id: $j) { canEdit } }`;
    const canEdit = async (role: string, p: string, j: string) => Object.values((await who[role].ok(EDIT, { p: ids[p], j: ids[j] })) as Record<string, { canEdit: boolean }>).map((x) => x.canEdit);
    expect(await canEdit('admin', 'p', 'p1')).toEqual([true, true]);
    expect(await canEdit('managerP', 'p', 'p1')).toEqual([true, true]);
    expect(await canEdit('managerP2', 'p', 'p2')).toEqual([false, true]);
    expect(await canEdit('managerP2', 'p', 'p1')).toEqual([false, false]);
    expect(await canEdit('viewer', 'p', 'p1')).toEqual([false, false]);
    expect(await canEdit('donorA', 'p', 'p1')).toEqual([false, false]);
  });

  it('refuses every query without credentials with UNAUTHENTICATED', async () => {
    for (const q of [PROGRAMMES, PROJECTS, '{ organisations { id } }', '{ countries { code } }', `{ project(id: "${ids.p1}") { id } }`, '{ users { id } }', '{ __schema { types { name } } }']) {
      const res = await who.anonymous.gql(q);
      expect(res.data ?? null, q).toBeNull();
      expect(res.errors?.[0].extensions?.code, q).toBe('UNAUTHENTICATED');
    }
    expect((await who.anonymous.ok('{ me { id } }')).me).toBeNull();
  });
});

/**
 * Each mutation with the roles that may run it; every other role gets FORBIDDEN, UNAUTHENTICATED without
 * credentials, or NOT_FOUND when the record is outside what it may see (`hiddenFrom`).
 */
describe('changing', () => {
  const roles = ['admin', 'viewer', 'managerP', 'managerP2', 'partner1', 'donorA', 'donorB', 'anonymous'];
  let n = 0;
  const mutations: { name: string; allowed: string[]; hiddenFrom?: string[]; run: (c: Client) => Promise<any> }[] = [
    { name: 'createProgramme', allowed: ['admin'], run: (c) => c.gql(`mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { iatiIdentifier: `M-PRG-${++n}`, title: 'New', startDate: '2024-01-01', endDate: '2025-01-01', leadAgencyId: ids.lead } }) },
    { name: 'updateProgramme P', allowed: ['admin', 'managerP'], run: (c) => c.gql(`mutation($id: ID!) { updateProgramme(id: $id, input: { description: "changed" }) { id } }`, { id: ids.p }) },
    { name: 'updateProgramme Q', allowed: ['admin'], hiddenFrom: ['partner1', 'donorA'], run: (c) => c.gql(`mutation($id: ID!) { updateProgramme(id: $id, input: { description: "changed" }) { id } }`, { id: ids.q }) },
    { name: 'createProject in P', allowed: ['admin', 'managerP'], run: (c) => c.gql(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, { i: { programmeId: ids.p, iatiIdentifier: `M-PRJ-${++n}`, title: 'New project', plannedStart: '2024-01-01', plannedEnd: '2025-01-01' } }) },
    { name: 'updateProject P1', allowed: ['admin', 'managerP'], hiddenFrom: ['donorB'], run: (c) => c.gql(`mutation($id: ID!) { updateProject(id: $id, input: { description: "changed" }) { id } }`, { id: ids.p1 }) },
    { name: 'updateProject P2', allowed: ['admin', 'managerP', 'managerP2'], hiddenFrom: ['partner1', 'donorA'], run: (c) => c.gql(`mutation($id: ID!) { updateProject(id: $id, input: { description: "changed" }) { id } }`, { id: ids.p2 }) },
    { name: 'addDocument P2', allowed: ['admin', 'managerP', 'managerP2'], hiddenFrom: ['partner1', 'donorA'], run: (c) => c.gql(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Doc", url: "https://example.org/x.pdf", category: "A02" }) { id } }`, { p: ids.p2 }) },
    { name: 'addParticipation P1', allowed: ['admin', 'managerP'], hiddenFrom: ['donorB'], run: (c) => c.gql(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: ids.partner2, role: '3', projectId: ids.p1 } }).then(async (r) => { if (r.data) await api.ok(`mutation($id: ID!) { removeParticipation(id: $id) }`, { id: r.data.addParticipation.id }); return r; }) },
    { name: 'createOrganisation', allowed: ['admin', 'managerP', 'managerP2'], run: (c) => c.gql(`mutation { createOrganisation(input: { name: "Org ${++n}", kind: NGO }) { id } }`) },
    { name: 'updateOrganisation', allowed: ['admin'], run: (c) => c.gql(`mutation($id: ID!) { updateOrganisation(id: $id, input: { acronym: "X" }) { id } }`, { id: ids.partner1 }) },
    { name: 'archiveProject Q1', allowed: ['admin'], hiddenFrom: ['partner1', 'donorA'], run: (c) => c.gql(`mutation($id: ID!) { archiveProject(id: $id) { id } }`, { id: ids.q1 }).then(async (r) => { if (r.data) await api.raw('update project set archived_at = null where id = ?', [ids.q1]); return r; }) },
    { name: 'restoreProgramme Q', allowed: ['admin'], run: (c) => c.gql(`mutation($id: ID!) { restoreProgramme(id: $id) { id } }`, { id: ids.q }) },
    { name: 'restoreProject P2', allowed: ['admin', 'managerP', 'managerP2'], hiddenFrom: ['partner1', 'donorA'], run: (c) => c.gql(`mutation($id: ID!) { restoreProject(id: $id) { id } }`, { id: ids.p2 }) },
    { name: 'createUser', allowed: ['admin'], run: (c) => c.gql(`mutation { createUser(input: { email: "new${++n}@accord.test", name: "New" }) { user { id } } }`) },
    { name: 'users', allowed: ['admin'], run: (c) => c.gql(`{ users { id } }`) },
    { name: 'auditTrail', allowed: ['admin', 'managerP', 'managerP2'], run: (c) => c.gql(`query($id: ID!) { auditTrail(entityType: "Project", entityId: $id) { items { action } } }`, { id: ids.p1 }) },
  ];

  for (const m of mutations) {
    it(`${m.name}: allowed for ${m.allowed.join(', ')} only`, async () => {
      for (const role of roles) {
        const res = await m.run(who[role]);
        if (m.allowed.includes(role)) {
          expect(res.errors, `${role} should be allowed: ${JSON.stringify(res.errors)}`).toBeUndefined();
        } else {
          expect(res.errors?.[0].extensions?.code, `${role} should be refused`).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : m.hiddenFrom?.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN');
        }
      }
    });
  }
});
