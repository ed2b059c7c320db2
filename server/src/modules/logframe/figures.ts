import { Aggregation, PERCENTAGE, QUALITATIVE } from './indicator.entity.js';
import type { IndicatorRow, PeriodRow, ValueRow } from './logframe.reads.js';
import { IndicatorStatus, type IndicatorProgress, type IndicatorValueView } from './logframe.types.js';
import { computeProgress, isSmallCell } from './progress.js';

/**
 * The masking rule: what a caller who may not see raw figures reads of a sensitive indicator.
 *   1. A period total whose actual is more than 0 and less than 5 is masked: shown as "<5", without actual,
 *      numerator or denominator.
 *   2. When a period's total or any value of one of its dimensions is small, every value of that dimension in
 *      that period is hidden, and all read alike ("suppressed"). The values of a dimension add up to (at most) the
 *      total: one visible value, or telling the small value from the others, would let a reader work it out
 *      (total 8, values 0, 4, 4: showing the 0 pins both 4s).
 *   3. A derived figure computed from a masked period total is withheld: the cumulative actual, the progress and
 *      the status (NO_DATA). That is any masked total for SUM, AVERAGE and RATIO, the latest for LAST, the
 *      highest for MAX. It then reads "<5" (LAST, MAX: it is that small total) or "suppressed".
 * Targets, the end target and the expected progress come from targets only, which are not sensitive: they stay.
 * What is hidden depends only on which cells are small, never on their values, so nothing a caller reads
 * (here, in the exports or in the revisions) changes when a masked value changes within 1–4.
 */
export const SUPPRESSED = 'suppressed';

const today = () => new Date().toISOString().slice(0, 10);

const groupOf = (v: ValueRow) => `${v.period.id}|${v.dimension}`;

/**
 * The values as the caller reads them. Those who may act on the reports (`working`: the project's managers and
 * the responsible partner) read the figures as entered, with the approved copy beside them and `pending` where
 * the two differ; everyone else reads the approved figures only.
 */
export function viewValues(rows: readonly ValueRow[], showRaw: boolean, working = false): IndicatorValueView[] {
  const values = working ? rows.map((v) => ({ ...v, ...v.working })) : rows;
  const small = showRaw ? [] : values.filter((v) => isSmallCell(v.actual));
  const smallTotals = new Set(small.filter((v) => !v.dimension).map((v) => v.period.id));
  const smallGroups = new Set(small.filter((v) => v.dimension).map(groupOf));
  const hidden = (v: ValueRow) =>
    !showRaw && (v.dimension ? v.actual != null && (smallTotals.has(v.period.id) || smallGroups.has(groupOf(v))) : smallTotals.has(v.period.id));
  return values.map((v, i) => {
    const suppressed = hidden(v);
    const approved = rows[i];
    return {
      id: v.id,
      period: v.period,
      dimension: v.dimension,
      category: v.category,
      target: v.target ?? null,
      actual: suppressed ? null : (v.actual ?? null),
      actualDisplay: suppressed ? (v.dimension ? SUPPRESSED : '<5') : v.actual != null ? String(+v.actual.toFixed(4)) : null,
      suppressed,
      numerator: suppressed ? null : (v.numerator ?? null),
      denominator: suppressed ? null : (v.denominator ?? null),
      targetText: v.targetText ?? null,
      actualText: v.actualText ?? null,
      approvedActual: suppressed ? null : (approved.actual ?? null),
      approvedActualText: approved.actualText ?? null,
      pending: working && (['actual', 'numerator', 'denominator', 'actualText'] as const).some((f) => (v[f] ?? null) !== (approved[f] ?? null)),
      comment: v.comment,
      evidence: v.evidence,
      version: v.version,
    };
  });
}

/** The derived figures of an indicator as the caller may see them; the API and the exports both use this. */
export function progressView(
  i: Pick<IndicatorRow, 'measure' | 'aggregation' | 'direction'> & { baselineValue?: number | null },
  allValues: readonly ValueRow[],
  periods: readonly PeriodRow[],
  showRaw: boolean,
): IndicatorProgress {
  const values = allValues.filter((v) => !v.dimension);
  if (i.measure === QUALITATIVE) {
    const latest = [...values].reverse().find((v) => v.actualText);
    return { cumulativeActual: null, cumulativeActualDisplay: latest?.actualText ?? null, endTarget: null, progress: null, expectedProgress: null, status: IndicatorStatus.NO_DATA };
  }
  const byPeriod = new Map(values.map((v) => [v.period.id, v]));
  const figures = periods.map((p) => {
    const v = byPeriod.get(p.id);
    return { startDate: p.startDate, endDate: p.endDate, target: v?.target ?? null, actual: v?.actual ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null };
  });
  const result = computeProgress({ aggregation: i.aggregation, direction: i.direction, baseline: i.baselineValue ?? null, percentage: i.measure === PERCENTAGE }, figures, today());
  // LAST and MAX equal one period total, which is masked exactly when the result is small; the others mix them all.
  const pointwise = i.aggregation === Aggregation.LAST || i.aggregation === Aggregation.MAX;
  const withheld = !showRaw && (pointwise ? isSmallCell(result.cumulativeActual) : figures.some((f) => isSmallCell(f.actual)));
  return {
    cumulativeActual: withheld ? null : result.cumulativeActual,
    cumulativeActualDisplay: withheld ? (pointwise ? '<5' : SUPPRESSED) : result.cumulativeActual == null ? null : String(+result.cumulativeActual.toFixed(2)),
    endTarget: result.endTarget,
    progress: withheld ? null : result.progress,
    expectedProgress: result.expectedProgress,
    status: withheld ? IndicatorStatus.NO_DATA : IndicatorStatus[result.status],
  };
}
