import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, InvalidInput, NotFound } from '../../common/errors.js';
import { Programme } from '../../programme/programme.entity.js';
import { IatiImport, ImportState } from './import.entity.js';

/**
 * The life of an import job, as its owner drives it: a job is read (previewed) by the worker on its own; the
 * owner then queues the commit, or cancels. Every change of state is one guarded UPDATE, so the owner and a
 * worker can never both move a job.
 */

const COMMITTABLE = [ImportState.READY, ImportState.FAILED];
const CANCELLABLE = [ImportState.UPLOADED, ImportState.PREVIEWING, ImportState.READY, ImportState.INVALID, ImportState.QUEUED, ImportState.FAILED];

/** The job, if the caller may see it: administrators see every job, others only their own. */
export async function findImport(em: EntityManager, id: string, caller: { userId: string; isAdmin: boolean }): Promise<IatiImport> {
  const job = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(IatiImport, { id }, { refresh: true }) : null;
  if (!job || (!caller.isAdmin && job.createdBy !== caller.userId)) throw new NotFound('IATI import', id, 'id');
  return job;
}

export async function queueCommit(em: EntityManager, job: IatiImport, programmeId: string | null): Promise<void> {
  if (!COMMITTABLE.includes(job.state)) {
    throw new Conflict(`The import is ${job.state.toLowerCase()}; only a previewed import without errors (READY), or one that failed, can be imported.`, [{ field: 'id', message: `is ${job.state}` }]);
  }
  if (programmeId) {
    const found = /^[0-9a-f-]{36}$/i.test(programmeId) && (await em.count(Programme, { id: programmeId, archivedAt: null }));
    if (!found) throw new NotFound('Programme', programmeId, 'programmeId');
  }
  const orphans = job.preview?.activities.filter((a) => a.orphan) ?? [];
  if (orphans.length && !programmeId) {
    throw new InvalidInput([{ field: 'programmeId', message: `${orphans.length} activit${orphans.length === 1 ? 'y has' : 'ies have'} no parent programme in the file or in Accord: choose the programme they go to` }]);
  }
  const moved = await em.execute(
    `update iati_import set state = 'QUEUED', orphan_programme_id = ?, failure = null, progress = 0, updated_at = now() where id = ? and state in (select jsonb_array_elements_text(?::jsonb))`,
    [programmeId, job.id, JSON.stringify(COMMITTABLE)],
    'run',
  );
  if (!(moved as unknown as { affectedRows: number }).affectedRows) throw new Conflict('The import changed meanwhile; read it again.', [{ field: 'id', message: 'changed meanwhile' }]);
}

export async function cancelImport(em: EntityManager, job: IatiImport): Promise<void> {
  const moved = await em.execute(`update iati_import set state = 'CANCELLED', updated_at = now() where id = ? and state in (select jsonb_array_elements_text(?::jsonb))`, [job.id, JSON.stringify(CANCELLABLE)], 'run');
  if (!(moved as unknown as { affectedRows: number }).affectedRows) {
    throw new Conflict(`The import is ${job.state.toLowerCase()} and can no longer be cancelled.`, [{ field: 'id', message: `is ${job.state}` }]);
  }
}
