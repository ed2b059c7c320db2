/** The derived figures, against numbers worked out by hand. */
import { describe, expect, it } from 'vitest';
import { computeProgress, cumulativeActual, type PeriodFigures } from '../../server/src/modules/logframe/progress.js';
import { Aggregation, Direction } from '../../server/src/modules/logframe/indicator.entity.js';

const quarters = (values: Partial<PeriodFigures>[]): PeriodFigures[] =>
  values.map((v, i) => ({
    startDate: ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01'][i],
    endDate: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'][i],
    target: null,
    actual: null,
    numerator: null,
    denominator: null,
    ...v,
  }));

const rule = (aggregation: Aggregation, more: Partial<{ direction: Direction; baseline: number | null; percentage: boolean }> = {}) => ({
  aggregation,
  direction: Direction.INCREASE,
  baseline: null,
  percentage: false,
  ...more,
});

describe('cumulative actual', () => {
  it('adds up SUM indicators: 10 + 15 + 20 = 45', () => {
    expect(cumulativeActual(rule(Aggregation.SUM), quarters([{ actual: 10 }, { actual: 15 }, { actual: 20 }]))).toBe(45);
  });
  it('never sums a LAST indicator: 2, 3, 3 gives 3', () => {
    expect(cumulativeActual(rule(Aggregation.LAST), quarters([{ actual: 2 }, { actual: 3 }, { actual: 3 }, {}]))).toBe(3);
  });
  it('averages AVERAGE indicators over the periods with data: (40 + 50 + 60) / 3 = 50', () => {
    expect(cumulativeActual(rule(Aggregation.AVERAGE), quarters([{ actual: 40 }, { actual: 50 }, {}, { actual: 60 }]))).toBe(50);
  });
  it('takes the highest of MAX indicators: 4, 9, 7 gives 9', () => {
    expect(cumulativeActual(rule(Aggregation.MAX), quarters([{ actual: 4 }, { actual: 9 }, { actual: 7 }]))).toBe(9);
  });
  it('computes a RATIO as sum of numerators over sum of denominators, not the mean of the rates', () => {
    // 8/10, 3/10 and 9/20: (8 + 3 + 9) / (10 + 10 + 20) = 20 / 40 = 50 %, where the mean of the rates would be 51.67 %.
    const periods = quarters([{ numerator: 8, denominator: 10 }, { numerator: 3, denominator: 10 }, { numerator: 9, denominator: 20 }]);
    expect(cumulativeActual(rule(Aggregation.RATIO, { percentage: true }), periods)).toBe(50);
  });
});

describe('progress and status', () => {
  it('measures progress from the baseline for higher-is-better indicators', () => {
    // Baseline 20; quarterly targets 25 × 4 add up to an end target of 100; actuals 10 + 30 + 20 = 60.
    const p = computeProgress(rule(Aggregation.SUM, { baseline: 20 }), quarters([{ target: 25, actual: 10 }, { target: 25, actual: 30 }, { target: 25, actual: 20 }, { target: 25 }]), '2025-06-01');
    expect(p.cumulativeActual).toBe(60);
    expect(p.endTarget).toBe(100);
    expect(p.progress).toBeCloseTo((60 - 20) / (100 - 20), 10); // 0.5
  });

  it('measures progress downwards for lower-is-better indicators', () => {
    // Pre-trial detention: baseline 100 days, target 60, latest actual 80 → (100 − 80) / (100 − 60) = 0.5.
    const p = computeProgress(rule(Aggregation.LAST, { direction: Direction.DECREASE, baseline: 100 }), quarters([{ actual: 90 }, { actual: 80 }, {}, { target: 60 }]), '2025-06-01');
    expect(p.progress).toBeCloseTo(0.5, 10);
  });

  it('pro-rates the target to today and applies the 90 % / 60 % thresholds', () => {
    // 2024 has 366 days; on 2024-07-01, 182 of them have passed: expected progress 182/366 = 0.4973.
    const periods = (actual: number) => quarters([{ target: 25, actual }, { target: 25 }, { target: 25 }, { target: 25 }]);
    const at = (actual: number) => computeProgress(rule(Aggregation.SUM), periods(actual), '2024-07-01');
    expect(at(50).expectedProgress).toBeCloseTo(182 / 366, 10);
    expect(at(45).status).toBe('ON_TRACK'); // 0.45 / 0.4973 = 0.905
    expect(at(44).status).toBe('AT_RISK'); // 0.44 / 0.4973 = 0.885
    expect(at(30).status).toBe('AT_RISK'); // 0.603
    expect(at(29).status).toBe('OFF_TRACK'); // 0.583
  });

  it('says NO_DATA without an actual or without a target', () => {
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ target: 10 }, {}]), '2024-12-31').status).toBe('NO_DATA');
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ actual: 10 }, {}]), '2024-12-31').status).toBe('NO_DATA');
  });
});
