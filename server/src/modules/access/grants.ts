import type { EntityManager } from '@mikro-orm/postgresql';
import type { Grant } from './access.js';

/** The roles of one user with their scopes, as plain ids. */
export async function loadGrants(em: EntityManager, userId: string): Promise<Grant[]> {
  const rows: { role: Grant['role']; programme_id: string | null; project_id: string | null; organisation_id: string | null }[] = await em
    .getConnection()
    .execute('select role, programme_id, project_id, organisation_id from role_assignment where user_id = ?', [userId]);
  return rows.map((r) => ({ role: r.role, programmeId: r.programme_id, projectId: r.project_id, organisationId: r.organisation_id }));
}
