import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { assertMayChange, assertSees } from '../access/scope.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ResultNode } from './result-node.entity.js';
import { Indicator, Frequency } from './indicator.entity.js';
import { LogframeRevision, ReportingPeriod } from './reporting.entity.js';
import { Logframe, LogframeDiffType, RiskType } from './logframe.types.js';
import { ResultNodeInput, ResultNodePatch } from './logframe.inputs.js';
import { valueRight } from './logframe.policy.js';
import * as reads from './logframe.reads.js';
import type { NodeRow } from './logframe.reads.js';
import * as tree from './tree.service.js';
import * as periods from './periods.service.js';
import * as revisions from './revision.service.js';
import { LIMIT, text } from '../common/limits.js';

/** A project the caller may not see is reported as not found. */
export async function assertSeesProject(ctx: Context, projectId: string): Promise<void> {
  await assertSees(ctx.access, ctx.em, 'Project', projectId, 'projectId');
}

@Resolver(() => Logframe)
export class LogframeResolver {
  @Query(() => Logframe, { description: 'The logframe of a project. NOT_FOUND for a project you may not see.' })
  async logframe(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context): Promise<Logframe> {
    await assertSeesProject(ctx, projectId);
    return { projectId };
  }

  @FieldResolver(() => [ResultNode], { description: 'All nodes in reading order (depth first): 1, 1.1, 1.1.1, 1.2 …' })
  async nodes(@Root() l: Logframe, @Ctx() { loaders }: Context) {
    return (await loaders.logframe.tree.load(l.projectId)).nodes;
  }

  @FieldResolver(() => [ReportingPeriod], { description: 'Reporting periods, oldest first.' })
  periods(@Root() l: Logframe, @Ctx() { loaders }: Context) {
    return loaders.logframe.periodsByProject.load(l.projectId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit the logframe: nodes, indicators, targets.' })
  canEdit(@Root() l: Logframe, @Ctx() { access }: Context) {
    return access.managesProject(l.projectId);
  }

  @FieldResolver(() => [LogframeRevision], { description: 'Approved revisions, newest first.' })
  revisions(@Root() l: Logframe, @Ctx() { loaders }: Context) {
    return loaders.logframe.revisionsByProject.load(l.projectId);
  }

  @Query(() => LogframeDiffType, { description: 'What changed from one approved revision to another, or to the logframe as it stands today when `toRevisionId` is left out.' })
  async logframeDiff(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('fromRevisionId', () => ID) fromRevisionId: string,
    @Arg('toRevisionId', () => ID, { nullable: true }) toRevisionId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    await assertSeesProject(ctx, projectId);
    return revisions.compareRevisions(ctx.em, projectId, fromRevisionId, toRevisionId);
  }

  @Mutation(() => LogframeRevision, { description: 'Approves the logframe as it stands as a new revision, with the reason. Managers of the project.' })
  async approveLogframe(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('reason', () => String, { description: text(LIMIT.paragraph, 'Why the logframe is approved as it stands.') }) reason: string,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Project', projectId, 'projectId');
    const revision = await revisions.approveRevision(em, projectId, reason, access.user?.id ?? null);
    return reads.getRevision(reader, revision.id);
  }

  @Mutation(() => [ReportingPeriod], { description: 'Sets the reporting calendar over the project’s planned dates; periods holding values are kept. Managers of the project.' })
  async setReportingCalendar(@Arg('projectId', () => ID) projectId: string, @Arg('frequency', () => Frequency) frequency: Frequency, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Project', projectId, 'projectId');
    await periods.setReportingCalendar(em, projectId, frequency);
    return reads.listPeriods(reader, projectId);
  }
}

@Resolver(() => ResultNode)
export class ResultNodeResolver {
  @FieldResolver(() => String, { description: 'Code from its place in the tree: 1, 1.1, 1.1.2.' })
  code(@Root() n: NodeRow) {
    return n.code;
  }

  @FieldResolver(() => Int, { description: 'Depth in the tree, 0 for a top node.' })
  depth(@Root() n: NodeRow) {
    return n.depth;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The parent node.' })
  parentId(@Root() n: NodeRow) {
    return n.parentId;
  }

  @FieldResolver(() => [RiskType], { description: 'Risks to the result.' })
  risks(@Root() n: NodeRow) {
    return n.risks;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation responsible for the result; it reports on it.' })
  responsibleOrganisation(@Root() n: NodeRow, @Ctx() { loaders }: Context) {
    return n.responsibleOrganisationId ? loaders.organisation.load(n.responsibleOrganisationId) : null;
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators of the result.' })
  indicators(@Root() n: NodeRow, @Ctx() { loaders }: Context) {
    return loaders.logframe.indicatorsByNode.load(n.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may report results on this node.' })
  async canReport(@Root() n: NodeRow, @Ctx() { access }: Context) {
    return (await valueRight(access, n.projectId, n.responsibleOrganisationId)) !== 'NONE';
  }

  @Mutation(() => ResultNode, { description: 'Adds a node to a logframe. Managers of the project.' })
  async addResultNode(@Arg('input', () => ResultNodeInput) input: ResultNodeInput, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Project', input.projectId, 'projectId');
    return reads.getNode(reader, (await tree.addNode(em, input)).id);
  }

  @Mutation(() => ResultNode, { description: 'Changes a node. Give `version`: a stale one is refused with CONFLICT and the current state.' })
  async updateResultNode(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResultNodePatch) input: ResultNodePatch,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Node', id, 'id');
    await tree.updateNode(em, id, input, version);
    return reads.getNode(reader, id);
  }

  @Mutation(() => [ID], { description: 'Deletes a node with its whole subtree, their indicators and values; returns the ids deleted.' })
  async deleteResultNode(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | undefined, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Node', id, 'id');
    return tree.deleteNode(em, id, version);
  }

  @Mutation(() => ResultNode, { description: 'Moves a node (with its subtree) under another parent, or to the top, at a position among its new siblings. Codes are renumbered; levels follow the new parent.' })
  async moveResultNode(
    @Arg('id', () => ID) id: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | undefined,
    @Arg('position', () => Int) position: number,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Node', id, 'id');
    await tree.moveNode(em, id, parentId ?? null, position, version);
    return reads.getNode(reader, id);
  }
}
