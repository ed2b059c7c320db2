/**
 * Finance with worked numbers: three currencies with rates on different dates, pass-through from donors to the
 * pooled fund to agencies to a partner, earmarking, a revised budget, a reversal, a missing rate. Every expected
 * figure below is worked out by hand in the comments, not by the product.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();

const TOTAL = `{ amount currency byCurrency { amount currency } missingRates { currency date } }`;
const FIGURES = `budget ${TOTAL} contributions ${TOTAL} pledged ${TOTAL} received ${TOTAL} transferred ${TOTAL} committed ${TOTAL}
  disbursed ${TOTAL} spent ${TOTAL} deliveryRate deliveryOfTransferred fundingGap`;
const FINANCE = `finance { reportingCurrency totals { ${FIGURES} } byProject { key label figures { ${FIGURES} } }
  byOrganisation { key label figures { ${FIGURES} } } byDonor { key label figures { ${FIGURES} } } byYear { key figures { ${FIGURES} } }
  flows { source target amount } }`;

const org: Record<string, string> = {};
let programme: string;
let x1: string;
let x2: string;
let x1Output: string;
let x2Output: string;

const tx = (input: Record<string, unknown>) =>
  api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id amount { amount currency } converted { amount rate rateDate } } }`, { i: input });

const programmeFinance = async (client = api) => (await client.ok(`query($id: ID!) { programme(id: $id) { ${FINANCE} } }`, { id: programme })).programme.finance;

beforeAll(async () => {
  for (const [key, name, kind] of [
    ['eu', 'European Union', 'DONOR'],
    ['sida', 'Sida', 'DONOR'],
    ['fcdo', 'FCDO', 'DONOR'],
    ['mptf', 'MPTF Office', 'UN_ENTITY'],
    ['unodc', 'UNODC', 'UN_ENTITY'],
    ['undp', 'UNDP', 'UN_ENTITY'],
    ['ngo', 'NGO Partner', 'NGO'],
  ]) {
    org[key] = (await makeOrganisation(api, { name, kind })).id;
  }
  programme = (await makeProgramme(api, { title: 'Finance programme', leadAgencyId: org.unodc })).id;
  x1 = (await makeProject(api, programme, { title: 'X1 border project' })).id;
  x2 = (await makeProject(api, programme, { title: 'X2 courts project' })).id;
  await api.ok(`mutation($input: ParticipationInput!) { addParticipation(input: $input) { id } }`, { input: { organisationId: org.ngo, role: '4', projectId: x1 } });
  const outcome1 = await addNode(api, x1, { level: 'OUTCOME', statement: 'Borders are better managed' });
  const outcome2 = await addNode(api, x2, { level: 'OUTCOME', statement: 'Courts are fairer' });
  x1Output = (await addNode(api, x1, { level: 'OUTPUT', parentId: outcome1.id, statement: 'Border officers trained', responsibleOrganisationId: org.ngo })).id;
  x2Output = (await addNode(api, x2, { level: 'OUTPUT', parentId: outcome2.id, statement: 'Judges trained' })).id;

  const rate = (currency: string, rateDate: string, value: string) =>
    api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency, rateDate, rate: value, source: 'test' } });
  await rate('EUR', '2024-01-01', '1.10');
  await rate('EUR', '2024-07-01', '1.08');
  await rate('SEK', '2024-01-01', '0.095');
  await rate('GBP', '2024-01-01', '1.27');
  await rate('GBP', '2025-01-01', '1.25');

  const contribution = (input: Record<string, unknown>) => api.ok(`mutation($i: ContributionInput!) { createContribution(input: $i) { id } }`, { i: input });
  // EUR 1,000,000 × 1.10 (rate of 2024-01-01, the latest before 2024-02-01) = 1,100,000.00
  await contribution({ donorId: org.eu, programmeId: programme, amount: '1000000', currency: 'EUR', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2026-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' });
  // SEK 2,000,000 × 0.095 = 190,000.00
  await contribution({ donorId: org.sida, programmeId: programme, amount: '2000000', currency: 'SEK', signedDate: '2024-03-15', periodStart: '2024-01-01', periodEnd: '2026-12-31', earmarking: 'SOFT', earmarkedFocusArea: 'TIP_SOM', status: 'PAID' });
  // GBP 100,000 × 1.25 (2025-01-01) = 125,000.00, tightly earmarked to X2
  await contribution({ donorId: org.fcdo, projectId: x2, amount: '100000', currency: 'GBP', signedDate: '2025-02-01', periodStart: '2025-01-01', periodEnd: '2025-12-31', earmarking: 'TIGHT', status: 'SIGNED' });
  // Pledged: EUR 500,000 × 1.08 (2024-07-01) = 540,000.00, not in contributions
  await contribution({ donorId: org.eu, programmeId: programme, amount: '500000', currency: 'EUR', periodStart: '2024-08-01', periodEnd: '2026-12-31', earmarking: 'UNEARMARKED', status: 'PLEDGED' });

  // Into the fund: EUR 600,000 × 1.10 = 660,000.00; SEK 2,000,000 × 0.095 = 190,000.00. The fund has received 850,000.00.
  await tx({ programmeId: programme, type: '1', transactionDate: '2024-02-10', amount: '600000', currency: 'EUR', providerId: org.eu, receiverId: org.mptf });
  await tx({ programmeId: programme, type: '1', transactionDate: '2024-04-01', amount: '2000000', currency: 'SEK', providerId: org.sida, receiverId: org.mptf });
  // Transfers from the fund: 400,000 to UNODC for X1, 300,000 to UNDP for X2 = 700,000.00
  await tx({ programmeId: programme, type: '3', transactionDate: '2024-05-01', amount: '400000', currency: 'USD', providerId: org.mptf, receiverId: org.unodc, receiverProjectId: x1 });
  await tx({ programmeId: programme, type: '3', transactionDate: '2024-06-01', amount: '300000', currency: 'USD', providerId: org.mptf, receiverId: org.undp, receiverProjectId: x2 });
  // Direct to X2 from FCDO: GBP 100,000 × 1.25 = 125,000.00
  await tx({ projectId: x2, type: '1', transactionDate: '2025-02-10', amount: '100000', currency: 'GBP', providerId: org.fcdo, receiverId: org.undp });
  // X1: UNODC commits 350,000, disburses 150,000 to the NGO, spends 120,000; the NGO spends 90,000.
  await tx({ projectId: x1, type: '2', transactionDate: '2024-05-15', amount: '350000', currency: 'USD', providerId: org.unodc, receiverId: org.ngo });
  await tx({ projectId: x1, type: '3', transactionDate: '2024-06-01', amount: '150000', currency: 'USD', providerId: org.unodc, receiverId: org.ngo });
  await tx({ projectId: x1, type: '4', transactionDate: '2024-09-01', amount: '120000', currency: 'USD', providerId: org.unodc, outputId: x1Output });
  await tx({ projectId: x1, type: '4', transactionDate: '2024-10-01', amount: '90000', currency: 'USD', providerId: org.ngo, outputId: x1Output });
  // X2: UNDP spends EUR 200,000 × 1.08 (2024-07-01) = 216,000.00, and 50,000 USD of which 10,000 is reversed.
  await tx({ projectId: x2, type: '4', transactionDate: '2024-09-15', amount: '200000', currency: 'EUR', providerId: org.undp });
  const spent = await tx({ projectId: x2, type: '4', transactionDate: '2024-10-01', amount: '50000', currency: 'USD', providerId: org.undp });
  await tx({ projectId: x2, type: '4', transactionDate: '2024-10-05', amount: '-10000', currency: 'USD', providerId: org.undp, reversesId: spent.createTransaction.id });

  const budget = (input: Record<string, unknown>) => api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: input });
  await budget({ projectId: x1, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '500000', currency: 'USD', organisationId: org.unodc });
  // The revised line replaces the original of the same period: 550,000.
  await budget({ projectId: x1, type: '2', periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '550000', currency: 'USD', organisationId: org.unodc });
  // EUR 300,000 at 2025-01-01, whose latest rate is 1.08 (2024-07-01) = 324,000.00
  await budget({ projectId: x1, periodStart: '2025-01-01', periodEnd: '2025-12-31', amount: '300000', currency: 'EUR' });
  await budget({ projectId: x2, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '400000', currency: 'USD', organisationId: org.undp, outputId: x2Output });
});

const amounts = (rows: { key: string; figures: any }[], figure: string) => Object.fromEntries(rows.map((r) => [r.key, r.figures[figure].amount]));

describe('the figures of a programme', () => {
  it('are the worked totals, in the reporting currency and in each original currency', async () => {
    const { totals, reportingCurrency } = await programmeFinance();
    expect(reportingCurrency).toBe('USD');
    expect(totals.budget.amount).toBe('1274000.00'); // 550,000 + 324,000 + 400,000
    expect(totals.budget.byCurrency).toEqual([{ amount: '300000.00', currency: 'EUR' }, { amount: '950000.00', currency: 'USD' }]);
    expect(totals.contributions.amount).toBe('1415000.00'); // 1,100,000 + 190,000 + 125,000
    expect(totals.contributions.byCurrency).toEqual([
      { amount: '1000000.00', currency: 'EUR' },
      { amount: '100000.00', currency: 'GBP' },
      { amount: '2000000.00', currency: 'SEK' },
    ]);
    expect(totals.pledged.amount).toBe('540000.00');
    expect(totals.received.amount).toBe('975000.00'); // 660,000 + 190,000 + 125,000
    expect(totals.transferred.amount).toBe('700000.00');
    expect(totals.committed.amount).toBe('350000.00');
    expect(totals.disbursed.amount).toBe('150000.00');
    expect(totals.spent.amount).toBe('466000.00'); // 120,000 + 90,000 + 216,000 + 50,000 − 10,000
    expect(totals.spent.byCurrency).toEqual([{ amount: '200000.00', currency: 'EUR' }, { amount: '250000.00', currency: 'USD' }]);
    expect(totals.deliveryRate).toBe(0.3658); // 466,000 ÷ 1,274,000
    expect(totals.deliveryOfTransferred).toBe(0.6657); // 466,000 ÷ 700,000
    expect(totals.fundingGap).toBe('-141000.00'); // 1,274,000 − 1,415,000
  });

  it('are the same when the totals are read alone, without any breakdown', async () => {
    const alone = (await api.ok(`query($id: ID!) { programme(id: $id) { finance { totals { ${FIGURES} } byYear { key } } } }`, { id: programme })).programme.finance;
    const full = await programmeFinance();
    expect(alone.totals).toEqual(full.totals);
    expect(alone.byYear.map((r: any) => r.key)).toEqual(full.byYear.map((r: any) => r.key));
  });

  it('add up across projects, organisations and years without counting pass-through money twice', async () => {
    const finance = await programmeFinance();
    expect(amounts(finance.byProject, 'spent')).toEqual({ [x1]: '210000.00', [x2]: '256000.00', NONE: '0.00' });
    expect(amounts(finance.byProject, 'transferred')).toEqual({ [x1]: '400000.00', [x2]: '300000.00', NONE: '0.00' });
    expect(amounts(finance.byProject, 'received')).toEqual({ [x1]: '0.00', [x2]: '125000.00', NONE: '850000.00' });
    expect(amounts(finance.byProject, 'budget')).toEqual({ [x1]: '874000.00', [x2]: '400000.00', NONE: '0.00' });
    expect(amounts(finance.byOrganisation, 'spent')).toMatchObject({ [org.unodc]: '120000.00', [org.ngo]: '90000.00', [org.undp]: '256000.00' });
    expect(amounts(finance.byOrganisation, 'transferred')).toMatchObject({ [org.unodc]: '400000.00', [org.undp]: '300000.00' });
    expect(amounts(finance.byOrganisation, 'budget')).toMatchObject({ [org.unodc]: '550000.00', [org.undp]: '400000.00', NONE: '324000.00' });
    expect(amounts(finance.byDonor, 'contributions')).toMatchObject({ [org.eu]: '1100000.00', [org.sida]: '190000.00', [org.fcdo]: '125000.00' });
    expect(amounts(finance.byYear, 'spent')).toEqual({ '2024': '466000.00', '2025': '0.00' });
    expect(amounts(finance.byYear, 'budget')).toEqual({ '2024': '950000.00', '2025': '324000.00' });
    for (const breakdown of ['byProject', 'byOrganisation', 'byDonor', 'byYear']) {
      for (const figure of ['budget', 'contributions', 'received', 'transferred', 'committed', 'disbursed', 'spent']) {
        const rows = finance[breakdown].map((r: any) => Number(r.figures[figure].amount) * 100);
        expect(rows.reduce((a: number, b: number) => a + b, 0), `${breakdown} ${figure}`).toBe(Number(finance.totals[figure].amount) * 100);
      }
    }
  });

  it('shows the money flow from donors through the fund to agencies, partners and expenditure', async () => {
    const { flows } = await programmeFinance();
    expect(flows).toEqual(
      expect.arrayContaining([
        { source: 'European Union', target: 'Pooled fund', amount: '660000.00' },
        { source: 'Sida', target: 'Pooled fund', amount: '190000.00' },
        { source: 'FCDO', target: 'UNDP', amount: '125000.00' },
        { source: 'Pooled fund', target: 'UNODC', amount: '400000.00' },
        { source: 'Pooled fund', target: 'UNDP', amount: '300000.00' },
        { source: 'UNODC', target: 'NGO Partner', amount: '150000.00' },
        { source: 'UNODC', target: 'Spent', amount: '120000.00' },
        { source: 'NGO Partner', target: 'Spent', amount: '90000.00' },
        { source: 'UNDP', target: 'Spent', amount: '256000.00' },
      ]),
    );
  });

  it('gives each project its own figures, with the transfers made for it', async () => {
    const { project } = await api.ok(`query($id: ID!) { project(id: $id) { ${FINANCE} budgets { type amount { amount currency } converted { amount rate rateDate } } } }`, { id: x1 });
    expect(project.finance.totals.transferred.amount).toBe('400000.00');
    expect(project.finance.totals.spent.amount).toBe('210000.00');
    expect(project.finance.totals.budget.amount).toBe('874000.00');
    expect(project.budgets.find((b: any) => b.amount.currency === 'EUR').converted).toEqual({ amount: '324000.00', rate: '1.0800000000', rateDate: '2024-07-01' });
  });
});

describe('refused money input', () => {
  const refused = async (input: Record<string, unknown>, mutation = 'createTransaction', type = 'TransactionInput') => {
    const res = await api.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors?.[0].extensions?.fields ?? []).map((f: any) => f.field);
  };
  const base = () => ({ projectId: x1, type: '4', transactionDate: '2024-09-01', amount: '100', currency: 'USD', providerId: org.unodc });

  it('names the field of each rule', async () => {
    expect(await refused({ ...base(), currency: 'XYZ' })).toContain('currency');
    expect(await refused({ ...base(), amount: '-5' })).toContain('amount');
    expect(await refused({ ...base(), amount: '1234567890123456' })).toContain('amount');
    expect(await refused({ ...base(), amount: '12.345' })).toContain('amount');
    expect(await refused({ ...base(), transactionDate: '2099-01-01' })).toContain('transactionDate');
    expect(await refused({ ...base(), receiverId: org.unodc })).toContain('receiverId');
    expect(await refused({ ...base(), outputId: x2Output })).toContain('outputId');
    const budget = { projectId: x1, periodStart: '2024-01-01', amount: '1', currency: 'USD' };
    expect(await refused({ ...budget, periodEnd: '2025-01-01' }, 'createBudget', 'BudgetInput')).toContain('periodEnd');
    expect(await refused({ ...budget, periodEnd: '2023-12-31' }, 'createBudget', 'BudgetInput')).toContain('periodEnd');
  });

  it('refuses a transfer beyond what the fund received, unless it is an advance', async () => {
    // Received 850,000; transferred 700,000; 200,000 more would make 900,000.
    const transfer = { programmeId: programme, type: '3', transactionDate: '2024-07-01', amount: '200000', currency: 'USD', providerId: org.mptf, receiverId: org.undp };
    expect(await refused(transfer)).toEqual(['amount']);
    expect((await programmeFinance()).totals.transferred.amount).toBe('700000.00');
    const advance = await tx({ ...transfer, advance: true });
    expect((await programmeFinance()).totals.transferred.amount).toBe('900000.00');
    await api.ok(`mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: advance.createTransaction.id });
  });

  it('imports all rows or none, naming the bad row', async () => {
    const rows = [base(), { ...base(), currency: 'NOPE' }, base()];
    const res = await api.gql(`mutation($r: [TransactionInput!]!) { importTransactions(rows: $r) { id } }`, { r: rows });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'rows.1.currency', message: '"NOPE" is not an ISO 4217 currency code' }]);
    expect((await programmeFinance()).totals.spent.amount).toBe('466000.00');
  });
});

describe('missing rates', () => {
  it('reports a figure without a rate as missing, never as 1 or 0, until the rate is added', async () => {
    const chf = await tx({ projectId: x1, type: '4', transactionDate: '2024-11-01', amount: '1000', currency: 'CHF', providerId: org.unodc });
    expect(chf.createTransaction.converted).toEqual({ amount: null, rate: null, rateDate: null });
    let { totals } = await programmeFinance();
    expect(totals.spent.amount).toBeNull();
    expect(totals.spent.missingRates).toEqual([{ currency: 'CHF', date: '2024-11-01' }]);
    expect(totals.spent.byCurrency).toContainEqual({ amount: '1000.00', currency: 'CHF' });
    expect(totals.deliveryRate).toBeNull();
    expect(totals.budget.amount).toBe('1274000.00');
    await api.ok(`mutation { setExchangeRate(input: { currency: "CHF", rateDate: "2024-01-01", rate: "1.12" }) { id } }`);
    ({ totals } = await programmeFinance());
    expect(totals.spent.amount).toBe('467120.00'); // 466,000 + 1,000 × 1.12
    await api.ok(`mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: chf.createTransaction.id });
  });
});

describe('who sees and changes which money', () => {
  it('shows a donor its own contributions and the others only in aggregate, unless the programme publishes them', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.eu }]);
    const read = () => donor.ok(`query($id: ID!) { programme(id: $id) { contributions { donor { name } amount { amount } } transactions { provider { name } } ${FINANCE} } }`, { id: programme });
    let { programme: seen } = await read();
    expect(seen.contributions.map((c: any) => c.donor.name)).toEqual(['European Union', 'European Union']);
    expect(seen.transactions.map((t: any) => t.provider?.name)).not.toContain('Sida');
    expect(amounts(seen.finance.byDonor, 'contributions')).toEqual({ [org.eu]: '1100000.00', OTHER: '315000.00', NONE: '0.00' });
    expect(seen.finance.byDonor.find((r: any) => r.key === 'OTHER').label).toBe('Other donors');
    expect(seen.finance.flows.map((f: any) => f.source)).not.toContain('Sida');
    expect(seen.finance.totals.contributions.amount).toBe('1415000.00');
    await api.ok(`mutation($id: ID!) { updateProgramme(id: $id, input: { publishContributions: true }) { id publishContributions } }`, { id: programme });
    ({ programme: seen } = await read());
    expect(seen.contributions.map((c: any) => c.donor.name).sort()).toEqual(['European Union', 'European Union', 'FCDO', 'Sida']);
    await api.ok(`mutation($id: ID!) { updateProgramme(id: $id, input: { publishContributions: false }) { id } }`, { id: programme });
    const change = await donor.gql(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, {
      i: { projectId: x1, type: '4', transactionDate: '2024-09-01', amount: '1', currency: 'USD' },
    });
    expect(change.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a partner reporter record expenditure on its own outputs only', async () => {
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: x1, organisationId: org.ngo }]);
    const record = (input: Record<string, unknown>) =>
      partner.gql(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id amount { amount } } }`, {
        i: { projectId: x1, transactionDate: '2024-11-15', amount: '500', currency: 'USD', providerId: org.ngo, ...input },
      });
    const ok = await record({ type: '4', outputId: x1Output });
    expect(ok.errors).toBeUndefined();
    expect((await record({ type: '3', receiverId: org.unodc })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await record({ type: '4' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await api.ok(`mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: ok.data.createTransaction.id });
  });

  it('records every money change in the history', async () => {
    const { projectHistory } = await api.ok(`query($id: ID!) { projectHistory(projectId: $id, first: 100) { items { entityType action } } }`, { id: x1 });
    const types = new Set(projectHistory.items.map((e: any) => e.entityType));
    expect(types).toContain('FinanceTransaction');
    expect(types).toContain('Budget');
  });
});
