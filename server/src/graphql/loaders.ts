import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { projectCountLoader } from '../modules/programme/programme.loaders.js';
import type { Access } from '../modules/access/access.js';

/** Batch loaders for lookups that are not plain ORM relations; one set per request. */
export interface Loaders {
  projectCount: DataLoader<string, number>;
}

export function createLoaders(em: EntityManager, access: Access): Loaders {
  return { projectCount: projectCountLoader(em, access) };
}
