/**
 * A project in the reporting cycle, built through the API the way a manager and a partner would: a partner
 * organisation responsible for one outcome, another organisation for a second, a third outcome nobody is
 * responsible for, and one report of each kind (approved, submitted, returned, draft).
 */
import { Role, type TestApi } from './api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from './factories.js';

export const RETURN_REASON = 'The attendance sheets list fewer participants than reported; check the register and resubmit.';

const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`;
export const SUBMIT = `mutation($p: ID!, $u: [UpdateRefInput!]!) { submitIndicatorUpdates(projectId: $p, updates: $u) { id state } }`;
export const APPROVE = `mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { id state } }`;
export const RETURN = `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { returnIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { id state } }`;
export const UNLOCK = `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { unlockIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { id state } }`;
const SAVE = `mutation($p: ID!, $u: UpdateRefInput!) { saveIndicatorUpdate(projectId: $p, update: $u, input: { narrative: "Work in progress" }) { id state } }`;

export interface Period {
  id: string;
  label: string;
  startDate: string;
  endDate: string;
}

export const today = () => new Date().toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function reportingFixture(api: TestApi, options: { dueDays?: number; lockDate?: string | null } = {}) {
  const partnerOrg = await makeOrganisation(api, { name: 'National Agency for the Prohibition of Trafficking', kind: 'GOVERNMENT' });
  const otherOrg = await makeOrganisation(api, { name: 'Border Police Academy', kind: 'GOVERNMENT' });
  const donorOrg = await makeOrganisation(api, { name: 'Donor Fund', kind: 'DONOR' });
  const programme = await makeProgramme(api);
  const project = await makeProject(api, programme.id, { title: 'Victim referral in Lagos', plannedStart: '2024-01-01', plannedEnd: '2027-12-31' });
  const { setReportingCalendar } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id label startDate endDate } }`, { p: project.id });
  const periods = (setReportingCalendar as Period[]).sort((a, b) => a.endDate.localeCompare(b.endDate));
  await api.ok(`mutation($p: ID!, $i: ReportingRulesInput!) { setReportingRules(projectId: $p, input: $i) { id } }`, {
    p: project.id,
    i: { dueDays: options.dueDays ?? 365, lockDate: options.lockDate === undefined ? '2024-06-30' : options.lockDate },
  });
  for (const org of [partnerOrg, otherOrg]) {
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: org.id, role: '4', projectId: project.id } });
  }
  const partnerNode = await addNode(api, project.id, { statement: 'Victims are referred to shelters', responsibleOrganisationId: partnerOrg.id });
  const otherNode = await addNode(api, project.id, { statement: 'Border posts are equipped', responsibleOrganisationId: otherOrg.id });
  const ownNode = await addNode(api, project.id, { statement: 'The referral policy is adopted' });
  const referred = await addIndicator(api, partnerNode.id, { title: 'Victims referred', measure: '1', aggregation: 'SUM' });
  const trained = await addIndicator(api, partnerNode.id, { title: 'Shelter staff trained', measure: '1', aggregation: 'SUM' });
  const equipped = await addIndicator(api, otherNode.id, { title: 'Border posts equipped', measure: '1', aggregation: 'SUM' });
  const policy = await addIndicator(api, ownNode.id, { title: 'Referral policy adopted', measure: '1', aggregation: 'SUM' });

  const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id, organisationId: partnerOrg.id }], { organisationId: partnerOrg.id });
  const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
  const programmeManager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
  const otherPartner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id, organisationId: otherOrg.id }], { organisationId: otherOrg.id });
  const donor = await api.signedIn([{ role: Role.DONOR, organisationId: donorOrg.id }], { organisationId: donorOrg.id });

  // The latest period that has ended carries the reports in the cycle; the one before it was approved.
  const ended = periods.filter((p) => p.endDate < today() && p.endDate > '2024-06-30');
  const latest = ended[ended.length - 1];
  const earlier = ended[ended.length - 2];
  const cell = (indicatorId: string, period: Period) => ({ indicatorId, periodId: period.id });
  return {
    programme, project, periods, partnerOrg, otherOrg, latest, earlier,
    indicators: { referred, trained, equipped, policy },
    users: { partner, manager, programmeManager, otherPartner, donor },
    cell,
    /** Puts the fixture's reports through the cycle, as its partner and manager would. */
    async playCycle() {
      await partner.ok(SET, { p: project.id, v: [cell(referred.id, latest), cell(trained.id, latest), cell(referred.id, earlier)].map((c) => ({ ...c, actual: 12 })) });
      await partner.ok(SUBMIT, { p: project.id, u: [cell(referred.id, earlier)] });
      await manager.ok(APPROVE, { p: project.id, u: [cell(referred.id, earlier)] });
      await partner.ok(SUBMIT, { p: project.id, u: [cell(referred.id, latest), cell(trained.id, latest)] });
      await manager.ok(RETURN, { p: project.id, u: cell(trained.id, latest), r: RETURN_REASON });
      await partner.ok(SAVE, { p: project.id, u: cell(trained.id, earlier) });
    },
  };
}

export type ReportingFixture = Awaited<ReturnType<typeof reportingFixture>>;
