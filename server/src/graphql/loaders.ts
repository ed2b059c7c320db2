import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { projectCountLoader } from '../modules/programme/programme.loaders.js';

/** Batch loaders for lookups that are not plain ORM relations; one set per request. */
export interface Loaders {
  projectCount: DataLoader<string, number>;
}

export function createLoaders(em: EntityManager): Loaders {
  return { projectCount: projectCountLoader(em) };
}
