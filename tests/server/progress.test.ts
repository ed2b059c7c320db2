/** The derived figures, against numbers worked out by hand. */
import { describe, expect, it } from 'vitest';
import { computeProgress, cumulativeActual, endTarget, type PeriodFigures } from '../../server/src/modules/logframe/progress.js';
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

  it('applies the 90 % / 60 % thresholds to the progress expected by now', () => {
    // Quarterly targets of 25 add up to 100; on 2024-07-01 Q1 and Q2 are over: 50 due, expected 50 / 100 = 0.5.
    const periods = (actual: number) => quarters([{ target: 25, actual }, { target: 25 }, { target: 25 }, { target: 25 }]);
    const at = (actual: number) => computeProgress(rule(Aggregation.SUM), periods(actual), '2024-07-01');
    expect(at(50).expectedProgress).toBe(0.5);
    expect(at(45).status).toBe('ON_TRACK'); // 0.45 / 0.5 = 0.90
    expect(at(44).status).toBe('AT_RISK'); // 0.88
    expect(at(30).status).toBe('AT_RISK'); // 0.60
    expect(at(29).status).toBe('OFF_TRACK'); // 0.58
  });

  it('says NO_DATA without an actual or without a target', () => {
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ target: 10 }, {}]), '2024-12-31').status).toBe('NO_DATA');
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ actual: 10 }, {}]), '2024-12-31').status).toBe('NO_DATA');
  });
});

describe('end target: the target the plan ends on', () => {
  const targets = (...t: number[]) => quarters(t.map((target) => ({ target })));
  it('adds up the period targets of SUM indicators: 10 + 20 + 30 + 40 = 100', () => {
    expect(endTarget(rule(Aggregation.SUM), targets(10, 20, 30, 40))).toBe(100);
  });
  it('takes the latest target of AVERAGE indicators, not the mean of the targets: 40, 50, 65, 80 gives 80, not 58.75', () => {
    expect(endTarget(rule(Aggregation.AVERAGE), targets(40, 50, 65, 80))).toBe(80);
  });
  it('takes the latest target of LAST and RATIO indicators, skipping periods without one', () => {
    const plan = quarters([{ target: 40 }, { target: 70 }, { target: 60 }, {}]);
    expect(endTarget(rule(Aggregation.LAST), plan)).toBe(60);
    expect(endTarget(rule(Aggregation.RATIO, { percentage: true }), plan)).toBe(60);
  });
  it('takes the highest target of MAX indicators: 10, 30, 20, 25 gives 30', () => {
    expect(endTarget(rule(Aggregation.MAX), targets(10, 30, 20, 25))).toBe(30);
  });
  it('measures AVERAGE progress against the end-of-project target', () => {
    // Conviction share: baseline 30 %, targets 40, 50, 65, 80; actuals 50 and 60 average 55 → (55 − 30) / (80 − 30) = 0.5.
    const p = computeProgress(rule(Aggregation.AVERAGE, { baseline: 30 }), quarters([{ target: 40, actual: 50 }, { target: 50, actual: 60 }, { target: 65 }, { target: 80 }]), '2024-07-01');
    expect(p.endTarget).toBe(80);
    expect(p.progress).toBeCloseTo(25 / 50, 10);
  });
});

describe('expected progress by now', () => {
  it('follows the period targets, not the time passed: 93 % of the time gone, 75 % of the target due', () => {
    // 2024-12-06: 340 of 366 days have passed (92.9 %), but only Q1–Q3 are over: 25 × 3 = 75 of 100 is due.
    const periods = quarters([{ target: 25, actual: 30 }, { target: 25, actual: 20 }, { target: 25, actual: 20 }, { target: 25 }]);
    const p = computeProgress(rule(Aggregation.SUM), periods, '2024-12-06');
    expect(p.expectedProgress).toBe(0.75);
    // 70 reached: 0.70 / 0.75 = 0.933 is on track; against the time share it would be 0.70 / 0.929 = 0.75, at risk.
    expect(p.progress).toBe(0.7);
    expect(p.status).toBe('ON_TRACK');
  });

  it('counts a period’s target as due from the day after its last day; the period in progress is not due', () => {
    const periods = quarters([{ target: 10 }, { target: 20 }, { target: 30 }, { target: 40 }]);
    const at = (today: string) => computeProgress(rule(Aggregation.SUM), periods, today).expectedProgress;
    expect(at('2024-01-01')).toBe(0); // nothing due yet
    expect(at('2024-03-31')).toBe(0); // Q1's last day: still in progress
    expect(at('2024-04-01')).toBe(0.1); // Q1 over: 10 / 100
    expect(at('2024-09-30')).toBe(0.3); // Q1 + Q2 = 30 / 100
    expect(at('2024-10-01')).toBe(0.6); // + Q3 = 60 / 100
    expect(at('2025-01-01')).toBe(1);
  });

  it('aggregates the due targets by the indicator’s rule, from the baseline, in the indicator’s direction', () => {
    // AVERAGE, baseline 30, targets 40, 50, 65, 80: on 2024-07-01 the latest due target is 50 → (50 − 30) / (80 − 30) = 0.4.
    const avg = computeProgress(rule(Aggregation.AVERAGE, { baseline: 30 }), quarters([{ target: 40 }, { target: 50 }, { target: 65 }, { target: 80 }]), '2024-07-01');
    expect(avg.expectedProgress).toBeCloseTo(0.4, 10);
    // Lower is better: baseline 100 days, targets 90, 80, 70, 60; on 2024-07-01 80 is due → (100 − 80) / (100 − 60) = 0.5.
    const down = computeProgress(rule(Aggregation.LAST, { direction: Direction.DECREASE, baseline: 100 }), quarters([{ target: 90 }, { target: 80 }, { target: 70 }, { target: 60 }]), '2024-07-01');
    expect(down.expectedProgress).toBe(0.5);
    // MAX: targets 10, 30, 20, 25 end on 30; on 2024-07-01 the highest due target is 30 → 1.
    expect(computeProgress(rule(Aggregation.MAX), quarters([{ target: 10 }, { target: 30 }, { target: 20 }, { target: 25 }]), '2024-07-01').expectedProgress).toBe(1);
    // An end-of-project target alone is not due before the last period is over.
    expect(computeProgress(rule(Aggregation.LAST), quarters([{}, {}, {}, { target: 8 }]), '2024-12-06').expectedProgress).toBe(0);
  });

  it('falls back to the share of the reporting time passed only when there is no period target', () => {
    // On 2024-07-01, 182 of 2024's 366 days have passed.
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ actual: 5 }, {}, {}, {}]), '2024-07-01').expectedProgress).toBeCloseTo(182 / 366, 10);
  });

  it('is ON_TRACK with data while nothing is due yet', () => {
    expect(computeProgress(rule(Aggregation.SUM), quarters([{ target: 10, actual: 1 }, { target: 10 }]), '2024-02-01')).toMatchObject({ expectedProgress: 0, status: 'ON_TRACK' });
  });
});
