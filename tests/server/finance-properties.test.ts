/**
 * Properties of the money figures, with fast-check: random sets of contributions, budget lines and transactions
 * in several currencies and on dates that straddle rate changes, written through the API.
 * - The figures do not depend on the order the same records were written in.
 * - Sums never mix currencies, and the reporting-currency figure is each record converted at its own dated rate
 *   and rounded to the cent, worked out here with decimal.js from what was sent.
 * - A total is the sum of the rows of each breakdown, for every figure.
 * - An import is all or nothing: a batch with one bad row writes no row.
 * - Hostile values in an otherwise valid input to any finance mutation are refused cleanly (never a server
 *   error) and a refusal writes nothing. hostile-input.test.ts fuzzes the same mutations from the schema; these
 *   cases start from inputs that pass, so that every rule behind the format checks is reached.
 * FINANCE_RUNS sets the cases per property (default 10).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { useApi, Role } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const RUNS = Number(process.env.FINANCE_RUNS ?? 10);
const api = useApi();

const FIGURES = ['budget', 'contributions', 'pledged', 'incomingCommitments', 'received', 'transferred', 'committed', 'disbursed', 'spent'] as const;
type Figure = (typeof FIGURES)[number];
const TOTAL = `{ amount currency byCurrency { amount currency } missingRates { currency date } }`;
const SET = `${FIGURES.map((f) => `${f} ${TOTAL}`).join(' ')} deliveryRate deliveryOfTransferred fundingGap`;
// One part per request: the whole finance in one query is past the API's query cost limit.
const PARTS = [`totals { ${SET} }`, 'flows { source target amount }', ...['byProject', 'byOrganisation', 'byYear', 'byDonor', 'byOutput'].map((b) => `${b} { key label figures { ${SET} } }`)];

/** Rates that change inside the generated dates, with more decimals than a cent, so rounding matters. */
const RATES: [string, string, string][] = [
  ['EUR', '2023-01-01', '1.0813456789'],
  ['EUR', '2024-06-01', '1.0712345678'],
  ['GBP', '2023-01-01', '1.2435'],
  ['GBP', '2025-01-01', '1.2987654321'],
  ['SEK', '2023-01-01', '0.0943217'],
];
const rateOn = (currency: string, date: string) => RATES.filter(([c, d]) => c === currency && d <= date).at(-1)![2];
const toUsd = (amount: string, currency: string, date: string) =>
  currency === 'USD' ? new Decimal(amount) : new Decimal(amount).times(rateOn(currency, date)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const org: Record<string, string> = {};

/** One money record, with what the test expects of it: its figure, project (0, 1 or the fund) and organisation. */
type Write =
  | { kind: 'contribution'; donor: 'eu' | 'sida'; project: number | null; amount: string; currency: string; date: string; status: 'SIGNED' | 'PAID' | 'PLEDGED' }
  | { kind: 'budget'; project: number; year: number; type: '1' | '2'; amount: string; currency: string; agency: boolean }
  | { kind: 'transaction'; type: '11' | '1' | '2' | '3' | '4'; fund: boolean; project: number; amount: string; currency: string; date: string; partner: boolean };

const amount = fc.integer({ min: 1, max: 300_000_000 }).map((cents) => new Decimal(cents).div(100).toFixed(2));
const currency = fc.constantFrom('USD', 'EUR', 'GBP', 'SEK');
const date = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const project = fc.constantFrom(0, 1);

const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('contribution' as const), donor: fc.constantFrom('eu' as const, 'sida' as const), project: fc.option(project, { nil: null }), amount, currency, date, status: fc.constantFrom('SIGNED' as const, 'PAID' as const, 'PLEDGED' as const) }),
  fc.record({ kind: fc.constant('budget' as const), project, year: fc.integer({ min: 2023, max: 2025 }), type: fc.constantFrom('1' as const, '2' as const), amount, currency, agency: fc.boolean() }),
  fc.record({ kind: fc.constant('transaction' as const), type: fc.constantFrom('11' as const, '1' as const, '2' as const, '3' as const, '4' as const), fund: fc.boolean(), project, amount, currency, date, partner: fc.boolean() }),
  fc.record({ kind: fc.constant('transaction' as const), type: fc.constantFrom('3' as const, '4' as const), fund: fc.boolean(), project, amount, currency, date, partner: fc.boolean() }),
);
/** A set of records and two orders to write it in. */
const scenario = fc.array(write, { minLength: 1, maxLength: 14 }).chain((writes) =>
  fc.tuple(fc.constant(writes), fc.shuffledSubarray(writes, { minLength: writes.length, maxLength: writes.length }), fc.shuffledSubarray(writes, { minLength: writes.length, maxLength: writes.length })),
);

interface Target {
  programme: string;
  projects: string[];
}

async function makeTarget(): Promise<Target> {
  const programme = (await makeProgramme(api, { title: 'Property programme', leadAgencyId: org.fund })).id;
  // The same titles in every programme, so that breakdowns of two programmes compare row by row.
  const projects = [(await makeProject(api, programme, { title: 'Project A' })).id, (await makeProject(api, programme, { title: 'Project B' })).id];
  return { programme, projects };
}

/** The input a write sends; transfers from the fund are advances, so that any order of writes is accepted. */
function inputOf(w: Write, t: Target): [string, string, Record<string, unknown>] {
  if (w.kind === 'contribution') {
    const owner = w.project === null ? { programmeId: t.programme, earmarking: 'UNEARMARKED' } : { projectId: t.projects[w.project], earmarking: 'TIGHT' };
    const signed = w.status === 'PLEDGED' ? {} : { signedDate: w.date };
    return ['createContribution', 'ContributionInput', { donorId: org[w.donor], ...owner, ...signed, amount: w.amount, currency: w.currency, periodStart: w.date, periodEnd: '2026-12-31', status: w.status }];
  }
  if (w.kind === 'budget') {
    const organisation = w.agency ? { organisationId: org.agency } : {};
    return ['createBudget', 'BudgetInput', { projectId: t.projects[w.project], type: w.type, periodStart: `${w.year}-01-01`, periodEnd: `${w.year}-12-31`, amount: w.amount, currency: w.currency, ...organisation }];
  }
  const base = { type: w.type, transactionDate: w.date, amount: w.amount, currency: w.currency };
  const incoming = w.type === '11' || w.type === '1';
  if (w.fund && (incoming || w.type === '3')) {
    const parties = incoming ? { providerId: org.eu, receiverId: org.fund } : { providerId: org.fund, receiverId: org.agency, receiverProjectId: t.projects[w.project], advance: true };
    return ['createTransaction', 'TransactionInput', { programmeId: t.programme, ...base, ...parties }];
  }
  const parties = incoming ? { providerId: org.sida, receiverId: org.agency } : w.type === '4' ? { providerId: w.partner ? org.partner : org.agency } : { providerId: org.agency, receiverId: org.partner };
  return ['createTransaction', 'TransactionInput', { projectId: t.projects[w.project], ...base, ...parties }];
}

async function writeAll(writes: Write[], t: Target) {
  for (const w of writes) {
    const [mutation, type, input] = inputOf(w, t);
    await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input });
  }
}

async function financeOf(t: Target) {
  const parts = await Promise.all(PARTS.map((part) => api.ok(`query($id: ID!) { programme(id: $id) { finance { ${part} } } }`, { id: t.programme })));
  return Object.assign({}, ...parts.map((p) => p.programme.finance));
}

interface Fact {
  figure: Figure;
  currency: string;
  amount: string;
  date: string;
}

/** What each write counts as, by the documented rule; a revised budget line replaces the originals of its period. */
function factsOf(writes: Write[]): Fact[] {
  const revised = new Set(writes.flatMap((w) => (w.kind === 'budget' && w.type === '2' ? [`${w.project} ${w.year}`] : [])));
  return writes.flatMap((w): Fact[] => {
    if (w.kind === 'contribution') return [{ figure: w.status === 'PLEDGED' ? 'pledged' : 'contributions', currency: w.currency, amount: w.amount, date: w.date }];
    if (w.kind === 'budget') return w.type === '1' && revised.has(`${w.project} ${w.year}`) ? [] : [{ figure: 'budget', currency: w.currency, amount: w.amount, date: `${w.year}-01-01` }];
    const fund = w.fund && ['11', '1', '3'].includes(w.type);
    const figure: Figure = ({ '11': 'incomingCommitments', '1': 'received', '2': 'committed', '3': fund ? 'transferred' : 'disbursed', '4': 'spent' } as const)[w.type];
    return [{ figure, currency: w.currency, amount: w.amount, date: w.date }];
  });
}

const sum = (values: (string | Decimal)[]) => values.reduce<Decimal>((s, v) => s.plus(v), new Decimal(0)).toFixed(2);

beforeAll(async () => {
  for (const [key, name, kind] of [
    ['eu', 'European Union', 'DONOR'],
    ['sida', 'Sida', 'DONOR'],
    ['fund', 'Fund agency', 'UN_ENTITY'],
    ['agency', 'Implementing agency', 'UN_ENTITY'],
    ['partner', 'Partner NGO', 'NGO'],
  ]) {
    org[key] = (await makeOrganisation(api, { name, kind })).id;
  }
  for (const [c, d, r] of RATES) await api.ok(`mutation($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }`, { i: { currency: c, rateDate: d, rate: r } });
});

describe('money figures, for any set of records', () => {
  it('do not depend on the order the records were written in', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([, first, second]) => {
        const [one, two] = [await makeTarget(), await makeTarget()];
        await writeAll(first, one);
        await writeAll(second, two);
        // The second programme's project ids stand for the first's, row for row.
        const same = (t: Target, json: string) => t.projects.reduce((s, id, i) => s.replaceAll(id, `project-${i}`), json);
        expect(same(two, JSON.stringify(await financeOf(two)))).toEqual(same(one, JSON.stringify(await financeOf(one))));
      }),
      { numRuns: RUNS },
    );
  });

  it('never mix currencies, and convert each record at its own dated rate, rounded to the cent', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([writes]) => {
        const t = await makeTarget();
        await writeAll(writes, t);
        const { totals } = await financeOf(t);
        const facts = factsOf(writes);
        for (const figure of FIGURES) {
          const mine = facts.filter((f) => f.figure === figure);
          const currencies = [...new Set(mine.map((f) => f.currency))].sort();
          expect(totals[figure].byCurrency, figure).toEqual(currencies.map((c) => ({ currency: c, amount: sum(mine.filter((f) => f.currency === c).map((f) => f.amount)) })));
          expect(totals[figure].amount, figure).toBe(sum(mine.map((f) => toUsd(f.amount, f.currency, f.date))));
          expect(totals[figure].missingRates, figure).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('total the rows of every breakdown, for every figure and in every currency', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([writes]) => {
        const t = await makeTarget();
        await writeAll(writes, t);
        const finance = await financeOf(t);
        for (const breakdown of ['byProject', 'byOrganisation', 'byYear', 'byDonor']) {
          for (const figure of FIGURES) {
            const rows = finance[breakdown].map((r: any) => r.figures[figure]);
            const context = `${breakdown} ${figure}`;
            expect(sum(rows.map((r: any) => r.amount)), context).toBe(finance.totals[figure].amount);
            for (const { currency: c, amount: total } of finance.totals[figure].byCurrency) {
              expect(sum(rows.flatMap((r: any) => r.byCurrency.filter((m: any) => m.currency === c).map((m: any) => m.amount))), `${context} ${c}`).toBe(total);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('are written all or nothing by an import: one bad row, anywhere, writes no row', { timeout: 120_000 }, async () => {
    const t = await makeTarget();
    const count = async () => (await api.raw(`select count(*)::int as n from finance_transaction`))[0].n;
    const transactions = fc.array(write.filter((w) => w.kind === 'transaction'), { minLength: 1, maxLength: 8 });
    const spoil = fc.constantFrom<[string, unknown]>(['amount', '12.345'], ['currency', 'XYZ'], ['transactionDate', '2099-01-01'], ['type', '9'], ['providerId', '00000000-0000-4000-8000-000000000001']);
    await fc.assert(
      fc.asyncProperty(transactions, fc.nat(), spoil, async (writes, at, [field, value]) => {
        const rows = writes.map((w) => inputOf(w, t)[2]);
        const bad = at % rows.length;
        rows[bad] = { ...rows[bad], [field]: value };
        const before = await count();
        const res = await api.gql(`mutation($r: [TransactionInput!]!) { importTransactions(rows: $r) { id } }`, { r: rows });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(`rows.${bad}.${field}`);
        expect(await count()).toBe(before);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

/** Values a hostile or careless client sends in place of a good one. */
const hostile = fc.constantFrom<unknown>(
  null, '', ' ', '0', '-0.01', '-1', '1e5', 'NaN', '12.345', '1234567890123456', '99999999999999999999', '0.00000000001',
  'usd', 'XYZ', 'EU', "'; drop table budget; --", '\u0000', '\ud800', 'x'.repeat(5000),
  '2099-01-01', '1899-12-31', '2024-02-30', '2026-12-31', '00000000-0000-4000-8000-000000000001', 'not-an-id', 12, true, [], {},
);

describe('finance mutations, given hostile values in an otherwise valid input', () => {
  const fixture: Record<string, string> = {};
  let t: Target;
  const money = ['budget', 'contribution', 'finance_transaction', 'exchange_rate', 'participation'];
  const fingerprint = async () =>
    (await api.raw(`select ${money.map((m) => `(select count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${m} x) as ${m}`).join(', ')}`))[0];

  beforeAll(async () => {
    t = await makeTarget();
    const made = await api.ok(
      `mutation($c: ContributionInput!, $b: BudgetInput!, $r: [TransactionInput!]!) {
         createContribution(input: $c) { id } createBudget(input: $b) { id } importTransactions(rows: $r) { id type } }`,
      {
        c: contribution(),
        b: budget(),
        // The fund has received 100,000 and transferred 90,000: taking back the receipt must be refused.
        r: [incoming(), transfer(), expenditure()],
      },
    );
    Object.assign(fixture, { contribution: made.createContribution.id, budget: made.createBudget.id });
    for (const r of made.importTransactions) fixture[`tx${r.type}`] = r.id;
    fixture.rate = (await api.ok(`{ exchangeRates(currency: "EUR") { id } }`)).exchangeRates[0].id;
  });

  const contribution = () => ({ donorId: org.eu, programmeId: t.programme, amount: '250000.00', currency: 'EUR', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' });
  const budget = () => ({ projectId: t.projects[0], type: '1', status: '2', periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '300000', currency: 'USD', organisationId: org.agency });
  const incoming = () => ({ programmeId: t.programme, type: '1', transactionDate: '2024-02-10', amount: '100000', currency: 'USD', providerId: org.eu, receiverId: org.fund });
  const transfer = () => ({ programmeId: t.programme, type: '3', transactionDate: '2024-03-01', amount: '90000', currency: 'USD', providerId: org.fund, receiverId: org.agency, receiverProjectId: t.projects[0] });
  const expenditure = () => ({ projectId: t.projects[0], type: '4', transactionDate: '2024-05-01', amount: '40000', currency: 'GBP', providerId: org.agency, description: 'Workshops' });
  const rate = () => ({ currency: 'EUR', rateDate: '2024-03-01', rate: '1.0842', source: 'test' });

  /** The input with one or two of its fields, or of the optional ones, given hostile values. */
  const spoil = (base: () => Record<string, unknown>, extra: string[] = []) =>
    fc.tuple(fc.subarray([...Object.keys(base()), ...extra], { minLength: 1, maxLength: 2 }), hostile, hostile).map(([keys, a, b]) => ({ ...base(), ...Object.fromEntries(keys.map((k, i) => [k, i ? b : a])) }));
  const id = (key: string) => fc.oneof(fc.constant(undefined), hostile).map((v) => v ?? fixture[key]);
  const TX = ['valueDate', 'receiverProjectId', 'outputId', 'budgetId', 'contributionId', 'reversesId', 'advance', 'providerActivity'];

  const cases: [string, string, () => fc.Arbitrary<Record<string, unknown>>][] = [
    ['createTransaction', '($i: TransactionInput!) { createTransaction(input: $i) { id } }', () => fc.oneof(spoil(incoming, TX), spoil(transfer, TX), spoil(expenditure, TX)).map((i) => ({ i }))],
    ['updateTransaction', '($id: ID!, $i: TransactionInput!) { updateTransaction(id: $id, input: $i) { id } }', () => fc.record({ id: fc.constant(0).map(() => fixture.tx3), i: spoil(transfer, TX) })],
    ['deleteTransaction', '($id: ID!) { deleteTransaction(id: $id) }', () => fc.record({ id: id('tx1') })],
    ['importTransactions', '($r: [TransactionInput!]!) { importTransactions(rows: $r) { id } }', () => spoil(expenditure, TX).map((bad) => ({ r: [expenditure(), bad] }))],
    ['createBudget', '($i: BudgetInput!) { createBudget(input: $i) { id } }', () => spoil(budget, ['valueDate', 'outputId']).map((i) => ({ i }))],
    ['updateBudget', '($id: ID!, $i: BudgetInput!, $v: Int) { updateBudget(id: $id, input: $i, version: $v) { id } }', () => fc.record({ id: id('budget'), i: spoil(budget), v: fc.constantFrom(undefined, 0, -1, 2 ** 31 - 1) })],
    ['deleteBudget', '($id: ID!) { deleteBudget(id: $id) }', () => fc.record({ id: hostile })],
    ['createContribution', '($i: ContributionInput!) { createContribution(input: $i) { id } }', () => spoil(contribution, ['projectId', 'earmarkedFocusArea', 'earmarkedCountry']).map((i) => ({ i }))],
    ['updateContribution', '($id: ID!, $i: ContributionInput!) { updateContribution(id: $id, input: $i) { id } }', () => fc.record({ id: id('contribution'), i: spoil(contribution, ['earmarkedCountry']) })],
    ['deleteContribution', '($id: ID!) { deleteContribution(id: $id) }', () => fc.record({ id: hostile })],
    ['setExchangeRate', '($i: ExchangeRateInput!) { setExchangeRate(input: $i) { id } }', () => spoil(rate).map((i) => ({ i }))],
    ['deleteExchangeRate', '($id: ID!) { deleteExchangeRate(id: $id) }', () => fc.record({ id: hostile })],
  ];

  // First, before accepted cases can change the fixture.
  it('refuses to take back money the fund has already transferred', async () => {
    const res = await api.gql(`mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: fixture.tx1 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  for (const [name, document, variables] of cases) {
    it(`${name}: never a server error, and a refusal writes nothing`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(variables(), async (vars) => {
          const before = await fingerprint();
          const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: (await admin()).cookie }, body: JSON.stringify({ query: `mutation${document}`, variables: vars }) });
          const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
          const context = `${name} ${JSON.stringify(vars).slice(0, 600)} → ${res.status} ${JSON.stringify(body).slice(0, 600)}`;
          expect(res.status, context).toBeLessThan(500);
          expect(body.errors?.map((e) => e.extensions?.code) ?? [], context).not.toContain('INTERNAL_SERVER_ERROR');
          if (body.errors?.length) expect(await fingerprint(), `a refused call wrote: ${context}`).toEqual(before);
        }),
        { numRuns: RUNS * 3 },
      );
    });
  }
});

let adminClient: Promise<{ cookie: string }> | undefined;
const admin = () => (adminClient ??= api.signedIn([{ role: Role.ADMIN }]));
