import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { NotFound } from './errors.js';
import type { Tracked } from './timestamps.js';

/**
 * Archives a record (it leaves the lists but keeps its links and history) or restores it. Archiving twice
 * keeps the first date.
 */
export async function setArchived<T extends Tracked & { id: string }>(em: EntityManager, entity: EntityName<T>, what: string, id: string, archived: boolean): Promise<T> {
  return em.transactional(async (tx) => {
    const record = (await tx.findOne(entity, { id } as never)) as T | null;
    if (!record) throw new NotFound(what, id);
    record.archivedAt = archived ? (record.archivedAt ?? new Date()) : null;
    await tx.flush();
    return record;
  });
}
