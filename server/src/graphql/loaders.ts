import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CodelistEntry } from '../modules/reference/reference.entity.js';
import { projectCountLoader } from '../modules/programme/programme.loaders.js';

/** Batch loaders for lookups that are not plain ORM relations; one set per request. */
export interface Loaders {
  /** Codelist entry by `list:code`, e.g. `ActivityStatus:2`. */
  codelist: DataLoader<string, CodelistEntry | null>;
  projectCount: DataLoader<string, number>;
}

export function createLoaders(em: EntityManager): Loaders {
  return {
    codelist: new DataLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((k) => {
        const at = k.indexOf(':');
        return { list: k.slice(0, at), code: k.slice(at + 1) };
      });
      const rows = await em.find(CodelistEntry, { $or: pairs });
      const byKey = new Map(rows.map((r) => [`${r.list}:${r.code}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    projectCount: projectCountLoader(em),
  };
}
