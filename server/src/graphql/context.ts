import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders.js';
import type { CodeNames } from '../modules/reference/code-names.js';
import { Access } from '../modules/access/access.js';
import { identified } from '../modules/access/http.js';
import { SESSION_COOKIE } from '../modules/access/session.service.js';
import { createReader, ReadRoute, type Reader } from '../db/reader.js';
import type { Freshness } from '../db/freshness.js';

export interface ContextSettings {
  sessionHours: number;
  cookieSecure: boolean;
  /** The currency money figures are converted into. */
  reportingCurrency: string;
  /** The address the app is reached at (PUBLIC_URL), for links given to the outside world; unset, links are paths. */
  publicUrl?: string;
}

/** What every resolver receives: one EntityManager fork for the request, the caller's access, loaders and HTTP helpers. */
export interface Context {
  em: EntityManager;
  /** Plain-row reads for lists, pages and summaries (see db/reader.ts). */
  reader: Reader;
  /** Whether the reader may use the replica; a mutation sends the rest of its request to the primary. */
  route: ReadRoute;
  /** What identifying the caller said about the versions this request must see (db/freshness.ts). */
  freshness: Freshness | null;
  log: Logger;
  loaders: Loaders;
  /** Names of IATI codes, for the `…Name` fields. */
  codes: CodeNames;
  /** Who is calling and what it may see and change. */
  access: Access;
  settings: ContextSettings;
  http: {
    address: string;
    sessionSecret: string | null;
    setSessionCookie: (secret: string) => void;
    clearSessionCookie: () => void;
  };
}

/**
 * `fork` makes the request's EntityManager. It and the loaders are made on first use: an operation that reads
 * no data (a signed-in `{ __typename }`, a health probe through GraphQL) then costs only the identifying statement.
 */
export function createContext(
  fork: () => EntityManager,
  log: Logger,
  codes: CodeNames,
  settings: ContextSettings,
  req: Request,
  res: Response,
  route: ReadRoute = new ReadRoute(false),
): Context {
  const { caller, sessionSecret, freshness } = identified(res);
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: settings.cookieSecure, path: '/' };
  let em: EntityManager | undefined;
  const requestEm = () => (em ??= fork());
  const access = new Access(caller, requestEm);
  let loaders: Loaders | undefined;
  const reader = createReader(requestEm, route);
  return {
    reader,
    route,
    freshness,
    get em() {
      return requestEm();
    },
    log,
    codes,
    settings,
    get loaders() {
      return (loaders ??= createLoaders(reader, requestEm(), access));
    },
    access,
    http: {
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      sessionSecret,
      setSessionCookie: (secret) => res.cookie(SESSION_COOKIE, secret, { ...cookie, maxAge: settings.sessionHours * 3600_000 }),
      clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookie),
    },
  };
}
