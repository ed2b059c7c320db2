import { Role } from '../access/user.entity.js';
import type { Access } from '../access/access.js';
import type { RightOn, ValueRight } from './values.service.js';

/**
 * Who may do what with a logframe. Managers of the project (and admins) edit it all. A partner reporter
 * reports results (actuals, comments, evidence) on the nodes its organisation is responsible for, on the
 * project it is given. Everyone who sees the project reads it; small numbers of sensitive indicators are
 * shown raw only to those who may edit or report them.
 */
export async function valueRight(access: Access, projectId: string, responsibleOrganisationId: string | null): Promise<ValueRight> {
  return (await valueRights(access, projectId))(responsibleOrganisationId);
}

/**
 * The caller's rights on every indicator of a project, settled before a write transaction starts: the one
 * query it may need runs now, so that nothing inside the transaction asks for a second connection.
 */
export async function valueRights(access: Access, projectId: string): Promise<RightOn> {
  const manages = await access.managesProject(projectId);
  return (responsibleOrganisationId) => {
    if (manages) return 'ALL';
    const reports = access.caller?.grants.some((g) => g.role === Role.PARTNER_REPORTER && g.projectId === projectId && !!responsibleOrganisationId && g.organisationId === responsibleOrganisationId);
    return reports ? 'RESULTS' : 'NONE';
  };
}

export async function seesRawFigures(access: Access, projectId: string, responsibleOrganisationId: string | null): Promise<boolean> {
  return (await valueRight(access, projectId, responsibleOrganisationId)) !== 'NONE';
}
