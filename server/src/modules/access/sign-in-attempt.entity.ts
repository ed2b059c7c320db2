import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts counted in the current window of one account or one address. Only SQL in rate-limit.ts
 * touches it, so that every app instance counts in the same row, atomically.
 */
@Entity({ tableName: 'sign_in_attempt' })
export class SignInAttempt {
  /** SHA-256 of what is counted (`account:<email>` or `address:<ip>`): fixed size, and no addresses kept in clear. */
  @PrimaryKey({ type: 'string', length: 64 })
  key!: string;

  /** Milliseconds, as JavaScript dates carry, so that a release can name the window it reserved in. */
  @Index({ name: 'sign_in_attempt_window_start_index' })
  @Property({ type: 'datetime', length: 3 })
  windowStart!: Date;

  @Property({ type: 'integer' })
  attempts!: number;
}
