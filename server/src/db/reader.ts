import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable } from './outage.js';

/**
 * The road reads take: plain rows from SQL, shaped for the schema, never hydrated entities. Reads of lists, pages
 * and summaries go through a Reader; writes go through entities and services. One per request, made on first use.
 *
 * Parameters are knex bindings (`?`); knex expands a JS array into a list, so pass an array as JSON text and
 * unpack it in SQL (`select value::uuid from json_array_elements_text(?::json)`).
 *
 * Where the rows come from (see ReadRoute): inside a transaction, from that transaction; in a request that
 * must see its own writes, from the primary; otherwise from the read replica when one is configured.
 */
export interface Reader {
  rows<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * Whether a request's plain-row reads may go to the replica, which may lag behind the primary by a moment.
 * They may not once the request runs a mutation (its reads during and after the change must see it), nor
 * while the caller's own last change is recent, on whichever instance it was made (the session or token
 * records it: see freshness.ts). Everything else, entity reads included, is on the primary anyway.
 */
export class ReadRoute {
  private primary: boolean;

  constructor(
    readonly replicaConfigured: boolean,
    /** Seconds since the caller's last change, or null; and the window after it. */
    secondsSinceWrite: number | null = null,
    readYourWritesSeconds = 0,
  ) {
    this.primary = secondsSinceWrite !== null && secondsSinceWrite < readYourWritesSeconds;
  }

  /** From now on this request reads from the primary. */
  usePrimary(): void {
    this.primary = true;
  }

  get target(): 'primary' | 'replica' {
    return this.replicaConfigured && !this.primary ? 'replica' : 'primary';
  }
}

/** The transaction open in this async context (a resolver inside `em.transactional`), if any. */
function openTransaction(): EntityManager | null {
  const em = TransactionContext.currentTransactionContext()?.em as EntityManager | undefined;
  return em?.getTransactionContext() ? em : null;
}

/** After a replica fails to answer, this process reads from the primary for this long before trying it again. */
export const REPLICA_RETRY_MS = 5_000;
const replicaDownUntil = new WeakMap<object, number>();

export function createReader(em: () => EntityManager, route: ReadRoute = new ReadRoute(false)): Reader {
  return {
    rows: async <T>(sql: string, params: readonly unknown[] = []) => {
      const tx = openTransaction();
      // The transaction's own connection: it sees the transaction's writes, and no second connection is taken.
      if (tx) return (await tx.execute(sql, [...params])) as T[];
      const primary = em().getConnection('write');
      const replica = em().getConnection('read');
      if (route.target === 'primary' || (replicaDownUntil.get(replica) ?? 0) > Date.now()) return (await primary.execute(sql, [...params])) as T[];
      try {
        return (await replica.execute(sql, [...params])) as T[];
      } catch (err) {
        // A replica that is down or restarting costs its readers the primary's time, and only the first of them a wait.
        if (!isDatabaseUnavailable(err)) throw err;
        replicaDownUntil.set(replica, Date.now() + REPLICA_RETRY_MS);
        return (await primary.execute(sql, [...params])) as T[];
      }
    },
  };
}
