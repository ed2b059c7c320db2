import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Conflict, DomainError, NotFound, Problems } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { Aggregation, Indicator, PERCENTAGE, QUALITATIVE } from './indicator.entity.js';
import { IndicatorValue, ReportingPeriod } from './reporting.entity.js';
import type { IndicatorValueInput } from './logframe.inputs.js';

/** What the caller may change on an indicator: everything (managers), only results (partners), or nothing. */
export type ValueRight = 'ALL' | 'RESULTS' | 'NONE';

const RESULT_FIELDS = ['actual', 'numerator', 'denominator', 'actualText', 'comment', 'evidence'] as const;
const TARGET_FIELDS = ['target', 'targetText'] as const;

const given = (input: IndicatorValueInput, field: keyof IndicatorValueInput) => input[field] !== undefined;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Sets targets and actuals for many indicators, periods and disaggregations at once. The whole batch is
 * checked first and written in one transaction: one bad value refuses all of them.
 */
export async function setIndicatorValues(
  em: EntityManager,
  projectId: string,
  inputs: IndicatorValueInput[],
  rightOn: (indicator: Indicator) => Promise<ValueRight>,
): Promise<IndicatorValue[]> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    const indicators = new Map((await tx.find(Indicator, { id: { $in: [...new Set(inputs.map((i) => i.indicatorId))] }, project })).map((i) => [i.id, i]));
    const periods = new Map((await tx.find(ReportingPeriod, { id: { $in: [...new Set(inputs.map((i) => i.periodId))] }, project })).map((p) => [p.id, p]));
    // Locked until the batch is written, so that a concurrent batch on the same values sees their new versions.
    const existing = await tx.find(IndicatorValue, { indicator: { $in: [...indicators.keys()] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const key = (indicatorId: string, periodId: string, dimension: string, category: string) => `${indicatorId}|${periodId}|${dimension}|${category}`;
    const stored = new Map(existing.map((v) => [key(v.indicator.id, v.period.id, v.dimension, v.category), v]));
    const projectStart = project.actualStart ?? project.plannedStart;
    const projectEnd = project.actualEnd ?? project.plannedEnd;

    const problems = new Problems();
    const rights = new Map<string, ValueRight>();
    for (const [i, input] of inputs.entries()) {
      const at = (f: string) => `values.${i}.${f}`;
      const indicator = indicators.get(input.indicatorId);
      const period = periods.get(input.periodId);
      if (!indicator) throw new NotFound('Indicator', input.indicatorId, at('indicatorId'));
      if (!period) throw new NotFound('Reporting period', input.periodId, at('periodId'));
      if (!rights.has(indicator.id)) rights.set(indicator.id, await rightOn(indicator));
      const right = rights.get(indicator.id)!;
      if (right === 'NONE' || (right === 'RESULTS' && TARGET_FIELDS.some((f) => given(input, f)))) {
        throw new DomainError('FORBIDDEN', right === 'NONE' ? `You may not report on "${indicator.title}".` : 'Partners report results; targets are set by the project managers.', [{ field: at(right === 'NONE' ? 'indicatorId' : 'target'), message: 'not allowed for you' }]);
      }
      const reportsResult = RESULT_FIELDS.slice(0, 4).some((f) => given(input, f) && input[f] != null);
      if (reportsResult && (period.endDate < projectStart || period.startDate > projectEnd)) problems.add(at('periodId'), `actuals are only for periods within the project (${projectStart} to ${projectEnd})`);
      else if (reportsResult && period.startDate > today()) problems.add(at('actual'), `the period ${period.label} has not started yet`);
      const qualitative = indicator.measure === QUALITATIVE;
      if (qualitative && ['target', 'actual', 'numerator', 'denominator'].some((f) => input[f as keyof IndicatorValueInput] != null)) problems.add(at('actual'), 'a qualitative indicator takes text, not numbers');
      if (!qualitative && (input.targetText != null || input.actualText != null)) problems.add(at('actualText'), 'a numeric indicator takes numbers, not text');
      if (indicator.measure === PERCENTAGE) {
        for (const f of ['target', 'actual'] as const) if (input[f] != null && (input[f]! < 0 || input[f]! > 100)) problems.add(at(f), 'a percentage is between 0 and 100');
      }
      if (indicator.aggregation === Aggregation.RATIO) {
        if (input.actual != null) problems.add(at('actual'), 'a ratio indicator is reported as numerator and denominator');
        if ((input.numerator == null) !== (input.denominator == null) && (given(input, 'numerator') || given(input, 'denominator'))) problems.add(at('denominator'), 'give both numerator and denominator');
        if (input.denominator != null && input.denominator <= 0) problems.add(at('denominator'), 'the denominator must be more than 0');
      }
      if (input.dimension) {
        const dimension = indicator.dimensions.find((d) => d.name === input.dimension);
        if (!dimension) problems.add(at('dimension'), `"${input.dimension}" is not a dimension of this indicator`);
        else if (!dimension.values.includes(input.category)) problems.add(at('category'), `"${input.category}" is not a value of ${input.dimension} (${dimension.values.join(', ')})`);
      } else if (input.category) problems.add(at('category'), 'a category needs its dimension');
      const current = stored.get(key(indicator.id, period.id, input.dimension, input.category));
      if (current && input.version != null && current.version !== input.version) {
        throw new Conflict(`The value of "${indicator.title}" for ${period.label} was changed by someone else. Reload and apply your change again.`, [{ field: at('version'), message: 'changed by someone else' }], {
          currentVersion: current.version,
          current: { target: current.target, actual: current.actual, comment: current.comment },
        });
      }
    }
    problems.throwIfAny();

    const written: IndicatorValue[] = [];
    for (const input of inputs) {
      const indicator = indicators.get(input.indicatorId)!;
      const k = key(input.indicatorId, input.periodId, input.dimension, input.category);
      const value =
        stored.get(k) ??
        tx.create(IndicatorValue, { indicator, period: periods.get(input.periodId)!, project, dimension: input.dimension, category: input.category });
      stored.set(k, value);
      for (const f of [...TARGET_FIELDS, ...RESULT_FIELDS]) if (given(input, f)) (value as unknown as Record<string, unknown>)[f] = input[f] ?? (f === 'comment' ? '' : f === 'evidence' ? [] : null);
      if (indicator.aggregation === Aggregation.RATIO && value.numerator != null && value.denominator) {
        value.actual = (value.numerator / value.denominator) * (indicator.measure === PERCENTAGE ? 100 : 1);
      }
      written.push(value);
    }

    // Parts of an exhaustive dimension may not add up to more than the total of the same period.
    for (const [i, input] of inputs.entries()) {
      if (!input.dimension) continue;
      const indicator = indicators.get(input.indicatorId)!;
      if (!indicator.dimensions.find((d) => d.name === input.dimension)?.exhaustive) continue;
      const total = stored.get(key(input.indicatorId, input.periodId, '', ''));
      const parts = [...stored.values()].filter((v) => v.indicator.id === input.indicatorId && v.period.id === input.periodId && v.dimension === input.dimension);
      for (const f of ['actual', 'target'] as const) {
        const sum = parts.reduce((s, v) => s + (v[f] ?? 0), 0);
        if (total?.[f] != null && sum > total[f]! + 1e-9) problems.add(`values.${i}.${f}`, `the ${input.dimension} values add up to ${sum}, more than the total of ${total[f]}`);
      }
    }
    problems.throwIfAny();
    await tx.flush();
    return written;
  });
}
