import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is making the changes in the current request; the audit trail reads it when changes are flushed. */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
}

export const actorStorage = new AsyncLocalStorage<Actor>();

export const currentActor = (): Actor => actorStorage.getStore() ?? { userId: null, tokenId: null };
