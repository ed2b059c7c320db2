import { Forbidden, type Access } from '../access/access.js';
import { Role } from '../access/user.entity.js';

/**
 * The knowledge network is shared across the portfolio: every signed-in caller reads it, donors and partner
 * reporters included. Administrators and programme managers (of any programme or project) write it, as they
 * are the ones who draw lessons from the work; a read-only token writes nothing.
 */
export function mayWriteKnowledge(access: Access): boolean {
  return !!access.caller && access.caller.token?.scope !== 'READ' && access.caller.grants.some((g) => g.role === Role.ADMIN || g.role === Role.PROGRAMME_MANAGER);
}

export function assertMayWriteKnowledge(access: Access): void {
  access.assertMayWrite();
  if (!mayWriteKnowledge(access)) throw new Forbidden('Only administrators and programme managers may change the knowledge network.');
}
