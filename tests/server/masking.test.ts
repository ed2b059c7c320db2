/**
 * The masking rule of sensitive indicators, as a property: whatever a caller without raw rights reads (period
 * cells, disaggregations, cumulative actual, progress, status) is the same for two datasets that differ only in
 * the values of their masked cells (1–4), so those values cannot be worked out from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressView, viewValues } from '../../server/src/modules/logframe/figures.js';
import { Aggregation, Direction, type Indicator } from '../../server/src/modules/logframe/indicator.entity.js';
import type { PeriodRow, ValueRow } from '../../server/src/modules/logframe/logframe.reads.js';

/** A cell's actual in the two datasets: equal, except for small (masked) cells, which may differ within 1–4. */
type Cell = null | { a: number; b: number };
const small = fc.record({ a: fc.integer({ min: 1, max: 4 }), b: fc.integer({ min: 1, max: 4 }) });
const same = (arb: fc.Arbitrary<number>) => arb.map((v) => ({ a: v, b: v }));
const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), same(fc.constant(0)), small, same(fc.integer({ min: 5, max: 40 })));

interface Dim {
  name: string;
  categories: string[];
  exhaustive: boolean;
}
interface Period {
  target: number | null;
  total: Cell;
  parts: Cell[][]; // per dimension, per category
}
interface Case {
  aggregation: Aggregation;
  direction: Direction;
  baseline: number | null;
  dims: Dim[];
  periods: Period[];
}

const dims = fc.array(fc.record({ size: fc.integer({ min: 1, max: 3 }), exhaustive: fc.boolean() }), { maxLength: 2 }).map((ds) =>
  ds.map((d, i) => ({ name: `dim${i}`, categories: Array.from({ length: d.size }, (_, c) => `c${c}`), exhaustive: d.exhaustive })),
);

/** Parts of an exhaustive dimension add up to at most the total, in both datasets, as the API enforces. */
function valid(c: Case): boolean {
  return c.periods.every((p) =>
    c.dims.every((d, di) => {
      if (!d.exhaustive || p.total == null) return true;
      return (['a', 'b'] as const).every((k) => p.parts[di].reduce((s, x) => s + (x?.[k] ?? 0), 0) <= p.total![k]);
    }),
  );
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    aggregation: fc.constantFrom(Aggregation.SUM, Aggregation.LAST, Aggregation.AVERAGE, Aggregation.MAX, Aggregation.RATIO),
    direction: fc.constantFrom(Direction.INCREASE, Direction.DECREASE),
    baseline: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    dims,
    count: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ count, dims, ...rest }) =>
    fc
      .array(
        fc.record({
          target: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          parts: fc.tuple(...dims.map((d) => fc.array(cell, { minLength: d.categories.length, maxLength: d.categories.length }))),
          // Big totals get room above the parts, so that most cases are valid.
          total: fc.oneof(fc.constant(null), same(fc.constant(0)), small, same(fc.integer({ min: 5, max: 40 }).map((x) => x + 120))),
        }),
        { minLength: count, maxLength: count },
      )
      .map((periods) => ({ ...rest, dims, periods: periods.map((p) => ({ ...p, parts: p.parts as Cell[][] })) })),
  )
  .filter(valid);

const periodsOf = (n: number): PeriodRow[] =>
  Array.from({ length: n }, (_, i) => {
    const year = 2020 + Math.floor(i / 4);
    const q = i % 4;
    const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
    return { id: `p${i}`, label: `${year}-Q${q + 1}`, startDate: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, endDate: end };
  });

/** The stored values of one dataset ('a' or 'b'), shaped like the rows the resolvers and exports read. */
function dataset(c: Case, k: 'a' | 'b') {
  const periods = periodsOf(c.periods.length);
  const ratio = c.aggregation === Aggregation.RATIO;
  const values: ValueRow[] = [];
  const add = (pi: number, dimension: string, category: string, x: Cell, target: number | null) => {
    if (x == null && target == null) return;
    const actual = x?.[k] ?? null;
    values.push({
      id: `v${values.length}`,
      indicatorId: 'i',
      period: periods[pi],
      dimension,
      category,
      target,
      // Ratio cells: numerator over a denominator of 100, so the rate (%) is the numerator.
      actual,
      numerator: ratio ? actual : null,
      denominator: ratio && actual != null ? 100 : null,
      targetText: null,
      actualText: null,
      comment: '',
      evidence: [],
      version: 1,
    });
  };
  c.periods.forEach((p, pi) => {
    add(pi, '', '', p.total, p.target);
    c.dims.forEach((d, di) => d.categories.forEach((cat, ci) => add(pi, d.name, cat, p.parts[di][ci], null)));
  });
  const indicator = { measure: ratio ? '2' : '1', aggregation: c.aggregation, direction: c.direction, baselineValue: c.baseline, sensitive: true } as Indicator;
  return { indicator, values, periods };
}

function readable(c: Case, k: 'a' | 'b', showRaw = false) {
  const { indicator, values, periods } = dataset(c, k);
  return { values: viewValues(values, showRaw), progress: progressView(indicator, values, periods, showRaw) };
}

const differs = (c: Case) => c.periods.some((p) => [p.total, ...p.parts.flat()].some((x) => x != null && x.a !== x.b));

describe('masked small numbers', () => {
  it('nothing a viewer or donor reads changes when only masked values change', () => {
    fc.assert(
      fc.property(cases, (c) => {
        expect(readable(c, 'b')).toEqual(readable(c, 'a'));
      }),
      { numRuns: 1500 },
    );
  });

  it('the property is not empty: raw readers see the difference, and the masked data varies', () => {
    // Without this, the property above could pass by hiding nothing, or by never generating a masked cell.
    let seen = 0;
    fc.assert(
      fc.property(cases, (c) => {
        if (!differs(c)) return;
        seen++;
        expect(readable(c, 'b', true)).not.toEqual(readable(c, 'a', true));
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(100);
  });

  it('keeps what does not depend on a masked cell: targets, visible totals, the highest of MAX, the latest of LAST', () => {
    // Totals 20, 3 (masked), 12: targets and the visible totals stay; SUM is withheld, MAX (20) and LAST (12) are not.
    const c = (aggregation: Aggregation): Case => ({
      aggregation,
      direction: Direction.INCREASE,
      baseline: 0,
      dims: [],
      periods: [
        { target: 10, total: { a: 20, b: 20 }, parts: [] },
        { target: 10, total: { a: 3, b: 3 }, parts: [] },
        { target: 10, total: { a: 12, b: 12 }, parts: [] },
      ],
    });
    const sum = readable(c(Aggregation.SUM), 'a');
    expect(sum.values.map((v) => [v.target, v.actual, v.actualDisplay])).toEqual([
      [10, 20, '20'],
      [10, null, '<5'],
      [10, 12, '12'],
    ]);
    expect(sum.progress).toMatchObject({ cumulativeActual: null, cumulativeActualDisplay: 'suppressed', endTarget: 30, progress: null, expectedProgress: 1, status: 'NO_DATA' });
    expect(readable(c(Aggregation.MAX), 'a').progress).toMatchObject({ cumulativeActual: 20, endTarget: 10, progress: 2, status: 'ON_TRACK' });
    expect(readable(c(Aggregation.LAST), 'a').progress).toMatchObject({ cumulativeActual: 12, endTarget: 10, progress: 1.2 });
    // Raw readers see it all: 20 + 3 + 12 = 35.
    expect(readable(c(Aggregation.SUM), 'a', true).progress).toMatchObject({ cumulativeActual: 35, cumulativeActualDisplay: '35' });
  });

  it('hides a whole dimension of a period when one of its values or the total is small, all alike', () => {
    // Total 20: female 17, male 3. Showing 17 would give male away (20 − 17), and so would telling male from female.
    const c: Case = {
      aggregation: Aggregation.SUM,
      direction: Direction.INCREASE,
      baseline: null,
      dims: [{ name: 'sex', categories: ['female', 'male'], exhaustive: true }],
      periods: [{ target: null, total: { a: 20, b: 20 }, parts: [[{ a: 17, b: 17 }, { a: 3, b: 3 }]] }],
    };
    const seen = readable(c, 'a').values.map((v) => [v.category, v.actual, v.actualDisplay, v.suppressed]);
    expect(seen).toEqual([
      ['', 20, '20', false],
      ['female', null, 'suppressed', true],
      ['male', null, 'suppressed', true],
    ]);
  });

  it('pins no small value even when the values of a dimension add up exactly to the total', () => {
    // Every way of splitting totals 0–20 into 2 or 3 categories: each small cell must still have more than one
    // possible value among the datasets that read the same.
    for (const size of [2, 3]) {
      const splits: number[][] = [];
      const split = (left: number, parts: number[]): void => {
        if (parts.length === size - 1) splits.push([...parts, left]);
        else for (let x = 0; x <= left; x++) split(left - x, [...parts, x]);
      };
      for (let total = 0; total <= 20; total++) split(total, []);
      const asCase = (parts: number[]): Case => ({
        aggregation: Aggregation.SUM,
        direction: Direction.INCREASE,
        baseline: null,
        dims: [{ name: 'sex', categories: parts.map((_, i) => `c${i}`), exhaustive: true }],
        periods: [{ target: null, total: { a: parts.reduce((x, y) => x + y, 0), b: 0 }, parts: [parts.map((x) => ({ a: x, b: 0 }))] }],
      });
      const readings = new Map<string, number[][]>();
      for (const parts of splits) {
        const key = JSON.stringify(readable(asCase(parts), 'a'));
        readings.set(key, [...(readings.get(key) ?? []), [parts.reduce((x, y) => x + y, 0), ...parts]]);
      }
      for (const alike of readings.values()) {
        for (const cells of alike) {
          cells.forEach((x, i) => {
            if (x >= 1 && x <= 4) expect(new Set(alike.map((other) => other[i])).size, `${cells} cell ${i}`).toBeGreaterThan(1);
          });
        }
      }
    }
  });
});
