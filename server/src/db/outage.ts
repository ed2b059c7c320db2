import type { ServerResponse } from 'node:http';
import type { Response } from 'express';

/** Seconds a client is told to wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly.';

/** Socket errors of a connection that cannot be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs that mean "the server cannot serve you now": class 08 (connection exceptions),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Messages of pg and knex that carry no code. */
const MESSAGES = [/connection terminated/i, /timeout acquiring a connection/i, /is not queryable/i, /connection (is )?closed/i, /the database system is (starting up|shutting down|in recovery mode)/i];

/**
 * Whether an error, or anything it wraps (MikroORM and knex wrap the driver's error, and a refused
 * connection to "localhost" is an AggregateError of one per address), means the database is unreachable.
 * Every place that answers clients asks this one function.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; errors?: unknown; originalError?: unknown; name?: unknown };
  for (const code of [e.code, e.sqlState]) {
    if (typeof code !== 'string') continue;
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (e.name === 'KnexTimeoutError' || e.name === 'ConnectionException') return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  const inner = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== err && isDatabaseUnavailable(x, depth + 1));
}

/** The answer of every HTTP route while the database is unreachable: retryable, and said so. */
export function respondUnavailable(res: Response | ServerResponse): void {
  // Plain Node calls, so that the front of the server (before Express) answers the same way.
  res.statusCode = 503;
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}
