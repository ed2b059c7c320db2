import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import type { Caller, Grant } from './access.js';
import { AttemptLimit, type Reservation } from './rate-limit.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import { Session, type TokenScope } from './session.entity.js';
import { User } from './user.entity.js';
import { CALLER_COLUMNS } from './visibility.js';
import { freshnessColumns, freshnessFrom, type Freshness, type FreshnessRow } from '../../db/freshness.js';

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

// Identifying a caller is one statement on every request: the session or token, its user and the user's roles,
// read as plain rows (no entities), with the expiry, revocation and deactivation rules in the WHERE clause.
const GRANTS = `coalesce((select json_agg(json_build_object('role', r.role, 'programmeId', r.programme_id, 'projectId', r.project_id, 'organisationId', r.organisation_id))
  from role_assignment r where r.user_id = u.id), '[]'::json) as grants`;

const SESSION_CALLER = `select u.id as user_id, ${GRANTS}, s.id as session_id, ${freshnessColumns('s')}
  from session s join app_user u on u.id = s.user_id
  where s.secret_hash = ? and s.expires_at > now() and u.active`;

/**
 * The caller of a session as one row of flags and id arrays (visibility.ts CALLER_COLUMNS), for a compiled read
 * that identifies its caller inside its own statement; no row when the session does not open anything. The
 * session rules are those of SESSION_CALLER.
 */
export const SESSION_CALLER_ROW = `select u.id as user_id, ${CALLER_COLUMNS}
  from session s join app_user u on u.id = s.user_id left join role_assignment r on r.user_id = u.id
  where s.secret_hash = ? and s.expires_at > now() and u.active
  group by u.id`;

// Recording every use of a token would write on every read; once a minute is enough to show it is in use. The
// update rides in the same statement and touches (and locks) the row only when the last record is older.
const TOKEN_CALLER = `with found as (
    select t.id, t.scope, u.id as user_id, ${GRANTS}, ${freshnessColumns('t')}
    from api_token t join app_user u on u.id = t.user_id
    where t.secret_hash = ? and t.revoked_at is null and t.expires_at > now() and u.active
  ), touched as (
    update api_token set last_used_at = now()
    where id in (select id from found) and (last_used_at is null or last_used_at < now() - interval '1 minute')
  )
  select id as token_id, scope, user_id, grants, codelist_version, seconds_since_write from found`;

interface CallerRow extends FreshnessRow {
  user_id: string;
  grants: Grant[];
  session_id?: string;
  token_id?: string;
  scope?: TokenScope;
}

/** A caller, with what the same statement says about how fresh its reads must be (db/freshness.ts). */
export interface Identity {
  caller: Caller;
  freshness: Freshness;
}

/** The caller behind a session cookie, or null when the session is unknown, expired or its user deactivated. */
export async function callerFromSession(em: EntityManager, secret: string): Promise<Identity | null> {
  const [row]: CallerRow[] = await em.getConnection().execute(SESSION_CALLER, [hashSecret(secret)]);
  return row ? { caller: { user: { id: row.user_id }, grants: row.grants, token: null }, freshness: freshnessFrom(row, { table: 'session', id: row.session_id! }) } : null;
}

/** The caller behind an API token, or null when the token is unknown, revoked, expired or its user deactivated. */
export async function callerFromToken(em: EntityManager, secret: string): Promise<Identity | null> {
  const [row]: CallerRow[] = await em.getConnection().execute(TOKEN_CALLER, [hashSecret(secret)]);
  return row
    ? { caller: { user: { id: row.user_id }, grants: row.grants, token: { id: row.token_id!, scope: row.scope! } }, freshness: freshnessFrom(row, { table: 'api_token', id: row.token_id! }) }
    : null;
}
