import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { InvalidInput } from '../common/errors.js';
import { EvidenceFile } from '../reporting/update.entity.js';
import { saveUpdate, type Actor } from '../reporting/reporting.service.js';
import type { StoredFile } from './evidence.reads.js';
import { mediaTypeOf } from './media.js';
import { newKey, type EvidenceStorage } from './storage.js';

export interface Upload {
  projectId: string;
  indicatorId: string;
  periodId: string;
  name: string;
  bytes: Buffer;
}

const MAX_NAME = 255;

/** The name is shown and offered on download only; it still must be a plain file name. */
function checkName(raw: string): string {
  const name = raw.trim();
  // eslint-disable-next-line no-control-regex
  const problem = !name ? 'give the file name' : name.length > MAX_NAME ? `at most ${MAX_NAME} characters` : /[\u0000-\u001f\u007f/\\]/.test(name) ? 'a file name without slashes or control characters' : null;
  if (problem) throw new InvalidInput([{ field: 'name', message: problem }]);
  return name;
}

/**
 * Stores an evidence file for one report. The report's own rules decide: the caller reports on the indicator,
 * the cell is neither locked nor submitted, and a draft is opened when nothing was reported (saveUpdate, with
 * nothing to change, applies exactly those rules and holds the cell's lock to the end of this transaction).
 * The object is stored before the row is written and removed again if the row cannot be.
 */
export async function uploadEvidence(em: EntityManager, storage: EvidenceStorage, upload: Upload, actor: Actor): Promise<string> {
  const name = checkName(upload.name);
  if (!upload.bytes.length) throw new InvalidInput([{ field: 'body', message: 'the file is empty' }]);
  const mediaType = await mediaTypeOf(upload.bytes, name);
  const key = newKey();
  let stored = false;
  try {
    return await em.transactional(async (tx) => {
      const update = await saveUpdate(tx, upload.projectId, { indicatorId: upload.indicatorId, periodId: upload.periodId }, {}, actor);
      await storage.put(key, upload.bytes);
      stored = true;
      const file = tx.create(EvidenceFile, { update: update.id, project: upload.projectId, name, mediaType, size: upload.bytes.length, storageKey: key, uploadedBy: actor.userId });
      await tx.flush();
      return file.id;
    });
  } catch (err) {
    if (stored) await storage.remove(key).catch(() => undefined);
    throw err;
  }
}

/**
 * Removes an evidence file under the same rules as an upload (reporters and managers, open cells only). The
 * object goes after the row is gone: a failure then leaves an unreachable object, never a row without bytes.
 */
export async function removeEvidence(em: EntityManager, storage: EvidenceStorage, file: StoredFile, actor: Actor, log: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    await saveUpdate(tx, file.projectId, { indicatorId: file.indicatorId, periodId: file.periodId }, {}, actor);
    // Through the unit of work, not a native delete, so the history records the removal.
    const row = await tx.findOne(EvidenceFile, { id: file.id });
    if (row) {
      tx.remove(row);
      await tx.flush();
    }
  });
  await storage.remove(file.storageKey).catch((err) => log.warn({ err, key: file.storageKey }, 'could not remove a deleted evidence file from its storage'));
}
