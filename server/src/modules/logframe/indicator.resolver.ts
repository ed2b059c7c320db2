import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ResultNode } from './result-node.entity.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorProgress, IndicatorValueView } from './logframe.types.js';
import { progressView, viewValues } from './figures.js';
import { IndicatorInput, IndicatorValueInput } from './logframe.inputs.js';
import { seesRawFigures, valueRight, valueRights } from './logframe.policy.js';
import * as service from './indicator.service.js';
import { setIndicatorValues } from './values.service.js';
import { assertMayChange } from '../access/scope.js';
import { assertSeesProject } from './logframe.resolver.js';
import { LIMIT, list } from '../common/limits.js';

/** Whether the caller sees this indicator's small numbers raw; always for indicators that are not sensitive. */
async function raw(ctx: Context, indicator: Indicator): Promise<boolean> {
  if (!indicator.sensitive) return true;
  const node = await indicator.node.load();
  return seesRawFigures(ctx.access, indicator.project.id, node!.responsibleOrganisation?.id ?? null);
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
    const values = await ctx.loaders.logframe.valuesByIndicator.load(i.id);
    const periods = await ctx.loaders.logframe.periodsByProject.load(i.project.id);
    return progressView(i, values, periods, await raw(ctx, i));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may report results on this indicator.' })
  async canReport(@Root() i: Indicator, @Ctx() { access }: Context) {
    const node = await i.node.load();
    return (await valueRight(access, i.project.id, node!.responsibleOrganisation?.id ?? null)) !== 'NONE';
  }

  @Mutation(() => Indicator, { description: 'Adds an indicator to an impact, outcome or output. Managers of the project.' })
  async addIndicator(@Arg('nodeId', () => ID) nodeId: string, @Arg('input', () => IndicatorInput) input: IndicatorInput, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Node', nodeId, 'nodeId');
    return service.addIndicator(em, nodeId, input);
  }

  @Mutation(() => Indicator, { description: 'Changes an indicator. A change of measure, aggregation or dimensions that would orphan stored values is refused with the reason. Give `version` to detect concurrent edits.' })
  async updateIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IndicatorInput) input: IndicatorInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    await assertMayChange(access, em, 'Indicator', id, 'id');
    return service.updateIndicator(em, id, input, version);
  }

  @Mutation(() => ID, { description: 'Deletes an indicator with its values.' })
  async deleteIndicator(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | undefined, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Indicator', id, 'id');
    return service.deleteIndicator(em, id, version);
  }

  @Mutation(() => [IndicatorValueView], {
    description:
      'Sets targets and actuals for many indicators, periods and disaggregations in one go, all or nothing. Managers set everything; partner reporters set actuals, comments and evidence on the nodes their organisation is responsible for.',
  })
  async setIndicatorValues(@Arg('projectId', () => ID) projectId: string, @Arg('values', () => [IndicatorValueInput], { description: list(LIMIT.batch) }) values: IndicatorValueInput[], @Ctx() ctx: Context) {
    ctx.access.assertMayWrite();
    await assertSeesProject(ctx, projectId);
    const written = await setIndicatorValues(ctx.em, projectId, values, await valueRights(ctx.access, projectId));
    return viewValues(written, true);
  }
}
