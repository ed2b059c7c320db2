import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound } from '../common/errors.js';
import { Forbidden, type Access } from './access.js';

/**
 * Loads-and-checks for every mutation that names a record by id. A record the caller may not see is
 * answered exactly like one that does not exist (same code, same message shape), so that ids cannot be
 * probed; FORBIDDEN is kept for records the caller sees but may not change.
 */

/** The records a mutation can name, with the message name clients know them by. */
const KINDS = {
  Programme: { name: 'Programme', sql: 'select null as project_id, id as programme_id from programme where id = ?' },
  Project: { name: 'Project', sql: 'select id as project_id, null as programme_id from project where id = ?' },
  Node: { name: 'Logframe node', sql: 'select project_id, null as programme_id from result_node where id = ?' },
  Indicator: { name: 'Indicator', sql: 'select project_id, null as programme_id from indicator where id = ?' },
  Document: { name: 'Document', sql: 'select project_id, null as programme_id from document where id = ?' },
  Participation: { name: 'Participation', sql: 'select project_id, programme_id from participation where id = ?' },
} as const;

export type ScopedKind = keyof typeof KINDS;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Owner {
  projectId: string | null;
  programmeId: string | null;
}

async function visibleOwner(access: Access, em: EntityManager, kind: ScopedKind, id: string, field?: string): Promise<Owner> {
  const notFound = () => new NotFound(KINDS[kind].name, id, field);
  if (typeof id !== 'string' || !UUID.test(id)) throw notFound();
  const rows: { project_id: string | null; programme_id: string | null }[] = await em.getConnection().execute(KINDS[kind].sql, [id]);
  if (!rows.length) throw notFound();
  const owner = { projectId: rows[0].project_id, programmeId: rows[0].programme_id };
  const sees = owner.projectId ? await access.seesProject(owner.projectId) : await access.seesProgramme(owner.programmeId!);
  if (!sees) throw notFound();
  return owner;
}

/** NOT_FOUND unless the record exists and the caller may see it. */
export async function assertSees(access: Access, em: EntityManager, kind: ScopedKind, id: string, field?: string): Promise<void> {
  access.requireCaller();
  await visibleOwner(access, em, kind, id, field);
}

/**
 * For a mutation: UNAUTHENTICATED or FORBIDDEN for a read-only token whatever the id, then NOT_FOUND for
 * a record that does not exist or that the caller may not see, then FORBIDDEN unless it manages the
 * project or programme the record belongs to.
 */
export async function assertMayChange(access: Access, em: EntityManager, kind: ScopedKind, id: string, field?: string): Promise<void> {
  access.assertMayWrite();
  const owner = await visibleOwner(access, em, kind, id, field);
  if (owner.projectId) {
    if (!(await access.managesProject(owner.projectId))) throw new Forbidden('Only an administrator or a manager of this project or its programme may change it.');
  } else if (!access.managesProgramme(owner.programmeId!)) {
    throw new Forbidden('Only an administrator or a manager of this programme may change it.');
  }
}
