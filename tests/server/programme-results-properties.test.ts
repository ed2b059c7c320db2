/**
 * Properties of programme results, with fast-check.
 * - What a caller without raw rights reads of a roll-up (figures, contributions, years) is the same for two sets
 *   of project figures that differ only in their masked cells (1–4 of a sensitive indicator), so no total gives a
 *   masked figure away.
 * - Hostile values in otherwise valid inputs to the programme indicator and link mutations are refused cleanly
 *   (never a server error), and a refusal writes nothing.
 * RESULTS_RUNS sets the cases per property (default 15).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useApi, Role } from '../support/api.js';
import { indicatorWith, makeProgramme, plannedProject, programmeIndicator } from '../support/programme-results.js';
import { rollup, type Contributor } from '../../server/src/modules/results/rollup.js';
import { ProgrammeAggregation } from '../../server/src/modules/results/programme-indicator.entity.js';
import { Aggregation, Direction } from '../../server/src/modules/logframe/indicator.entity.js';
import type { IndicatorRow, PeriodRow, ValueRow } from '../../server/src/modules/logframe/logframe.reads.js';

const RUNS = Number(process.env.RESULTS_RUNS ?? 15);
const api = useApi();

/** A cell's actual in the two datasets: equal, except for small (masked) cells, which may differ within 1–4. */
type Cell = null | { a: number; b: number };
const same = (arb: fc.Arbitrary<number>) => arb.map((v) => ({ a: v, b: v }));
const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), same(fc.constant(0)), fc.record({ a: fc.integer({ min: 1, max: 4 }), b: fc.integer({ min: 1, max: 4 }) }), same(fc.integer({ min: 5, max: 60 })));

const periods: PeriodRow[] = Array.from({ length: 6 }, (_, i) => {
  const year = 2022 + Math.floor(i / 2);
  const half = i % 2;
  return { id: `p${i}`, label: `${year}-H${half + 1}`, startDate: `${year}-${half ? '07' : '01'}-01`, endDate: `${year}-${half ? '12-31' : '06-30'}` };
});

const contributor = fc.record({
  aggregation: fc.constantFrom(Aggregation.SUM, Aggregation.LAST, Aggregation.AVERAGE, Aggregation.MAX),
  sensitive: fc.boolean(),
  raw: fc.boolean(),
  baseline: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  cells: fc.array(fc.record({ target: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }), actual: cell }), { minLength: 6, maxLength: 6 }),
});

type Case = typeof contributor extends fc.Arbitrary<infer T> ? T : never;

function dataset(rule: ProgrammeAggregation, list: Case[], k: 'a' | 'b'): Contributor[] {
  const ratio = rule === ProgrammeAggregation.RATIO;
  return list.map((c, n) => {
    const indicator = { id: `i${n}`, projectId: `project${n}`, measure: ratio ? '2' : '1', aggregation: ratio ? Aggregation.RATIO : c.aggregation, direction: Direction.INCREASE, baselineValue: c.baseline, sensitive: c.sensitive } as IndicatorRow;
    // Only cells masked from the caller may differ: those of a sensitive indicator it has no raw rights on.
    const masked = c.sensitive && !c.raw;
    const values: ValueRow[] = c.cells.flatMap((x, p) => {
      const actual = x.actual?.[masked ? k : 'a'] ?? null;
      if (actual == null && x.target == null) return [];
      // Ratio cells: numerator over a denominator of 100, so the rate (%) is the numerator.
      return [{ id: `v${n}-${p}`, indicatorId: indicator.id, period: periods[p], dimension: '', category: '', target: x.target, actual, numerator: ratio ? actual : null, denominator: ratio && actual != null ? 100 : null, targetText: null, actualText: null, comment: '', evidence: [], version: 1 }];
    });
    return { indicator, values, periods, raw: !masked };
  });
}

describe('a roll-up read without raw rights', () => {
  it('is the same whatever the masked cells of its sensitive contributors hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(ProgrammeAggregation)), fc.array(contributor, { minLength: 1, maxLength: 4 }), (aggregation, list) => {
        const rule = { aggregation, direction: Direction.INCREASE, measure: aggregation === ProgrammeAggregation.RATIO ? '2' : '1' };
        expect(rollup(rule, dataset(aggregation, list, 'b'))).toEqual(rollup(rule, dataset(aggregation, list, 'a')));
      }),
      { numRuns: RUNS * 100 },
    );
  });
});

/** Values a hostile or careless client sends in place of a good one. */
const hostile = fc.constantFrom<unknown>(
  null, '', ' ', '0', '5', '9', '-1', 'NaN', '16.2', '16.2.2.2', 'SUM', 'LAST', 'ACTIVITY', 'IMPACT', "'; drop table programme_indicator; --", '\u0000', '\ud800', 'x'.repeat(5000),
  '00000000-0000-4000-8000-000000000001', 'not-an-id', 12, 1.5, true, [], {},
);

describe('programme indicator and link mutations, given hostile values in an otherwise valid input', () => {
  const fixture: Record<string, string> = {};
  const tables = ['programme_indicator', 'indicator', 'audit_event'];
  const fingerprint = async () =>
    (await api.raw(`select ${tables.map((t) => `(select count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${t} x) as ${t}`).join(', ')}`))[0];
  let manager: { cookie: string };

  beforeAll(async () => {
    const programme = (await makeProgramme(api)).id;
    const project = await plannedProject(api, programme, 'Property project');
    const other = await plannedProject(api, (await makeProgramme(api)).id, 'Project of another programme');
    fixture.programme = programme;
    fixture.pi = (await programmeIndicator(api, programme, { title: 'Officials trained', unitLabel: 'officials' })).id;
    fixture.ratio = (await programmeIndicator(api, programme, { title: 'Conviction rate', measure: '2', unitLabel: '%', aggregation: 'RATIO' })).id;
    fixture.indicator = await indicatorWith(api, project, { title: 'Officials trained', unitLabel: 'officials' }, { '2023-Q1': { target: 5, actual: 6 } });
    fixture.percent = await indicatorWith(api, project, { title: 'Share referred', measure: '2', unitLabel: '%', aggregation: 'AVERAGE' });
    fixture.foreign = await indicatorWith(api, other, { title: 'Officials trained', unitLabel: 'officials' });
    fixture.node = project.outcome;
    manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme }]);
    await admin();
  });

  const input = () => ({ title: 'Cases adjudicated', definition: 'Cases decided by a court', measure: '1', unitLabel: 'cases', direction: 'INCREASE', aggregation: 'SUM', resultType: 'OUTCOME', sdgIndicator: '16.3.1' });
  /** The input with one or two of its fields given hostile values. */
  const spoil = (base: () => Record<string, unknown>) =>
    fc.tuple(fc.subarray(Object.keys(base()), { minLength: 1, maxLength: 2 }), hostile, hostile).map(([keys, a, b]) => ({ ...base(), ...Object.fromEntries(keys.map((k, i) => [k, i ? b : a])) }));
  const id = (...keys: string[]) => fc.oneof(fc.constantFrom(...keys).map((k) => fixture[k]), hostile);
  const version = fc.constantFrom(undefined, null, 0, -1, 1, 2 ** 31 - 1);

  const cases: [string, string, () => fc.Arbitrary<Record<string, unknown>>][] = [
    ['createProgrammeIndicator', '($p: ID!, $i: ProgrammeIndicatorInput!) { createProgrammeIndicator(programmeId: $p, input: $i) { id } }', () => fc.record({ p: id('programme'), i: spoil(input) })],
    ['updateProgrammeIndicator', '($id: ID!, $i: ProgrammeIndicatorInput!, $v: Int) { updateProgrammeIndicator(id: $id, input: $i, version: $v) { id } }', () => fc.record({ id: id('pi', 'ratio'), i: spoil(input), v: version })],
    ['linkIndicator', '($i: ID!, $pi: ID!, $v: Int) { linkIndicator(indicatorId: $i, programmeIndicatorId: $pi, version: $v) { id } }', () => fc.record({ i: id('indicator', 'percent', 'foreign'), pi: id('pi', 'ratio'), v: version })],
    ['unlinkIndicator', '($i: ID!, $v: Int) { unlinkIndicator(indicatorId: $i, version: $v) { id } }', () => fc.record({ i: id('indicator', 'foreign'), v: version })],
    ['addIndicator', '($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id } }', () => fc.record({ n: fc.constant(0).map(() => fixture.node), i: fc.record({ title: fc.constant('Judges trained'), unitLabel: fc.constant('officials'), programmeIndicatorId: id('pi', 'ratio') }) })],
    ['deleteProgrammeIndicator', '($id: ID!, $v: Int) { deleteProgrammeIndicator(id: $id, version: $v) }', () => fc.record({ id: id('ratio'), v: version })],
  ];

  for (const [name, document, variables] of cases) {
    it(`${name}: never a server error, and a refusal writes nothing`, { timeout: 30_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('admin', 'manager'), variables(), async (who, vars) => {
          const before = await fingerprint();
          const cookie = who === 'manager' ? manager.cookie : (await admin()).cookie;
          const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: `mutation${document}`, variables: vars }) });
          const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
          const context = `${name} ${JSON.stringify(vars).slice(0, 600)} → ${res.status} ${JSON.stringify(body).slice(0, 600)}`;
          expect(res.status, context).toBeLessThan(500);
          expect(body.errors?.map((e) => e.extensions?.code) ?? [], context).not.toContain('INTERNAL_SERVER_ERROR');
          if (body.errors?.length) expect(await fingerprint(), `a refused call wrote: ${context}`).toEqual(before);
        }),
        { numRuns: RUNS * 2 },
      );
    });
  }
});

let adminClient: Promise<{ cookie: string }> | undefined;
const admin = () => (adminClient ??= api.signedIn([{ role: Role.ADMIN }]));
