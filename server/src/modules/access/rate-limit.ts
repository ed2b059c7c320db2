import { DomainError } from '../common/errors.js';

export class RateLimited extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, [], { retryAfterSeconds });
  }
}

/**
 * Counts failed sign-ins per key within a sliding window. Kept in memory: Accord runs as one process,
 * and a restart forgetting the counts only gives an attacker one more window.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Throws RATE_LIMITED while the key has used up its failures. */
  check(key: string): void {
    const list = this.recent(key);
    if (list.length >= this.limit) throw new RateLimited((list[0] + this.windowMs - this.now()) / 1000);
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
