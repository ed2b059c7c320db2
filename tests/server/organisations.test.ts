import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

describe('organisations and participations', () => {
  it('creates, finds, updates and archives an organisation', async () => {
    const created = await api.ok(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name kind country { code name } iatiType iatiTypeName version } }`,
      { input: { name: 'National Agency for the Prohibition of Trafficking in Persons', acronym: 'NAPTIP', kind: 'LAW_ENFORCEMENT', country: 'NG', iatiType: '10' } },
    );
    const org = created.createOrganisation;
    expect(org.country).toEqual({ code: 'NG', name: 'Nigeria' });
    expect(org.iatiTypeName).toBe('Government');

    const found = await api.ok(`query($f: OrganisationFilter) { organisations(filter: $f) { id } }`, { f: { search: 'naptip' } });
    expect(found.organisations.map((o: any) => o.id)).toEqual([org.id]);

    const updated = await api.ok(`mutation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { acronym: "NAPTIP-NG" }, version: $v) { acronym version } }`, { id: org.id, v: org.version });
    expect(updated.updateOrganisation).toEqual({ acronym: 'NAPTIP-NG', version: org.version + 1 });

    await api.ok(`mutation($id: ID!) { archiveOrganisation(id: $id) { archivedAt } }`, { id: org.id });
    const after = await api.ok(`query { organisations(filter: { search: "NAPTIP" }) { id } }`);
    expect(after.organisations).toEqual([]);
  });

  it('refuses an unknown country, an unknown IATI type and a duplicate IATI identifier', async () => {
    await makeOrganisation(api, { iatiRef: 'XM-DAC-41128' });
    const res = await api.gql(`mutation { createOrganisation(input: { name: "X", kind: NGO, country: "QQ", iatiType: "999", iatiRef: "XM-DAC-41128" }) { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['country', 'iatiRef', 'iatiType']);
  });

  it('adds participations in IATI roles, refuses a repeated role and removes one', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const donor = await makeOrganisation(api, { name: 'European Union', kind: 'DONOR' });
    const ADD = `mutation($input: ParticipationInput!) { addParticipation(input: $input) { id role roleName organisation { name } } }`;
    const added = await api.ok(ADD, { input: { organisationId: donor.id, role: '1', projectId: project.id } });
    expect(added.addParticipation).toMatchObject({ role: '1', roleName: 'Funding', organisation: { name: 'European Union' } });

    const again = await api.gql(ADD, { input: { organisationId: donor.id, role: '1', projectId: project.id } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const both = await api.gql(ADD, { input: { organisationId: donor.id, role: '1', projectId: project.id, programmeId: programme.id } });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badRole = await api.gql(ADD, { input: { organisationId: donor.id, role: '7', projectId: project.id } });
    expect(badRole.errors?.[0].extensions?.fields?.[0].field).toBe('role');

    const byOrg = await api.ok(`query($f: ProjectFilter) { projects(filter: $f) { items { id } } }`, { f: { organisationId: donor.id } });
    expect(byOrg.projects.items).toEqual([{ id: project.id }]);

    await api.ok(`mutation($id: ID!) { removeParticipation(id: $id) }`, { id: added.addParticipation.id });
    const after = await api.ok(`query($id: ID!) { project(id: $id) { participations { id } } }`, { id: project.id });
    expect(after.project.participations).toEqual([]);
  });

  it('keeps the lead agency accountable for its programme', async () => {
    const programme = await makeProgramme(api);
    const data = await api.ok(`query($id: ID!) { programme(id: $id) { participations { id role } } }`, { id: programme.id });
    const res = await api.gql(`mutation($id: ID!) { removeParticipation(id: $id) }`, { id: data.programme.participations[0].id });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('links, changes and removes project documents with a known IATI category', async () => {
    const programme = await makeProgramme(api);
    const project = await makeProject(api, programme.id);
    const ADD = `mutation($p: ID!, $input: DocumentInput!) { addDocument(projectId: $p, input: $input) { id title url category categoryName } }`;
    const doc = await api.ok(ADD, { p: project.id, input: { title: 'Project document', url: 'https://example.org/prodoc.pdf', category: 'A02' } });
    expect(doc.addDocument.categoryName).toBe('Objectives / Purpose of activity');
    const bad = await api.gql(ADD, { p: project.id, input: { title: 'Bad', url: 'javascript:alert(1)', category: 'Z99' } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['category', 'url']);
    await api.ok(`mutation($id: ID!) { removeDocument(id: $id) }`, { id: doc.addDocument.id });
    const after = await api.ok(`query($id: ID!) { project(id: $id) { documents { id } } }`, { id: project.id });
    expect(after.project.documents).toEqual([]);
  });
});
