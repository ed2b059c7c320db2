/**
 * The portfolio summary on a small known portfolio. Every expected figure is worked out by hand in the comments
 * from the records created below, never with the product's code.
 *
 *   G1 (lead L1; TIP_SOM; NG, GH; SDG 16.2; UNTOC_TIP)       G2 (lead L2; HIV_PRISONS; KE; SDG 3.3)
 *     J1 NG 100 %, TIP_SOM, status 2, 2024–2025                J3 KE 100 %, HIV_PRISONS, status 3
 *     J2 NG 50 % / GH 50 %, TIP_SOM + CORRUPTION, status 2
 *
 * Money (reporting currency USD; EUR at 1.10 from 2024-01-01):
 *   budgets   J1 2024: 1,000 USD · J2 2024: 2,000 EUR = 2,200.00 · J3 2024: 700, 2025: 300
 *   contributions  D1 → G1 fund 3,000 (signed 2024) · D2 → J1 500 (signed 2024) · D1 → G2 fund 1,000 pledged (not counted)
 *   received  G1 fund 2,000 from D1 (2024) · spent J1 400 (2024), J3 350 (2025)
 *
 * J1's indicators, quarterly 2024–2025, all periods over:
 *   A: target 10 and actual 10 each quarter → on track; B: target 10, actual 5 → progress 0.5 → off track;
 *   S (sensitive): target 1 each quarter, actual 3 in 2024-Q1 → progress 3/8 → off track, but 3 is a masked small
 *   number for those who may not see raw figures → withheld (no data); C: no values → no data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';

const api = useApi();

const FIGURES = `key label programmes projects budget contributions received spent deliveryRate fundingGap indicators { onTrack atRisk offTrack noData total }`;
const SUMMARY = `query($f: PortfolioFilter) { portfolioSummary(filter: $f) { reportingCurrency totals { ${FIGURES} countries partners }
  byFocusArea { ${FIGURES} } byCountry { ${FIGURES} } byRegion { ${FIGURES} } byLeadAgency { ${FIGURES} } byStatus { ${FIGURES} } missingRates { currency date } } }`;
const MORE = `query($f: PortfolioFilter) { portfolioSummary(filter: $f) { byDonor { ${FIGURES} } byYear { ${FIGURES} } bySdgTarget { ${FIGURES} } byLegalInstrument { ${FIGURES} }
  resultsByYear { year reported assessed met suppressed } } }`;

const org: Record<string, string> = {};
const ids: Record<string, string> = {};
let indicatorB: string;
let periods: { id: string; startDate: string }[];

const summary = async (client: Client = api, f: Record<string, unknown> = {}) => (await client.ok(SUMMARY, { f })).portfolioSummary;
const more = async (client: Client = api, f: Record<string, unknown> = {}) => (await client.ok(MORE, { f })).portfolioSummary;
const row = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key) as any;
const pick = (r: any) => ({ budget: r.budget, contributions: r.contributions, received: r.received, spent: r.spent });

beforeAll(async () => {
  for (const [key, kind] of [['l1', 'UN_ENTITY'], ['l2', 'UN_ENTITY'], ['d1', 'DONOR'], ['d2', 'DONOR'], ['ngo', 'NGO']]) org[key] = (await makeOrganisation(api, { name: `Org ${key}`, kind })).id;
  await api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency: 'EUR', rateDate: '2024-01-01', rate: '1.10', source: 'test' } });
  ids.g1 = (await makeProgramme(api, { leadAgencyId: org.l1, focusAreas: ['TIP_SOM'], countries: ['NG', 'GH'], sdgTargets: ['16.2'], legalInstruments: ['UNTOC_TIP'] })).id;
  ids.g2 = (await makeProgramme(api, { leadAgencyId: org.l2, focusAreas: ['HIV_PRISONS'], countries: ['KE'], sdgTargets: ['3.3'] })).id;
  const dates = { plannedStart: '2024-01-01', plannedEnd: '2025-12-31' };
  ids.j1 = (await makeProject(api, ids.g1, { ...dates, status: '2', focusAreas: ['TIP_SOM'], recipientCountries: [{ country: 'NG', percentage: 100 }] })).id;
  ids.j2 = (await makeProject(api, ids.g1, { ...dates, status: '2', focusAreas: ['TIP_SOM', 'CORRUPTION'], recipientCountries: [{ country: 'NG', percentage: 50 }, { country: 'GH', percentage: 50 }] })).id;
  ids.j3 = (await makeProject(api, ids.g2, { ...dates, status: '3', focusAreas: ['HIV_PRISONS'], recipientCountries: [{ country: 'KE', percentage: 100 }] })).id;

  const budget = (projectId: string, year: number, amount: string, currency = 'USD') =>
    api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amount, currency, valueDate: `${year}-01-01` } });
  await budget(ids.j1, 2024, '1000');
  await budget(ids.j2, 2024, '2000', 'EUR');
  await budget(ids.j3, 2024, '700');
  await budget(ids.j3, 2025, '300');
  const contribution = (i: Record<string, unknown>) => api.ok(`mutation($i: ContributionInput!) { createContribution(input: $i) { id } }`, { i });
  await contribution({ donorId: org.d1, programmeId: ids.g1, amount: '3000', currency: 'USD', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' });
  await contribution({ donorId: org.d2, projectId: ids.j1, amount: '500', currency: 'USD', signedDate: '2024-03-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'TIGHT', status: 'SIGNED' });
  await contribution({ donorId: org.d1, programmeId: ids.g2, amount: '1000', currency: 'USD', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'UNEARMARKED', status: 'PLEDGED' });
  const tx = (i: Record<string, unknown>) => api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i });
  await tx({ programmeId: ids.g1, type: '1', transactionDate: '2024-02-10', amount: '2000', currency: 'USD', providerId: org.d1, receiverId: org.l1 });
  await tx({ projectId: ids.j1, type: '4', transactionDate: '2024-06-01', amount: '400', currency: 'USD', providerId: org.l1 });
  await tx({ projectId: ids.j3, type: '4', transactionDate: '2025-03-01', amount: '350', currency: 'USD', providerId: org.l2 });

  await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: org.ngo, role: '4', projectId: ids.j1 } });
  periods = (await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id startDate } }`, { p: ids.j1 })).setReportingCalendar;
  const outcome = await addNode(api, ids.j1, { level: 'OUTCOME', statement: 'Victims are identified and referred', responsibleOrganisationId: org.ngo });
  const a = await addIndicator(api, outcome.id, { title: 'A: officers trained' });
  const b = await addIndicator(api, outcome.id, { title: 'B: cases investigated' });
  const s = await addIndicator(api, outcome.id, { title: 'S: victims identified', sensitive: true });
  await addIndicator(api, outcome.id, { title: 'C: not reported yet' });
  indicatorB = b.id;
  const values = periods.flatMap((p, i) => [
    { indicatorId: a.id, periodId: p.id, target: 10, actual: 10 },
    { indicatorId: b.id, periodId: p.id, target: 10, actual: 5 },
    { indicatorId: s.id, periodId: p.id, target: 1, actual: i === 0 ? 3 : null },
  ]);
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: ids.j1, v: values });
  await approveReported(api, ids.j1);
}, 120_000);

describe('the portfolio summary', () => {
  it('adds up the whole portfolio for an administrator', async () => {
    const s = await summary();
    expect(s.reportingCurrency).toBe('USD');
    // budget 1,000 + 2,200 + 700 + 300; contributions 3,000 + 500; spent 400 + 350; gap 4,200 − 3,500; delivery 750 / 4,200.
    expect(s.totals).toMatchObject({ programmes: 2, projects: 3, budget: '4200.00', contributions: '3500.00', received: '2000.00', spent: '750.00', fundingGap: '700.00', countries: 3 });
    expect(s.totals.deliveryRate).toBeCloseTo(750 / 4200, 4);
    const [{ n }] = await api.raw(`select count(distinct organisation_id)::int as n from participation where role <> '1'`);
    expect(s.totals.partners).toBe(n);
    expect(s.totals.indicators).toEqual({ onTrack: 1, atRisk: 0, offTrack: 2, noData: 1, total: 4 });
    expect(s.missingRates).toEqual([]);
  });

  it('splits money by recipient-country share, so the countries add up to the totals', async () => {
    const s = await summary();
    // NG: J1 1,000 + ½ of J2's 2,200; GH: the other ½; KE: J3 700 + 300. Contributions: the G1 fund's 3,000 evenly over NG and GH, J1's 500 in NG.
    expect(pick(row(s.byCountry, 'NG'))).toEqual({ budget: '2100.00', contributions: '2000.00', received: '1000.00', spent: '400.00' });
    expect(pick(row(s.byCountry, 'GH'))).toEqual({ budget: '1100.00', contributions: '1500.00', received: '1000.00', spent: '0.00' });
    expect(pick(row(s.byCountry, 'KE'))).toEqual({ budget: '1000.00', contributions: '0.00', received: '0.00', spent: '350.00' });
    expect(row(s.byCountry, 'NG')).toMatchObject({ label: 'Nigeria', projects: 2, programmes: 1 });
    expect(row(s.byRegion, 'Africa')).toMatchObject({ budget: '4200.00', projects: 3, programmes: 2 });
  });

  it('breaks down by focus area, lead agency and status, a project counting in each of its focus areas', async () => {
    const s = await summary();
    // TIP_SOM: J1, J2 and the G1 fund; CORRUPTION: J2 only; HIV_PRISONS: J3 and the G2 fund (pledged only).
    expect(row(s.byFocusArea, 'TIP_SOM')).toMatchObject({ projects: 2, budget: '3200.00', contributions: '3500.00', received: '2000.00', spent: '400.00' });
    expect(row(s.byFocusArea, 'CORRUPTION')).toMatchObject({ projects: 1, budget: '2200.00', contributions: '0.00' });
    expect(row(s.byFocusArea, 'HIV_PRISONS')).toMatchObject({ projects: 1, budget: '1000.00', spent: '350.00' });
    expect(row(s.byFocusArea, 'TIP_SOM').indicators).toEqual({ onTrack: 1, atRisk: 0, offTrack: 2, noData: 1, total: 4 });
    expect(row(s.byLeadAgency, org.l1)).toMatchObject({ label: 'Org l1', projects: 2, budget: '3200.00', contributions: '3500.00' });
    expect(row(s.byStatus, '2')).toMatchObject({ projects: 2, budget: '3200.00' });
    expect(row(s.byStatus, '3')).toMatchObject({ projects: 1, budget: '1000.00' });
  });

  it('breaks down by donor, year, SDG target and legal instrument', async () => {
    const m = await more();
    // D1 funds G1 (and G2 by its pledge): contributions 3,000, received 2,000; D2 funds J1: its 500.
    expect(row(m.byDonor, org.d1)).toMatchObject({ contributions: '3000.00', received: '2000.00', projects: 3 });
    expect(row(m.byDonor, org.d2)).toMatchObject({ contributions: '500.00', received: '0.00', projects: 1, budget: '1000.00', spent: '400.00' });
    // 2024: budgets 1,000 + 2,200 + 700, spent 400, contributions 3,500, received 2,000; 2025: budget 300, spent 350.
    expect(pick(row(m.byYear, '2024'))).toEqual({ budget: '3900.00', contributions: '3500.00', received: '2000.00', spent: '400.00' });
    expect(pick(row(m.byYear, '2025'))).toEqual({ budget: '300.00', contributions: '0.00', received: '0.00', spent: '350.00' });
    expect(row(m.byYear, '2025').projects).toBe(3);
    expect(row(m.bySdgTarget, '16.2')).toMatchObject({ projects: 2, budget: '3200.00' });
    expect(row(m.byLegalInstrument, 'UNTOC_TIP')).toMatchObject({ projects: 2, programmes: 1 });
    expect(m.byLegalInstrument.map((r: any) => r.key)).toEqual(['UNTOC_TIP']);
  });

  it('filters by country, weighting money by the country share, and by year', async () => {
    const s = await summary(api, { country: 'NG' });
    expect(s.totals).toMatchObject({ projects: 2, programmes: 1, budget: '2100.00', contributions: '2000.00', received: '1000.00', spent: '400.00' });
    const both = await summary(api, { country: 'NG', focusArea: 'CORRUPTION' });
    expect(both.totals).toMatchObject({ projects: 1, budget: '1100.00', spent: '0.00' });
    const y = await summary(api, { yearFrom: 2025, yearTo: 2025 });
    expect(y.totals).toMatchObject({ projects: 3, budget: '300.00', spent: '350.00', contributions: '0.00' });
    expect((await summary(api, { sdgTarget: '3.3' })).totals).toMatchObject({ projects: 1, budget: '1000.00' });
    expect((await summary(api, { donorId: org.d2 })).totals).toMatchObject({ projects: 1, budget: '1000.00' });
  });

  it('counts results by year, with masked small numbers neither met nor missed', async () => {
    const m = await more();
    // 2024: A 4 met, B 4 missed, S one actual (3 ≥ 1, met); 2025: A 4 met, B 4 missed.
    expect(m.resultsByYear).toEqual([
      { year: 2024, reported: 9, assessed: 9, met: 5, suppressed: 0 },
      { year: 2025, reported: 8, assessed: 8, met: 4, suppressed: 0 },
    ]);
  });

  it('shows a donor only what it funds, other donors together, and sensitive statuses withheld', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.d2 }]);
    const s = await summary(donor);
    // D2 reads J1 and, through it, programme G1 with its fund: budget 1,000; contributions 3,000 (fund) + 500.
    expect(s.totals).toMatchObject({ projects: 1, programmes: 1, budget: '1000.00', contributions: '3500.00', received: '2000.00', spent: '400.00' });
    expect(s.totals.indicators).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 2, total: 4 });
    expect(row(s.byFocusArea, 'TIP_SOM').indicators).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 2, total: 4 });
    expect(s.byCountry.map((r: any) => r.key).sort()).toEqual(['GH', 'NG']);
    const m = await more(donor);
    expect(m.byDonor.map((r: any) => [r.key, r.contributions])).toEqual(
      expect.arrayContaining([[org.d2, '500.00'], ['OTHER', '3000.00']]),
    );
    expect(row(m.byDonor, 'OTHER').label).toBe('Other donors');
    expect(m.byDonor.some((r: any) => r.key === org.d1)).toBe(false);
    expect(m.resultsByYear[0]).toEqual({ year: 2024, reported: 9, assessed: 8, met: 4, suppressed: 1 });
  });

  it('shows raw statuses to the partner that reports on the node, and to the project manager', async () => {
    const reporter = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: ids.j1, organisationId: org.ngo }]);
    expect((await summary(reporter)).totals).toMatchObject({ projects: 1, indicators: { onTrack: 1, atRisk: 0, offTrack: 2, noData: 1, total: 4 } });
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: ids.j2 }]);
    // A manager of J2 reads the whole portfolio, but J1's sensitive figures only masked.
    expect((await summary(manager)).totals).toMatchObject({ projects: 3, indicators: { onTrack: 1, offTrack: 1, noData: 2 } });
  });

  it('follows every change at once: a value, an exchange rate, a budget', async () => {
    // B's approved periods are corrected the way a manager does it: unlocked with a reason, changed, approved again.
    for (const p of periods) {
      await api.ok(`mutation($p: ID!, $u: UpdateRefInput!) { unlockIndicatorUpdate(projectId: $p, update: $u, input: { reason: "Recount" }) { state } }`, { p: ids.j1, u: { indicatorId: indicatorB, periodId: p.id } });
    }
    await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
      p: ids.j1,
      v: periods.map((p) => ({ indicatorId: indicatorB, periodId: p.id, target: 10, actual: 10 })),
    });
    // Not approved yet: the summary still counts B's approved 5 a quarter.
    expect((await summary()).totals.indicators).toEqual({ onTrack: 1, atRisk: 0, offTrack: 2, noData: 1, total: 4 });
    await approveReported(api, ids.j1);
    expect((await summary()).totals.indicators).toEqual({ onTrack: 2, atRisk: 0, offTrack: 1, noData: 1, total: 4 });
    // EUR at 1.20 from 2024-01-01: J2's budget becomes 2,400.00.
    await api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency: 'EUR', rateDate: '2024-01-01', rate: '1.20', source: 'test' } });
    expect((await summary()).totals.budget).toBe('4400.00');
    await api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId: ids.j3, periodStart: '2026-01-01', periodEnd: '2026-12-31', amount: '100', currency: 'USD', valueDate: '2026-01-01' } });
    expect((await summary()).totals.budget).toBe('4500.00');
  });

  it('answers the whole portfolio from the cube exactly as the full statement does, for every reader of all of it', async () => {
    // No filter reads the cube (cube.ts); a year range that holds every year goes through the full statement.
    const managerOfG1 = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: ids.g1 }]);
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    for (const client of [api, viewer, managerOfG1]) {
      expect(await summary(client)).toEqual(await summary(client, { yearFrom: 1900, yearTo: 2100 }));
      const [cube, full] = [await more(client), await more(client, { yearFrom: 1900, yearTo: 2100 })];
      expect({ ...cube, byYear: undefined }).toEqual({ ...full, byYear: undefined });
    }
  });

  it('follows changes to what the breakdowns are keyed by: focus areas, countries, funders', async () => {
    const before = await summary();
    await api.ok(`mutation($id: ID!, $p: ProjectPatch!) { updateProject(id: $id, input: $p) { id } }`, { id: ids.j3, p: { focusAreas: ['HIV_PRISONS', 'CORRUPTION'], recipientCountries: [{ country: 'UG', percentage: 100 }] } });
    const after = await summary();
    expect(row(after.byFocusArea, 'CORRUPTION').projects).toBe(row(before.byFocusArea, 'CORRUPTION').projects + 1);
    expect(row(after.byCountry, 'UG')).toMatchObject({ projects: 1, spent: '350.00' });
    expect(row(after.byCountry, 'KE')?.projects ?? 0).toBe(0);
    await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: org.d2, role: '1', projectId: ids.j3 } });
    expect(row((await more()).byDonor, org.d2).projects).toBe(2);
  });

  it('refuses bad filters with a coded error naming the field', async () => {
    const res = await api.gql(SUMMARY, { f: { yearFrom: 1800 } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain('yearFrom');
    const anonymous = await api.anonymous.gql(SUMMARY, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reads in one statement once the figures are up to date, whatever the breakdowns', async () => {
    await summary();
    api.sql.reset();
    await summary();
    const reads = api.sql.statements.filter((s) => /money_rollup|activity_money/.test(s) && !/insert|delete|update/i.test(s.slice(0, 40)));
    expect(reads.length).toBe(1);
  });
});
