import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Forbidden } from '../access/access.js';
import { assertMayChange } from '../access/scope.js';
import { NotFound } from '../common/errors.js';
import { Programme } from '../programme/programme.entity.js';
import type { ProgrammeRow } from '../programme/programme.reads.js';
import { Project } from '../project/project.entity.js';
import { Indicator } from '../logframe/indicator.entity.js';
import { getIndicator, type IndicatorRow } from '../logframe/logframe.reads.js';
import { ProgrammeIndicator } from './programme-indicator.entity.js';
import { ProgrammeIndicatorInput } from './results.inputs.js';
import { ProgrammeContribution, ProgrammeIndicatorLink, ProgrammeRollup } from './results.types.js';
import { getProgrammeIndicator, programmeOf, resultsLoadersFor, type ProgrammeIndicatorRow } from './results.reads.js';
import { rollup, type Contribution } from './rollup.js';
import * as service from './results.service.js';

const loaders = (ctx: Context) => resultsLoadersFor(ctx.reader, ctx.access, ctx.loaders.logframe);

const VERSION = 'The version you read: if the record changed since, the change is refused with CONFLICT and the current version. Left out, the change is made whatever the version.';

/** NOT_FOUND for a programme indicator the caller may not see, FORBIDDEN unless it manages the programme. */
async function assertManages(ctx: Context, id: string): Promise<void> {
  ctx.access.assertMayWrite();
  const programmeId = await programmeOf(ctx.reader, id);
  if (!programmeId || !(await ctx.access.seesProgramme(programmeId))) throw new NotFound('Programme indicator', id, 'id');
  if (!ctx.access.managesProgramme(programmeId)) throw new Forbidden('Only an administrator or a manager of this programme may change its indicators.');
}

@Resolver(() => Programme)
export class ProgrammeResultsResolver {
  @FieldResolver(() => [ProgrammeIndicator], { description: 'Programme-level result indicators, in the order they were added, each with the figures of its projects rolled up. Whoever reads the programme reads them.' })
  resultIndicators(@Root() p: ProgrammeRow, @Ctx() ctx: Context) {
    return loaders(ctx).byProgramme.load(p.id);
  }
}

@Resolver(() => ProgrammeIndicator)
export class ProgrammeIndicatorResolver {
  @FieldResolver(() => ID, { description: 'The programme.' })
  programmeId(@Root() pi: ProgrammeIndicatorRow) {
    return pi.programmeId;
  }

  @FieldResolver(() => ProgrammeRollup, {
    description: 'The figures of the linked project indicators rolled up, computed over the projects you may read only: a project you may not read neither shows nor counts in a total.',
  })
  async rollup(@Root() pi: ProgrammeIndicatorRow, @Ctx() ctx: Context) {
    return rollup(pi, await loaders(ctx).contributors.load(pi.id));
  }

  @Mutation(() => ProgrammeIndicator, { description: 'Adds a programme indicator to a programme. Administrators and the managers of the programme.' })
  async createProgrammeIndicator(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('input', () => ProgrammeIndicatorInput, { description: 'The programme indicator; a title is required.' }) input: ProgrammeIndicatorInput,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Programme', programmeId, 'programmeId');
    return getProgrammeIndicator(reader, (await service.createProgrammeIndicator(em, programmeId, input)).id);
  }

  @Mutation(() => ProgrammeIndicator, {
    description: 'Changes a programme indicator. A change of measure, unit or aggregation that its linked project indicators would no longer fit is refused at that field. Administrators and the managers of the programme.',
  })
  async updateProgrammeIndicator(
    @Arg('id', () => ID, { description: 'The programme indicator.' }) id: string,
    @Arg('input', () => ProgrammeIndicatorInput, { description: 'The fields to change; those left out keep their value.' }) input: ProgrammeIndicatorInput,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    await assertManages(ctx, id);
    await service.updateProgrammeIndicator(ctx.em, id, input, version);
    return getProgrammeIndicator(ctx.reader, id);
  }

  @Mutation(() => ID, { description: 'Deletes a programme indicator; its project indicators are unlinked and keep their figures. Administrators and the managers of the programme.' })
  async deleteProgrammeIndicator(
    @Arg('id', () => ID, { description: 'The programme indicator.' }) id: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    await assertManages(ctx, id);
    return service.deleteProgrammeIndicator(ctx.em, id, version);
  }

  @Mutation(() => Indicator, {
    description:
      "Links a project indicator to a programme indicator of its project's programme, so that its figures roll up. Refused with BAD_USER_INPUT at `programmeIndicatorId` when the programme indicator is of another programme, in another measure or unit, or pools a ratio the indicator does not record, and for a qualitative indicator. Managers of the project.",
  })
  async linkIndicator(
    @Arg('indicatorId', () => ID, { description: 'The project indicator.' }) indicatorId: string,
    @Arg('programmeIndicatorId', () => ID, { description: 'The programme indicator it contributes to.' }) programmeIndicatorId: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Indicator', indicatorId, 'indicatorId');
    await service.linkIndicator(em, indicatorId, programmeIndicatorId, version);
    return getIndicator(reader, indicatorId);
  }

  @Mutation(() => Indicator, { description: 'Unlinks a project indicator from its programme indicator; its figures stop rolling up. Managers of the project.' })
  async unlinkIndicator(
    @Arg('indicatorId', () => ID, { description: 'The project indicator.' }) indicatorId: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    await assertMayChange(access, em, 'Indicator', indicatorId, 'indicatorId');
    await service.linkIndicator(em, indicatorId, null, version);
    return getIndicator(reader, indicatorId);
  }
}

@Resolver(() => Indicator)
export class IndicatorLinkResolver {
  @FieldResolver(() => ProgrammeIndicatorLink, { nullable: true, description: 'The programme indicator its figures roll up into; none when it is not linked.' })
  programmeIndicator(@Root() i: IndicatorRow, @Ctx() ctx: Context) {
    return loaders(ctx).linkOf.load(i.id);
  }
}

@Resolver(() => ProgrammeContribution)
export class ProgrammeContributionResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() c: Contribution, @Ctx() { loaders }: Context) {
    return loaders.project.load(c.projectId);
  }
}
