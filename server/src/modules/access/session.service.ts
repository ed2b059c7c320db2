import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import type { Caller } from './access.js';
import { loadGrants } from './grants.js';
import { AttemptLimit, type Reservation } from './rate-limit.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import { ApiToken, Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'accord_session';

/**
 * Sign-in attempts: 5 per account and 20 per address within 15 minutes. A failure keeps its attempt; a success
 * clears the account's count and gives the address its attempt back, so only failures use them up.
 */
export const signInLimits = {
  perAccount: new AttemptLimit('account', 5),
  perAddress: new AttemptLimit('address', 20),
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
  // Both attempts are counted before the (slow) verification, so parallel requests cannot all slip past the limit.
  const forAccount = await signInLimits.perAccount.reserve(em, account);
  let forAddress: Reservation;
  try {
    forAddress = await signInLimits.perAddress.reserve(em, address);
  } catch (err) {
    await signInLimits.perAccount.release(em, forAccount);
    throw err;
  }
  let outcome: 'failed' | 'signed in' | 'unknown' = 'unknown';
  try {
    const user = await em.findOne(User, { email: account });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid || !user.active) {
      outcome = 'failed';
      throw new SignInRefused();
    }
    const { secret, hash } = newSecret('s_');
    // The session is saved only if the password is still the one verified: a reset or change that is being
    // saved holds the user's row until it commits, and then the old password opens nothing.
    await em.transactional(async (tx) => {
      const [row] = await tx.execute(`select password_hash, active from app_user where id = ? for share`, [user.id]);
      if (row?.password_hash !== user.passwordHash || !row.active) {
        outcome = 'failed';
        throw new SignInRefused();
      }
      tx.create(Session, { user: user.id, secretHash: hash, expiresAt: new Date(Date.now() + sessionHours * 3600_000) });
    });
    outcome = 'signed in';
    return { user, secret };
  } finally {
    // A failure keeps both attempts. An attempt that could not be judged (the database failed) is given back.
    if (outcome === 'signed in') await signInLimits.perAccount.clear(em, forAccount);
    else if (outcome === 'unknown') await signInLimits.perAccount.release(em, forAccount);
    if (outcome !== 'failed') await signInLimits.perAddress.release(em, forAddress);
  }
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
