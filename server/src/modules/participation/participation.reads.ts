import type { Reader } from '../../db/reader.js';
import { listLoader, tracked } from '../../db/rows.js';
import type { Owner } from '../activity/activity.reads.js';

export interface ParticipationRow {
  id: string;
  organisationId: string;
  programmeId: string | null;
  projectId: string | null;
  role: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

const PARTICIPATION = `x.id, x.organisation_id as "organisationId", x.programme_id as "programmeId", x.project_id as "projectId", x.role, ${tracked('x')}`;

/** Participations of programmes or of projects, by role, then in the order they were added. */
export const participationsLoader = (reader: Reader, owner: Owner) =>
  listLoader<ParticipationRow & { ownerId: string }>(
    reader,
    `select ${PARTICIPATION}, x.${owner} as "ownerId" from participation x where x.${owner} in $KEYS order by x.role, x.created_at, x.id`,
    (r) => r.ownerId,
  );

export const getParticipation = async (reader: Reader, id: string) =>
  (await reader.rows<ParticipationRow>(`select ${PARTICIPATION} from participation x where x.id = ?`, [id]))[0];
