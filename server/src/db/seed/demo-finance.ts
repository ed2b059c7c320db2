import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Decimal } from 'decimal.js';
import rates from '../reference/exchange-rates.json' with { type: 'json' };
import { OrganisationKind } from '../../modules/organisation/organisation.entity.js';
import { createOrganisation } from '../../modules/organisation/organisation.service.js';
import { ContributionStatus, Earmarking } from '../../modules/finance/finance.entity.js';
import type { TransactionInput } from '../../modules/finance/finance.inputs.js';
import { createBudget, createContribution } from '../../modules/finance/finance.service.js';
import { createTransaction, importTransactions } from '../../modules/finance/transaction.service.js';

/**
 * The demo's money, recorded through the finance services so that it obeys every rule a user's does. Each
 * programme has pooled donors (to its fund, held by the lead agency) and donors tightly earmarked to a project;
 * the demo donors' accounts keep their story: the European Union funds no part of the HIV programme, and Sida
 * funds only that programme;
 * the fund transfers to the agency of each started project every year, and agencies commit, disburse to their
 * implementing partners and spend, some of it on logframe outputs. Amounts are derived from the plan below by
 * fixed shares, so the seed is the same every time.
 */

interface Agreement {
  donor: string;
  /** The project (IATI identifier suffix, e.g. `02`) for a tightly earmarked contribution; the fund otherwise. */
  project?: string;
  currency: string;
  amount: number;
  signed?: string;
  status: ContributionStatus;
  /** The share paid in so far (all of it for PAID). */
  paid?: number;
  soft?: { focusArea?: string; country?: string };
}

interface Plan {
  agreements: Agreement[];
  /** The currency the implementing partners spend in, where it is not USD. */
  partnerCurrency?: string;
}

const { SIGNED, PAID, PLEDGED } = ContributionStatus;

const PLANS: Record<string, Plan> = {
  'XM-DAC-41128-DEMO-PRG-TIP': {
    agreements: [
      { donor: 'eu', currency: 'EUR', amount: 4_500_000, signed: '2022-01-20', status: SIGNED, paid: 0.8 },
      { donor: 'eu', currency: 'EUR', amount: 1_200_000, signed: '2023-05-10', status: PAID, soft: { country: 'NG' } },
      { donor: 'fcdo', project: '02', currency: 'GBP', amount: 850_000, signed: '2022-09-12', status: PAID },
      { donor: 'fcdo', project: '03', currency: 'GBP', amount: 520_000, signed: '2022-04-05', status: PAID },
      { donor: 'eu', currency: 'EUR', amount: 2_000_000, status: PLEDGED },
    ],
  },
  'XM-DAC-41128-DEMO-PRG-FIR': {
    partnerCurrency: 'EUR',
    agreements: [
      { donor: 'bmz', currency: 'EUR', amount: 3_000_000, signed: '2022-07-15', status: SIGNED, paid: 0.75 },
      { donor: 'eu', currency: 'EUR', amount: 2_500_000, signed: '2023-02-20', status: SIGNED, paid: 0.7, soft: { country: 'RS' } },
      { donor: 'norway', project: '02', currency: 'NOK', amount: 15_000_000, signed: '2023-04-18', status: PAID },
    ],
  },
  'XM-DAC-41128-DEMO-PRG-DRG': {
    agreements: [
      { donor: 'fcdo', currency: 'GBP', amount: 3_200_000, signed: '2021-08-02', status: SIGNED, paid: 0.8 },
      { donor: 'norway', currency: 'NOK', amount: 20_000_000, signed: '2022-03-01', status: PAID },
      { donor: 'inl', project: '02', currency: 'USD', amount: 1_500_000, signed: '2022-05-16', status: SIGNED, paid: 0.6 },
      { donor: 'fcdo', currency: 'GBP', amount: 1_000_000, status: PLEDGED },
    ],
  },
  'XM-DAC-41128-DEMO-PRG-HIV': {
    agreements: [
      { donor: 'sida', currency: 'SEK', amount: 45_000_000, signed: '2022-02-10', status: SIGNED, paid: 0.85 },
      { donor: 'sida', currency: 'SEK', amount: 12_000_000, signed: '2023-09-01', status: PAID, soft: { country: 'KE' } },
      { donor: 'norway', project: '02', currency: 'NOK', amount: 8_000_000, signed: '2022-06-20', status: PAID },
      { donor: 'norway', project: '01', currency: 'NOK', amount: 9_500_000, signed: '2023-03-15', status: SIGNED, paid: 0.6 },
    ],
  },
  'XM-DAC-41114-DEMO-PRG-COR': {
    agreements: [
      { donor: 'nlmfa', currency: 'EUR', amount: 3_500_000, signed: '2023-02-01', status: SIGNED, paid: 0.7 },
      { donor: 'fcdo', currency: 'GBP', amount: 1_800_000, signed: '2023-06-14', status: PAID, soft: { focusArea: 'CORRUPTION' } },
      { donor: 'inl', project: '02', currency: 'USD', amount: 1_200_000, signed: '2023-08-01', status: SIGNED, paid: 0.65 },
      { donor: 'nlmfa', currency: 'EUR', amount: 1_500_000, status: PLEDGED },
    ],
  },
  'XM-DAC-41128-DEMO-PRG-TER': {
    agreements: [
      { donor: 'eu', currency: 'EUR', amount: 5_000_000, signed: '2022-04-25', status: SIGNED, paid: 0.8 },
      { donor: 'eu', currency: 'EUR', amount: 1_500_000, signed: '2023-10-02', status: PAID, soft: { country: 'KE' } },
      { donor: 'fcdo', project: '02', currency: 'GBP', amount: 1_100_000, signed: '2022-11-07', status: PAID },
      { donor: 'inl', project: '03', currency: 'USD', amount: 2_000_000, signed: '2023-03-01', status: SIGNED, paid: 0.7 },
    ],
  },
  'XM-DAC-41114-DEMO-PRG-CCR': {
    agreements: [
      { donor: 'sdc', currency: 'CHF', amount: 4_000_000, signed: '2023-02-15', status: SIGNED, paid: 0.7 },
      { donor: 'inl', project: '02', currency: 'USD', amount: 1_000_000, signed: '2023-09-20', status: PAID },
      { donor: 'sdc', currency: 'CHF', amount: 2_000_000, status: PLEDGED },
    ],
  },
};

/** Donors the portfolio file does not have. */
const MORE_DONORS = [
  { key: 'norway', name: 'Norwegian Ministry of Foreign Affairs', acronym: 'Norway MFA', country: 'NO' },
  { key: 'inl', name: 'U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs', acronym: 'INL', country: 'US' },
];

/** The last date the demo records money on: safely before any day the seed may run. */
const LAST = '2026-11-30';

interface ProjectRow {
  id: string;
  code: string;
  planned_start: string;
  planned_end: string;
  actual_start: string | null;
  actual_end: string | null;
  lead: string;
  agencies: string[];
  partners: string[];
  outputs: string[];
}

const year = (date: string) => Number(date.slice(0, 4));
const clamp = (date: string, from: string, to: string) => (date < from ? from : date > to ? to : date);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Rounded down to whole thousands, as agreements and transfers are. */
const thousands = (d: Decimal) => d.div(1000).floor().times(1000);

/** The shipped rate of a currency on a date: the latest on or before it. */
function usdRate(currency: string, date: string): Decimal {
  if (currency === 'USD') return new Decimal(1);
  const found = rates.rates.filter((r) => r.currency === currency && r.rateDate <= date).at(-1);
  if (!found) throw new Error(`no shipped rate for ${currency} on ${date}`);
  return new Decimal(found.rate);
}

/** Yearly instalments paying `share` of an agreement: after signature, then each March, never after LAST. */
function instalments(a: Agreement, periodEnd: string): { date: string; amount: Decimal }[] {
  const dates = [plusDays(a.signed!, 30)];
  for (let y = year(a.signed!) + 1; dates.length < 4 && `${y}-03-15` <= clamp(periodEnd, a.signed!, LAST); y++) dates.push(`${y}-03-15`);
  const total = thousands(new Decimal(a.amount).times(a.status === PAID ? 1 : a.paid!));
  const each = thousands(total.div(dates.length));
  return dates.map((date, i) => ({ date, amount: i === dates.length - 1 ? total.minus(each.times(dates.length - 1)) : each }));
}

async function projectsOf(em: EntityManager, programmeId: string): Promise<ProjectRow[]> {
  return em.execute(
    `select p.id, right(p.iati_identifier, 2) as code, p.planned_start::text, p.planned_end::text, p.actual_start::text, p.actual_end::text,
       (select organisation_id from participation where project_id = p.id and role = '2' limit 1) as lead,
       array(select x.organisation_id from participation x join organisation o on o.id = x.organisation_id
             where x.project_id = p.id and x.role = '4' and o.kind = 'UN_ENTITY' order by o.acronym) as agencies,
       array(select x.organisation_id from participation x join organisation o on o.id = x.organisation_id
             where x.project_id = p.id and x.role = '4' and o.kind <> 'UN_ENTITY' order by o.acronym) as partners,
       array(select n.id from result_node n where n.project_id = p.id and n.level = 'OUTPUT'
                   order by (select q.position from result_node q where q.id = n.parent_id), n.position) as outputs
     from project p where p.programme_id = ? order by p.iati_identifier`,
    [programmeId],
  );
}

export interface DemoFinanceKeys {
  organisation: (key: string) => string;
  programme: (iatiIdentifier: string) => string;
}

export async function seedDemoFinance(em: EntityManager, keys: DemoFinanceKeys, reportingCurrency: string, log: Logger): Promise<void> {
  // The demo's transfers are checked against what each fund received, in the reporting currency: that takes
  // the shipped rates, which are into USD.
  if (reportingCurrency !== rates.quote) {
    log.info({ reportingCurrency }, 'the demo finances need the shipped USD rates: left out');
    return;
  }
  const donors = new Map<string, string>();
  for (const d of MORE_DONORS) {
    const org = await createOrganisation(em, { name: d.name, acronym: d.acronym, kind: OrganisationKind.DONOR, iatiType: '10', country: d.country });
    donors.set(d.key, org.id);
  }
  const org = (key: string) => donors.get(key) ?? keys.organisation(key);
  for (const [iati, plan] of Object.entries(PLANS)) {
    em.clear();
    await seedProgramme(em, keys.programme(iati), plan, org);
  }
}

async function seedProgramme(em: EntityManager, programmeId: string, plan: Plan, org: (key: string) => string) {
  const [programme] = await em.execute(`select lead_agency_id as lead, end_date::text as end from programme where id = ?`, [programmeId]);
  const projects = await projectsOf(em, programmeId);
  const project = (code: string) => projects.find((p) => p.code === code)!;
  const agency = (p: ProjectRow) => p.agencies[0] ?? p.lead;
  const rows: TransactionInput[] = [];
  const tx = (input: Partial<TransactionInput> & Pick<TransactionInput, 'type' | 'transactionDate' | 'amount' | 'currency'>) =>
    rows.push({ advance: false, ...input } as TransactionInput);

  // Agreements, their incoming commitments and the instalments paid in.
  let fundReceived = new Decimal(0);
  const directFunds = new Map<string, { date: string; amount: Decimal; currency: string }[]>();
  for (const a of plan.agreements) {
    const target = a.project ? project(a.project) : null;
    const periodStart = target ? target.planned_start : a.status === PLEDGED ? '2027-01-01' : a.signed!;
    const periodEnd = target ? target.planned_end : programme.end;
    const contribution = await createContribution(em, {
      donorId: org(a.donor),
      programmeId: target ? null : programmeId,
      projectId: target?.id ?? null,
      amount: a.amount.toFixed(2),
      currency: a.currency,
      signedDate: a.signed ?? null,
      periodStart,
      periodEnd,
      earmarking: target ? Earmarking.TIGHT : a.soft ? Earmarking.SOFT : Earmarking.UNEARMARKED,
      earmarkedFocusArea: a.soft?.focusArea ?? null,
      earmarkedCountry: a.soft?.country ?? null,
      status: a.status,
      description: a.status === PLEDGED ? 'Announced for the next phase; agreement under negotiation' : `Agreement ${a.donor.toUpperCase()}-${a.signed!.slice(0, 4)}-${a.currency}`,
    });
    if (a.status === PLEDGED) continue;
    const owner = target ? { projectId: target.id } : { programmeId };
    const receiver = target ? agency(target) : programme.lead;
    const common = { ...owner, currency: a.currency, providerId: org(a.donor), receiverId: receiver, contributionId: contribution.id };
    tx({ ...common, type: '11', transactionDate: a.signed!, amount: a.amount.toFixed(2), description: 'Funding agreement signed' });
    for (const [i, paid] of instalments(a, periodEnd).entries()) {
      tx({ ...common, type: '1', transactionDate: paid.date, amount: paid.amount.toFixed(2), description: `Instalment ${i + 1}` });
      if (target) directFunds.set(target.id, [...(directFunds.get(target.id) ?? []), { date: paid.date, amount: paid.amount, currency: a.currency }]);
      else fundReceived = fundReceived.plus(paid.amount.times(usdRate(a.currency, paid.date)).toDecimalPlaces(2));
    }
  }

  // Every year of a started project, the fund transfers to its agency; 85 % of what the fund received is shared
  // out by weight, so the transfers never exceed it.
  const started = projects.filter((p) => p.actual_start);
  const years = (p: ProjectRow) => {
    const last = year(p.actual_end ?? LAST);
    return Array.from({ length: last - year(p.actual_start!) + 1 }, (_, i) => year(p.actual_start!) + i);
  };
  const weights = [1, 0.8, 1.2, 0.9];
  const slots = started.flatMap((p, i) => years(p).map((y) => ({ p, y, w: weights[i % 4] })));
  const perWeight = fundReceived.times(0.85).div(slots.reduce((s, x) => s + x.w, 0));
  const transfers = new Map<string, Decimal>();
  for (const { p, y, w } of slots) {
    const amount = thousands(perWeight.times(w));
    transfers.set(`${p.id}:${y}`, amount);
    const receiver = agency(p);
    tx({
      programmeId,
      type: '3',
      transactionDate: clamp(`${y}-02-15`, p.actual_start!, LAST),
      amount: amount.toFixed(2),
      currency: 'USD',
      providerId: receiver === programme.lead ? null : programme.lead,
      receiverId: receiver,
      receiverProjectId: p.id,
      description: `Allocation from the pooled fund for ${y}`,
    });
  }

  // Commitments, disbursements to partners and expenditure, as shares of each year's transfer.
  for (const p of started) {
    const end = clamp(p.actual_end ?? LAST, p.actual_start!, LAST);
    const on = (date: string) => clamp(date, p.actual_start!, end);
    const share = (t: Decimal, f: number) => t.times(f).toDecimalPlaces(0).toFixed(2);
    const partner = p.partners[0];
    for (const y of years(p)) {
      const t = transfers.get(`${p.id}:${y}`)!;
      const base = { projectId: p.id, providerId: agency(p) };
      if (partner) {
        tx({ ...base, type: '2', transactionDate: on(`${y}-03-01`), amount: share(t, 0.45), currency: 'USD', receiverId: partner, description: `Implementing partner agreement ${y}` });
        tx({ ...base, type: '3', transactionDate: on(`${y}-04-15`), amount: share(t, 0.35), currency: 'USD', receiverId: partner, description: `Advance to implementing partner ${y}` });
        const currency = plan.partnerCurrency ?? 'USD';
        const spent = t.times(0.3).div(usdRate(currency, `${y}-10-31`)).toDecimalPlaces(0);
        tx({ projectId: p.id, providerId: partner, type: '4', transactionDate: on(`${y}-10-31`), amount: spent.toFixed(2), currency, outputId: p.outputs[1] ?? p.outputs[0] ?? null, description: 'Partner expenditure report' });
      }
      tx({ ...base, type: '4', transactionDate: on(`${y}-06-30`), amount: share(t, partner ? 0.25 : 0.4), currency: 'USD', outputId: p.outputs[0] ?? null, description: 'Training, equipment and expert missions' });
      tx({ ...base, type: '4', transactionDate: on(`${y}-11-30`), amount: share(t, partner ? 0.15 : 0.3), currency: 'USD', description: 'Project staff and operating costs' });
    }
    // Money earmarked to the project is spent in the donor's currency, as its agreement reports it.
    for (const paid of directFunds.get(p.id) ?? []) {
      tx({ projectId: p.id, providerId: agency(p), type: '4', transactionDate: on(plusDays(paid.date, 120)), amount: paid.amount.times(0.7).toDecimalPlaces(0).toFixed(2), currency: paid.currency, outputId: p.outputs.at(-1) ?? null, description: 'Expenditure on earmarked activities' });
    }
  }
  const records = await importTransactions(em, rows, 'USD');

  // One payment booked twice and taken back.
  const twice = records.find((r) => r.type === '4' && r.project)!;
  await createTransaction(
    em,
    { projectId: twice.project!.id, type: '4', transactionDate: clamp(plusDays(twice.transactionDate, 20), twice.transactionDate, LAST), amount: new Decimal(twice.amount).times(-0.1).toDecimalPlaces(2).toFixed(2), currency: twice.currency, providerId: twice.provider?.id ?? null, reversesId: twice.id, description: 'Invoice booked twice: reversed', advance: false } as TransactionInput,
    'USD',
  );

  await seedBudgets(em, projects, transfers, agency);
}

/**
 * A yearly budget line per project year, planned half above that year's transfer, since a budget includes what
 * is not funded yet (at the project's average transfer for years without one). The first project splits its
 * lines over its first two outputs, and the second has its 2025 line revised upwards.
 */
async function seedBudgets(em: EntityManager, projects: ProjectRow[], transfers: Map<string, Decimal>, agency: (p: ProjectRow) => string) {
  for (const [i, p] of projects.entries()) {
    const mine = [...transfers].filter(([k]) => k.startsWith(`${p.id}:`)).map(([, v]) => v);
    const average = mine.length ? mine.reduce((a, b) => a.plus(b)).div(mine.length) : new Decimal(600_000);
    for (let y = year(p.planned_start); y <= year(p.planned_end); y++) {
      const planned = (transfers.get(`${p.id}:${y}`) ?? average).times(1.5).div(10_000).ceil().times(10_000);
      const line = (amount: Decimal, extra: Record<string, unknown> = {}) =>
        createBudget(em, { projectId: p.id, type: '1', status: y <= 2026 ? '2' : '1', periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, amount: amount.toFixed(2), currency: 'USD', organisationId: agency(p), ...extra });
      if (i === 0 && p.outputs.length >= 2) {
        await line(planned.times(0.6), { outputId: p.outputs[0] });
        await line(planned.times(0.4), { outputId: p.outputs[1] });
      } else await line(planned);
      if (i === 1 && y === 2025) await line(planned.times(1.12).toDecimalPlaces(0), { type: '2' });
    }
  }
}
