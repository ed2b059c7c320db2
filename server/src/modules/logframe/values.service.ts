import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, DomainError, NotFound, Problems } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { Aggregation, Indicator, PERCENTAGE, QUALITATIVE } from './indicator.entity.js';
import { IndicatorValue, ReportingPeriod } from './reporting.entity.js';
import type { IndicatorValueInput } from './logframe.inputs.js';
import { IndicatorUpdate, UpdateState } from '../reporting/update.entity.js';
import { SUBMITTED_REASON, cellKey as pairKey, lockReason, refusedCells, updatesOf, type RefusedCell } from '../reporting/cells.js';

/** What the caller may change on an indicator: everything (managers), only results (partners), or nothing. */
export type ValueRight = 'ALL' | 'RESULTS' | 'NONE';

const RESULT_FIELDS = ['actual', 'numerator', 'denominator', 'actualText', 'comment', 'evidence'] as const;
const TARGET_FIELDS = ['target', 'targetText'] as const;

const given = (input: IndicatorValueInput, field: keyof IndicatorValueInput) => input[field] !== undefined;
const today = () => new Date().toISOString().slice(0, 10);

/** The caller's right on an indicator, from the organisation responsible for its node; decided without SQL. */
export type RightOn = (responsibleOrganisationId: string | null) => ValueRight;

const cellKey = (indicatorId: string, periodId: string, dimension: string, category: string) => `${indicatorId}|${periodId}|${dimension}|${category}`;

/**
 * Locks the (indicator, period) cells a batch changes, the total and its disaggregations together, until the
 * transaction ends. Advisory locks also cover cells that do not exist yet, so two saves into one empty cell
 * are serialised; taking them in one sorted statement keeps two batches from deadlocking. The wait is bounded
 * by the connection's lock_timeout.
 */
async function lockCells(tx: EntityManager, cells: string[]): Promise<void> {
  await tx.execute(`select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select k from json_array_elements_text(?::json) k order by k) cells`, [JSON.stringify([...new Set(cells)].sort())]);
}

/**
 * Sets targets and actuals for many indicators, periods and disaggregations at once. The whole batch is
 * checked first and written in one transaction: one bad value refuses all of them. Everything runs on the
 * transaction's connection; `rightOn` is decided beforehand so that no check needs another connection.
 *
 * A value given with `version` must still have that version, and `version: 0` means the cell was empty
 * when read: otherwise CONFLICT, listing every conflicting cell with its current content.
 */
export async function setIndicatorValues(em: EntityManager, projectId: string, inputs: IndicatorValueInput[], rightOn: RightOn): Promise<IndicatorValue[]> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    const indicators = new Map((await tx.find(Indicator, { id: { $in: [...new Set(inputs.map((i) => i.indicatorId))] }, project }, { populate: ['node'] })).map((i) => [i.id, i]));
    const periods = new Map((await tx.find(ReportingPeriod, { id: { $in: [...new Set(inputs.map((i) => i.periodId))] }, project })).map((p) => [p.id, p]));
    for (const [i, input] of inputs.entries()) {
      if (!indicators.has(input.indicatorId)) throw new NotFound('Indicator', input.indicatorId, `values.${i}.indicatorId`);
      if (!periods.has(input.periodId)) throw new NotFound('Reporting period', input.periodId, `values.${i}.periodId`);
      const indicator = indicators.get(input.indicatorId)!;
      const right = rightOn(indicator.node.getEntity().responsibleOrganisation?.id ?? null);
      if (right === 'NONE' || (right === 'RESULTS' && TARGET_FIELDS.some((f) => given(input, f)))) {
        const field = `values.${i}.${right === 'NONE' ? 'indicatorId' : 'target'}`;
        throw new DomainError('FORBIDDEN', right === 'NONE' ? `You may not report on "${indicator.title}".` : 'Partners report results; targets are set by the project managers.', [{ field, message: 'not allowed for you' }]);
      }
    }
    const pairs = [...new Set(inputs.map((i) => `${i.indicatorId}|${i.periodId}`))];
    await lockCells(tx, pairs);
    const existing = await tx.find(IndicatorValue, { $or: pairs.map((p) => ({ indicator: p.split('|')[0], period: p.split('|')[1] })) }, { refresh: true });
    const stored = new Map(existing.map((v) => [cellKey(v.indicator.id, v.period.id, v.dimension, v.category), v]));
    const projectStart = project.actualStart ?? project.plannedStart;
    const projectEnd = project.actualEnd ?? project.plannedEnd;
    const conflicts: CellConflict[] = [];

    const problems = new Problems();
    for (const [i, input] of inputs.entries()) {
      const at = (f: string) => `values.${i}.${f}`;
      const indicator = indicators.get(input.indicatorId)!;
      const period = periods.get(input.periodId)!;
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
      const current = stored.get(cellKey(indicator.id, period.id, input.dimension, input.category));
      if (input.version != null && (current?.version ?? 0) !== input.version) conflicts.push(conflictOf(i, indicator, period, input, current));
    }
    problems.throwIfAny();
    if (conflicts.length) throw valuesConflict(conflicts);

    // The reporting cycle: a locked cell takes nothing; a submitted one takes no results until it is decided.
    const updates = await updatesOf(tx, pairs.map((p) => ({ indicatorId: p.split('|')[0], periodId: p.split('|')[1] })));
    const refused: RefusedCell[] = [];
    const reports = (input: IndicatorValueInput) => RESULT_FIELDS.some((f) => given(input, f));
    for (const [i, input] of inputs.entries()) {
      const update = updates.get(pairKey(input.indicatorId, input.periodId));
      const period = periods.get(input.periodId)!;
      const reason = lockReason(update, period.endDate, project.reportingLockDate) ?? (update?.state === UpdateState.SUBMITTED && reports(input) ? SUBMITTED_REASON : null);
      if (reason) refused.push({ index: i, title: indicators.get(input.indicatorId)!.title, periodLabel: period.label, reason });
    }
    if (refused.length) throw refusedCells(refused, (i) => `values.${i}.${inputs[i].actual !== undefined || !TARGET_FIELDS.some((f) => given(inputs[i], f)) ? 'actual' : 'target'}`);
    // Results entered where nothing was reported open a draft update: they count once it is approved. Clearing
    // an empty cell (null, '') reports nothing and opens none.
    const holdsResult = (input: IndicatorValueInput) =>
      (['actual', 'numerator', 'denominator', 'actualText'] as const).some((f) => input[f] != null) || !!input.comment || !!input.evidence?.length;
    for (const input of inputs) {
      const k = pairKey(input.indicatorId, input.periodId);
      if (!holdsResult(input) || updates.has(k)) continue;
      updates.set(k, tx.create(IndicatorUpdate, { indicator: indicators.get(input.indicatorId)!, period: periods.get(input.periodId)!, project, state: UpdateState.DRAFT }));
    }

    const written: IndicatorValue[] = [];
    for (const input of inputs) {
      const indicator = indicators.get(input.indicatorId)!;
      const k = cellKey(input.indicatorId, input.periodId, input.dimension, input.category);
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
      const total = stored.get(cellKey(input.indicatorId, input.periodId, '', ''));
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

/** One cell of a batch that someone else changed since the caller read it. */
interface CellConflict {
  index: number;
  indicatorId: string;
  periodId: string;
  periodLabel: string;
  dimension: string;
  category: string;
  /** 0 when the cell is still empty. */
  currentVersion: number;
  current: Pick<IndicatorValue, 'target' | 'actual' | 'numerator' | 'denominator' | 'targetText' | 'actualText' | 'comment' | 'evidence'> | null;
  title: string;
}

function conflictOf(index: number, indicator: Indicator, period: ReportingPeriod, input: IndicatorValueInput, current: IndicatorValue | undefined): CellConflict {
  return {
    index,
    indicatorId: indicator.id,
    periodId: period.id,
    periodLabel: period.label,
    dimension: input.dimension,
    category: input.category,
    currentVersion: current?.version ?? 0,
    current: current
      ? { target: current.target ?? null, actual: current.actual ?? null, numerator: current.numerator ?? null, denominator: current.denominator ?? null, targetText: current.targetText ?? null, actualText: current.actualText ?? null, comment: current.comment, evidence: current.evidence }
      : null,
    title: indicator.title,
  };
}

/** One CONFLICT for the whole batch, naming every conflicting cell, so the caller can resolve them one by one. */
function valuesConflict(conflicts: CellConflict[]): Conflict {
  const cell = (c: CellConflict) => `"${c.title}" for ${c.periodLabel}${c.dimension ? ` (${c.dimension}: ${c.category})` : ''}`;
  const [first] = conflicts;
  const message =
    conflicts.length === 1
      ? `The value of ${cell(first)} was changed by someone else. Reload and apply your change again.`
      : `${conflicts.length} values were changed by someone else: ${conflicts.map(cell).join(', ')}. Reload and apply your changes again.`;
  const list = conflicts.map(({ title: _title, ...c }) => c);
  return new Conflict(
    message,
    conflicts.map((c) => ({ field: `values.${c.index}.version`, message: 'changed by someone else' })),
    { conflicts: list, currentVersion: first.currentVersion, current: first.current },
  );
}
