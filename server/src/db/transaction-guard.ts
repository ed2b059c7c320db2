import { TransactionContext, type MikroORM } from '@mikro-orm/core';

export class SecondConnectionInTransaction extends Error {
  constructor() {
    super('A database connection was requested while the same request holds an open transaction; use the transaction instead.');
  }
}

interface PoolClient {
  acquireConnection: () => Promise<unknown>;
}

/**
 * A transaction must do all its work on its own connection. Code inside `em.transactional` that queries
 * through another EntityManager asks the pool for a second connection while holding locks; under load every
 * connection ends up waiting for another, and the server stalls. This refuses such a request at once, so the
 * mistake shows as an error in the tests instead of a stall in production.
 */
export function guardTransactionConnections(orm: MikroORM): void {
  const client = (orm.em.getConnection() as unknown as { getKnex: () => { client: PoolClient } }).getKnex().client;
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () => {
    // MikroORM runs a transactional callback inside this async context, with the transaction set once it has begun.
    const open = TransactionContext.currentTransactionContext()?.em.getTransactionContext();
    return open ? Promise.reject(new SecondConnectionInTransaction()) : acquire();
  };
}
