import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: one EntityManager fork for the request, its logger and its batch loaders. */
export interface Context {
  em: EntityManager;
  log: Logger;
  loaders: Loaders;
}

export function createContext(em: EntityManager, log: Logger): Context {
  return { em, log, loaders: createLoaders(em) };
}
