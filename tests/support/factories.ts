/** Test data made through the API, with defaults that pass validation; override only what a test is about. */
import { randomBytes } from 'node:crypto';
import type { TestApi } from './api.js';

const uid = () => randomBytes(4).toString('hex').toUpperCase();

export async function makeOrganisation(api: TestApi, input: Record<string, unknown> = {}) {
  const data = await api.ok(
    `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name acronym kind version } }`,
    { input: { name: `Organisation ${uid()}`, kind: 'UN_ENTITY', ...input } },
  );
  return data.createOrganisation as { id: string; name: string; version: number };
}

export function programmeInput(leadAgencyId: string, input: Record<string, unknown> = {}) {
  return {
    iatiIdentifier: `XM-TEST-PRG-${uid()}`,
    title: 'Joint programme against trafficking in persons',
    startDate: '2024-01-01',
    endDate: '2027-12-31',
    leadAgencyId,
    focusAreas: ['TIP_SOM'],
    sectors: [{ code: '15130', percentage: 100 }],
    ...input,
  };
}

export async function makeProgramme(api: TestApi, input: Record<string, unknown> = {}) {
  const lead = input.leadAgencyId ? null : await makeOrganisation(api, { kind: 'UN_ENTITY' });
  const data = await api.ok(
    `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id iatiIdentifier title version } }`,
    { input: programmeInput((input.leadAgencyId as string) ?? lead!.id, input) },
  );
  return data.createProgramme as { id: string; iatiIdentifier: string; title: string; version: number };
}

export function projectInput(programmeId: string, input: Record<string, unknown> = {}) {
  return {
    programmeId,
    iatiIdentifier: `XM-TEST-PRJ-${uid()}`,
    title: `Border management project ${uid()}`,
    plannedStart: '2024-03-01',
    plannedEnd: '2026-06-30',
    recipientCountries: [{ country: 'NG', percentage: 100 }],
    sectors: [{ code: '15130', percentage: 100 }],
    ...input,
  };
}

export async function makeProject(api: TestApi, programmeId: string, input: Record<string, unknown> = {}) {
  const data = await api.ok(
    `mutation($input: ProjectInput!) { createProject(input: $input) { id iatiIdentifier title version } }`,
    { input: projectInput(programmeId, input) },
  );
  return data.createProject as { id: string; iatiIdentifier: string; title: string; version: number };
}

/** A project fully in the past (2023–2024) with a quarterly calendar, ready for a logframe. */
export async function makeLogframeProject(api: TestApi, input: Record<string, unknown> = {}) {
  const programme = await makeProgramme(api);
  const project = await makeProject(api, programme.id, { plannedStart: '2023-01-01', plannedEnd: '2024-12-31', ...input });
  const { setReportingCalendar } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id label startDate endDate } }`, { p: project.id });
  return { programme, project, periods: setReportingCalendar as { id: string; label: string; startDate: string; endDate: string }[] };
}

export async function addNode(api: TestApi, projectId: string, input: Record<string, unknown>) {
  const data = await api.ok(`mutation($i: ResultNodeInput!) { addResultNode(input: $i) { id code level version } }`, { i: { projectId, ...input } });
  return data.addResultNode as { id: string; code: string; level: string; version: number };
}

export async function addIndicator(api: TestApi, nodeId: string, input: Record<string, unknown>) {
  const data = await api.ok(`mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id version } }`, { n: nodeId, i: input });
  return data.addIndicator as { id: string; version: number };
}
