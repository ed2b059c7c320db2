import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInput, NotFound, Problems } from '../common/errors.js';
import { Forbidden, type Caller } from './access.js';
import { newSecret } from './secrets.js';
import { ApiToken } from './session.entity.js';
import type { ApiTokenInput } from './access.inputs.js';

/** The longest a token may last, in days. */
export const MAX_TOKEN_DAYS = 366;

/** Tokens are made by a signed-in person for themselves; a token cannot make or revoke tokens. */
function assertSignedInInPerson(caller: Caller): void {
  if (caller.token) throw new Forbidden('API tokens cannot manage API tokens; sign in to do this.');
}

export async function createApiToken(em: EntityManager, caller: Caller, input: ApiTokenInput) {
  assertSignedInInPerson(caller);
  const problems = new Problems();
  if (!input.name.trim()) problems.add('name', 'a name is required');
  const ms = input.expiresAt.getTime() - Date.now();
  if (ms <= 0) problems.add('expiresAt', 'the expiry must be in the future');
  else if (ms > MAX_TOKEN_DAYS * 86_400_000) problems.add('expiresAt', 'a token may last at most a year');
  problems.throwIfAny();
  const { secret, hash } = newSecret('acc_');
  const token = em.create(ApiToken, { user: caller.user.id, name: input.name.trim(), scope: input.scope, expiresAt: input.expiresAt, secretHash: hash, prefix: secret.slice(0, 10) });
  await em.flush();
  return { token, secret };
}

export function listApiTokens(em: EntityManager, caller: Caller): Promise<ApiToken[]> {
  return em.find(ApiToken, { user: caller.user.id }, { orderBy: { createdAt: 'desc' } });
}

export async function revokeApiToken(em: EntityManager, caller: Caller, id: string): Promise<ApiToken> {
  assertSignedInInPerson(caller);
  const token = await em.findOne(ApiToken, { id, user: caller.user.id });
  if (!token) throw new NotFound('API token', id);
  if (token.revokedAt) throw new InvalidInput([{ field: 'id', message: 'the token is already revoked' }]);
  token.revokedAt = new Date();
  await em.flush();
  return token;
}
