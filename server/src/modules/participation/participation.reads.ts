import type { Reader } from '../../db/reader.js';
import { embedded, objectListLoader, objects, trackedJson } from '../../db/rows.js';
import type { Owner } from '../activity/activity.reads.js';
import { organisationJson, type OrganisationRow } from '../organisation/organisation.reads.js';

/** A participation with its organisation, which every reader of it shows. */
export interface ParticipationRow {
  id: string;
  programmeId: string | null;
  projectId: string | null;
  role: string;
  organisation: OrganisationRow;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

const PARTICIPATION = `json_build_object('id', x.id, 'programmeId', x.programme_id, 'projectId', x.project_id, 'role', x.role, 'organisation', ${organisationJson('o')}, ${trackedJson('x')})`;
const PARTICIPATIONS = `from participation x join organisation o on o.id = x.organisation_id`;
// By role (funding first), then in the order they were added.
const ORDER = 'x.role, x.created_at, x.id';

/** The participations of the programme or project aliased `alias`, as a JSON list inside its row. */
export const participationsOf = (owner: Owner, alias: string) => embedded(PARTICIPATION, `${PARTICIPATIONS} where x.${owner} = ${alias}.id`, ORDER);

export const participationsLoader = (reader: Reader, owner: Owner) =>
  objectListLoader<ParticipationRow>(reader, `select x.${owner} as k, ${PARTICIPATION} as j ${PARTICIPATIONS} where x.${owner} in $KEYS order by x.${owner}, ${ORDER}`);

export const getParticipation = async (reader: Reader, id: string) => (await objects<ParticipationRow>(reader, `select ${PARTICIPATION} as j ${PARTICIPATIONS} where x.id = ?`, [id]))[0];
