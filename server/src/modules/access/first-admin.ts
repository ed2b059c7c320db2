import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { newPassword, hashPassword } from './secrets.js';
import { Role, RoleAssignment, User } from './user.entity.js';

/**
 * Makes sure someone can administer a new installation: the user named by ADMIN_EMAIL (with ADMIN_PASSWORD),
 * or, when nobody is administrator yet, admin@accord.local with a generated password printed once.
 */
export async function ensureAdministrator(em: EntityManager, log: Logger, email?: string, password?: string): Promise<void> {
  await em.transactional(async (tx) => {
    const hasAdmin = (await tx.count(RoleAssignment, { role: Role.ADMIN })) > 0;
    if (email ? await tx.count(User, { email }) : hasAdmin) return;
    const chosen = password ?? newPassword();
    const user = tx.create(User, { email: email ?? 'admin@accord.local', name: 'Administrator', passwordHash: await hashPassword(chosen), mustChangePassword: !password });
    tx.create(RoleAssignment, { user, role: Role.ADMIN });
    await tx.flush();
    log.info({ email: user.email }, 'created the first administrator');
    // Printed, not logged: it must be seen once by whoever starts the server, and never stored in log files.
    if (!password) console.log(`\n  First administrator: ${user.email}\n  One-time password:   ${chosen}\n  (sign in and change it; set ADMIN_EMAIL and ADMIN_PASSWORD to choose them)\n`);
  });
}
