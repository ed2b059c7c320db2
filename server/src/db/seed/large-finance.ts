/**
 * The money of the large portfolio: funding agreements, yearly budget lines, transactions and exchange rates, in
 * the proportions of a pooled joint programme. Donors sign agreements with the programme (in their own currency)
 * and pay them into its fund in instalments; the fund transfers money to the lead agency for each project every
 * half year; the agency commits and disburses part of it to the national partners each year and quarter, and both
 * spend it, some of it against logframe outputs, with an occasional correction reversed. Some projects also get a
 * donor's money directly, under an agreement earmarked to them.
 *
 * Each programme draws from a random stream of its own, apart from the rest of the portfolio, so adding money
 * changed no other generated row. Amounts are whole cents; every transaction is dated before the "as of" date, and
 * exchange rates are known from before the first of them, so every figure converts.
 */
import { addDays, apportion, iso, prng, Table, uuidFor, type Rand } from './large-rows.js';

/** The fund's currency, and the reporting currency Accord uses unless REPORTING_CURRENCY says otherwise. */
const FUND_CURRENCY = 'USD';
export const LARGE_CURRENCIES = ['USD', 'EUR', 'GBP', 'SEK'] as const;
const FIRST_RATE_YEAR = 2017;
/**
 * US dollars per unit on the first working day of each year from 2017 on: close to the market rates of those
 * days. Stored with the source named below, so that they can be told from rates entered by people.
 */
const USD_PER_UNIT: Record<string, string[]> = {
  EUR: ['1.0465', '1.2005', '1.1450', '1.1213', '1.2271', '1.1370', '1.0666', '1.1039', '1.0350', '1.1720'],
  GBP: ['1.2337', '1.3532', '1.2710', '1.3250', '1.3668', '1.3532', '1.2083', '1.2724', '1.2529', '1.3430'],
  SEK: ['0.1096', '0.1222', '0.1116', '0.1070', '0.1213', '0.1106', '0.0958', '0.0981', '0.0906', '0.1085'],
};
const RATE_DAY = '01-02';
export const LARGE_RATE_SOURCE = '[Large] generated, close to market rates';

export function financeTables(tracked: [string, string][]) {
  const T = (name: string, columns: [string, string][]) => new Table(name, columns);
  return {
    contribution: T('contribution', [...tracked, ['donor_id', 'uuid'], ['programme_id', 'uuid'], ['project_id', 'uuid'], ['amount', 'numeric'], ['currency', 'varchar'], ['signed_date', 'date'], ['period_start', 'date'], ['period_end', 'date'], ['earmarking', 'contribution_earmarking'], ['earmarked_focus_area', 'varchar'], ['earmarked_country', 'varchar'], ['status', 'contribution_status'], ['description', 'text']]),
    budget: T('budget', [...tracked, ['project_id', 'uuid'], ['type', 'varchar'], ['status', 'varchar'], ['period_start', 'date'], ['period_end', 'date'], ['amount', 'numeric'], ['currency', 'varchar'], ['value_date', 'date'], ['output_id', 'uuid'], ['organisation_id', 'uuid']]),
    transaction: T('finance_transaction', [...tracked, ['programme_id', 'uuid'], ['project_id', 'uuid'], ['type', 'varchar'], ['transaction_date', 'date'], ['value_date', 'date'], ['amount', 'numeric'], ['currency', 'varchar'], ['provider_id', 'uuid'], ['receiver_id', 'uuid'], ['provider_activity', 'varchar'], ['receiver_activity', 'varchar'], ['receiver_project_id', 'uuid'], ['description', 'text'], ['output_id', 'uuid'], ['budget_id', 'uuid'], ['contribution_id', 'uuid'], ['reverses_id', 'uuid'], ['advance', 'boolean']]),
  };
}
export type FinanceTables = ReturnType<typeof financeTables>;

/** The exchange rates the generated money needs, as rows of `exchange_rate` (id, stamps, currency, quote, date, rate, source). */
export function exchangeRates(seed: string, stamp: string): string[][] {
  return Object.entries(USD_PER_UNIT).flatMap(([currency, rates]) =>
    rates.map((rate, i) => {
      const date = `${FIRST_RATE_YEAR + i}-${RATE_DAY}`;
      return [uuidFor(seed, `rate:${currency}:${date}`), stamp, stamp, currency, FUND_CURRENCY, date, rate, LARGE_RATE_SOURCE];
    }),
  );
}

/** The rate in ten-thousandths of a dollar on `date`: the latest on or before it. */
function rateOn(currency: string, date: string): number {
  if (currency === FUND_CURRENCY) return 10000;
  const rates = USD_PER_UNIT[currency];
  let i = Number(date.slice(0, 4)) - FIRST_RATE_YEAR - (date.slice(5) < RATE_DAY ? 1 : 0);
  if (i < 0) throw new Error(`no generated ${currency} rate for ${date}`);
  i = Math.min(i, rates.length - 1);
  return Math.round(Number(rates[i]) * 10000);
}
/** Cents of `currency` in US cents on `date`, rounded to the cent as Accord converts (half away from zero). */
const toUsd = (cents: number, currency: string, date: string) => Math.round((cents * rateOn(currency, date)) / 10000);
/** US cents in cents of `currency`, rounded to whole hundreds of units (agreements and budgets are round figures). */
const fromUsdRound = (usdCents: number, currency: string, date: string) => Math.max(100_00, Math.round((usdCents * 10000) / rateOn(currency, date) / 100_00) * 100_00);

/** Cents as an exact decimal. */
export const money = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export interface ProjectMoneyPlan {
  id: string;
  iati: string;
  status: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  /** national implementing partners (the lead agency is the programme's) */
  nationals: string[];
  /** a donor that takes part in the project itself, if any */
  donor: string | null;
  outputs: string[];
}

export interface ProgrammeMoneyPlan {
  seed: string;
  stamp: string;
  asOf: string;
  index: number;
  id: string;
  iati: string;
  lead: string;
  fundOffice: string;
  donors: string[];
  /** the currency each donor pays in */
  donorCurrency: Map<string, string>;
  focusArea: string;
  projects: ProjectMoneyPlan[];
}

interface Receipt {
  date: string;
  usd: number;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * Writes one programme's money into `t`. Transfers beyond what the fund had received by their date are marked as
 * advances, as Accord asks of a transfer made before the money came in.
 */
export function generateProgrammeMoney(p: ProgrammeMoneyPlan, t: FinanceTables): void {
  const rand = prng(`${p.seed}:finance:${p.index}`);
  const lastDate = addDays(p.asOf, -1);
  let n = 0;
  const id = (kind: string) => uuidFor(p.seed, `${kind}:${p.id}:${n++}`);
  const receipts: Receipt[] = [];
  const transfers: { row: unknown[]; date: string; usd: number }[] = [];
  const tx = (
    owner: { programme?: string; project?: string },
    type: string,
    date: string,
    cents: number,
    currency: string,
    provider: string | null,
    receiver: string | null,
    description: string,
    extra: { output?: string | null; contribution?: string | null; reverses?: string | null; receiverProject?: string | null; providerActivity?: string | null; receiverActivity?: string | null } = {},
  ) => {
    const txId = id('transaction');
    const row = [txId, p.stamp, p.stamp, owner.programme ?? null, owner.project ?? null, type, date, date, money(cents), currency, provider, receiver, extra.providerActivity ?? null, extra.receiverActivity ?? null, extra.receiverProject ?? null, description, extra.output ?? null, null, extra.contribution ?? null, extra.reverses ?? null, false];
    if (owner.programme && type === '3') transfers.push({ row, date, usd: toUsd(cents, currency, date) });
    else t.transaction.add(...(row as (string | number | boolean | null)[]));
    if (owner.programme && type === '1') receipts.push({ date, usd: toUsd(cents, currency, date) });
    return txId;
  };

  let programmeBudgetUsd = 0;
  let start = p.projects[0].plannedStart;
  let end = p.projects[0].plannedEnd;
  for (const project of p.projects) {
    programmeBudgetUsd += projectMoney(p, project, rand, t, tx, id, lastDate);
    start = minDate(start, project.plannedStart);
    end = maxDate(end, project.plannedEnd);
  }
  programmeMoney(p, rand, t, tx, id, lastDate, programmeBudgetUsd, start, end);

  // The fund transfers in date order; a transfer beyond what has come in by then is an advance.
  receipts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  transfers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let received = 0;
  let transferred = 0;
  let r = 0;
  for (const transfer of transfers) {
    while (r < receipts.length && receipts[r].date <= transfer.date) received += receipts[r++].usd;
    const advance = transferred + transfer.usd > received;
    if (!advance) transferred += transfer.usd;
    transfer.row[transfer.row.length - 1] = advance;
    t.transaction.add(...(transfer.row as (string | number | boolean | null)[]));
  }
}

type Tx = (
  owner: { programme?: string; project?: string },
  type: string,
  date: string,
  cents: number,
  currency: string,
  provider: string | null,
  receiver: string | null,
  description: string,
  extra?: { output?: string | null; contribution?: string | null; reverses?: string | null; receiverProject?: string | null; providerActivity?: string | null; receiverActivity?: string | null },
) => string;

/** Budget lines and the project's own transactions; returns its budget in US cents. */
function projectMoney(p: ProgrammeMoneyPlan, project: ProjectMoneyPlan, rand: Rand, t: FinanceTables, tx: Tx, id: (kind: string) => string, lastDate: string): number {
  const currency = rand() < 0.8 ? 'USD' : 'EUR';
  const yearly = rand.int(15, 150) * 10_000_00;
  const agencyShare = 0.55 + rand() * 0.25;
  const partner = project.nationals[0];
  const on = { project: project.id };

  // Yearly budget lines, one for the agency and one for the national partner; past years revised now and then.
  let budgetUsd = 0;
  for (let year = Number(project.plannedStart.slice(0, 4)); year <= Number(project.plannedEnd.slice(0, 4)); year++) {
    const from = maxDate(project.plannedStart, `${year}-01-01`);
    const to = minDate(project.plannedEnd, `${year}-12-31`);
    const part = (monthOf(to) - monthOf(from) + 1) / 12;
    const committed = from <= p.asOf;
    const lines = apportion(Math.max(2, Math.round((yearly * part) / 100_00)), [agencyShare, 1 - agencyShare]).map((h) => Math.max(1, h) * 100_00);
    const revised = committed && rand() < 0.2 ? 0.85 + rand() * 0.35 : null;
    const orgs = [p.lead, partner];
    lines.forEach((cents, k) => {
      t.budget.add(id('budget'), p.stamp, p.stamp, project.id, '1', committed ? '2' : '1', from, to, money(cents), currency, from, null, orgs[k]);
    });
    const counted = revised === null ? lines : lines.map((c) => Math.max(1, Math.round((c * revised) / 100_00)) * 100_00);
    if (revised !== null) counted.forEach((cents, k) => t.budget.add(id('budget'), p.stamp, p.stamp, project.id, '2', '2', from, to, money(cents), currency, from, null, orgs[k]));
    budgetUsd += counted.reduce((s, c) => s + toUsd(c, currency, from), 0);
  }

  // A donor of the project may fund it directly, under an agreement earmarked to it.
  if (project.donor && project.status !== '1' && rand() < 0.6) {
    const donorCurrency = p.donorCurrency.get(project.donor)!;
    const signed = minDate(lastDate, addDays(project.actualStart ?? project.plannedStart, -rand.int(10, 90)));
    const amount = fromUsdRound(budgetUsd * (0.15 + rand() * 0.25), donorCurrency, signed);
    const paid = project.plannedEnd < p.asOf;
    const contribution = id('contribution');
    t.contribution.add(contribution, p.stamp, p.stamp, project.donor, null, project.id, money(amount), donorCurrency, signed, project.plannedStart, project.plannedEnd, 'TIGHT', null, null, paid ? 'PAID' : 'SIGNED', `Funding agreement for ${project.iati}`);
    tx(on, '11', signed, amount, donorCurrency, project.donor, p.lead, 'Incoming commitment under the funding agreement', { contribution });
    instalments(rand, signed, project.plannedEnd, lastDate, amount, paid).forEach(([date, cents], k) =>
      tx(on, '1', date, cents, donorCurrency, project.donor, p.lead, `Instalment ${k + 1} of the funding agreement`, { contribution }),
    );
  }

  if (project.status === '1' || !project.actualStart) return budgetUsd;
  const activeTo = minDate(project.actualEnd ?? project.plannedEnd, lastDate);
  const quarterly = yearly / 4;
  let year = -1;
  let quarter = 0;
  // Quarter by quarter from the actual start: the fund transfers each half year, the agency commits to the
  // partner each year, disburses to it each half year and spends in most quarters; the partner spends what it
  // received by the end of the half year.
  for (let m = monthOf(project.actualStart); m <= monthOf(activeTo); m += 3, quarter++) {
    const qStart = maxDate(iso(m), project.actualStart);
    const day = (from: number, to: number) => minDate(activeTo, addDays(qStart, rand.int(from, to)));
    const need = Math.round(quarterly * (0.7 + rand() * 0.45));
    const firstHalf = quarter % 2 === 0;
    if (firstHalf) {
      const cents = Math.max(1000_00, Math.round((toUsd(need, currency, qStart) * 2) / 1000_00) * 1000_00);
      tx({ programme: p.id }, '3', day(0, 20), cents, FUND_CURRENCY, p.fundOffice, p.lead, `Transfer for ${project.iati}, half year from ${qStart.slice(0, 7)}`, {
        receiverProject: project.id,
        providerActivity: p.iati,
        receiverActivity: project.iati,
      });
    }
    const partnerPart = Math.round(need * 2 * (1 - agencyShare));
    const toPartner = project.nationals[Math.floor(quarter / 2) % project.nationals.length];
    if (Number(qStart.slice(0, 4)) !== year) {
      year = Number(qStart.slice(0, 4));
      tx(on, '2', day(0, 10), Math.max(100_00, Math.round((partnerPart * 2) / 100_00) * 100_00), currency, p.lead, partner, `Agreement with the implementing partner for ${year}`);
    }
    if (firstHalf) tx(on, '3', day(5, 40), Math.max(100_00, partnerPart), currency, p.lead, toPartner, 'Disbursement to the implementing partner for the half year');
    const spend = (provider: string, cents: number, from: number, to: number, what: string) => {
      const output = project.outputs.length && rand() < 0.7 ? rand.pick(project.outputs) : null;
      const date = day(from, to);
      const spent = tx(on, '4', date, cents, currency, provider, null, what, { output });
      if (rand() < 0.02) {
        const back = Math.max(1, Math.round(cents * (0.05 + rand() * 0.95)));
        tx(on, '4', minDate(activeTo, addDays(date, rand.int(3, 30))), -back, currency, provider, null, 'Correction of an expenditure booked twice', { output, reverses: spent });
      }
    };
    if (rand() < 0.75) spend(p.lead, Math.max(1, Math.round((need - partnerPart / 2) * (0.75 + rand() * 0.4)) + rand.int(-5000, 5000)), 10, 85, 'Staff, travel and training costs');
    if (!firstHalf) spend(toPartner, Math.max(1, Math.round(partnerPart * (0.7 + rand() * 0.35))), 30, 88, 'Partner activities: workshops, equipment and field work');
  }
  return budgetUsd;
}

/** Funding agreements with the programme's fund, the donors' incoming commitments and their instalments. */
function programmeMoney(p: ProgrammeMoneyPlan, rand: Rand, t: FinanceTables, tx: Tx, id: (kind: string) => string, lastDate: string, budgetUsd: number, start: string, end: string): void {
  const on = { programme: p.id };
  const cover = 0.8 + rand() * 0.3;
  const shares = apportion(1000, p.donors.map((_, i) => (i === 0 ? 2 : 1) + rand()));
  const middle = iso(Math.floor((monthOf(start) + monthOf(end)) / 2 / 12) * 12);
  p.donors.forEach((donor, d) => {
    const currency = p.donorCurrency.get(donor)!;
    // One agreement for the whole programme, or two: the second for its later years.
    const periods: [string, string][] = rand() < 0.4 && middle > start && middle < end ? [[start, addDays(middle, -1)], [middle, end]] : [[start, end]];
    periods.forEach(([from, to], k) => {
      const usd = (budgetUsd * cover * shares[d]) / 1000 / periods.length;
      const signedDate = addDays(from, -rand.int(10, 120));
      const pledged = signedDate > lastDate;
      const signed = pledged ? null : signedDate;
      const amount = fromUsdRound(usd, currency, minDate(signedDate, lastDate));
      const soft = rand() < 0.25;
      const status = pledged ? 'PLEDGED' : to < p.asOf ? 'PAID' : 'SIGNED';
      const contribution = id('contribution');
      t.contribution.add(contribution, p.stamp, p.stamp, donor, p.id, null, money(amount), currency, signed, from, to, soft ? 'SOFT' : 'UNEARMARKED', soft ? p.focusArea : null, null, status, `Contribution to the joint programme${k ? ', second phase' : ''}`);
      if (!signed) return;
      tx(on, '11', signed, amount, currency, donor, p.fundOffice, 'Incoming commitment under the funding agreement', { contribution, receiverActivity: p.iati });
      instalments(rand, signed, to, lastDate, amount, status === 'PAID').forEach(([date, cents], i) =>
        tx(on, '1', date, cents, currency, donor, p.fundOffice, `Instalment ${i + 1} of the contribution`, { contribution, receiverActivity: p.iati }),
      );
    });
  });
}

/**
 * Yearly instalments of an agreement from a few weeks after its signature: the first 40 %, the rest in equal parts;
 * only those due by `lastDate`, or all of them (by then) when it is paid.
 */
function instalments(rand: Rand, signed: string, to: string, lastDate: string, amount: number, paid: boolean): [string, number][] {
  const years = Math.max(1, Math.ceil((monthOf(to) - monthOf(signed) + 1) / 12));
  const first = years === 1 ? amount : Math.round((amount * 0.4) / 100) * 100;
  const rest = years === 1 ? [] : apportion((amount - first) / 100, Array(years - 1).fill(1)).map((c) => c * 100);
  const out: [string, number][] = [];
  [first, ...rest].forEach((cents, k) => {
    const due = addDays(signed, 365 * k + rand.int(15, 60));
    if (due <= lastDate) out.push([due, cents]);
    else if (paid) out.push([lastDate, cents]);
  });
  return out;
}
