import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, ref } from '@mikro-orm/core';
import { Conflict, InvalidInput, NotFound, Problems } from '../common/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { Project } from '../project/project.entity.js';
import { Forbidden, type Caller } from './access.js';
import { AuditEvent } from '../audit/audit.entity.js';
import { currentActor } from '../audit/actor.js';
import { hashPassword, hashSecret, newPassword, passwordProblem, verifyPassword } from './secrets.js';
import { ApiToken, Session } from './session.entity.js';
import { Role, RoleAssignment, User } from './user.entity.js';
import type { RoleInput, UserInput, UserPatch } from './access.inputs.js';

/**
 * Ends a user's sessions, all but the one whose secret is `keep`, in the caller's transaction. Sessions are
 * bookkeeping and stay out of the trail one by one, so the user's trail records how many were open and remain.
 */
async function endSessions(tx: EntityManager, userId: string, keep: string | null = null): Promise<void> {
  const active = () => tx.count(Session, { user: userId, expiresAt: { $gt: new Date() } });
  const before = await active();
  await tx.nativeDelete(Session, keep ? { user: userId, secretHash: { $ne: hashSecret(keep) } } : { user: userId });
  const after = keep ? await active() : 0;
  if (before === after) return;
  const actor = currentActor();
  tx.create(AuditEvent, {
    action: 'update',
    entityType: 'User',
    entityId: userId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    changes: { sessions: { before, after } },
  });
}

/** Revokes every API token of a user that still works; each revocation is in the trail like any other. */
async function revokeAllTokens(tx: EntityManager, userId: string): Promise<void> {
  const now = new Date();
  for (const token of await tx.find(ApiToken, { user: userId, revokedAt: null, expiresAt: { $gt: now } })) token.revokedAt = now;
}

export function listUsers(em: EntityManager): Promise<User[]> {
  return em.find(User, {}, { orderBy: { name: 'asc' } });
}

/** With `lock`, holds the user's row until the transaction ends, so that no sign-in can use the password being replaced. */
export async function getUser(em: EntityManager, id: string, lock = false): Promise<User> {
  const user = await em.findOne(User, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!user) throw new NotFound('User', id);
  return user;
}

async function organisationOrNotFound(em: EntityManager, id: string, field: string): Promise<Organisation> {
  const org = await em.findOne(Organisation, { id });
  if (!org) throw new NotFound('Organisation', id, field);
  return org;
}

/** Creates a user; returns the one-time password when none was given. */
export async function createUser(em: EntityManager, input: UserInput): Promise<{ user: User; oneTimePassword: string | null }> {
  return em.transactional(async (tx) => {
    const email = input.email.trim().toLowerCase();
    const problems = new Problems();
    if (await tx.count(User, { email })) problems.add('email', 'a user with this email already exists');
    const problem = input.password ? passwordProblem(input.password) : null;
    if (problem) problems.add('password', problem);
    problems.throwIfAny();
    const organisation = input.organisationId ? await organisationOrNotFound(tx, input.organisationId, 'organisationId') : null;
    const oneTimePassword = input.password ? null : newPassword();
    const user = tx.create(User, {
      email,
      name: input.name.trim(),
      organisation,
      passwordHash: await hashPassword(input.password ?? oneTimePassword!),
      mustChangePassword: !input.password,
    });
    await tx.flush();
    return { user, oneTimePassword };
  });
}

export async function updateUser(em: EntityManager, caller: Caller, id: string, patch: UserPatch): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await getUser(tx, id);
    if (patch.active === false && user.id === caller.user.id) throw new InvalidInput([{ field: 'active', message: 'you cannot deactivate yourself' }]);
    if (patch.name !== undefined) user.name = patch.name.trim();
    if (patch.organisationId !== undefined) user.organisation = patch.organisationId ? ref(await organisationOrNotFound(tx, patch.organisationId, 'organisationId')) : null;
    if (patch.active !== undefined) {
      user.active = patch.active;
      // An inactive user's tokens are refused where they are checked, so they need no revoking here.
      if (!patch.active) await endSessions(tx, user.id);
    }
    await tx.flush();
    return user;
  });
}

/** Gives the user a new one-time password, signs it out everywhere and revokes its API tokens. */
export async function resetPassword(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const user = await getUser(tx, id, true);
    const password = newPassword();
    user.passwordHash = await hashPassword(password);
    user.mustChangePassword = true;
    await endSessions(tx, user.id);
    await revokeAllTokens(tx, user.id);
    await tx.flush();
    return password;
  });
}

/**
 * Changes the caller's own password and ends its other sessions (whoever else holds one is signed out); the
 * current session, whose secret is `currentSession`, stays. API tokens stay too: they are revoked one by one.
 */
export async function changePassword(em: EntityManager, caller: Caller, current: string, next: string, currentSession: string | null): Promise<User> {
  if (caller.token) throw new Forbidden('API tokens cannot change passwords; sign in to do this.');
  return em.transactional(async (tx) => {
    const user = await getUser(tx, caller.user.id, true);
    if (!(await verifyPassword(user.passwordHash, current))) throw new InvalidInput([{ field: 'currentPassword', message: 'the current password is wrong' }]);
    const problem = passwordProblem(next);
    if (problem) throw new InvalidInput([{ field: 'newPassword', message: problem }]);
    if (current === next) throw new InvalidInput([{ field: 'newPassword', message: 'choose a password different from the current one' }]);
    user.passwordHash = await hashPassword(next);
    user.mustChangePassword = false;
    await endSessions(tx, user.id, currentSession);
    await tx.flush();
    return user;
  });
}

export async function assignRole(em: EntityManager, input: RoleInput): Promise<RoleAssignment> {
  return em.transactional(async (tx) => {
    const user = await getUser(tx, input.userId);
    const field = (name: string, message: string) => new InvalidInput([{ field: name, message }]);
    let programme = input.programmeId ? await tx.findOne(Programme, { id: input.programmeId }) : null;
    if (input.programmeId && !programme) throw new NotFound('Programme', input.programmeId, 'programmeId');
    let project = input.projectId ? await tx.findOne(Project, { id: input.projectId }) : null;
    if (input.projectId && !project) throw new NotFound('Project', input.projectId, 'projectId');
    const orgId = input.organisationId ?? user.organisation?.id ?? null;
    let organisation: Organisation | null = orgId ? await organisationOrNotFound(tx, orgId, 'organisationId') : null;
    switch (input.role) {
      case Role.ADMIN:
      case Role.VIEWER:
        if (programme || project) throw field('programmeId', `${input.role.toLowerCase()} is not scoped to a programme or project`);
        organisation = null;
        break;
      case Role.PROGRAMME_MANAGER:
        if (!programme === !project) throw field('programmeId', 'a programme manager is given either a programme or a project');
        organisation = null;
        break;
      case Role.PARTNER_REPORTER:
        if (!project) throw field('projectId', 'a partner reporter is given the project it reports on');
        if (!organisation) throw field('organisationId', 'a partner reporter reports for an organisation');
        programme = null;
        break;
      case Role.DONOR:
        if (!organisation) throw field('organisationId', 'a donor user belongs to the donor organisation');
        if (programme || project) throw field('programmeId', 'a donor sees what its organisation funds; it is not scoped to a programme or project');
        break;
    }
    const duplicate = await tx.count(RoleAssignment, { user, role: input.role, programme, project, organisation });
    if (duplicate) throw new Conflict('The user already has this role.', [{ field: 'role', message: 'the user already has this role with this scope' }]);
    const assignment = tx.create(RoleAssignment, { user, role: input.role, programme, project, organisation });
    await tx.flush();
    return assignment;
  });
}

export async function removeRole(em: EntityManager, caller: Caller, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(RoleAssignment, { id });
    if (!assignment) throw new NotFound('Role assignment', id);
    if (assignment.role === Role.ADMIN && assignment.user.id === caller.user.id) {
      throw new InvalidInput([{ field: 'id', message: 'you cannot remove your own administrator role' }]);
    }
    tx.remove(assignment);
    await tx.flush();
    return id;
  });
}
