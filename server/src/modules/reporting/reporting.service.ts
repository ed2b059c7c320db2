import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, DomainError, NotFound, Problems } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { Indicator } from '../logframe/indicator.entity.js';
import { ReportingPeriod } from '../logframe/reporting.entity.js';
import type { RightOn } from '../logframe/values.service.js';
import { IndicatorUpdate, UpdateState } from './update.entity.js';
import { cellKey, lockReason, updatesOf } from './cells.js';

/**
 * The reporting cycle: draft → submitted → approved, or returned with a reason and then resubmitted. Partner
 * reporters and managers write drafts and submit; the project's managers approve, return and unlock. Every
 * change names the cells it acts on and is all or nothing; a `version` given must still hold (CONFLICT).
 */

export interface CellRef {
  indicatorId: string;
  periodId: string;
  /** The update's version as read; 0 when nothing was reported yet. */
  version?: number | null;
}

export interface Actor {
  userId: string | null;
  rightOn: RightOn;
}

interface Cell {
  ref: CellRef;
  at: string;
  indicator: Indicator;
  period: ReportingPeriod;
  update: IndicatorUpdate | undefined;
}

/** Loads, checks and locks the cells of one project; the update rows are locked until the transaction ends. */
async function loadCells(tx: EntityManager, projectId: string, refs: CellRef[], path: string, mayAct: (c: Cell) => void): Promise<{ project: Project; cells: Cell[] }> {
  const project = await tx.findOne(Project, { id: projectId });
  if (!project) throw new NotFound('Project', projectId, 'projectId');
  const indicators = new Map((await tx.find(Indicator, { id: { $in: [...new Set(refs.map((r) => r.indicatorId))] }, project }, { populate: ['node'] })).map((i) => [i.id, i]));
  const periods = new Map((await tx.find(ReportingPeriod, { id: { $in: [...new Set(refs.map((r) => r.periodId))] }, project })).map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (const [i, r] of refs.entries()) {
    if (!indicators.has(r.indicatorId)) throw new NotFound('Indicator', r.indicatorId, `${path}.${i}.indicatorId`);
    if (!periods.has(r.periodId)) throw new NotFound('Reporting period', r.periodId, `${path}.${i}.periodId`);
    const k = cellKey(r.indicatorId, r.periodId);
    if (seen.has(k)) throw new DomainError('BAD_USER_INPUT', 'The same update is named twice.', [{ field: `${path}.${i}`, message: 'named twice' }]);
    seen.add(k);
  }
  // Cell locks, taken in one sorted statement so two batches cannot deadlock; the same keys as setIndicatorValues
  // takes, so that no figure is written into a cell between its check there and a decision here. A missing row is
  // created under the unique key, so two first saves of one cell cannot both succeed.
  const keys = refs.map((r) => cellKey(r.indicatorId, r.periodId)).sort();
  await tx.execute(`select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select k from json_array_elements_text(?::json) k order by k) cells`, [JSON.stringify(keys)]);
  const updates = await updatesOf(tx, refs);
  const cells = refs.map((ref, i) => ({ ref, at: `${path}.${i}`, indicator: indicators.get(ref.indicatorId)!, period: periods.get(ref.periodId)!, update: updates.get(cellKey(ref.indicatorId, ref.periodId)) }));
  // The caller's right first: a stale version must not tell someone who may not act that a draft exists.
  cells.forEach(mayAct);
  const stale = cells.filter((c) => c.ref.version != null && (c.update?.version ?? 0) !== c.ref.version);
  if (stale.length) {
    throw new Conflict(
      `${stale.length === 1 ? `The report of "${stale[0].indicator.title}" for ${stale[0].period.label} was` : `${stale.length} reports were`} changed by someone else. Reload and try again.`,
      stale.map((c) => ({ field: `${c.at}.version`, message: 'changed by someone else' })),
      { currentVersion: stale[0].update?.version ?? 0 },
    );
  }
  return { project, cells };
}

const forbidden = (message: string, field: string) => new DomainError('FORBIDDEN', message, [{ field, message: 'not allowed for you' }]);
const describe = (c: Cell) => `"${c.indicator.title}" for ${c.period.label}`;
const responsible = (c: Cell) => c.indicator.node.getEntity().responsibleOrganisation?.id ?? null;

function assertReports(actor: Actor, c: Cell): void {
  if (actor.rightOn(responsible(c)) === 'NONE') throw forbidden(`You may not report on ${describe(c)}.`, `${c.at}.indicatorId`);
}

function assertManages(actor: Actor, c: Cell): void {
  if (actor.rightOn(responsible(c)) !== 'ALL') throw forbidden('Only the managers of the project approve, return and unlock reports.', `${c.at}.indicatorId`);
}

function assertOpen(project: Project, c: Cell): void {
  const locked = lockReason(c.update, c.period.endDate, project.reportingLockDate);
  if (locked) throw new Conflict(`${describe(c)} is ${locked}. A manager of the project can unlock it.`, [{ field: `${c.at}.periodId`, message: locked }]);
}

function openDraft(tx: EntityManager, project: Project, c: Cell): IndicatorUpdate {
  return (c.update ??= tx.create(IndicatorUpdate, { indicator: c.indicator, period: c.period, project, state: UpdateState.DRAFT }));
}

export interface UpdateContent {
  narrative?: string | null;
  links?: string[] | null;
}

/** Writes the narrative and evidence links of a report, opening a draft when nothing was reported yet. */
export async function saveUpdate(em: EntityManager, projectId: string, ref: CellRef, content: UpdateContent, actor: Actor): Promise<IndicatorUpdate> {
  return em.transactional(async (tx) => {
    const { project, cells } = await loadCells(tx, projectId, [ref], 'update', (c) => assertReports(actor, c));
    const [c] = cells;
    assertOpen(project, c);
    if (c.update?.state === UpdateState.SUBMITTED) throw new Conflict(`${describe(c)} is submitted, waiting for approval: a manager approves or returns it first.`, [{ field: 'update.periodId', message: 'submitted' }]);
    const update = openDraft(tx, project, c);
    if (content.narrative != null) update.narrative = content.narrative;
    if (content.links != null) update.links = content.links;
    await tx.flush();
    return update;
  });
}

/** The cells that hold something to decide on: a result or a comment in any of their values, or a narrative. One statement. */
async function withContent(tx: EntityManager, cells: Cell[]): Promise<Set<string>> {
  const rows = await tx.execute<{ indicator_id: string; period_id: string }[]>(
    `select distinct indicator_id, period_id from indicator_value
      where (indicator_id, period_id) in (select (c->>'i')::uuid, (c->>'p')::uuid from json_array_elements(?::json) c)
        and (actual is not null or numerator is not null or actual_text is not null or comment <> '')`,
    [JSON.stringify(cells.map((c) => ({ i: c.indicator.id, p: c.period.id })))],
  );
  const found = new Set(rows.map((r) => cellKey(r.indicator_id, r.period_id)));
  for (const c of cells) if (c.update?.narrative.trim()) found.add(cellKey(c.indicator.id, c.period.id));
  return found;
}

/** Submits reports for approval, all or nothing: a draft or a returned report with a result or a narrative. */
export async function submitUpdates(em: EntityManager, projectId: string, refs: CellRef[], actor: Actor): Promise<IndicatorUpdate[]> {
  return em.transactional(async (tx) => {
    const { project, cells } = await loadCells(tx, projectId, refs, 'updates', (c) => assertReports(actor, c));
    const problems = new Problems();
    const full = await withContent(tx, cells);
    for (const c of cells) {
      assertOpen(project, c);
      if (c.update?.state === UpdateState.SUBMITTED) throw new Conflict(`${describe(c)} is already submitted.`, [{ field: `${c.at}.periodId`, message: 'already submitted' }]);
      if (!full.has(cellKey(c.indicator.id, c.period.id))) problems.add(`${c.at}.periodId`, `nothing to submit for ${describe(c)}: enter the actual, or explain in the narrative why there is none`);
    }
    problems.throwIfAny();
    const now = new Date();
    const updated = cells.map((c) => {
      const u = openDraft(tx, project, c);
      Object.assign(u, { state: UpdateState.SUBMITTED, submittedAt: now, submittedBy: actor.userId });
      return u;
    });
    await tx.flush();
    return updated;
  });
}

/**
 * Approves reports, all or nothing. A submitted report, or a manager's own draft (a manager who reports needs
 * no second pair of hands to submit to). The figures as entered become the counted ones, and the cell locks.
 */
export async function approveUpdates(em: EntityManager, projectId: string, refs: CellRef[], actor: Actor): Promise<IndicatorUpdate[]> {
  return em.transactional(async (tx) => {
    const { cells } = await loadCells(tx, projectId, refs, 'updates', (c) => assertManages(actor, c));
    const problems = new Problems();
    const full = await withContent(tx, cells);
    for (const c of cells) {
      if (!c.update) throw new Conflict(`Nothing was reported for ${describe(c)}.`, [{ field: `${c.at}.periodId`, message: 'nothing reported' }]);
      if (c.update.state === UpdateState.APPROVED) throw new Conflict(`${describe(c)} is already approved.`, [{ field: `${c.at}.periodId`, message: 'already approved' }]);
      // An empty report approves nothing, unless it corrects an approved one (clearing a wrong figure).
      if (!c.update.reopened && !full.has(cellKey(c.indicator.id, c.period.id))) problems.add(`${c.at}.periodId`, `nothing to approve for ${describe(c)}: no result and no narrative`);
    }
    problems.throwIfAny();
    const now = new Date();
    for (const c of cells) Object.assign(c.update!, { state: UpdateState.APPROVED, decidedAt: now, decidedBy: actor.userId, reopened: false, returnReason: '' });
    await tx.flush();
    // The counted copy; a plain statement, so the figures' own history is not repeated for every approval.
    await tx.execute(
      `update indicator_value v set approved_actual = v.actual, approved_numerator = v.numerator, approved_denominator = v.denominator, approved_actual_text = v.actual_text
        where (v.indicator_id, v.period_id) in (select (c->>'i')::uuid, (c->>'p')::uuid from json_array_elements(?::json) c)`,
      [JSON.stringify(cells.map((c) => ({ i: c.indicator.id, p: c.period.id })))],
    );
    return cells.map((c) => c.update!);
  });
}

/** Returns a submitted report to its reporters with the reason, to be fixed and resubmitted. */
export async function returnUpdate(em: EntityManager, projectId: string, ref: CellRef, reason: string, actor: Actor): Promise<IndicatorUpdate> {
  return em.transactional(async (tx) => {
    const { cells } = await loadCells(tx, projectId, [ref], 'update', (c) => assertManages(actor, c));
    const [c] = cells;
    if (c.update?.state !== UpdateState.SUBMITTED) throw new Conflict(`Only a submitted report can be returned; ${describe(c)} is ${(c.update?.state ?? UpdateState.NOT_REPORTED).toLowerCase().replace('_', ' ')}.`, [{ field: 'update.periodId', message: 'not submitted' }]);
    Object.assign(c.update, { state: UpdateState.RETURNED, returnReason: reason, decidedAt: new Date(), decidedBy: actor.userId });
    await tx.flush();
    return c.update;
  });
}

/**
 * Unlocks a locked cell with a reason the history keeps: an approved report goes back to draft (its approved
 * figures keep counting until the next approval), and a cell held by the lock date is reopened.
 */
export async function unlockUpdate(em: EntityManager, projectId: string, ref: CellRef, reason: string, actor: Actor): Promise<IndicatorUpdate> {
  return em.transactional(async (tx) => {
    const { project, cells } = await loadCells(tx, projectId, [ref], 'update', (c) => assertManages(actor, c));
    const [c] = cells;
    if (!lockReason(c.update, c.period.endDate, project.reportingLockDate)) throw new Conflict(`${describe(c)} is not locked.`, [{ field: 'update.periodId', message: 'not locked' }]);
    const update = openDraft(tx, project, c);
    Object.assign(update, { state: UpdateState.DRAFT, reopened: true, unlockReason: reason });
    await tx.flush();
    return update;
  });
}

/** The project's reporting rules: the lock date and the days after a period's end by which results are due. */
export async function setReportingRules(em: EntityManager, projectId: string, rules: { lockDate: string | null; dueDays: number }, version?: number | null): Promise<Project> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    if (version != null && project.version !== version) throw new Conflict(`The project was changed by someone else (now version ${project.version}). Reload it and apply your change again.`, [], { currentVersion: project.version });
    project.reportingLockDate = rules.lockDate;
    project.reportingDueDays = rules.dueDays;
    await tx.flush();
    return project;
  });
}

/** For seeds: approves every cell of these projects that holds a result, as if each had gone through the cycle. */
export async function approveAllReported(em: EntityManager, projectIds: string[], decidedAt = new Date()): Promise<void> {
  const ids = JSON.stringify(projectIds);
  await em.execute(
    `update indicator_value set approved_actual = actual, approved_numerator = numerator, approved_denominator = denominator, approved_actual_text = actual_text
      where project_id in (select value::uuid from json_array_elements_text(?::json))`,
    [ids],
  );
  await em.execute(
    `insert into indicator_update (id, created_at, updated_at, indicator_id, period_id, project_id, state, submitted_at, decided_at)
     select gen_random_uuid(), ?, ?, indicator_id, period_id, project_id, 'APPROVED', ?, ? from indicator_value
      where project_id in (select value::uuid from json_array_elements_text(?::json)) and (actual is not null or numerator is not null or actual_text is not null)
      group by indicator_id, period_id, project_id
     on conflict (indicator_id, period_id) do update set state = 'APPROVED', decided_at = excluded.decided_at`,
    [decidedAt, decidedAt, decidedAt, decidedAt, ids],
  );
}
