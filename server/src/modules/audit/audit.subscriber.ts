import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AuditEvent } from './audit.entity.js';
import { currentActor } from './actor.js';

/** Records that are bookkeeping, not portfolio data, and stay out of the trail; the rollups are derived figures. */
export const UNAUDITED = new Set([
  'AuditEvent', 'Session', 'SignInAttempt', 'CodelistEntry', 'CodelistVersion', 'Country', 'FocusArea', 'LegalInstrument', 'SdgTarget',
  'IndicatorStatus', 'MoneyFreshness', 'MoneyRollup', 'ActivityMoney', 'ProjectIndicatorCounts', 'ProjectResultsYear', 'PortfolioCube', 'PortfolioWhole', 'PortfolioWholeResults',
  'Notification',
  // An import's job row moves with every progress tick; what the import writes is recorded record by record.
  'IatiImport',
]);
/** Never copied into the trail. */
const SECRET = new Set(['passwordHash', 'secretHash']);
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version']);

const plain = (v: unknown): unknown => {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object' && 'id' in v) return (v as { id: unknown }).id;
  if (v && typeof v === 'object' && 'code' in v) return (v as { code: unknown }).code;
  return v ?? null;
};

/**
 * Writes an audit event for every created, changed and deleted record in the same flush, and so in the
 * same transaction, as the change itself: a change is never saved without its trail.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ uow, em }: FlushEventArgs): Promise<void> {
    const actor = currentActor();
    for (const cs of uow.getChangeSets()) {
      if (UNAUDITED.has(cs.meta.className)) continue;
      const changes: AuditEvent['changes'] = {};
      const before = (cs.originalEntity ?? {}) as Record<string, unknown>;
      const keys = cs.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(cs.payload);
      for (const key of keys) {
        if (SECRET.has(key)) {
          changes[key] = { before: '(hidden)', after: '(hidden)' };
          continue;
        }
        if (BOOKKEEPING.has(key)) continue;
        changes[key] = {
          before: cs.type === ChangeSetType.CREATE ? null : plain(before[key]),
          after: cs.type === ChangeSetType.DELETE ? null : plain((cs.payload as Record<string, unknown>)[key]),
        };
      }
      if (cs.type === ChangeSetType.UPDATE && !Object.keys(changes).length) continue;
      const entity = cs.entity as { project?: { id: string } | null };
      const projectId = cs.meta.className === 'Project' ? String(cs.getPrimaryKey()) : (entity.project?.id ?? null);
      const event = em.create(AuditEvent, {
        projectId,
        action: cs.type === ChangeSetType.CREATE ? 'create' : cs.type === ChangeSetType.DELETE ? 'delete' : 'update',
        entityType: cs.meta.className,
        entityId: String(cs.getPrimaryKey()),
        actorUserId: actor.userId,
        actorTokenId: actor.tokenId,
        changes,
      });
      uow.computeChangeSet(event);
    }
  }
}
