import type { EntityManager } from '@mikro-orm/postgresql';
import type { Project } from '../../project/project.entity.js';
import { ResultLevel, ResultNode } from '../../logframe/result-node.entity.js';
import { Aggregation, Direction, Frequency, Indicator, PERCENTAGE, QUALITATIVE, type Dimension } from '../../logframe/indicator.entity.js';
import { IndicatorValue, ReportingPeriod } from '../../logframe/reporting.entity.js';
import { IndicatorUpdate, UpdateState } from '../../reporting/update.entity.js';
import type { ImportedActivity, ImportedFigure, ImportedIndicator } from './records.js';

const LEVEL_OF: Record<string, ResultLevel> = { '3': ResultLevel.IMPACT, '2': ResultLevel.OUTCOME, '1': ResultLevel.OUTPUT };

function frequencyOf(indicator: ImportedIndicator): Frequency {
  const p = indicator.periods[0];
  if (!p) return Frequency.ANNUAL;
  const days = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
  return days <= 31 ? Frequency.MONTHLY : days <= 92 ? Frequency.QUARTERLY : days <= 184 ? Frequency.SEMI_ANNUAL : Frequency.ANNUAL;
}

/** A period's label: the year for a calendar year, else its dates. */
function labelOf(start: string, end: string): string {
  return start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31` ? start.slice(0, 4) : `${start} – ${end}`;
}

/** Percentages outside 0–100 are not percentages: Accord's indicator rules refuse them, so they are left out. */
const fits = (measure: string, v: number | null) => v === null || measure !== PERCENTAGE || (v >= 0 && v <= 100);

/**
 * Replaces the project's logframe with the file's results. Impacts and outcomes are top nodes; outputs sit under
 * the activity's only outcome, or under an outcome named after the activity when it has none or several (a
 * logframe's top node is an impact or an outcome). Published actuals are approved figures: they are written as
 * both the working and the counted copy, and each period with an actual gets an APPROVED report, as an approval
 * in the reporting cycle would leave it.
 */
export async function writeResults(tx: EntityManager, project: Project, a: ImportedActivity, userId: string): Promise<{ results: number; indicators: number }> {
  await tx.nativeDelete(ResultNode, { project: project.id });
  await tx.nativeDelete(ReportingPeriod, { project: project.id });
  if (!a.results.length) return { results: 0, indicators: 0 };
  const now = new Date();
  const tops: ResultNode[] = [];
  const outcomes = a.results.filter((r) => r.type === '2');
  let outputParent: ResultNode | null = null;
  const nodeFor = (type: string, statement: string, description: string): ResultNode => {
    const level = LEVEL_OF[type] ?? ResultLevel.OUTCOME;
    if (level === ResultLevel.OUTPUT) {
      if (!outputParent && outcomes.length !== 1) {
        outputParent = tx.create(ResultNode, { project, parent: null, level: ResultLevel.OUTCOME, position: tops.length, statement: `Results of ${a.title}`.slice(0, 2000) });
        tops.push(outputParent);
      }
      const parent = outputParent!;
      const siblings = (parentCounts.get(parent) ?? 0) + 1;
      parentCounts.set(parent, siblings);
      return tx.create(ResultNode, { project, parent, level, position: siblings - 1, statement, description });
    }
    const node = tx.create(ResultNode, { project, parent: null, level, position: tops.length, statement, description });
    tops.push(node);
    if (type === '2' && outcomes.length === 1) outputParent = node;
    return node;
  };
  const parentCounts = new Map<ResultNode, number>();
  // The single outcome comes first, so that outputs before it in the file still find it.
  const ordered = [...a.results].sort((x, y) => Number(x.type === '1') - Number(y.type === '1'));
  const periods = new Map<string, ReportingPeriod>();
  let indicators = 0;
  for (const r of ordered) {
    const node = nodeFor(r.type, r.title, r.description);
    for (const [position, i] of r.indicators.entries()) {
      indicators++;
      const qualitative = i.measure === QUALITATIVE;
      const dimensions = new Map<string, Set<string>>();
      for (const p of i.periods) for (const f of [p.target, p.actual]) for (const d of f?.dimensions ?? []) dimensions.set(d.name, (dimensions.get(d.name) ?? new Set()).add(d.category));
      const indicator = tx.create(Indicator, {
        node,
        project,
        position,
        title: i.title,
        definition: i.definition,
        measure: i.measure,
        unitLabel: i.measure === PERCENTAGE ? '%' : '',
        direction: i.ascending ? Direction.INCREASE : Direction.DECREASE,
        aggregation: i.measure === '1' ? Aggregation.SUM : Aggregation.LAST,
        baselineValue: fits(i.measure, i.baselineValue) ? i.baselineValue : null,
        baselineDate: i.baselineDate,
        baselineNote: i.baselineNote,
        frequency: frequencyOf(i),
        dimensions: [...dimensions].map(([name, values]): Dimension => ({ name, values: [...values], exhaustive: false })),
      });
      const seen = new Set<string>();
      for (const p of i.periods) {
        if (seen.has(p.start)) continue;
        seen.add(p.start);
        let period = periods.get(p.start);
        if (!period) {
          period = tx.create(ReportingPeriod, { project, label: labelOf(p.start, p.end), startDate: p.start, endDate: p.end });
          periods.set(p.start, period);
        }
        const value = (f: ImportedFigure | null) => (f && fits(i.measure, f.value) ? f.value : null);
        const actual = value(p.actual);
        const actualText = qualitative ? (p.actual?.text ?? null) : null;
        tx.create(IndicatorValue, {
          indicator,
          period,
          project,
          target: value(p.target),
          actual,
          approvedActual: actual,
          targetText: qualitative ? (p.target?.text ?? null) : null,
          actualText,
          approvedActualText: actualText,
          comment: [p.target?.comment && `Target: ${p.target.comment}`, p.actual?.comment && `Actual: ${p.actual.comment}`].filter(Boolean).join('\n').slice(0, 10_000),
        });
        const byCategory = new Map<string, { target: number | null; actual: number | null }>();
        for (const [kind, f] of [['target', p.target], ['actual', p.actual]] as const) {
          for (const d of f?.dimensions ?? []) {
            const key = `${d.name}\u0000${d.category}`;
            const entry = byCategory.get(key) ?? { target: null, actual: null };
            entry[kind] ??= fits(i.measure, d.value) ? d.value : null;
            byCategory.set(key, entry);
          }
        }
        for (const [key, v] of byCategory) {
          const [dimension, category] = key.split('\u0000');
          tx.create(IndicatorValue, { indicator, period, project, dimension, category, target: v.target, actual: v.actual, approvedActual: v.actual });
        }
        if (actual !== null || actualText) {
          tx.create(IndicatorUpdate, { indicator, period, project, state: UpdateState.APPROVED, narrative: p.actual?.comment ?? '', submittedAt: now, submittedBy: userId, decidedAt: now, decidedBy: userId });
        }
      }
    }
  }
  await tx.flush();
  return { results: a.results.length, indicators };
}
