import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders.js';
import type { CodeNames } from '../modules/reference/code-names.js';

/** What every resolver receives: one EntityManager fork for the request, its logger and its batch loaders. */
export interface Context {
  em: EntityManager;
  log: Logger;
  loaders: Loaders;
  /** Names of IATI codes, for the `…Name` fields. */
  codes: CodeNames;
}

export function createContext(em: EntityManager, log: Logger, codes: CodeNames): Context {
  return { em, log, codes, loaders: createLoaders(em) };
}
