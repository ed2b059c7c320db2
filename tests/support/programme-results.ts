/** Programmes with projects, logframes and programme indicators, for the programme results tests. */
import type { Client, TestApi } from './api.js';
import { addIndicator, addNode, makeProgramme, makeProject } from './factories.js';

export interface Period {
  id: string;
  label: string;
  startDate: string;
}

export interface PlannedProject {
  id: string;
  outcome: string;
  /** 2023-Q1 … 2024-Q4, by label. */
  periods: Record<string, string>;
}

/** A project in the programme fully in the past (2023–2024), with quarterly periods and one outcome to hang indicators on. */
export async function plannedProject(api: TestApi, programmeId: string, title: string): Promise<PlannedProject> {
  const project = await makeProject(api, programmeId, { title, plannedStart: '2023-01-01', plannedEnd: '2024-12-31' });
  const { setReportingCalendar } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id label startDate } }`, { p: project.id });
  const outcome = await addNode(api, project.id, { statement: `Outcome of ${title}` });
  const periods = Object.fromEntries((setReportingCalendar as Period[]).map((p) => [`${p.startDate.slice(0, 4)}-Q${Math.floor(Number(p.startDate.slice(5, 7)) / 3) + 1}`, p.id]));
  return { id: project.id, outcome: outcome.id, periods };
}

export { makeProgramme };

/** Period values: `{ '2023-Q1': { target: 10, actual: 12 } }`. */
export type Cells = Record<string, { target?: number; actual?: number; numerator?: number; denominator?: number }>;

/** Adds an indicator to the project's outcome with its period values, and returns its id. */
export async function indicatorWith(api: TestApi, project: PlannedProject, input: Record<string, unknown>, cells: Cells = {}): Promise<string> {
  const { id } = await addIndicator(api, project.outcome, input);
  const values = Object.entries(cells).map(([label, v]) => ({ indicatorId: id, periodId: project.periods[label], ...v }));
  if (values.length) await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: project.id, v: values });
  return id;
}

export async function programmeIndicator(client: Client, programmeId: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const data = await client.ok(`mutation($p: ID!, $i: ProgrammeIndicatorInput!) { createProgrammeIndicator(programmeId: $p, input: $i) { id version } }`, { p: programmeId, i: input });
  return data.createProgrammeIndicator;
}

export const LINK = `mutation($i: ID!, $pi: ID!, $v: Int) { linkIndicator(indicatorId: $i, programmeIndicatorId: $pi, version: $v) { id version programmeIndicator { id title } } }`;

export async function link(client: Client, indicatorId: string, programmeIndicatorId: string) {
  return (await client.ok(LINK, { i: indicatorId, pi: programmeIndicatorId })).linkIndicator;
}

export const ROLLUP = `rollup { baseline endTarget cumulativeActual cumulativeActualDisplay progress expectedProgress status contributingProjects
  contributions { projectId project { id title } indicator { id title } baseline progress { cumulativeActual cumulativeActualDisplay endTarget status } }
  byYear { year target actual actualDisplay } }`;

export const RESULTS = `query($id: ID!) { programme(id: $id) { id resultIndicators { id title measure unitLabel aggregation direction resultType sdgIndicator version ${ROLLUP} } } }`;

/** The programme's indicators by title, as `client` reads them. */
export async function resultsOf(client: Client, programmeId: string): Promise<Record<string, any>> {
  const data = await client.ok(RESULTS, { id: programmeId });
  return Object.fromEntries(data.programme.resultIndicators.map((r: any) => [r.title, r]));
}
