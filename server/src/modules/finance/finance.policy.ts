import type { EntityManager } from '@mikro-orm/postgresql';
import { Forbidden, type Access } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { NotFound } from '../common/errors.js';

/**
 * Who may change which money records. Administrators and the managers of a programme or project edit its
 * finances. A partner reporter may record, change and remove expenditure of its project on the outputs its
 * organisation is responsible for, and nothing else. Everyone who reads a project reads its finances, except
 * that a donor sees other donors' contributions only in aggregate (finance.reads.ts).
 */
export interface Owner {
  programmeId: string | null;
  projectId: string | null;
}

/** The organisation for which the caller reports on this project, if it is a partner reporter there. */
export function reportsFor(access: Access, projectId: string): string | null {
  return access.caller?.grants.find((g) => g.role === Role.PARTNER_REPORTER && g.projectId === projectId)?.organisationId ?? null;
}

/** Whether the caller manages the programme or project that owns a money record. */
export async function managesOwner(access: Access, owner: Owner): Promise<boolean> {
  return owner.projectId ? access.managesProject(owner.projectId) : access.managesProgramme(owner.programmeId!);
}

/**
 * For a change to a record of `owner`: NOT_FOUND when the caller does not see the owner, FORBIDDEN when it may
 * not change its money. A partner reporter passes only for expenditure on an output of its organisation.
 */
export async function assertMayChangeMoney(
  access: Access,
  em: EntityManager,
  owner: Owner,
  field: string,
  expenditure?: { type: string; outputId?: string | null },
): Promise<void> {
  access.assertMayWrite();
  const sees = owner.projectId ? await access.seesProject(owner.projectId) : await access.seesProgramme(owner.programmeId!);
  if (!sees) throw new NotFound(owner.projectId ? 'Project' : 'Programme', (owner.projectId ?? owner.programmeId)!, field);
  if (await managesOwner(access, owner)) return;
  const organisation = owner.projectId ? reportsFor(access, owner.projectId) : null;
  if (organisation && expenditure?.type === '4' && expenditure.outputId) {
    const rows = await em
      .getConnection()
      .execute(`select 1 from result_node where id = ? and project_id = ? and responsible_organisation_id = ?`, [expenditure.outputId, owner.projectId, organisation]);
    if (rows.length) return;
    throw new Forbidden('A partner reporter may record expenditure only on the outputs its organisation is responsible for.');
  }
  throw new Forbidden(
    organisation
      ? 'A partner reporter may record expenditure on the outputs its organisation is responsible for, and nothing else.'
      : 'Only an administrator or a manager of this programme or project may change its finances.',
  );
}

/**
 * Which donors' contributions and payments the caller sees one by one. Everyone who reads the whole portfolio,
 * and partner reporters, see every donor; a donor sees its own organisations (`own`), and the others only summed
 * as "Other donors" unless the programme publishes its contributions (checked in SQL by the reads).
 */
export function donorView(access: Access): { seesAll: boolean; own: string[] } {
  const grants = access.caller?.grants ?? [];
  return {
    seesAll: access.readsAll || grants.some((g) => g.role === Role.PARTNER_REPORTER),
    own: grants.flatMap((g) => (g.role === Role.DONOR && g.organisationId ? [g.organisationId] : [])),
  };
}
