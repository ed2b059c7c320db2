/**
 * Spreading an end-of-project target over the reporting periods, the way the indicator's aggregation reads
 * period targets back (see server/src/modules/logframe/progress.ts, "End target"):
 *
 *   SUM                        each period gets a share; the shares add up to the end target exactly.
 *   LAST, AVERAGE, RATIO, MAX  each period gets a level on the way from the baseline (0 when none) to the
 *                              end target; the last period's level is the end target itself.
 *
 * The shape says how fast the way is covered after k of n periods:
 *   EVEN   k/n                linear;
 *   FRONT  1 − (1 − k/n)²     three quarters of the way by half time;
 *   BACK   (k/n)²             a quarter of the way by half time;
 *   LAST   only the last period gets a target (the end target), the others none.
 *
 * Figures are rounded to as many decimals as the end target and baseline were given with, so a whole-number
 * indicator gets whole numbers. Shares are cut from rounded running totals, so rounding never changes the
 * total of a SUM indicator. The arithmetic is done in integers (scaled by 10^decimals) to keep halves exact.
 */
import type { Aggregation } from '../../../gql/graphql';

export type SpreadShape = 'EVEN' | 'FRONT' | 'BACK' | 'LAST';

export interface SpreadInput {
  endTarget: number;
  baseline: number | null;
  aggregation: Aggregation;
  shape: SpreadShape;
  periods: number;
}

/** Decimals a figure was written with: 12 → 0, 12.5 → 1; capped, for figures like 1/3 typed in full. */
export function decimalsOf(x: number): number {
  const [, fraction = ''] = String(x).split('.');
  return /e/i.test(String(x)) ? 6 : Math.min(fraction.length, 6);
}

/** The way covered after k of n periods, as an exact fraction [numerator, denominator]. */
function covered(shape: SpreadShape, k: number, n: number): [number, number] {
  switch (shape) {
    case 'EVEN':
      return [k, n];
    case 'FRONT':
      return [n * n - (n - k) * (n - k), n * n];
    case 'BACK':
      return [k * k, n * n];
    case 'LAST':
      return [k === n ? 1 : 0, 1];
  }
}

/** Whether the periods' targets add up (SUM), rather than being levels to reach. */
export const addsUp = (aggregation: Aggregation): boolean => aggregation === 'SUM';

/** The target of each period, oldest first; null where the period gets no target. */
export function spreadTarget({ endTarget, baseline, aggregation, shape, periods: n }: SpreadInput): (number | null)[] {
  if (n <= 0) return [];
  if (shape === 'LAST') return Array.from({ length: n }, (_, i) => (i === n - 1 ? endTarget : null));
  const scale = 10 ** Math.max(decimalsOf(endTarget), baseline === null ? 0 : decimalsOf(baseline));
  const end = Math.round(endTarget * scale);
  const at = (k: number, from: number) => {
    const [num, den] = covered(shape, k, n);
    return from + Math.round(((end - from) * num) / den);
  };
  if (addsUp(aggregation)) {
    const totals = Array.from({ length: n + 1 }, (_, k) => at(k, 0));
    return totals.slice(1).map((t, i) => (t - totals[i]) / scale);
  }
  const start = Math.round((baseline ?? 0) * scale);
  return Array.from({ length: n }, (_, i) => at(i + 1, start) / scale);
}

/** Running totals of SUM targets, for the preview: what should have been reached by each period's end. */
export function runningTotals(targets: (number | null)[]): (number | null)[] {
  let scaled = 0;
  const scale = 10 ** Math.max(0, ...targets.map((t) => (t === null ? 0 : decimalsOf(t))));
  return targets.map((t) => (t === null ? null : (scaled += Math.round(t * scale)) / scale));
}
