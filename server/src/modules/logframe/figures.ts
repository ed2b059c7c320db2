import { Indicator, PERCENTAGE, QUALITATIVE } from './indicator.entity.js';
import type { IndicatorValue, ReportingPeriod } from './reporting.entity.js';
import { IndicatorStatus, type IndicatorProgress, type IndicatorValueView } from './logframe.types.js';
import { computeProgress, isSmallCell } from './progress.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Values as the caller may see them. Small numbers of a sensitive indicator become "<5"; when a single
 * category of a dimension in a period is hidden, the next smallest is hidden too, so that it cannot be
 * worked out from the total.
 */
export function viewValues(values: IndicatorValue[], showRaw: boolean): IndicatorValueView[] {
  const hidden = new Set<IndicatorValue>(showRaw ? [] : values.filter((v) => isSmallCell(v.actual)));
  if (!showRaw) {
    const groups = new Map<string, IndicatorValue[]>();
    for (const v of values.filter((x) => x.dimension)) groups.set(`${v.period.id}|${v.dimension}`, [...(groups.get(`${v.period.id}|${v.dimension}`) ?? []), v]);
    for (const group of groups.values()) {
      const hiddenHere = group.filter((v) => hidden.has(v));
      if (hiddenHere.length !== 1) continue;
      const next = group.filter((v) => !hidden.has(v) && v.actual != null).sort((a, b) => a.actual! - b.actual!)[0];
      if (next) hidden.add(next);
    }
  }
  return values.map((v) => {
    const suppressed = hidden.has(v);
    return {
      id: v.id,
      period: v.period.getEntity(),
      dimension: v.dimension,
      category: v.category,
      target: v.target ?? null,
      actual: suppressed ? null : (v.actual ?? null),
      actualDisplay: suppressed ? '<5' : v.actual != null ? String(+v.actual.toFixed(4)) : null,
      suppressed,
      numerator: suppressed ? null : (v.numerator ?? null),
      denominator: suppressed ? null : (v.denominator ?? null),
      targetText: v.targetText ?? null,
      actualText: v.actualText ?? null,
      comment: v.comment,
      evidence: v.evidence,
      version: v.version,
    };
  });
}

/** The derived figures of an indicator as the caller may see them; the API and the exports both use this. */
export function progressView(i: Indicator, allValues: IndicatorValue[], periods: ReportingPeriod[], showRaw: boolean): IndicatorProgress {
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
  const hide = isSmallCell(result.cumulativeActual) && !showRaw;
  return {
    cumulativeActual: hide ? null : result.cumulativeActual,
    cumulativeActualDisplay: hide ? '<5' : result.cumulativeActual == null ? null : String(+result.cumulativeActual.toFixed(2)),
    endTarget: result.endTarget,
    progress: hide ? null : result.progress,
    expectedProgress: result.expectedProgress,
    status: IndicatorStatus[result.status],
  };
}
