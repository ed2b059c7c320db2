import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ResultNode } from './result-node.entity.js';
import { Indicator } from './indicator.entity.js';
import * as reads from './logframe.reads.js';
import type { IndicatorRow, NodeRow } from './logframe.reads.js';
import { IndicatorProgress, IndicatorValueView } from './logframe.types.js';
import { progressView, viewValues } from './figures.js';
import { IndicatorInput, IndicatorValueInput } from './logframe.inputs.js';
import { seesRawFigures, valueRight, valueRights } from './logframe.policy.js';
import * as service from './indicator.service.js';
import { setIndicatorValues } from './values.service.js';
import { assertMayChange } from '../access/scope.js';
import { assertSeesProject } from './logframe.resolver.js';
import { LIMIT, list } from '../common/limits.js';
import { NotFound } from '../common/errors.js';

/** The indicator's node, from its project's tree (one statement for the whole response). */
async function nodeOf(ctx: Context, indicator: IndicatorRow): Promise<NodeRow> {
  const node = (await ctx.loaders.logframe.tree.load(indicator.projectId)).byId.get(indicator.nodeId);
  if (!node) throw new NotFound('Logframe node', indicator.nodeId);
  return node;
}

/** Whether the caller may act on this indicator's reports (and so reads its figures before approval). */
async function acts(ctx: Context, indicator: IndicatorRow): Promise<boolean> {
  return seesRawFigures(ctx.access, indicator.projectId, (await nodeOf(ctx, indicator)).responsibleOrganisationId);
}

/** Whether the caller sees this indicator's small numbers raw; always for indicators that are not sensitive. */
async function raw(ctx: Context, indicator: IndicatorRow): Promise<boolean> {
  return !indicator.sensitive || acts(ctx, indicator);
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => ResultNode, { description: 'The result it measures.' })
  node(@Root() i: IndicatorRow, @Ctx() ctx: Context) {
    return nodeOf(ctx, i);
  }

  @FieldResolver(() => [IndicatorValueView], { description: 'Targets and actuals by period, totals and disaggregations, oldest first.' })
  async values(@Root() i: IndicatorRow, @Ctx() ctx: Context) {
    const working = await acts(ctx, i);
    return viewValues(await ctx.loaders.logframe.valuesByIndicator.load(i.id), working || !i.sensitive, working);
  }

  @FieldResolver(() => IndicatorProgress, { description: 'Cumulative actual, end target, progress and status, computed from the approved period totals.' })
  async progress(@Root() i: IndicatorRow, @Ctx() ctx: Context): Promise<IndicatorProgress> {
    const values = await ctx.loaders.logframe.valuesByIndicator.load(i.id);
    const periods = await ctx.loaders.logframe.periodsByProject.load(i.projectId);
    return progressView(i, values, periods, await raw(ctx, i));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may report results on this indicator.' })
  async canReport(@Root() i: IndicatorRow, @Ctx() ctx: Context) {
    return (await valueRight(ctx.access, i.projectId, (await nodeOf(ctx, i)).responsibleOrganisationId)) !== 'NONE';
  }

  @Mutation(() => Indicator, { description: 'Adds an indicator to an impact, outcome or output. Managers of the project.' })
  async addIndicator(@Arg('nodeId', () => ID) nodeId: string, @Arg('input', () => IndicatorInput) input: IndicatorInput, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Node', nodeId, 'nodeId');
    return reads.getIndicator(reader, (await service.addIndicator(em, nodeId, input)).id);
  }

  @Mutation(() => Indicator, { description: 'Changes an indicator. A change of measure, aggregation or dimensions that would orphan stored values is refused with the reason. Give `version` to detect concurrent edits.' })
  async updateIndicator(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IndicatorInput) input: IndicatorInput,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Indicator', id, 'id');
    await service.updateIndicator(em, id, input, version);
    return reads.getIndicator(reader, id);
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
    return viewValues(await reads.valuesById(ctx.reader, written.map((v) => v.id)), true, true);
  }
}
