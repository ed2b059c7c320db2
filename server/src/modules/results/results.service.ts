import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { Programme } from '../programme/programme.entity.js';
import { Direction, Indicator } from '../logframe/indicator.entity.js';
import { getIndicator } from '../logframe/indicator.service.js';
import { ProgrammeAggregation, ProgrammeIndicator } from './programme-indicator.entity.js';
import type { ProgrammeIndicatorInput } from './results.inputs.js';
import { applyLink, linkProblems, lockedProgrammeIndicator } from './links.js';

const FIELDS = ['definition', 'measure', 'direction', 'aggregation', 'resultType'] as const;

function apply(target: ProgrammeIndicator, input: ProgrammeIndicatorInput): void {
  if (input.title !== undefined) target.title = input.title.trim();
  if (input.unitLabel !== undefined) target.unitLabel = input.unitLabel.trim();
  if (input.sdgIndicator !== undefined) target.sdgIndicator = input.sdgIndicator?.trim() || null;
  for (const f of FIELDS) if (input[f] !== undefined) (target as unknown as Record<string, unknown>)[f] = input[f];
}

function checkTitle(problems: Problems, input: ProgrammeIndicatorInput, required: boolean): void {
  if ((required || input.title !== undefined) && !input.title?.trim()) problems.add('title', 'a title is required');
}

export async function createProgrammeIndicator(em: EntityManager, programmeId: string, input: ProgrammeIndicatorInput): Promise<ProgrammeIndicator> {
  return em.transactional(async (tx) => {
    const programme = await tx.findOne(Programme, { id: programmeId });
    if (!programme) throw new NotFound('Programme', programmeId, 'programmeId');
    const problems = new Problems();
    checkTitle(problems, input, true);
    problems.throwIfAny();
    const created = tx.create(ProgrammeIndicator, {
      programme,
      title: input.title!.trim(),
      measure: input.measure ?? '1',
      direction: input.direction ?? Direction.INCREASE,
      aggregation: input.aggregation ?? ProgrammeAggregation.SUM,
    });
    apply(created, input);
    await tx.flush();
    return created;
  });
}

/**
 * Changes a programme indicator. A change of measure, unit or aggregation that the linked project indicators no
 * longer fit is refused at that field: their figures would otherwise be added in another unit or pooled without
 * numerators. Unlink them first, or change them alike.
 */
export async function updateProgrammeIndicator(em: EntityManager, id: string, input: ProgrammeIndicatorInput, version?: number | null): Promise<ProgrammeIndicator> {
  return em.transactional(async (tx) => {
    const target = await lockedProgrammeIndicator(tx, id, 'id', LockMode.PESSIMISTIC_WRITE);
    assertVersion(target, version, 'programme indicator', () => target);
    const problems = new Problems();
    checkTitle(problems, input, false);
    const next = Object.assign(Object.create(ProgrammeIndicator.prototype), target) as ProgrammeIndicator;
    apply(next, input);
    const linked = await tx.find(Indicator, { programmeIndicator: id });
    const programmeId = target.programme.id;
    const broken = new Map<string, string[]>();
    for (const i of linked) {
      for (const p of linkProblems(i, programmeId, { ...next, programmeId })) broken.set(p.field, [...(broken.get(p.field) ?? []), i.title]);
    }
    for (const [field, titles] of broken) {
      const which = titles.length === 1 ? `the linked project indicator “${titles[0]}” does` : `${titles.length} linked project indicators do`;
      problems.add(field, `${which} not fit this ${field === 'unitLabel' ? 'unit' : field}; unlink them first, or change them alike`);
    }
    problems.throwIfAny();
    apply(target, input);
    await tx.flush();
    return target;
  });
}

/** Deletes a programme indicator; its project indicators are unlinked (each change in the audit trail) and keep their figures. */
export async function deleteProgrammeIndicator(em: EntityManager, id: string, version?: number | null): Promise<string> {
  return em.transactional(async (tx) => {
    const target = await lockedProgrammeIndicator(tx, id, 'id', LockMode.PESSIMISTIC_WRITE);
    assertVersion(target, version, 'programme indicator', () => target);
    for (const i of await tx.find(Indicator, { programmeIndicator: id }, { lockMode: LockMode.PESSIMISTIC_WRITE })) i.programmeIndicator = null;
    await tx.flush();
    tx.remove(target);
    await tx.flush();
    return id;
  });
}

/** Links a project indicator to a programme indicator of its programme; every reason it cannot is named at `programmeIndicatorId`. */
export async function linkIndicator(em: EntityManager, indicatorId: string, programmeIndicatorId: string | null, version?: number | null): Promise<Indicator> {
  return em.transactional(async (tx) => {
    // The programme indicator before the indicator: the order in which deleting a programme indicator locks them.
    if (programmeIndicatorId) await lockedProgrammeIndicator(tx, programmeIndicatorId, 'programmeIndicatorId');
    const indicator = await getIndicator(tx, indicatorId, true);
    assertVersion(indicator, version, 'indicator', () => indicator);
    const problems = new Problems();
    await applyLink(tx, problems, indicator, programmeIndicatorId);
    problems.throwIfAny();
    await tx.flush();
    return indicator;
  });
}
