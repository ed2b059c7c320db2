import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict } from '../common/errors.js';
import { IndicatorUpdate, UpdateState } from './update.entity.js';

/**
 * The locking rule, in one place. A cell (indicator, period) is locked once its update is approved, or when the
 * period ends on or before the project's reporting lock date, unless a manager reopened it. A locked cell takes
 * no change (targets included) until a manager unlocks it with a reason, which the history keeps.
 */
export function lockReason(update: Pick<IndicatorUpdate, 'state' | 'reopened'> & { decidedAt?: Date | string | null } | null | undefined, periodEnd: string, lockDate: string | null | undefined): string | null {
  if (update?.state === UpdateState.APPROVED) return update.decidedAt ? `approved on ${new Date(update.decidedAt).toISOString().slice(0, 10)}` : 'approved';
  if (lockDate && periodEnd <= lockDate && !update?.reopened) return `locked since the project's lock date (${lockDate})`;
  return null;
}

/** Why a submitted update takes no change to its results. */
export const SUBMITTED_REASON = 'submitted, waiting for approval';

export const cellKey = (indicatorId: string, periodId: string) => `${indicatorId}|${periodId}`;

/** The stored updates of some cells, by cell; read on the transaction's connection. */
export async function updatesOf(tx: EntityManager, cells: { indicatorId: string; periodId: string }[]): Promise<Map<string, IndicatorUpdate>> {
  if (!cells.length) return new Map();
  const found = await tx.find(IndicatorUpdate, { $or: cells.map((c) => ({ indicator: c.indicatorId, period: c.periodId })) }, { refresh: true });
  return new Map(found.map((u) => [cellKey(u.indicator.id, u.period.id), u]));
}

export interface RefusedCell {
  index: number;
  title: string;
  periodLabel: string;
  reason: string;
}

/** One CONFLICT naming every cell that takes no change, with the reason, so the grid can say why. */
export function refusedCells(cells: RefusedCell[], path: (index: number) => string): Conflict {
  const one = (c: RefusedCell) => `"${c.title}" for ${c.periodLabel} is ${c.reason}`;
  const message = cells.length === 1 ? `${one(cells[0])}.` : `${cells.length} values cannot change: ${cells.map(one).join('; ')}.`;
  const hint = cells.every((c) => c.reason === SUBMITTED_REASON) ? 'A manager approves or returns it first.' : 'A manager of the project can unlock a locked period.';
  return new Conflict(
    `${message} ${hint}`,
    cells.map((c) => ({ field: path(c.index), message: c.reason })),
    { locked: cells.map((c) => ({ index: c.index, reason: c.reason })) },
  );
}
