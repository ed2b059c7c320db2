/**
 * The example client in examples/portfolio-client, run as its README says (a child process with tsx, given
 * ACCORD_URL and an API token), against the demo portfolio. Its summary is checked against figures worked out
 * here from the raw rows: projects per programme, budget and spent converted in SQL at each record's dated
 * rate, and each indicator's status by the documented rule (progress.ts's comment), not by the product's code.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role, useApi } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';

const run = promisify(execFile);
const api = useApi();
const tsx = path.resolve('node_modules/.bin/tsx');
const client = path.resolve('examples/portfolio-client/index.ts');

let token = '';

beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  const admin = await api.signedIn([{ role: Role.ADMIN }]);
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  token = (await admin.ok(`mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret } }`, { input: { name: 'portfolio client', scope: 'READ', expiresAt } })).createApiToken.secret;
}, 180_000);

interface Line {
  programme: string;
  projects: number;
  budget: string;
  spent: string;
  ON_TRACK: number;
  AT_RISK: number;
  OFF_TRACK: number;
  NO_DATA: number;
}

/** The client's table, read back: a title, then the seven right-aligned columns. */
function parseSummary(stdout: string): Line[] {
  return stdout
    .split('\n')
    .map((l) => /^(.+?)\s{2,}(\d+)\s+([-\d,.]+|n\/a)\s+([-\d,.]+|n\/a)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      programme: m[1].trim(),
      projects: Number(m[2]),
      budget: m[3].replaceAll(',', ''),
      spent: m[4].replaceAll(',', ''),
      ON_TRACK: Number(m[5]),
      AT_RISK: Number(m[6]),
      OFF_TRACK: Number(m[7]),
      NO_DATA: Number(m[8]),
    }));
}

/** The latest rate into USD on or before a date, applied to one record and rounded to the cent. */
const usd = (alias: string, date: string) =>
  `round(${alias}.amount * case when ${alias}.currency = 'USD' then 1 else
     (select r.rate from exchange_rate r where r.currency = ${alias}.currency and r.quote = 'USD' and r.rate_date <= ${date} order by r.rate_date desc limit 1) end, 2)`;

/** Budget and spent per programme, in SQL: a revised budget line (type 2) replaces the original ones of its period. */
async function moneyByProgramme(): Promise<Map<string, { budget: string; spent: string }>> {
  const rows = await api.raw(
    `with p as (select id, programme_id from project where archived_at is null)
     select g.title,
       (select coalesce(sum(${usd('b', 'b.value_date')}), 0)::numeric(20, 2)::text from budget b join p on p.id = b.project_id
         where p.programme_id = g.id and not (b.type = '1' and exists (
           select 1 from budget r where r.project_id = b.project_id and r.type = '2' and r.period_start = b.period_start and r.period_end = b.period_end))) as budget,
       (select coalesce(sum(${usd('t', 't.value_date')}), 0)::numeric(20, 2)::text from finance_transaction t join p on p.id = t.project_id
         where p.programme_id = g.id and t.type = '4') as spent
     from programme g where exists (select 1 from p where p.programme_id = g.id)`,
  );
  return new Map(rows.map((r: any) => [r.title, { budget: r.budget, spent: r.spent }]));
}

type Status = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

interface Period {
  start: string;
  end: string;
  target: number | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * The documented status rule, written out again: cumulative actual and end target by the aggregation, progress
 * and expected progress as shares of the way from baseline to end target, ON_TRACK ≥ 90 %, AT_RISK ≥ 60 %.
 */
function statusByRule(i: { aggregation: string; direction: string; baseline: number | null; measure: string }, periods: Period[], today: string): Status {
  if (i.measure === '5') return 'NO_DATA';
  const ordered = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const combine = (xs: number[], forTarget: boolean) =>
    !xs.length ? null : i.aggregation === 'SUM' ? total(xs) : i.aggregation === 'MAX' ? Math.max(...xs) : i.aggregation === 'AVERAGE' && !forTarget ? total(xs) / xs.length : xs[xs.length - 1];
  let actual: number | null;
  if (i.aggregation === 'RATIO') {
    const withData = ordered.filter((p) => p.numerator !== null && p.denominator !== null);
    const den = total(withData.map((p) => p.denominator!));
    actual = withData.length && den !== 0 ? (total(withData.map((p) => p.numerator!)) / den) * (i.measure === '2' ? 100 : 1) : null;
  } else actual = combine(ordered.filter((p) => p.actual !== null).map((p) => p.actual!), false);
  const targetOf = (ps: Period[]) => combine(ps.filter((p) => p.target !== null).map((p) => p.target!), true);
  const target = targetOf(ordered);
  const baseline = i.baseline ?? 0;
  const way = (value: number | null) => {
    const span = i.direction === 'INCREASE' ? (target ?? 0) - baseline : baseline - (target ?? 0);
    if (value === null || target === null || span === 0) return null;
    return (i.direction === 'INCREASE' ? value - baseline : baseline - value) / span;
  };
  let expected: number | null;
  if (target === null) {
    if (!ordered.length) expected = null;
    else {
      const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
      const start = Math.min(...ordered.map((p) => day(p.start)));
      const end = Math.max(...ordered.map((p) => day(p.end))) + 86_400_000;
      expected = Math.min(1, Math.max(0, (day(today) - start) / (end - start)));
    }
  } else {
    const due = targetOf(ordered.filter((p) => p.end < today));
    const share = due === null ? 0 : way(due);
    expected = share === null ? null : Math.max(0, share);
  }
  const progress = way(actual);
  if (progress === null || expected === null) return 'NO_DATA';
  if (expected === 0) return 'ON_TRACK';
  return progress / expected >= 0.9 ? 'ON_TRACK' : progress / expected >= 0.6 ? 'AT_RISK' : 'OFF_TRACK';
}

/** Indicator statuses per programme from the raw rows: approved period totals over all of the project's periods. */
async function statusesByProgramme(today: string): Promise<Map<string, Record<Status, number>>> {
  const indicators = await api.raw(
    `select i.id, i.aggregation, i.direction, i.baseline_value as baseline, i.measure, i.project_id, g.title as programme
     from indicator i join result_node n on n.id = i.node_id join project p on p.id = i.project_id join programme g on g.id = p.programme_id
     where i.archived_at is null and n.archived_at is null and p.archived_at is null`,
  );
  const periods = await api.raw(`select id, project_id, start_date::text as start, end_date::text as "end" from reporting_period`);
  const values = await api.raw(
    `select indicator_id, period_id, target, approved_actual as actual, approved_numerator as numerator, approved_denominator as denominator
     from indicator_value where dimension = '' and category = ''`,
  );
  const result = new Map<string, Record<Status, number>>();
  for (const i of indicators) {
    const figures = periods
      .filter((p: any) => p.project_id === i.project_id)
      .map((p: any) => {
        const v = values.find((x: any) => x.indicator_id === i.id && x.period_id === p.id);
        return { start: p.start, end: p.end, target: v?.target ?? null, actual: v?.actual ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null };
      });
    const status = statusByRule(i, figures, today);
    const counts = result.get(i.programme) ?? { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 };
    counts[status] += 1;
    result.set(i.programme, counts);
  }
  return result;
}

describe('the example portfolio client', () => {
  it('pages through every project with a token and prints the summary the raw rows give', async () => {
    const result = await run(tsx, [client], { env: { ...process.env, ACCORD_URL: api.url, ACCORD_TOKEN: token } }).catch((e) => e);
    expect(result.code ?? 0, `${result.stdout}${result.stderr}`).toBe(0);
    const stdout: string = result.stdout;
    const today = new Date().toISOString().slice(0, 10);
    const lines = parseSummary(stdout);
    const total = lines.find((l) => l.programme === 'Total')!;
    const programmes = lines.filter((l) => l !== total);

    const projects = await api.raw(`select g.title, count(*)::int as n from project p join programme g on g.id = p.programme_id where p.archived_at is null group by g.title order by g.title`);
    expect(projects.length).toBeGreaterThanOrEqual(2);
    expect(programmes.map((l) => [l.programme, l.projects])).toEqual(projects.map((r: any) => [r.title, r.n]));
    expect(stdout).toContain(`Portfolio: ${projects.reduce((s: number, r: any) => s + r.n, 0)} projects in ${projects.length} programmes; money in USD`);

    const money = await moneyByProgramme();
    for (const l of programmes) expect({ programme: l.programme, budget: l.budget, spent: l.spent }).toEqual({ programme: l.programme, ...money.get(l.programme) });
    const cents = (xs: string[]) => xs.reduce((s, x) => s + BigInt(x.replace('.', '')), 0n);
    expect(BigInt(total.budget.replace('.', ''))).toBe(cents(programmes.map((l) => l.budget)));
    expect(BigInt(total.spent.replace('.', ''))).toBe(cents(programmes.map((l) => l.spent)));
    expect(programmes.some((l) => Number(l.spent) > 0)).toBe(true);

    const statuses = await statusesByProgramme(today);
    for (const l of programmes) {
      expect({ programme: l.programme, ON_TRACK: l.ON_TRACK, AT_RISK: l.AT_RISK, OFF_TRACK: l.OFF_TRACK, NO_DATA: l.NO_DATA }).toEqual({
        programme: l.programme,
        ...(statuses.get(l.programme) ?? { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 }),
      });
    }
    // The demo shows more than one status, so the count per status is tested, not only the total.
    expect(new Set(programmes.flatMap((l) => (['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const).filter((s) => l[s] > 0))).size).toBeGreaterThanOrEqual(2);
  });

  it('says what it needs without a token, and names the refusal of a revoked one', async () => {
    const missing = await run(tsx, [client], { env: { ...process.env, ACCORD_URL: api.url, ACCORD_TOKEN: '' } }).catch((e) => e);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('Set ACCORD_URL');
    const refused = await run(tsx, [client], { env: { ...process.env, ACCORD_URL: api.url, ACCORD_TOKEN: 'acc_not-a-token' } }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Accord refused the request: The API token is unknown, expired or revoked. (UNAUTHENTICATED, HTTP 401)');
  });
});
