import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject, programmeInput } from '../support/factories.js';

const api = useApi();

const CREATE = `mutation($input: ProgrammeInput!) {
  createProgramme(input: $input) {
    id title status statusName startDate endDate version
    leadAgency { id name }
    focusAreas { code name }
    legalInstruments { code shortName }
    sdgTargets { code goal }
    countries { code name }
    sectors { code name percentage }
    participations { role roleName organisation { id name } }
  }
}`;

describe('programmes', () => {
  it('creates a programme whose lead agency becomes its accountable participant', async () => {
    const lead = await makeOrganisation(api, { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' });
    const data = await api.ok(CREATE, {
      input: programmeInput(lead.id, {
        title: 'Global programme against firearms trafficking',
        focusAreas: ['ILLICIT_COMMODITIES'],
        legalInstruments: ['UNTOC', 'UNTOC_FIREARMS'],
        sdgTargets: ['16.4', '16.a'],
        countries: ['rs', 'BA'],
        sectors: [
          { code: '15240', percentage: 70 },
          { code: '15210', percentage: 30 },
        ],
      }),
    });
    const p = data.createProgramme;
    expect(p.leadAgency).toEqual({ id: lead.id, name: 'United Nations Office on Drugs and Crime' });
    expect(p.participations).toEqual([{ role: '2', roleName: 'Accountable', organisation: { id: lead.id, name: 'United Nations Office on Drugs and Crime' } }]);
    expect(p.legalInstruments.map((l: any) => l.code).sort()).toEqual(['UNTOC', 'UNTOC_FIREARMS']);
    expect(p.sdgTargets).toContainEqual({ code: '16.4', goal: 16 });
    expect(p.countries.map((c: any) => c.name).sort()).toEqual(['Bosnia and Herzegovina', 'Serbia']);
    expect(p.sectors.map((s: any) => s.percentage).reduce((a: number, b: number) => a + b)).toBe(100);
    expect(p.statusName).toBe('Implementation');
  });

  it('checks sector percentages per vocabulary', async () => {
    const lead = await makeOrganisation(api);
    const res = await api.gql(CREATE, {
      input: programmeInput(lead.id, {
        sectors: [
          { vocabulary: '1', code: '15130', percentage: 100 },
          { vocabulary: '2', code: '151', percentage: 40 },
          { vocabulary: '2', code: '152', percentage: 50 },
        ],
      }),
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'sectors', message: 'Sector (vocabulary 2) percentages must add up to 100 (they add up to 90)' }]);
  });

  it('names every bad field at once and writes nothing', async () => {
    const lead = await makeOrganisation(api);
    const before = await api.raw('select count(*)::int as n from programme');
    const res = await api.gql(CREATE, {
      input: programmeInput(lead.id, { endDate: '2020-01-01', legalInstruments: ['UNTOC', 'NOT_A_TREATY'], sdgTargets: ['99.9'], countries: ['ZZ'] }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['countries.0', 'endDate', 'legalInstruments.1', 'sdgTargets.0']);
    const rows = await api.raw('select count(*)::int as n from programme');
    expect(rows[0].n).toBe(before[0].n);
  });

  it('answers NOT_FOUND for an unknown lead agency or programme id', async () => {
    const res = await api.gql(CREATE, { input: programmeInput('00000000-0000-4000-8000-000000000001') });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await api.gql(`query { programme(id: "00000000-0000-4000-8000-000000000002") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('updates a programme, replacing its lead agency and lists', async () => {
    const programme = await makeProgramme(api);
    const newLead = await makeOrganisation(api, { name: 'UN Development Programme' });
    const data = await api.ok(
      `mutation($id: ID!, $input: ProgrammePatch!, $v: Int) { updateProgramme(id: $id, input: $input, version: $v) {
        leadAgency { name } focusAreas { code } participations { role organisation { name } } version } }`,
      { id: programme.id, v: programme.version, input: { leadAgencyId: newLead.id, focusAreas: ['CORRUPTION', 'CONFLICT_CRIME'] } },
    );
    expect(data.updateProgramme.leadAgency.name).toBe('UN Development Programme');
    expect(data.updateProgramme.focusAreas.map((f: any) => f.code).sort()).toEqual(['CONFLICT_CRIME', 'CORRUPTION']);
    expect(data.updateProgramme.participations).toContainEqual({ role: '2', organisation: { name: 'UN Development Programme' } });
  });

  it('lists programmes with their projects and filters them', async () => {
    const a = await makeProgramme(api, { title: 'Alpha anti-corruption programme', focusAreas: ['CORRUPTION'], countries: ['KE'] });
    const b = await makeProgramme(api, { title: 'Beta prisons programme', focusAreas: ['HIV_PRISONS'], countries: ['MZ'] });
    await makeProject(api, a.id, { title: 'A1' });
    await makeProject(api, a.id, { title: 'A2' });
    const LIST = `query($f: ProgrammeFilter) { programmes(filter: $f) { id projectCount projects { title } } }`;
    const byFocus = await api.ok(LIST, { f: { focusArea: 'HIV_PRISONS' } });
    expect(byFocus.programmes.map((p: any) => p.id)).toEqual([b.id]);
    const byCountry = await api.ok(LIST, { f: { country: 'ke' } });
    expect(byCountry.programmes).toEqual([{ id: a.id, projectCount: 2, projects: [{ title: 'A1' }, { title: 'A2' }] }]);
    const byText = await api.ok(LIST, { f: { search: 'prisons' } });
    expect(byText.programmes.map((p: any) => p.id)).toEqual([b.id]);
  });

  it('archives a programme out of the list', async () => {
    const p = await makeProgramme(api, { title: 'Short-lived programme' });
    await api.ok(`mutation($id: ID!) { archiveProgramme(id: $id) { id } }`, { id: p.id });
    const data = await api.ok(`query { programmes { id } }`);
    expect(data.programmes.map((x: any) => x.id)).not.toContain(p.id);
  });
});
