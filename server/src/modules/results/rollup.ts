/**
 * The programme's figures of a programme indicator, rolled up from the derived figures of its contributing project
 * indicators (figures.ts `progressView`, progress.ts), computed in this one place.
 *
 * Over the contributing indicators that have one, by the programme indicator's aggregation rule:
 *   SUM      baseline, end target and cumulative actual are the sums of the projects' ones;
 *   AVERAGE  they are the means;
 *   MAX      they are the highest;
 *   RATIO    the cumulative actual is pooled: sum(numerators) / sum(denominators) over every period of every
 *            project (×100 for a percentage), so a project weighs by its denominators; baseline and end target,
 *            levels to reach, are the means of the projects' ones.
 * Progress and expected progress are shares of the way from the rolled-up baseline to the rolled-up end target,
 * direction-aware, as in progress.ts. The value each project was expected to reach by today (its baseline plus its
 * expected share of its own way) rolls up by the same rule, and the status compares progress with it by the same
 * thresholds (progress.ts `statusOf`).
 * By year (the year a period starts in): each project's target and actual over the periods of that year, by its own
 * indicator's aggregation, then rolled up as above.
 *
 * Masking (figures.ts): whoever may not see a contributing sensitive indicator's raw figures gets the rolled-up
 * actual, progress and status withheld ("suppressed") whenever that indicator's own cumulative actual is withheld
 * from them, and a year's actual withheld whenever one of its period totals of that year is masked; a rolled-up
 * figure of 1–4 with such an indicator among the contributors reads "<5". Targets stay. What is withheld depends
 * only on which cells are small, so no total lets a masked figure be worked out.
 */
import { Aggregation, PERCENTAGE } from '../logframe/indicator.entity.js';
import type { IndicatorRow, PeriodRow, ValueRow } from '../logframe/logframe.reads.js';
import { IndicatorStatus, type IndicatorProgress } from '../logframe/logframe.types.js';
import { SUPPRESSED, progressView } from '../logframe/figures.js';
import { cumulativeActual, endTarget, isSmallCell, shareOfWay, statusOf, type PeriodFigures } from '../logframe/progress.js';
import { ProgrammeAggregation } from './programme-indicator.entity.js';
import type { ProgrammeIndicatorRow } from './results.reads.js';

/** A linked project indicator as its reader may see it. */
export interface Contributor {
  indicator: IndicatorRow;
  values: readonly ValueRow[];
  periods: readonly PeriodRow[];
  /** Whether the caller sees its small numbers raw; always true for an indicator that is not sensitive. */
  raw: boolean;
}

export interface Contribution {
  projectId: string;
  indicator: IndicatorRow;
  baseline: number | null;
  progress: IndicatorProgress;
}

export interface YearFigures {
  year: number;
  target: number | null;
  actual: number | null;
  actualDisplay: string | null;
}

export interface Rollup extends Omit<IndicatorProgress, 'cumulativeActualDisplay'> {
  baseline: number | null;
  cumulativeActualDisplay: string | null;
  contributingProjects: number;
  contributions: Contribution[];
  byYear: YearFigures[];
}

type Rule = Pick<ProgrammeIndicatorRow, 'aggregation' | 'direction' | 'measure'>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const present = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => x != null);
const shown = (x: number | null) => (x == null ? null : String(+x.toFixed(2)));

/** Baselines, targets and (but for RATIO) actuals of the projects, rolled up: sum, mean or highest. */
function combine(rule: ProgrammeAggregation, values: (number | null | undefined)[]): number | null {
  const xs = present(values);
  if (!xs.length) return null;
  if (rule === ProgrammeAggregation.SUM) return sum(xs);
  if (rule === ProgrammeAggregation.MAX) return Math.max(...xs);
  return sum(xs) / xs.length;
}

/** The period totals of a contributor as progress.ts reads them. */
function figuresOf(c: Contributor, year?: number): PeriodFigures[] {
  const totals = new Map(c.values.filter((v) => !v.dimension).map((v) => [v.period.id, v]));
  return c.periods
    .filter((p) => year === undefined || Number(p.startDate.slice(0, 4)) === year)
    .map((p) => {
      const v = totals.get(p.id);
      return { startDate: p.startDate, endDate: p.endDate, target: v?.target ?? null, actual: v?.actual ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null };
    });
}

const hidden = (c: Contributor) => c.indicator.sensitive && !c.raw;
const pooled = (rule: Rule, figures: PeriodFigures[]) =>
  cumulativeActual({ aggregation: Aggregation.RATIO, direction: rule.direction, baseline: null, percentage: rule.measure === PERCENTAGE }, figures);

/** A rolled-up actual as the caller may read it: withheld, "<5", or the number. */
function masked(value: number | null, withheld: boolean, sensitive: boolean): { actual: number | null; display: string | null } {
  if (withheld) return { actual: null, display: SUPPRESSED };
  if (sensitive && isSmallCell(value)) return { actual: null, display: '<5' };
  return { actual: value, display: shown(value) };
}

function yearly(rule: Rule, contributors: Contributor[]): YearFigures[] {
  const years = [...new Set(contributors.flatMap((c) => c.periods.map((p) => Number(p.startDate.slice(0, 4)))))].sort((a, b) => a - b);
  return years.map((year) => {
    const parts = contributors.map((c) => {
      const figures = figuresOf(c, year);
      const own = { aggregation: c.indicator.aggregation, direction: c.indicator.direction, baseline: null, percentage: c.indicator.measure === PERCENTAGE };
      return { c, figures, target: endTarget(own, figures), actual: cumulativeActual(own, figures) };
    });
    const actual = rule.aggregation === ProgrammeAggregation.RATIO ? pooled(rule, parts.flatMap((p) => p.figures)) : combine(rule.aggregation, parts.map((p) => p.actual));
    const withheld = parts.some((p) => hidden(p.c) && p.figures.some((f) => isSmallCell(f.actual)));
    const { actual: value, display } = masked(actual, withheld, contributors.some(hidden));
    return { year, target: combine(rule.aggregation === ProgrammeAggregation.RATIO ? ProgrammeAggregation.AVERAGE : rule.aggregation, parts.map((p) => p.target)), actual: value, actualDisplay: display };
  });
}

export function rollup(rule: Rule, contributors: Contributor[]): Rollup {
  const contributions: Contribution[] = contributors.map((c) => ({
    projectId: c.indicator.projectId,
    indicator: c.indicator,
    baseline: c.indicator.baselineValue,
    progress: progressView(c.indicator, c.values, c.periods, c.raw),
  }));
  const levels = rule.aggregation === ProgrammeAggregation.RATIO ? ProgrammeAggregation.AVERAGE : rule.aggregation;
  const baseline = combine(levels, contributions.map((c) => c.baseline));
  const target = combine(levels, contributions.map((c) => c.progress.endTarget));
  const actual = rule.aggregation === ProgrammeAggregation.RATIO ? pooled(rule, contributors.flatMap((c) => figuresOf(c))) : combine(rule.aggregation, contributions.map((c) => c.progress.cumulativeActual));
  // A withheld project figure reads null with a display ("<5" or "suppressed"); a qualitative one never contributes.
  const withheld = contributions.some((c, k) => hidden(contributors[k]) && c.progress.cumulativeActual == null && c.progress.cumulativeActualDisplay != null);
  const shownActual = masked(actual, withheld, contributors.some(hidden));
  // shareOfWay reads only the direction and the baseline of its rule.
  const way = { aggregation: Aggregation.SUM, direction: rule.direction, baseline, percentage: false };
  // What each project should have reached by today, in its own figures; only projects with an end target expect anything.
  const expectedValues = contributions.map((c) => {
    const { endTarget: t, expectedProgress: e } = c.progress;
    return t == null || e == null ? null : (c.baseline ?? 0) + e * (t - (c.baseline ?? 0));
  });
  const expected = shareOfWay(way, combine(levels, expectedValues), target);
  const expectedProgress = expected == null ? null : Math.max(0, expected);
  const progress = shownActual.actual == null ? null : shareOfWay(way, shownActual.actual, target);
  return {
    baseline,
    endTarget: target,
    cumulativeActual: shownActual.actual,
    cumulativeActualDisplay: shownActual.display,
    progress,
    expectedProgress,
    status: shownActual.actual == null ? IndicatorStatus.NO_DATA : IndicatorStatus[statusOf(progress, expectedProgress)],
    contributingProjects: new Set(contributions.map((c) => c.projectId)).size,
    contributions,
    byYear: yearly(rule, contributors),
  };
}
