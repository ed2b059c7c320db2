import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Role, useApi } from '../support/api.js';
import { LargeSeedError, largeCounts, scaleFrom, seedLargePortfolio, type LargeResult } from '../../server/src/db/seed/large.js';
import { LARGE_RATE_SOURCE } from '../../server/src/db/seed/large-finance.js';

const api = useApi();
/** The API's database gets a portfolio big enough to hold one 300-node logframe (one per thousand projects). */
const API_SCALE = 0.2;
/** Fresh databases for the other checks get a small one. */
const SCALE = 0.01;

/** Every table the generator writes. */
const GENERATED_TABLES = [
  'organisation',
  'programme',
  'programme_country',
  'programme_focus_area',
  'programme_legal_instrument',
  'programme_sdg_target',
  'project',
  'recipient_country',
  'project_focus_area',
  'sector_share',
  'participation',
  'reporting_period',
  'result_node',
  'indicator',
  'indicator_value',
  'contribution',
  'budget',
  'finance_transaction',
  'exchange_rate',
];

async function tableHashes(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of GENERATED_TABLES) {
      const { rows } = await client.query(`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h from "${table}" t`);
      out[table] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function withFreshDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `accord_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const count = async (table: string) => Number((await api.raw(`select count(*) as n from "${table}"`))[0].n);

let written: LargeResult;

beforeAll(async () => {
  written = await seedLargePortfolio(api.databaseUrl, { scale: API_SCALE });
}, 90_000);

describe('npm run seed:large', () => {
  it('writes exactly the sizes its scale promises', async () => {
    // At scale 1: 500 programmes, 10 projects each, 5 nodes, 10 indicators and 8 periods per project, 8 values per indicator.
    const programmes = Math.round(500 * API_SCALE);
    expect(programmes).toBe(100);
    const expected = {
      programme: programmes,
      project: programmes * 10,
      result_node: programmes * 10 * 5,
      indicator: programmes * 10 * 10,
      reporting_period: programmes * 10 * 8,
      indicator_value: programmes * 10 * 10 * 8,
    };
    for (const [table, n] of Object.entries(expected)) expect(await count(table), table).toBe(n);
    expect(largeCounts(API_SCALE)).toEqual({
      programmes: expected.programme,
      projects: expected.project,
      resultNodes: expected.result_node,
      indicators: expected.indicator,
      reportingPeriods: expected.reporting_period,
      indicatorValues: expected.indicator_value,
    });
    expect(largeCounts(SCALE)).toMatchObject({ programmes: 5, projects: 50, resultNodes: 250, indicators: 500, indicatorValues: 4000 });
    expect(largeCounts(1)).toMatchObject({ programmes: 500, projects: 5000, resultNodes: 25000, indicators: 50000, indicatorValues: 400000 });
  });

  it('writes money for every programme: about 20 transactions per project, yearly budget lines, agreements and rates', async () => {
    const projects = largeCounts(API_SCALE).projects;
    expect(await count('finance_transaction')).toBe(written.transactions);
    expect(await count('budget')).toBe(written.budgetLines);
    expect(await count('contribution')).toBe(written.contributions);
    expect(written.transactions).toBeGreaterThan(15 * projects);
    expect(written.transactions).toBeLessThan(30 * projects);
    expect(written.budgetLines).toBeGreaterThan(5 * projects);
    expect(written.contributions).toBeGreaterThan(largeCounts(API_SCALE).programmes);
    // Ten yearly rates into US dollars for each of the donors' other currencies.
    expect(written.exchangeRates).toBe(30);
    const [rates] = await api.raw(`select count(*) as n, count(distinct currency) as currencies from exchange_rate where source = ?`, [LARGE_RATE_SOURCE]);
    expect([Number(rates.n), Number(rates.currencies)]).toEqual([30, 3]);
    const mix = await api.raw(`select type, (programme_id is not null) as fund, count(*)::int as n from finance_transaction group by 1, 2`);
    const n = (type: string, fund: boolean) => mix.find((r: any) => r.type === type && r.fund === fund)?.n ?? 0;
    for (const [type, fund] of [['11', true], ['1', true], ['3', true], ['11', false], ['1', false], ['2', false], ['3', false], ['4', false]] as const) expect(n(type, fund), `${type} ${fund}`).toBeGreaterThan(0);
    expect(n('4', false)).toBeGreaterThan(written.transactions / 3);
    const currencies = await api.raw(`select distinct currency from contribution order by 1`);
    expect(currencies.map((r: any) => r.currency)).toEqual(['EUR', 'GBP', 'SEK', 'USD']);
  });

  it('keeps to the money rules the API enforces', async () => {
    const bad = async (sql: string) => Number((await api.raw(sql))[0].n);
    // Dated before the as-of day; reversals only of an earlier record of the same project, type and currency, and not beyond it.
    expect(await bad(`select count(*) as n from finance_transaction where transaction_date >= '2026-06-30' or value_date <> transaction_date`)).toBe(0);
    expect(await bad(`select count(*) as n from contribution where signed_date >= '2026-06-30' or (signed_date is null) <> (status = 'PLEDGED')`)).toBe(0);
    expect(
      await bad(`select count(*) as n from finance_transaction r join finance_transaction o on o.id = r.reverses_id
                 where o.reverses_id is not null or o.project_id is distinct from r.project_id or o.type <> r.type or o.currency <> r.currency or -r.amount > o.amount or r.value_date < o.value_date`),
    ).toBe(0);
    // Transfers of a fund name a project of the same programme; other transactions name none.
    expect(
      await bad(`select count(*) as n from finance_transaction t left join project p on p.id = t.receiver_project_id
                 where (t.programme_id is not null and t.type = '3') <> (t.receiver_project_id is not null) or p.programme_id <> t.programme_id`),
    ).toBe(0);
    // Outputs of the same project; provider and receiver differ; a donor takes part in what it funds (IATI role 1).
    expect(await bad(`select count(*) as n from finance_transaction t join result_node n on n.id = t.output_id where n.project_id <> t.project_id or n.level <> 'OUTPUT'`)).toBe(0);
    expect(await bad(`select count(*) as n from finance_transaction where provider_id = receiver_id`)).toBe(0);
    expect(
      await bad(`select count(*) as n from contribution c where not exists (select 1 from participation f where f.organisation_id = c.donor_id and f.role = '1'
                 and (f.programme_id = c.programme_id or f.project_id = c.project_id))`),
    ).toBe(0);
    // No fund transfers more than it received (in US dollars, each record at its rate), advances apart.
    expect(
      await bad(`select count(*) as n from (
                   select t.programme_id,
                          sum(round(t.amount * coalesce((select r.rate from exchange_rate r where r.currency = t.currency and r.quote = 'USD' and r.rate_date <= t.value_date
                                                         order by r.rate_date desc limit 1), 1), 2)) filter (where t.type = '1') as received,
                          sum(t.amount) filter (where t.type = '3' and not t.advance) as transferred
                   from finance_transaction t where t.programme_id is not null group by 1) x where transferred > received`),
    ).toBe(0);
    // Budget lines are yearly at most (the table checks that), and every revised line replaces originals of its period.
    expect(
      await bad(`select count(*) as n from budget r where r.type = '2' and not exists (select 1 from budget b where b.type = '1' and b.project_id = r.project_id
                 and b.period_start = r.period_start and b.period_end = r.period_end)`),
    ).toBe(0);
  });

  it('gives the programme with the most transactions figures that convert in full, as the finance benchmark reads them', async () => {
    const [top] = await api.raw(
      `select g.id, count(*) as n from finance_transaction t left join project p on p.id = t.project_id join programme g on g.id = coalesce(t.programme_id, p.programme_id)
       group by 1 order by 2 desc, 1 limit 1`,
    );
    const money = `{ amount byCurrency { amount currency } missingRates { currency date } }`;
    const data = await api.ok(`query($id: ID!) { programme(id: $id) { finance { totals { budget ${money} contributions ${money} received ${money} transferred ${money}
      committed ${money} spent ${money} deliveryRate fundingGap } } } }`, { id: top.id });
    const totals = data.programme.finance.totals;
    for (const figure of ['budget', 'contributions', 'received', 'transferred', 'committed', 'spent']) {
      expect(totals[figure].missingRates, figure).toEqual([]);
      expect(Number(totals[figure].amount), figure).toBeGreaterThan(0);
    }
    expect(totals.deliveryRate).toBeGreaterThan(0);
  });

  it('writes the same rows, ids included, into two fresh databases, and other rows for another seed', async () => {
    const first = await withFreshDatabase(async (url) => {
      await seedLargePortfolio(url, { scale: SCALE });
      return tableHashes(url);
    });
    expect(first.project.split(':')[0]).toBe(String(largeCounts(SCALE).projects));
    const second = await withFreshDatabase(async (url) => {
      await seedLargePortfolio(url, { scale: SCALE });
      return tableHashes(url);
    });
    expect(second).toEqual(first);
    const other = await withFreshDatabase(async (url) => {
      await seedLargePortfolio(url, { scale: SCALE, seed: 'another' });
      return tableHashes(url);
    });
    expect(other.project).not.toEqual(first.project);
    expect(other.project.split(':')[0]).toBe(first.project.split(':')[0]);
  }, 60_000);

  it('refuses to run twice into the same database and leaves it as it was', async () => {
    const before = await tableHashes(api.databaseUrl);
    await expect(seedLargePortfolio(api.databaseUrl, { scale: SCALE })).rejects.toThrow(LargeSeedError);
    await expect(seedLargePortfolio(api.databaseUrl, { scale: API_SCALE })).rejects.toThrow(/already holds the large portfolio/);
    expect(await tableHashes(api.databaseUrl)).toEqual(before);
  });

  it('lets only one of two runs started together write, and refuses the other', async () => {
    await withFreshDatabase(async (url) => {
      const results = await Promise.allSettled([seedLargePortfolio(url, { scale: SCALE }), seedLargePortfolio(url, { scale: SCALE })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(LargeSeedError);
      expect((await tableHashes(url)).project.split(':')[0]).toBe(String(largeCounts(SCALE).projects));
    });
  });

  it('refuses a database that holds leftovers of an earlier run, without writing anything', async () => {
    await withFreshDatabase(async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`insert into organisation (id, created_at, updated_at, name, kind) values (gen_random_uuid(), now(), now(), '[Large] Leftover donor', 'DONOR')`);
      await client.end();
      await expect(seedLargePortfolio(url, { scale: SCALE })).rejects.toThrow(/1 organisations named "\[Large\] …"/);
      const hashes = await tableHashes(url);
      expect(hashes.organisation.split(':')[0]).toBe('1');
      expect(hashes.project.split(':')[0]).toBe('0');
    });
  });

  it('reads SEED_SCALE as a positive number and refuses anything else', () => {
    expect(scaleFrom(undefined)).toBe(1);
    expect(scaleFrom('0.01')).toBe(0.01);
    for (const bad of ['0', '-1', 'abc', '11']) expect(() => scaleFrom(bad)).toThrow(/SEED_SCALE/);
  });

  it('keeps to the rules the API enforces: shares add up to 100, dates in order, reference codes known', async () => {
    const bad = async (sql: string) => Number((await api.raw(sql))[0].n);
    expect(await bad(`select count(*) as n from (select project_id from recipient_country group by 1 having sum(percentage) <> 100) x`)).toBe(0);
    expect(await bad(`select count(*) as n from (select coalesce(project_id, programme_id) from sector_share group by 1 having sum(percentage) <> 100) x`)).toBe(0);
    expect(await bad(`select count(*) as n from project where planned_end < planned_start or actual_end < actual_start or (actual_end is not null and actual_start is null)`)).toBe(0);
    expect(await bad(`select count(*) as n from sector_share s where not exists (select 1 from codelist_entry c where c.list = 'Sector' and c.code = s.code)`)).toBe(0);
    expect(await bad(`select count(*) as n from project p where not exists (select 1 from participation f where f.role = '1' and (f.project_id = p.id or f.programme_id = p.programme_id))`)).toBe(0);
    expect(await bad(`select count(*) as n from programme p where not exists (select 1 from participation f where f.programme_id = p.id and f.role = '2' and f.organisation_id = p.lead_agency_id)`)).toBe(0);
    // Actuals only for periods that ended by the as-of date and lie within the project.
    expect(
      await bad(`select count(*) as n from indicator_value v join reporting_period r on r.id = v.period_id join project p on p.id = v.project_id
                 where v.actual is not null and (r.end_date > '2026-06-30' or r.end_date < coalesce(p.actual_start, p.planned_start) or r.start_date > coalesce(p.actual_end, p.planned_end))`),
    ).toBe(0);
    expect(await bad(`select count(*) as n from programme where title not like '[Large] %'`)).toBe(0);
    expect(await bad(`select count(*) as n from project where title not like '[Large] %'`)).toBe(0);
  });

  it('is readable through the API: a page of 50 projects with programme, countries, sectors and participants', async () => {
    const data = await api.ok(`{
      projects(first: 50) {
        totalCount
        items {
          id title
          programme { id title leadAgency { name } }
          recipientCountries { percentage country { code name } }
          sectors { code percentage }
          participations { role organisation { id name } }
        }
      }
    }`);
    expect(data.projects.totalCount).toBe(await count('project'));
    expect(data.projects.items).toHaveLength(50);
    for (const p of data.projects.items) {
      expect(p.title.startsWith('[Large] ')).toBe(true);
      expect(p.programme.title.startsWith('[Large] ')).toBe(true);
      expect(p.recipientCountries.length).toBeGreaterThan(0);
      expect(p.recipientCountries.reduce((s: number, c: any) => s + c.percentage, 0)).toBe(100);
      expect(p.sectors.length).toBeGreaterThan(0);
      expect(p.participations.some((x: any) => x.role === '2')).toBe(true);
      expect(p.participations.some((x: any) => x.role === '4')).toBe(true);
    }
  });

  it('gives a project a logframe the API reads in full, with a target in every period', async () => {
    const [project] = await api.raw(`select id from project order by iati_identifier limit 1`);
    const nodes = await count('result_node');
    const data = await api.ok(`query($p: ID!) { logframe(projectId: $p) { periods { id label } nodes { level indicators { id values { period { id } target } } } } }`, { p: project.id });
    const [expected] = await api.raw(
      `select (select count(*) from result_node where project_id = ?) as nodes, (select count(*) from indicator where project_id = ?) as indicators, (select count(*) from reporting_period where project_id = ?) as periods`,
      [project.id, project.id, project.id],
    );
    expect(nodes).toBeGreaterThan(0);
    expect(data.logframe.nodes).toHaveLength(Number(expected.nodes));
    expect(data.logframe.periods).toHaveLength(Number(expected.periods));
    expect(data.logframe.nodes[0].level).toBe('IMPACT');
    const indicators = data.logframe.nodes.flatMap((n: any) => n.indicators);
    expect(indicators).toHaveLength(Number(expected.indicators));
    for (const i of indicators) {
      expect(i.values).toHaveLength(8);
      expect(i.values.every((v: any) => v.target != null)).toBe(true);
    }
  });

  it('holds a 300-node logframe for the logframe benchmark, which the API reads in depth-first order', async () => {
    const big = await api.raw(`select project_id, count(*) as n from result_node group by 1 having count(*) >= 300`);
    expect(big).toHaveLength(Math.floor(largeCounts(API_SCALE).projects / 1000));
    const data = await api.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { level depth indicators { values { target actual } } } } }`, { p: big[0].project_id });
    const nodes = data.logframe.nodes;
    expect(nodes).toHaveLength(300);
    const depth = { IMPACT: 0, OUTCOME: 1, OUTPUT: 2, ACTIVITY: 3 } as Record<string, number>;
    nodes.forEach((n: any, i: number) => {
      expect(n.depth).toBe(depth[n.level]);
      if (i > 0) expect(n.depth).toBeLessThanOrEqual(nodes[i - 1].depth + 1);
    });
    const indicators = nodes.flatMap((n: any) => n.indicators);
    expect(indicators).toHaveLength(600);
    expect(indicators.flatMap((i: any) => i.values)).toHaveLength(600 * 8);
  });

  it('lets a donor user of a generated donor see only what that donor funds', async () => {
    // The donor funding the most projects, and, worked out here from the participations, what it funds.
    const [donor] = await api.raw(
      `select o.id, o.name, count(distinct p.id) as n from organisation o
         join participation f on f.organisation_id = o.id and f.role = '1'
         join project p on p.id = f.project_id or p.programme_id = f.programme_id
        where o.kind = 'DONOR' group by o.id, o.name order by n desc, o.id limit 1`,
    );
    const funded = new Set(
      (
        await api.raw(
          `select distinct p.id from project p join participation f on f.role = '1' and f.organisation_id = ? and (f.project_id = p.id or f.programme_id = p.programme_id)`,
          [donor.id],
        )
      ).map((r: any) => r.id),
    );
    expect(funded.size).toBe(Number(donor.n));
    expect(funded.size).toBeLessThan(await count('project'));
    const user = await api.signedIn([{ role: Role.DONOR, organisationId: donor.id }], { organisationId: donor.id });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: any = await user.ok(`query($after: String) { projects(first: 100, after: $after) { totalCount hasNextPage endCursor items { id } } }`, { after });
      expect(data.projects.totalCount).toBe(funded.size);
      seen.push(...data.projects.items.map((p: any) => p.id));
      after = data.projects.hasNextPage ? data.projects.endCursor : null;
    } while (after);
    expect(new Set(seen)).toEqual(funded);
    const other = (await api.raw(`select id from project order by id`)).find((r: any) => !funded.has(r.id));
    const res = await user.gql(`query($id: ID!) { project(id: $id) { id } }`, { id: other.id });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
