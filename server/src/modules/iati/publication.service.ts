import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound } from '../common/errors.js';
import { Programme } from '../programme/programme.entity.js';

/** The public path of a programme's IATI document; `PUBLIC_URL`, when set, makes it a full address. */
export const publicationPath = (programmeId: string) => `/iati/programmes/${programmeId}/activities.xml`;

export function publicationUrl(programmeId: string, published: boolean, publicUrl?: string): string | null {
  return published ? `${publicUrl ?? ''}${publicationPath(programmeId)}` : null;
}

/**
 * Publishes a programme and its projects as IATI activities at their public URL, or withdraws them. Through the
 * entity, so that the change is versioned and in the audit history; switching to the current state changes nothing.
 */
export async function setIatiPublication(em: EntityManager, programmeId: string, published: boolean): Promise<void> {
  await em.transactional(async (tx) => {
    const programme = await tx.findOne(Programme, { id: programmeId });
    if (!programme) throw new NotFound('Programme', programmeId, 'programmeId');
    programme.iatiPublished = published;
    await tx.flush();
  });
}
