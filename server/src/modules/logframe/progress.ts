/**
 * The derived figures of an indicator, computed in this one place.
 *
 * Cumulative actual, over the periods that have an actual, by the indicator's aggregation:
 *   SUM      the sum of the period actuals;
 *   LAST     the actual of the latest period that has one (never summed);
 *   AVERAGE  the mean of the period actuals;
 *   MAX      the highest period actual;
 *   RATIO    sum(numerators) / sum(denominators), ×100 when the measure is a percentage.
 *
 * End target: the target the plan ends on, from the period targets:
 *   SUM                   the sum of the period targets;
 *   LAST, AVERAGE, RATIO  the target of the latest period that has one (an average or a rate is a level to
 *                         reach, so the mean of the period targets is not the goal: 40, 50, 65, 80 → 80);
 *   MAX                   the highest period target.
 *
 * Progress to target = (cumulative − baseline) / (end target − baseline) for higher-is-better indicators, and
 * (baseline − cumulative) / (baseline − end target) for lower-is-better ones; the baseline counts as 0 when
 * none is recorded.
 *
 * Expected progress by `today`, on the same scale (0 = baseline, 1 = end target):
 *   - with period targets: the target due by today, aggregated by the same rule as the end target over the
 *     periods that are over (a period's target is due from the day after its last day; the period in
 *     progress is not due yet), as a share of the way from baseline to end target, direction-aware. Nothing
 *     due yet → 0. It is never below 0, and may exceed 1 when a phased plan peaks above its end target.
 *   - without any period target: the share of the reporting time (first period start → day after the last
 *     period end) that has passed.
 * Status compares progress with the expected progress:
 *   ON_TRACK   progress ≥ 90 % of the expected progress,
 *   AT_RISK    progress ≥ 60 % of it,
 *   OFF_TRACK  below that,
 *   NO_DATA    no actual yet, or no target to compare with.
 * While nothing is expected yet, an indicator with data is ON_TRACK.
 */
import { Aggregation, Direction } from './indicator.entity.js';

export const STATUS_THRESHOLDS = { onTrack: 0.9, atRisk: 0.6 } as const;

export type Status = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface PeriodFigures {
  startDate: string;
  endDate: string;
  target: number | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorRule {
  aggregation: Aggregation;
  direction: Direction;
  baseline: number | null;
  percentage: boolean;
}

export interface Progress {
  cumulativeActual: number | null;
  endTarget: number | null;
  /** Share of the way from baseline to end target, 1 = reached; may exceed 1. */
  progress: number | null;
  /** Share of the way that should have been covered by `today`. */
  expectedProgress: number | null;
  status: Status;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function aggregate(rule: IndicatorRule, values: number[]): number | null {
  if (!values.length) return null;
  switch (rule.aggregation) {
    case Aggregation.SUM:
      return sum(values);
    case Aggregation.AVERAGE:
      return sum(values) / values.length;
    case Aggregation.MAX:
      return Math.max(...values);
    case Aggregation.LAST:
    case Aggregation.RATIO:
      return values[values.length - 1];
  }
}

export function cumulativeActual(rule: IndicatorRule, periods: PeriodFigures[]): number | null {
  const ordered = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (rule.aggregation === Aggregation.RATIO) {
    const withData = ordered.filter((p) => p.numerator != null && p.denominator != null);
    const den = sum(withData.map((p) => p.denominator!));
    if (!withData.length || den === 0) return null;
    return (sum(withData.map((p) => p.numerator!)) / den) * (rule.percentage ? 100 : 1);
  }
  return aggregate(rule, ordered.filter((p) => p.actual != null).map((p) => p.actual!));
}

/** The target the given periods add up to: SUM sums them, MAX takes the highest, the others take the latest. */
export function endTarget(rule: IndicatorRule, periods: PeriodFigures[]): number | null {
  const targets = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate)).filter((p) => p.target != null).map((p) => p.target!);
  if (!targets.length) return null;
  if (rule.aggregation === Aggregation.SUM) return sum(targets);
  if (rule.aggregation === Aggregation.MAX) return Math.max(...targets);
  return targets[targets.length - 1];
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Share of the reporting time that has passed by `today` (0–1). */
export function elapsedShare(periods: PeriodFigures[], today: string): number | null {
  if (!periods.length) return null;
  const start = Math.min(...periods.map((p) => time(p.startDate)));
  const end = Math.max(...periods.map((p) => time(p.endDate))) + DAY;
  const now = time(today);
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** Share of the way from the baseline to the end target that `value` stands for; null when there is no way to go. */
export function shareOfWay(rule: IndicatorRule, value: number | null, target: number | null): number | null {
  const baseline = rule.baseline ?? 0;
  const span = rule.direction === Direction.INCREASE ? (target ?? 0) - baseline : baseline - (target ?? 0);
  if (value == null || target == null || span === 0) return null;
  return (rule.direction === Direction.INCREASE ? value - baseline : baseline - value) / span;
}

/**
 * Share of the way expected by `today`: the target due by then (periods that are over) when the plan has period
 * targets, the share of the reporting time passed otherwise.
 */
export function expectedShare(rule: IndicatorRule, periods: PeriodFigures[], today: string): number | null {
  const target = endTarget(rule, periods);
  if (target == null) return elapsedShare(periods, today);
  const due = periods.filter((p) => p.endDate < today);
  const dueTarget = endTarget(rule, due);
  if (dueTarget == null) return 0;
  const share = shareOfWay(rule, dueTarget, target);
  return share == null ? null : Math.max(0, share);
}

export function computeProgress(rule: IndicatorRule, periods: PeriodFigures[], today: string): Progress {
  const actual = cumulativeActual(rule, periods);
  const target = endTarget(rule, periods);
  const expectedProgress = expectedShare(rule, periods, today);
  const progress = shareOfWay(rule, actual, target);
  return { cumulativeActual: actual, endTarget: target, progress, expectedProgress, status: statusOf(progress, expectedProgress) };
}

/** The status of a progress against the expected progress, by the thresholds above. */
export function statusOf(progress: number | null, expectedProgress: number | null): Status {
  if (progress == null || expectedProgress == null) return 'NO_DATA';
  if (expectedProgress === 0) return 'ON_TRACK';
  const ratio = progress / expectedProgress;
  return ratio >= STATUS_THRESHOLDS.onTrack ? 'ON_TRACK' : ratio >= STATUS_THRESHOLDS.atRisk ? 'AT_RISK' : 'OFF_TRACK';
}

/** Small counts of sensitive indicators are shown as "<5" to those who may not see raw figures. */
export const SUPPRESSION_THRESHOLD = 5;

export function isSmallCell(value: number | null | undefined, threshold = SUPPRESSION_THRESHOLD): boolean {
  return value != null && value > 0 && value < threshold;
}
