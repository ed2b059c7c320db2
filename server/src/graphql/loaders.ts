import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { projectCountLoader } from '../modules/programme/programme.loaders.js';
import type { Access } from '../modules/access/access.js';
import { logframeLoaders, type LogframeLoaders } from '../modules/logframe/logframe.loaders.js';

/** Batch loaders for lookups that are not plain ORM relations; one set per request. */
export interface Loaders {
  projectCount: DataLoader<string, number>;
  logframe: LogframeLoaders;
}

export function createLoaders(em: EntityManager, access: Access): Loaders {
  return { projectCount: projectCountLoader(em, access), logframe: logframeLoaders(em) };
}
