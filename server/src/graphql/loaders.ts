import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reader } from '../db/reader.js';
import { projectCountLoader } from '../modules/programme/programme.loaders.js';
import type { Access } from '../modules/access/access.js';
import { logframeLoaders, type LogframeLoaders } from '../modules/logframe/logframe.reads.js';
import { organisationLoader, type OrganisationRow } from '../modules/organisation/organisation.reads.js';
import { countryLoader } from '../modules/reference/reference.reads.js';
import type { Country } from '../modules/reference/reference.entity.js';

/** Batch loaders of plain rows, one statement per kind for a whole response; one set per request. */
export interface Loaders {
  projectCount: DataLoader<string, number>;
  logframe: LogframeLoaders;
  organisation: DataLoader<string, OrganisationRow | null>;
  country: DataLoader<string, Country | null>;
}

export function createLoaders(reader: Reader, em: EntityManager, access: Access): Loaders {
  return {
    projectCount: projectCountLoader(em, access),
    logframe: logframeLoaders(reader),
    organisation: organisationLoader(reader),
    country: countryLoader(reader),
  };
}
