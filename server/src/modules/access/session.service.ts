import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import type { Caller } from './access.js';
import { loadGrants } from './grants.js';
import { FailureWindow } from './rate-limit.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import { ApiToken, Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'accord_session';

/** Sign-in attempts: 5 failures per account and 20 per address within 15 minutes. */
export const signInLimits = {
  perAccount: new FailureWindow(5, 15 * 60_000),
  perAddress: new FailureWindow(20, 15 * 60_000),
};

class SignInRefused extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'The email or the password is wrong, or the account is deactivated.');
  }
}

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so response times do not tell which emails have accounts.
const decoyHash = hashPassword('decoy password that matches nothing');

export async function signIn(em: EntityManager, email: string, password: string, address: string, sessionHours: number) {
  const account = email.trim().toLowerCase();
  signInLimits.perAccount.check(account);
  signInLimits.perAddress.check(address);
  const user = await em.findOne(User, { email: account });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid || !user.active) {
    signInLimits.perAccount.fail(account);
    signInLimits.perAddress.fail(address);
    throw new SignInRefused();
  }
  signInLimits.perAccount.clear(account);
  const { secret, hash } = newSecret('s_');
  em.create(Session, { user, secretHash: hash, expiresAt: new Date(Date.now() + sessionHours * 3600_000) });
  await em.flush();
  return { user, secret };
}

export async function signOut(em: EntityManager, secret: string): Promise<void> {
  await em.nativeDelete(Session, { secretHash: hashSecret(secret) });
}

/** The caller behind a session cookie, or null when the session is unknown, expired or its user deactivated. */
export async function callerFromSession(em: EntityManager, secret: string): Promise<Caller | null> {
  const session = await em.findOne(Session, { secretHash: hashSecret(secret) }, { populate: ['user'] });
  if (!session || session.expiresAt <= new Date() || !session.user.getEntity().active) return null;
  const user = session.user.getEntity();
  return { user, grants: await loadGrants(em, user.id), token: null };
}

/** The caller behind an API token, or null when the token is unknown, revoked, expired or its user deactivated. */
export async function callerFromToken(em: EntityManager, secret: string): Promise<Caller | null> {
  const token = await em.findOne(ApiToken, { secretHash: hashSecret(secret) }, { populate: ['user'] });
  const now = new Date();
  if (!token || token.revokedAt || token.expiresAt <= now || !token.user.getEntity().active) return null;
  // Recording every use would write on every read; once a minute is enough to show a token is in use.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  const user = token.user.getEntity();
  return { user, grants: await loadGrants(em, user.id), token: { id: token.id, scope: token.scope } };
}
