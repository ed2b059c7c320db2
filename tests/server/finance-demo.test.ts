/**
 * The demo's money, on a database seeded the way `npm start` seeds it: for every demo programme, the figures the
 * API answers equal figures worked out here from the raw rows, with decimal.js and the counting rule as
 * documented (each record counted once, in one figure; each record converted at its own dated rate and rounded
 * to the cent), never with the product's figure code. Donors see their own money and the rest as "Other donors".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { useApi, type Client } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-users.js';
import { syncExchangeRates } from '../../server/src/modules/reference/reference.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';

const api = useApi();

const FIGURES = ['budget', 'contributions', 'pledged', 'incomingCommitments', 'received', 'transferred', 'committed', 'disbursed', 'spent'] as const;
type Figure = (typeof FIGURES)[number];
const TOTAL = `{ amount currency byCurrency { amount currency } missingRates { currency } }`;
const SET = FIGURES.map((f) => `${f} ${TOTAL}`).join(' ');
const FINANCE = `finance { reportingCurrency totals { ${SET} } byProject { key figures { ${SET} } } byOrganisation { key figures { ${SET} } }
  byYear { key figures { ${SET} } } byDonor { key figures { ${SET} } } }`;

interface Fact {
  figure: Figure;
  project: string;
  organisation: string;
  donor: string | null;
  year: string;
  currency: string;
  amount: Decimal;
  date: string;
}

let rates: { currency: string; rate_date: string; rate: string }[] = [];
let programmes: { id: string; title: string; publish_contributions: boolean }[] = [];

/** Latest rate on or before the date, into USD; each record rounded to the cent, half away from zero. */
function convert(amount: Decimal, currency: string, date: string): Decimal {
  if (currency === 'USD') return amount;
  const rate = rates.filter((r) => r.currency === currency && r.rate_date <= date).at(-1);
  if (!rate) throw new Error(`the demo lacks a rate for ${currency} on ${date}`);
  return amount.times(rate.rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Every money record of a programme and its projects as one fact of one figure, from the raw tables. */
async function factsOf(programmeId: string): Promise<Fact[]> {
  const projects = (await api.raw(`select id from project where programme_id = ?`, [programmeId])).map((r: any) => r.id as string);
  const inScope = (p: string | null) => p !== null && projects.includes(p);
  const facts: Fact[] = [];
  const budgets = (await api.raw(`select project_id, type, period_start::text, period_end::text, organisation_id, amount::text, currency, value_date::text from budget`)).filter((b: any) =>
    inScope(b.project_id),
  );
  const revised = new Set(budgets.filter((b: any) => b.type === '2').map((b: any) => `${b.project_id} ${b.period_start} ${b.period_end}`));
  for (const b of budgets) {
    if (b.type === '1' && revised.has(`${b.project_id} ${b.period_start} ${b.period_end}`)) continue;
    facts.push({ figure: 'budget', project: b.project_id, organisation: b.organisation_id ?? 'NONE', donor: null, year: b.period_start.slice(0, 4), currency: b.currency, amount: new Decimal(b.amount), date: b.value_date });
  }
  const contributions = (await api.raw(`select donor_id, programme_id, project_id, status, amount::text, currency, coalesce(signed_date, period_start)::text as date from contribution`)).filter(
    (c: any) => c.programme_id === programmeId || inScope(c.project_id),
  );
  for (const c of contributions) {
    facts.push({ figure: c.status === 'PLEDGED' ? 'pledged' : 'contributions', project: c.project_id ?? 'NONE', organisation: c.donor_id, donor: c.donor_id, year: c.date.slice(0, 4), currency: c.currency, amount: new Decimal(c.amount), date: c.date });
  }
  const transactions = (await api.raw(`select programme_id, project_id, receiver_project_id, type, provider_id, receiver_id, amount::text, currency, value_date::text from finance_transaction`)).filter(
    (t: any) => t.programme_id === programmeId || inScope(t.project_id),
  );
  const FIGURE: Record<string, Figure> = { '11': 'incomingCommitments', '1': 'received', '2': 'committed', '4': 'spent' };
  for (const t of transactions) {
    const fund = t.programme_id !== null;
    const figure = t.type === '3' ? (fund ? 'transferred' : 'disbursed') : FIGURE[t.type];
    const byReceiver = ['11', '1'].includes(t.type) || (t.type === '3' && fund);
    facts.push({
      figure,
      project: t.project_id ?? t.receiver_project_id ?? 'NONE',
      organisation: (byReceiver ? t.receiver_id : t.provider_id) ?? 'NONE',
      donor: ['11', '1'].includes(t.type) ? t.provider_id : null,
      year: t.value_date.slice(0, 4),
      currency: t.currency,
      amount: new Decimal(t.amount),
      date: t.value_date,
    });
  }
  return facts;
}

const cents = (d: Decimal) => d.toFixed(2);

/** The expected total of one figure: in USD, and per original currency. */
function expectedTotal(facts: Fact[], figure: Figure) {
  const mine = facts.filter((f) => f.figure === figure);
  const byCurrency = new Map<string, Decimal>();
  for (const f of mine) byCurrency.set(f.currency, (byCurrency.get(f.currency) ?? new Decimal(0)).plus(f.amount));
  return {
    amount: cents(mine.reduce((s, f) => s.plus(convert(f.amount, f.currency, f.date)), new Decimal(0))),
    byCurrency: [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ amount: cents(amount), currency })),
  };
}

const sum = (values: string[]) => cents(values.reduce((s, v) => s.plus(v), new Decimal(0)));
const programmeFinance = async (client: Client, id: string) => (await client.ok(`query($id: ID!) { programme(id: $id) { ${FINANCE} } }`, { id })).programme.finance;

beforeAll(async () => {
  // The start-up path itself: migrations, reference data with the shipped rates, and the demo seed.
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  rates = await api.raw(`select currency, rate_date::text, rate::text from exchange_rate where quote = 'USD' order by currency, rate_date`);
  programmes = await api.raw(`select id, title, publish_contributions from programme where is_demo order by title`);
}, 180_000);

describe('the demo finances', () => {
  it('load the shipped rates and give every demo programme its money', async () => {
    expect(new Set(rates.map((r) => r.currency))).toEqual(new Set(['EUR', 'GBP', 'SEK', 'NOK', 'DKK', 'CHF', 'JPY', 'CAD', 'AUD']));
    expect(programmes.length).toBeGreaterThanOrEqual(6);
    for (const p of programmes) {
      const facts = await factsOf(p.id);
      for (const figure of ['budget', 'contributions', 'received', 'transferred', 'committed', 'disbursed', 'spent'] as const) {
        expect(facts.some((f) => f.figure === figure), `${p.title}: ${figure}`).toBe(true);
      }
      expect(new Set(facts.filter((f) => f.figure === 'contributions').map((f) => f.donor)).size, p.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('add up, for every programme, to figures worked out from the raw rows, in USD and in each currency', async () => {
    for (const p of programmes) {
      const facts = await factsOf(p.id);
      const finance = await programmeFinance(api, p.id);
      expect(finance.reportingCurrency).toBe('USD');
      for (const figure of FIGURES) {
        const context = `${p.title}: ${figure}`;
        const total = finance.totals[figure];
        expect({ amount: total.amount, byCurrency: total.byCurrency }, context).toEqual(expectedTotal(facts, figure));
        expect(total.missingRates, context).toEqual([]);
        for (const [breakdown, key] of [['byProject', 'project'], ['byOrganisation', 'organisation'], ['byYear', 'year']] as const) {
          const rows = finance[breakdown] as { key: string; figures: Record<Figure, { amount: string; byCurrency: unknown }> }[];
          const keys = new Set([...rows.map((r) => r.key), ...facts.filter((f) => f.figure === figure).map((f) => f[key])]);
          for (const k of keys) {
            const row = rows.find((r) => r.key === k);
            const expected = expectedTotal(facts.filter((f) => f[key] === k), figure);
            expect(row ? { amount: row.figures[figure].amount, byCurrency: row.figures[figure].byCurrency } : expected, `${context} ${breakdown} ${k}`).toEqual(expected);
          }
          expect(sum(rows.map((r) => r.figures[figure].amount)), `${context}: ${breakdown} rows`).toBe(total.amount);
        }
      }
    }
  });

  it('count every record of the raw tables once, in one figure', async () => {
    for (const p of programmes) {
      const facts = await factsOf(p.id);
      const [raw] = await api.raw(
        `select (select count(*) from contribution where programme_id = ? or project_id in (select id from project where programme_id = ?))::int as contributions,
                (select count(*) from finance_transaction where programme_id = ? or project_id in (select id from project where programme_id = ?))::int as transactions`,
        [p.id, p.id, p.id, p.id],
      );
      expect(facts.filter((f) => ['contributions', 'pledged'].includes(f.figure)).length, p.title).toBe(raw.contributions);
      expect(facts.filter((f) => !['contributions', 'pledged', 'budget'].includes(f.figure)).length, p.title).toBe(raw.transactions);
      // Pass-through money is never added across steps: what the fund transferred is no more than it received.
      const finance = await programmeFinance(api, p.id);
      const fund = finance.byProject.find((r: any) => r.key === 'NONE');
      expect(new Decimal(finance.totals.transferred.amount).lessThanOrEqualTo(fund.figures.received.amount), p.title).toBe(true);
    }
  });
});

describe('a demo donor', () => {
  let donor: Client;
  let eu: string;
  beforeAll(async () => {
    [{ id: eu }] = await api.raw(`select organisation_id as id from app_user where email = 'donor.eu@accord.demo'`);
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.77.0.1' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: 'donor.eu@accord.demo', p: DEMO_PASSWORD } }),
    });
    donor = api.withHeaders({ cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] });
  });

  it('sees its own contributions one by one and the others only as "Other donors"', async () => {
    const { programmes: seen } = await donor.ok(`{ programmes { id title } }`);
    expect(seen.length).toBeGreaterThan(0);
    for (const { id, title } of seen) {
      const all = await factsOf(id);
      const facts = all.filter((f) => f.figure === 'contributions');
      const published = programmes.find((p) => p.id === id)!.publish_contributions;
      const { programme } = await donor.ok(`query($id: ID!) { programme(id: $id) { contributions { donor { id } } ${FINANCE} } }`, { id });
      const own = facts.filter((f) => f.donor === eu);
      const listed = all.filter((f) => ['contributions', 'pledged'].includes(f.figure) && f.donor === eu);
      if (!published) expect(programme.contributions.map((c: any) => c.donor.id), title).toEqual(listed.map(() => eu));
      const rows = programme.finance.byDonor.filter((r: any) => r.figures.contributions.amount !== '0.00');
      const expected: Record<string, string> = {};
      if (own.length) expected[eu] = expectedTotal(own, 'contributions').amount;
      const others = facts.filter((f) => f.donor !== eu);
      if (others.length && !published) expected.OTHER = expectedTotal(others, 'contributions').amount;
      if (!published) expect(Object.fromEntries(rows.map((r: any) => [r.key, r.figures.contributions.amount])), title).toEqual(expected);
      expect(programme.finance.totals.contributions.amount, title).toBe(expectedTotal(facts, 'contributions').amount);
    }
    expect(seen.some((p: any) => p.title.includes('Trafficking in Persons'))).toBe(true);
  });

  it('reads its donor funding, whose totals are the sums of its rows', async () => {
    const { donorFunding } = await donor.ok(`{ donorFunding { reportingCurrency donor { id } rows { programme { id } project { id } contributed received transferred spent missingRates }
      totals { contributed received transferred spent missingRates } } }`);
    expect(donorFunding.donor.id).toBe(eu);
    expect(donorFunding.rows.length).toBeGreaterThan(0);
    for (const key of ['contributed', 'received', 'transferred', 'spent'] as const) {
      expect(donorFunding.totals[key], key).toBe(sum(donorFunding.rows.map((r: any) => r[key])));
    }
    expect(donorFunding.totals.missingRates).toBe(false);
    // What the EU signed, converted here at each agreement's date.
    const signed = await api.raw(`select amount::text, currency, coalesce(signed_date, period_start)::text as date from contribution where donor_id = ? and status <> 'PLEDGED'`, [eu]);
    expect(donorFunding.totals.contributed).toBe(sum(signed.map((c: any) => cents(convert(new Decimal(c.amount), c.currency, c.date)))));
  });
});

describe('the shipped exchange rates', () => {
  it('are added only where missing: a rate an administrator entered stays, and two starts at once add nothing twice', async () => {
    const set = await api.ok(`mutation { setExchangeRate(input: { currency: "DKK", rateDate: "2024-01-01", rate: "0.1499", source: "UN operational rate" }) { id rate } }`);
    const count = async () => (await api.raw(`select count(*)::int as n from exchange_rate`))[0].n;
    const before = await count();
    const fork = () => api.orm.em.fork() as EntityManager;
    const log = createLogger('silent');
    await Promise.all([syncExchangeRates(fork(), 'USD', log), syncExchangeRates(fork(), 'USD', log)]);
    expect(await count()).toBe(before);
    const [dkk] = await api.raw(`select rate::text, source from exchange_rate where currency = 'DKK' and rate_date = '2024-01-01'`);
    expect(dkk).toEqual({ rate: '0.1499000000', source: 'UN operational rate' });
    expect(set.setExchangeRate.rate).toBe('0.1499000000');
  });

  it('are left out, with one line saying so, when the reporting currency is not USD', async () => {
    const lines: string[] = [];
    const log = { info: (_: unknown, message: string) => lines.push(message) } as never;
    await api.raw(`delete from exchange_rate where currency = 'AUD'`);
    await syncExchangeRates(api.orm.em.fork() as EntityManager, 'EUR', log);
    expect((await api.raw(`select count(*)::int as n from exchange_rate where currency = 'AUD'`))[0].n).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/must enter the rates into EUR/);
  });
});
