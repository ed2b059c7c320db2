import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Indicator } from '../logframe/indicator.entity.js';
import type { IndicatorRow } from '../logframe/logframe.reads.js';
import { listPeriods } from '../logframe/logframe.reads.js';
import { valueRights } from '../logframe/logframe.policy.js';
import { assertSeesProject } from '../logframe/logframe.resolver.js';
import { Project } from '../project/project.entity.js';
import { assertSees } from '../access/scope.js';
import { Forbidden } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { InvalidInput } from '../common/errors.js';
import { LIMIT, list } from '../common/limits.js';
import { getProject } from '../project/project.reads.js';
import { IndicatorUpdateView, ProjectReportingStatus } from './reporting.types.js';
import { ReasonInput, ReportingRulesInput, UpdateContentInput, UpdateRefInput } from './reporting.inputs.js';
import { periodUpdates, reportingStatus, updatesById } from './reporting.reads.js';
import * as service from './reporting.service.js';
import type { IndicatorUpdate } from './update.entity.js';
import { notifyAfter } from '../notification/notify.js';

async function actor(ctx: Context, projectId: string): Promise<service.Actor> {
  ctx.access.assertMayWrite();
  await assertSeesProject(ctx, projectId);
  return { userId: ctx.access.caller?.user.id ?? null, rightOn: await valueRights(ctx.access, projectId) };
}

async function views(ctx: Context, projectId: string, updates: IndicatorUpdate[]): Promise<IndicatorUpdateView[]> {
  return updatesById(ctx.reader, projectId, updates.map((u) => u.id), await listPeriods(ctx.reader, projectId));
}

function reasonOf(input: ReasonInput): string {
  const reason = input.reason.trim();
  if (!reason) throw new InvalidInput([{ field: 'input.reason', message: 'give the reason' }]);
  return reason;
}

/** Whether the caller acts on a project's reports: its managers and its partner reporters. */
async function actsOnProject(ctx: Context, projectId: string): Promise<boolean> {
  if (await ctx.access.managesProject(projectId)) return true;
  return !!ctx.access.caller?.grants.some((g) => g.role === Role.PARTNER_REPORTER && g.projectId === projectId);
}

@Resolver(() => Indicator)
export class IndicatorReportingResolver {
  @FieldResolver(() => [IndicatorUpdateView], { description: 'The report of each reporting period, oldest first, whether anything was reported or not.' })
  async updates(@Root() i: IndicatorRow, @Ctx() ctx: Context): Promise<IndicatorUpdateView[]> {
    const [periods, rows, rules, tree] = await Promise.all([
      ctx.loaders.logframe.periodsByProject.load(i.projectId),
      ctx.loaders.reporting.updatesByIndicator.load(i.id),
      ctx.loaders.reporting.rulesByProject.load(i.projectId),
      ctx.loaders.logframe.tree.load(i.projectId),
    ]);
    const responsible = tree.byId.get(i.nodeId)?.responsibleOrganisationId ?? null;
    const acts = (await valueRights(ctx.access, i.projectId))(responsible) !== 'NONE';
    return periodUpdates(i.id, i.projectId, periods, rows, rules, acts);
  }
}

@Resolver(() => IndicatorUpdateView)
export class ReportingResolver {
  @Query(() => [ProjectReportingStatus], {
    description:
      'How far the reports for one period have come, per project: missing, draft, submitted, returned, approved. Give `projectId` or `programmeId` (every project of it), and the period by `periodId` (its label is matched across a programme\'s projects) or `periodLabel`; without either, each project\'s latest period that has ended. For the managers and partner reporters of the projects.',
  })
  async reportingStatus(
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | undefined,
    @Arg('programmeId', () => ID, { nullable: true }) programmeId: string | undefined,
    @Arg('periodId', () => ID, { nullable: true }) periodId: string | undefined,
    @Arg('periodLabel', () => String, { nullable: true, description: 'e.g. 2026-Q3. At most 50 characters.' }) periodLabel: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProjectReportingStatus[]> {
    if (!projectId === !programmeId) throw new InvalidInput([{ field: projectId ? 'programmeId' : 'projectId', message: 'give either projectId or programmeId' }]);
    if (periodLabel && periodLabel.length > LIMIT.code) throw new InvalidInput([{ field: 'periodLabel', message: `at most ${LIMIT.code} characters` }]);
    let projectIds: string[];
    if (projectId) {
      await assertSeesProject(ctx, projectId);
      if (!(await actsOnProject(ctx, projectId))) throw new Forbidden('Only the managers and partner reporters of the project follow its reporting.');
      projectIds = [projectId];
    } else {
      await assertSees(ctx.access, ctx.em, 'Programme', programmeId!, 'programmeId');
      if (!ctx.access.managesProgramme(programmeId!)) throw new Forbidden('Only the managers of the programme follow the reporting of all its projects.');
      projectIds = (await ctx.reader.rows<{ id: string }>(`select id from project where programme_id = ? and archived_at is null`, [programmeId])).map((r) => r.id);
    }
    let label = periodLabel ?? null;
    if (periodId) {
      const [period] = await ctx.reader.rows<{ label: string; projectId: string }>(`select label, project_id as "projectId" from reporting_period where id = ?`, [periodId]);
      if (!period || !projectIds.includes(period.projectId)) throw new InvalidInput([{ field: 'periodId', message: 'not a period of these projects' }]);
      label = period.label;
    }
    return reportingStatus(ctx.reader, { projectIds, periodLabel: label });
  }

  @Mutation(() => IndicatorUpdateView, { description: 'Writes the narrative and evidence links of a report; opens a draft when nothing was reported. Refused (CONFLICT) while it is submitted or locked.' })
  async saveIndicatorUpdate(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('update', () => UpdateRefInput) update: UpdateRefInput,
    @Arg('input', () => UpdateContentInput) input: UpdateContentInput,
    @Ctx() ctx: Context,
  ) {
    const saved = await service.saveUpdate(ctx.em, projectId, update, input, await actor(ctx, projectId));
    return (await views(ctx, projectId, [saved]))[0];
  }

  @Mutation(() => [IndicatorUpdateView], { description: 'Submits reports for approval, all or nothing. Each needs a result or a narrative. Partner reporters (their nodes) and managers.' })
  async submitIndicatorUpdates(@Arg('projectId', () => ID) projectId: string, @Arg('updates', () => [UpdateRefInput], { description: list(LIMIT.batch) }) updates: UpdateRefInput[], @Ctx() ctx: Context) {
    const written = await service.submitUpdates(ctx.em, projectId, updates, await actor(ctx, projectId));
    await notifyAfter(ctx, 'SUBMITTED', projectId, written);
    return views(ctx, projectId, written);
  }

  @Mutation(() => [IndicatorUpdateView], {
    description: 'Approves reports, all or nothing: submitted ones, or drafts a manager wrote. The figures as entered become the counted ones, and the periods lock. Managers of the project.',
  })
  async approveIndicatorUpdates(@Arg('projectId', () => ID) projectId: string, @Arg('updates', () => [UpdateRefInput], { description: list(LIMIT.batch) }) updates: UpdateRefInput[], @Ctx() ctx: Context) {
    const written = await service.approveUpdates(ctx.em, projectId, updates, await actor(ctx, projectId));
    await notifyAfter(ctx, 'APPROVED', projectId, written);
    return views(ctx, projectId, written);
  }

  @Mutation(() => IndicatorUpdateView, { description: 'Returns a submitted report to its reporters with the reason, to be fixed and resubmitted. Managers of the project.' })
  async returnIndicatorUpdate(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('update', () => UpdateRefInput) update: UpdateRefInput,
    @Arg('input', () => ReasonInput) input: ReasonInput,
    @Ctx() ctx: Context,
  ) {
    const written = await service.returnUpdate(ctx.em, projectId, update, reasonOf(input), await actor(ctx, projectId));
    await notifyAfter(ctx, 'RETURNED', projectId, written);
    return (await views(ctx, projectId, [written]))[0];
  }

  @Mutation(() => IndicatorUpdateView, {
    description: 'Unlocks a locked report with the reason, which the history keeps: an approved one goes back to draft (its approved figures count until the next approval), one held by the lock date is reopened. Managers of the project.',
  })
  async unlockIndicatorUpdate(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('update', () => UpdateRefInput) update: UpdateRefInput,
    @Arg('input', () => ReasonInput) input: ReasonInput,
    @Ctx() ctx: Context,
  ) {
    const written = await service.unlockUpdate(ctx.em, projectId, update, reasonOf(input), await actor(ctx, projectId));
    await notifyAfter(ctx, 'UNLOCKED', projectId, written);
    return (await views(ctx, projectId, [written]))[0];
  }

  @Mutation(() => Project, { description: "Sets the project's reporting lock date and due days. Managers of the project." })
  async setReportingRules(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => ReportingRulesInput) input: ReportingRulesInput,
    @Arg('version', () => Int, { nullable: true, description: 'The version of the project you read.' }) version: number | undefined,
    @Ctx() ctx: Context,
  ) {
    await assertSeesProject(ctx, projectId);
    if (!(await ctx.access.managesProject(projectId))) throw new Forbidden('Only the managers of the project set its reporting rules.');
    await service.setReportingRules(ctx.em, projectId, { lockDate: input.lockDate ?? null, dueDays: input.dueDays }, version);
    return getProject(ctx.reader, ctx.access, projectId);
  }
}
