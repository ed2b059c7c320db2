import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { ResultLevel, ResultNode } from './result-node.entity.js';
import { Aggregation, Direction, Frequency, Indicator, PERCENTAGE, QUALITATIVE, type Dimension } from './indicator.entity.js';
import { IndicatorValue } from './reporting.entity.js';
import type { IndicatorInput } from './logframe.inputs.js';
import { applyLink } from '../results/links.js';

export async function getIndicator(em: EntityManager, id: string, forUpdate = false): Promise<Indicator> {
  const indicator = await em.findOne(Indicator, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!indicator) throw new NotFound('Indicator', id);
  return indicator;
}

function checkDimensions(problems: Problems, dimensions: Dimension[]): void {
  const names = new Set<string>();
  dimensions.forEach((d, i) => {
    if (names.has(d.name)) problems.add(`dimensions.${i}.name`, `dimension ${d.name} is listed twice`);
    names.add(d.name);
    if (!d.values.length) problems.add(`dimensions.${i}.values`, 'a dimension needs at least one value');
    if (new Set(d.values).size !== d.values.length) problems.add(`dimensions.${i}.values`, 'each value may appear once');
  });
}

/**
 * A change of measure, aggregation or dimensions must not leave stored values that no longer fit:
 * numbers under a qualitative measure, text under a numeric one, actuals without numerator and
 * denominator under RATIO, or values of a removed dimension value.
 */
async function checkStoredValuesFit(em: EntityManager, problems: Problems, indicator: Indicator, next: Indicator): Promise<void> {
  const values = await em.find(IndicatorValue, { indicator });
  if (!values.length) return;
  const numeric = values.filter((v) => v.actual != null || v.target != null || v.numerator != null);
  const text = values.filter((v) => v.actualText || v.targetText);
  if (next.measure === QUALITATIVE && numeric.length) problems.add('measure', `the indicator has ${numeric.length} numeric value(s); a qualitative measure would orphan them`);
  if (next.measure !== QUALITATIVE && text.length) problems.add('measure', `the indicator has ${text.length} text value(s); a numeric measure would orphan them`);
  if (next.aggregation === Aggregation.RATIO && indicator.aggregation !== Aggregation.RATIO) {
    const bare = values.filter((v) => v.actual != null && (v.numerator == null || v.denominator == null));
    if (bare.length) problems.add('aggregation', `${bare.length} actual(s) have no numerator and denominator, which a ratio needs`);
  }
  for (const v of values.filter((x) => x.dimension)) {
    const d = next.dimensions.find((x) => x.name === v.dimension);
    if (!d || !d.values.includes(v.category)) {
      problems.add('dimensions', `values are stored for ${v.dimension} = ${v.category}; keep that dimension value or delete those values first`);
      break;
    }
  }
  if (next.measure === PERCENTAGE && numeric.some((v) => [v.actual, v.target].some((x) => x != null && (x < 0 || x > 100)))) {
    problems.add('measure', 'stored values outside 0–100 cannot become percentages');
  }
}

function apply(indicator: Indicator, input: IndicatorInput): void {
  const fields = ['title', 'definition', 'measure', 'unitLabel', 'direction', 'aggregation', 'baselineValue', 'baselineDate', 'baselineNote', 'meansOfVerification', 'dataSource', 'frequency', 'sensitive', 'sdgIndicator'] as const;
  for (const f of fields) if (input[f] !== undefined) (indicator as unknown as Record<string, unknown>)[f] = f === 'title' ? input.title!.trim() : input[f];
  if (input.dimensions !== undefined) indicator.dimensions = input.dimensions.map((d) => ({ name: d.name.trim(), values: d.values.map((v) => v.trim()), exhaustive: d.exhaustive }));
  // A qualitative indicator has nothing to add up: its latest text stands.
  if (indicator.measure === QUALITATIVE) indicator.aggregation = Aggregation.LAST;
}

export async function addIndicator(em: EntityManager, nodeId: string, input: IndicatorInput): Promise<Indicator> {
  return em.transactional(async (tx) => {
    const node = await tx.findOne(ResultNode, { id: nodeId });
    if (!node) throw new NotFound('Logframe node', nodeId, 'nodeId');
    const problems = new Problems();
    if (node.level === ResultLevel.ACTIVITY) problems.add('nodeId', 'indicators belong to impacts, outcomes and outputs, not to activities');
    if (!input.title?.trim()) problems.add('title', 'a title is required');
    checkDimensions(problems, input.dimensions ?? []);
    problems.throwIfAny();
    const position = await tx.count(Indicator, { node });
    const indicator = tx.create(Indicator, {
      node,
      project: node.project,
      position,
      title: input.title!.trim(),
      measure: input.measure ?? '1',
      direction: input.direction ?? Direction.INCREASE,
      aggregation: input.aggregation ?? Aggregation.SUM,
      frequency: input.frequency ?? Frequency.QUARTERLY,
    });
    apply(indicator, input);
    await applyLink(tx, problems, indicator, input.programmeIndicatorId);
    problems.throwIfAny();
    await tx.flush();
    return indicator;
  });
}

export async function updateIndicator(em: EntityManager, id: string, input: IndicatorInput, version?: number | null): Promise<Indicator> {
  return em.transactional(async (tx) => {
    const indicator = await getIndicator(tx, id, true);
    assertVersion(indicator, version, 'indicator', () => indicator);
    const problems = new Problems();
    if (input.title !== undefined && !input.title?.trim()) problems.add('title', 'a title is required');
    if (input.dimensions) checkDimensions(problems, input.dimensions);
    const next = Object.assign(Object.create(Indicator.prototype), indicator) as Indicator;
    apply(next, input);
    await checkStoredValuesFit(tx, problems, indicator, next);
    await applyLink(tx, problems, next, input.programmeIndicatorId);
    problems.throwIfAny();
    apply(indicator, input);
    indicator.programmeIndicator = next.programmeIndicator;
    await tx.flush();
    return indicator;
  });
}

export async function deleteIndicator(em: EntityManager, id: string, version?: number | null): Promise<string> {
  return em.transactional(async (tx) => {
    const indicator = await getIndicator(tx, id, true);
    assertVersion(indicator, version, 'indicator', () => indicator);
    const values = await tx.find(IndicatorValue, { indicator });
    values.forEach((v) => tx.remove(v));
    tx.remove(indicator);
    await tx.flush();
    return id;
  });
}

