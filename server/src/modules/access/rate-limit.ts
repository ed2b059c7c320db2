import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';

export class RateLimited extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, [], { retryAfterSeconds });
  }
}

/** Every limit counts in windows of this length, which is also how long a row is kept. */
export const WINDOW_SECONDS = 15 * 60;

/** A reserved attempt: the row it was counted in and the window it was counted in. */
export interface Reservation {
  key: string;
  windowStart: Date;
}

const keyOf = (kind: string, value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex');

/**
 * Counts attempts per key in PostgreSQL, so that every app instance sees the same count. An attempt is
 * reserved before the password is verified, in one atomic upsert, so however many requests arrive at once,
 * no more than `limit` per window get past it. The clock is the database's, for the same reason.
 */
export class AttemptLimit {
  constructor(
    private readonly kind: string,
    /** Attempts allowed per window. */
    readonly limit: number,
  ) {}

  /** Counts one attempt, or throws RATE_LIMITED when the window's attempts are used up. */
  async reserve(em: EntityManager, value: string): Promise<Reservation> {
    const key = keyOf(this.kind, value);
    // A window that has run out starts again at 1; a full one is left alone and returns no row.
    const rows: { window_start: Date; attempts: number }[] = await em.execute(
      `insert into sign_in_attempt as a (key, window_start, attempts) values (?, clock_timestamp(), 1)
       on conflict (key) do update set
         window_start = case when a.window_start <= excluded.window_start - make_interval(secs => ?) then excluded.window_start else a.window_start end,
         attempts = case when a.window_start <= excluded.window_start - make_interval(secs => ?) then 1 else a.attempts + 1 end
       where a.attempts < ? or a.window_start <= excluded.window_start - make_interval(secs => ?)
       returning a.window_start, a.attempts`,
      [key, WINDOW_SECONDS, WINDOW_SECONDS, this.limit, WINDOW_SECONDS],
    );
    if (!rows.length) {
      const [row] = await em.execute(`select ceil(extract(epoch from window_start + make_interval(secs => ?) - clock_timestamp()))::int as wait from sign_in_attempt where key = ?`, [WINDOW_SECONDS, key]);
      throw new RateLimited(Math.max(1, row?.wait ?? WINDOW_SECONDS));
    }
    // A new window is rare enough to pay for tidying up: expired rows go, through the index on window_start.
    if (rows[0].attempts === 1) await em.execute(`delete from sign_in_attempt where window_start <= clock_timestamp() - make_interval(secs => ?)`, [WINDOW_SECONDS]);
    return { key, windowStart: rows[0].window_start };
  }

  /**
   * Gives a reserved attempt back, as if it had not been made; a window that has started again is left alone.
   * Never throws: when this cannot be written the count stays higher, which errs toward refusing, and the
   * answer the caller gets (a session, or the original error) matters more.
   */
  async release(em: EntityManager, reservation: Reservation): Promise<void> {
    await em
      .execute(`update sign_in_attempt set attempts = attempts - 1 where key = ? and window_start = ? and attempts > 0`, [reservation.key, reservation.windowStart])
      .catch(() => undefined);
  }

  /** Forgets every attempt of the window. Never throws, as release. */
  async clear(em: EntityManager, reservation: Reservation): Promise<void> {
    await em.execute(`delete from sign_in_attempt where key = ?`, [reservation.key]).catch(() => undefined);
  }
}
