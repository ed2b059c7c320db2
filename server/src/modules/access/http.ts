import type { RequestHandler, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Caller } from './access.js';
import { actorStorage } from '../audit/actor.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { callerFromSession, callerFromToken, SESSION_COOKIE, type Identity } from './session.service.js';
import type { Freshness } from '../../db/freshness.js';

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      // A cookie that is not valid percent-encoding cannot be one we set: no session.
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export interface Identified {
  caller: Caller | null;
  sessionSecret: string | null;
  /** Null without a caller. */
  freshness: Freshness | null;
}

export const identified = (res: Response): Identified => res.locals.identified as Identified;

/**
 * Finds the caller of a request from its Bearer token or session cookie, and makes it the actor of every
 * change the request saves. A token that does not work is refused at once: an integration must not
 * silently fall back to anonymous access.
 */
export function identifyCaller(orm: MikroORM, log: Logger): RequestHandler {
  return async (req, res, next) => {
    try {
      // Identification reads plain rows through the connection: no fork or identity map is needed.
      const em = orm.em;
      const auth = req.headers.authorization;
      let identity: Identity | null = null;
      let sessionSecret: string | null = null;
      if (auth) {
        const match = /^Bearer\s+(\S+)$/i.exec(auth);
        identity = match ? await callerFromToken(em, match[1]) : null;
        if (!identity) {
          res.status(401).json({ errors: [{ message: 'The API token is unknown, expired or revoked.', extensions: { code: 'UNAUTHENTICATED' } }] });
          return;
        }
      } else {
        sessionSecret = readCookie(req.headers.cookie, SESSION_COOKIE);
        identity = sessionSecret ? await callerFromSession(em, sessionSecret) : null;
      }
      const caller: Caller | null = identity?.caller ?? null;
      res.locals.identified = { caller, sessionSecret, freshness: identity?.freshness ?? null } satisfies Identified;
      actorStorage.run({ userId: caller?.user.id ?? null, tokenId: caller?.token?.id ?? null }, next);
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        log.warn({ err }, 'could not identify the caller: the database is unavailable');
        respondUnavailable(res);
        return;
      }
      log.error({ err }, 'could not identify the caller');
      res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
