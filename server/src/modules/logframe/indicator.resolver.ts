import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ResultNode } from './result-node.entity.js';
import { Indicator, PERCENTAGE, QUALITATIVE } from './indicator.entity.js';
import type { IndicatorValue } from './reporting.entity.js';
import { IndicatorProgress, IndicatorStatus, IndicatorValueView } from './logframe.types.js';
import { IndicatorInput, IndicatorValueInput } from './logframe.inputs.js';
import { computeProgress, isSmallCell } from './progress.js';
import { seesRawFigures, valueRight } from './logframe.policy.js';
import * as service from './indicator.service.js';
import { setIndicatorValues } from './values.service.js';
import { getNode } from './tree.service.js';
import { assertSeesProject } from './logframe.resolver.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Whether the caller sees this indicator's small numbers raw; always for indicators that are not sensitive. */
async function raw(ctx: Context, indicator: Indicator): Promise<boolean> {
  if (!indicator.sensitive) return true;
  const node = await indicator.node.load();
  return seesRawFigures(ctx.access, indicator.project.id, node!.responsibleOrganisation?.id ?? null);
}

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

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => ResultNode, { description: 'The result it measures.' })
  node(@Root() i: Indicator) {
    return i.node.load();
  }

  @FieldResolver(() => [IndicatorValueView], { description: 'Targets and actuals by period, totals and disaggregations, oldest first.' })
  async values(@Root() i: Indicator, @Ctx() ctx: Context) {
    return viewValues(await ctx.loaders.logframe.valuesByIndicator.load(i.id), await raw(ctx, i));
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Cumulative actual, end target, progress and status, computed from the period totals.' })
  async progress(@Root() i: Indicator, @Ctx() ctx: Context): Promise<IndicatorProgress> {
    const values = (await ctx.loaders.logframe.valuesByIndicator.load(i.id)).filter((v) => !v.dimension);
    if (i.measure === QUALITATIVE) {
      const latest = [...values].reverse().find((v) => v.actualText);
      return { cumulativeActual: null, cumulativeActualDisplay: latest?.actualText ?? null, endTarget: null, progress: null, expectedProgress: null, status: IndicatorStatus.NO_DATA };
    }
    const periods = await ctx.loaders.logframe.periodsByProject.load(i.project.id);
    const byPeriod = new Map(values.map((v) => [v.period.id, v]));
    const figures = periods.map((p) => {
      const v = byPeriod.get(p.id);
      return { startDate: p.startDate, endDate: p.endDate, target: v?.target ?? null, actual: v?.actual ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null };
    });
    const result = computeProgress({ aggregation: i.aggregation, direction: i.direction, baseline: i.baselineValue ?? null, percentage: i.measure === PERCENTAGE }, figures, today());
    const hide = isSmallCell(result.cumulativeActual) && !(await raw(ctx, i));
    return {
      cumulativeActual: hide ? null : result.cumulativeActual,
      cumulativeActualDisplay: hide ? '<5' : result.cumulativeActual == null ? null : String(+result.cumulativeActual.toFixed(2)),
      endTarget: result.endTarget,
      progress: hide ? null : result.progress,
      expectedProgress: result.expectedProgress,
      status: IndicatorStatus[result.status],
    };
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may report results on this indicator.' })
  async canReport(@Root() i: Indicator, @Ctx() { access }: Context) {
    const node = await i.node.load();
    return (await valueRight(access, i.project.id, node!.responsibleOrganisation?.id ?? null)) !== 'NONE';
  }

  @Mutation(() => Indicator, { description: 'Adds an indicator to an impact, outcome or output. Managers of the project.' })
  async addIndicator(@Arg('nodeId', () => ID) nodeId: string, @Arg('input', () => IndicatorInput) input: IndicatorInput, @Ctx() { em, access }: Context) {
    await access.assertManagesProject((await getNode(em, nodeId)).project.id);
    return service.addIndicator(em, nodeId, input);
  }

  @Mutation(() => Indicator, { description: 'Changes an indicator. A change of measure, aggregation or dimensions that would orphan stored values is refused with the reason. Give `version` to detect concurrent edits.' })
  async updateIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IndicatorInput) input: IndicatorInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    await access.assertManagesProject((await service.getIndicator(em, id)).project.id);
    return service.updateIndicator(em, id, input, version);
  }

  @Mutation(() => ID, { description: 'Deletes an indicator with its values.' })
  async deleteIndicator(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | undefined, @Ctx() { em, access }: Context) {
    await access.assertManagesProject((await service.getIndicator(em, id)).project.id);
    return service.deleteIndicator(em, id, version);
  }

  @Mutation(() => [IndicatorValueView], {
    description:
      'Sets targets and actuals for many indicators, periods and disaggregations in one go, all or nothing. Managers set everything; partner reporters set actuals, comments and evidence on the nodes their organisation is responsible for.',
  })
  async setIndicatorValues(@Arg('projectId', () => ID) projectId: string, @Arg('values', () => [IndicatorValueInput]) values: IndicatorValueInput[], @Ctx() ctx: Context) {
    ctx.access.assertMayWrite();
    await assertSeesProject(ctx, projectId);
    const written = await setIndicatorValues(ctx.em, projectId, values, async (indicator) => {
      const node = await ctx.em.findOneOrFail(ResultNode, { id: indicator.node.id });
      return valueRight(ctx.access, projectId, node.responsibleOrganisation?.id ?? null);
    });
    return viewValues(written, true);
  }
}
