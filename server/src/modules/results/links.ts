import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFound, type Problems } from '../common/errors.js';
import { Aggregation, QUALITATIVE, type Indicator } from '../logframe/indicator.entity.js';
import { ProgrammeAggregation, ProgrammeIndicator } from './programme-indicator.entity.js';

/**
 * When a project indicator may contribute to a programme indicator. Its figures are added to, averaged with or
 * pooled with those of other projects, so it must be of the same programme, in the same measure and unit (figures
 * in different units are never added), have figures at all (not qualitative), and record numerators and
 * denominators when the programme pools a ratio. The roll-up's SQL repeats the measure and unit condition, so a
 * link can never add figures in another unit, whatever changed since.
 */

const MEASURES: Record<string, string> = { '1': 'a count (unit)', '2': 'a percentage', '3': 'a nominal value', '4': 'an ordinal value', '5': 'qualitative' };

/** Units compare without regard to case and surrounding spaces: "Victims " and "victims" are one unit. */
export const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The indicator field whose value makes a link impossible, with the reason in words. */
export interface LinkProblem {
  field: 'measure' | 'unitLabel' | 'aggregation' | 'programme';
  message: string;
}

type Linkable = Pick<Indicator, 'measure' | 'unitLabel' | 'aggregation'>;
type Target = Pick<ProgrammeIndicator, 'title' | 'measure' | 'unitLabel' | 'aggregation'> & { programmeId: string };

export function linkProblems(indicator: Linkable, indicatorProgrammeId: string, target: Target): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const name = `“${target.title}”`;
  if (indicatorProgrammeId !== target.programmeId) {
    problems.push({ field: 'programme', message: `${name} belongs to another programme; an indicator contributes only to its own programme's indicators` });
    return problems;
  }
  if (indicator.measure === QUALITATIVE) {
    problems.push({ field: 'measure', message: 'a qualitative indicator has no figures to roll up' });
    return problems;
  }
  if (indicator.measure !== target.measure) problems.push({ field: 'measure', message: `${name} is measured as ${MEASURES[target.measure]}, this indicator as ${MEASURES[indicator.measure] ?? indicator.measure}` });
  if (!sameUnit(indicator.unitLabel, target.unitLabel)) {
    problems.push({ field: 'unitLabel', message: `${name} counts in “${target.unitLabel}”, this indicator in “${indicator.unitLabel}”: figures in different units are never added` });
  }
  if (target.aggregation === ProgrammeAggregation.RATIO && indicator.aggregation !== Aggregation.RATIO) {
    problems.push({ field: 'aggregation', message: `${name} pools numerators and denominators, which only a RATIO indicator records` });
  }
  return problems;
}

/** The programme indicator, locked against changes of its unit or measure until the transaction ends. */
export async function lockedProgrammeIndicator(tx: EntityManager, id: string, field: string, mode = LockMode.PESSIMISTIC_READ): Promise<ProgrammeIndicator> {
  const found = await tx.findOne(ProgrammeIndicator, { id }, { lockMode: mode, refresh: true });
  if (!found) throw new NotFound('Programme indicator', id, field);
  return found;
}

async function programmeOfProject(tx: EntityManager, projectId: string): Promise<string> {
  const [row] = await tx.execute<{ programme_id: string }[]>('select programme_id from project where id = ?', [projectId]);
  return row.programme_id;
}

/**
 * Sets or keeps the link of an indicator as it is about to be saved, and adds a problem for each reason the link
 * cannot hold. `programmeIndicatorId`: undefined keeps the link, null or empty removes it, an id links it. A new
 * link that does not fit is named at `programmeIndicatorId`; a kept link that the indicator's own change would
 * break is named at the changed field (measure, unit, aggregation).
 */
export async function applyLink(tx: EntityManager, problems: Problems, indicator: Indicator, programmeIndicatorId: string | null | undefined, field = 'programmeIndicatorId'): Promise<void> {
  if (programmeIndicatorId === null || programmeIndicatorId === '') {
    indicator.programmeIndicator = null;
    return;
  }
  const targetId = programmeIndicatorId ?? indicator.programmeIndicator?.id;
  if (!targetId) return;
  const target = await lockedProgrammeIndicator(tx, targetId, field);
  const found = linkProblems(indicator, await programmeOfProject(tx, indicator.project.id), { ...target, programmeId: target.programme.id });
  for (const p of found) problems.add(programmeIndicatorId === undefined && p.field !== 'programme' ? p.field : field, p.message);
  if (programmeIndicatorId !== undefined) indicator.programmeIndicator = tx.getReference(ProgrammeIndicator, targetId, { wrapped: true });
}
