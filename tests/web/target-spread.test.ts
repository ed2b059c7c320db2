/**
 * Spreading an end-of-project target over the reporting periods. Every expected figure below is worked out
 * by hand from the rule in targetSpread.ts, not by running it:
 *   even   after k of n periods, k/n of the way;
 *   front  1 − (1 − k/n)²: for n = 4, 7/16, 12/16, 15/16, 16/16;
 *   back   (k/n)²:          for n = 4, 1/16, 4/16, 9/16, 16/16.
 * SUM shares are the differences of rounded running totals; levels go from the baseline to the end target.
 */
import { describe, expect, it } from 'vitest';
import { runningTotals, spreadTarget, type SpreadShape } from '../../web/src/modules/logframe/composables/targetSpread';
import type { Aggregation } from '../../web/src/gql/graphql';

const spread = (aggregation: Aggregation, shape: SpreadShape, endTarget: number, periods: number, baseline: number | null = null) => spreadTarget({ aggregation, shape, endTarget, periods, baseline });
const total = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

describe('a SUM target is cut into shares that add up to it', () => {
  it('100 over 4 evenly is 25 each', () => {
    expect(spread('SUM', 'EVEN', 100, 4)).toEqual([25, 25, 25, 25]);
  });

  it('100 over 3 evenly is 33, 34, 33: running totals 33, 67, 100, so the total stays 100', () => {
    expect(spread('SUM', 'EVEN', 100, 3)).toEqual([33, 34, 33]);
  });

  it('10 over 4 evenly is 3, 2, 3, 2 (running totals 2.5 → 3, 5, 7.5 → 8, 10): whole numbers, total 10', () => {
    const shares = spread('SUM', 'EVEN', 10, 4);
    expect(shares).toEqual([3, 2, 3, 2]);
    expect(total(shares)).toBe(10);
  });

  it('front-loaded, 100 over 4 is 44, 31, 19, 6 (running totals 43.75 → 44, 75, 93.75 → 94, 100)', () => {
    expect(spread('SUM', 'FRONT', 100, 4)).toEqual([44, 31, 19, 6]);
  });

  it('back-loaded, 100 over 4 is 6, 19, 31, 44 (running totals 6.25 → 6, 25, 56.25 → 56, 100)', () => {
    expect(spread('SUM', 'BACK', 100, 4)).toEqual([6, 19, 31, 44]);
  });

  it('keeps the decimals it was given: 10.5 over 4 is 2.6, 2.7, 2.6, 2.6 (running totals 2.6, 5.3, 7.9, 10.5)', () => {
    const shares = spread('SUM', 'EVEN', 10.5, 4);
    expect(shares).toEqual([2.6, 2.7, 2.6, 2.6]);
    expect(runningTotals(shares)).toEqual([2.6, 5.3, 7.9, 10.5]);
  });

  it.each([
    [1000, 7, 'EVEN'],
    [999, 12, 'FRONT'],
    [17, 20, 'BACK'],
    [5, 8, 'EVEN'],
  ] as const)('%s over %s periods (%s) stays whole numbers that add up exactly', (end, n, shape) => {
    const shares = spread('SUM', shape, end, n);
    expect(shares).toHaveLength(n);
    for (const s of shares) expect(Number.isInteger(s)).toBe(true);
    expect(total(shares)).toBe(end);
  });

  it('ignores the baseline: the shares are of the target itself', () => {
    expect(spread('SUM', 'EVEN', 100, 4, 40)).toEqual([25, 25, 25, 25]);
  });
});

describe('a level target (last value, average, ratio, highest) rises from the baseline to the end target', () => {
  it('from 40 to 80 over 4 evenly: 50, 60, 70, 80', () => {
    expect(spread('LAST', 'EVEN', 80, 4, 40)).toEqual([50, 60, 70, 80]);
  });

  it('front-loaded, from 40 to 80 over 4: 58, 70, 78, 80 (40 + 17.5 → 18, + 30, + 37.5 → 38, + 40)', () => {
    expect(spread('AVERAGE', 'FRONT', 80, 4, 40)).toEqual([58, 70, 78, 80]);
  });

  it('back-loaded, from 40 to 80 over 4: 43, 50, 63, 80 (40 + 2.5 → 3, + 10, + 22.5 → 23, + 40)', () => {
    expect(spread('RATIO', 'BACK', 80, 4, 40)).toEqual([43, 50, 63, 80]);
  });

  it('starts from 0 without a baseline: 12 over 3 is 4, 8, 12', () => {
    expect(spread('MAX', 'EVEN', 12, 3)).toEqual([4, 8, 12]);
  });

  it('goes down for a lower-is-better indicator: from 30 to 10 over 4 is 25, 20, 15, 10', () => {
    expect(spread('LAST', 'EVEN', 10, 4, 30)).toEqual([25, 20, 15, 10]);
  });

  it('ends exactly on the end target whatever the rounding: 62.5 from 45.25 over 3 keeps two decimals', () => {
    // 45.25 + 17.25 × 1/3 = 51.00, × 2/3 = 56.75, then 62.5.
    expect(spread('LAST', 'EVEN', 62.5, 3, 45.25)).toEqual([51, 56.75, 62.5]);
  });
});

describe('other shapes and sizes', () => {
  it('“only the last period” puts the end target there and leaves the others without a target', () => {
    expect(spread('SUM', 'LAST', 100, 4)).toEqual([null, null, null, 100]);
    expect(spread('LAST', 'LAST', 80, 3, 40)).toEqual([null, null, 80]);
    expect(runningTotals([null, null, 100])).toEqual([null, null, 100]);
  });

  it('one period gets the whole target; no periods get nothing', () => {
    expect(spread('SUM', 'FRONT', 42, 1)).toEqual([42]);
    expect(spread('LAST', 'BACK', 42, 1, 10)).toEqual([42]);
    expect(spread('SUM', 'EVEN', 42, 0)).toEqual([]);
  });
});
