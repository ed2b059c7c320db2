import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reader } from '../db/reader.js';
import type { Access } from '../modules/access/access.js';
import { logframeLoaders } from '../modules/logframe/logframe.reads.js';
import { reportingLoaders } from '../modules/reporting/reporting.reads.js';
import { organisationLoader } from '../modules/organisation/organisation.reads.js';
import { countryLoader } from '../modules/reference/reference.reads.js';
import { recipientCountriesLoader, sectorsLoader } from '../modules/activity/activity.reads.js';
import { participationsLoader } from '../modules/participation/participation.reads.js';
import { documentsLoader, focusAreasLoader, projectLoader, projectsOfProgrammeLoader } from '../modules/project/project.reads.js';
import { programmeListLoaders, programmeLoader, projectCountLoader } from '../modules/programme/programme.reads.js';

/** Batch loaders of plain rows, one statement per kind for a whole response; one set per request. */
export function createLoaders(reader: Reader, em: EntityManager, access: Access) {
  const projectsOfProgramme = new Map<boolean, ReturnType<typeof projectsOfProgrammeLoader>>();
  return {
    logframe: logframeLoaders(reader),
    reporting: reportingLoaders(reader),
    organisation: organisationLoader(reader),
    country: countryLoader(reader),
    programme: programmeLoader(reader),
    programmeLists: programmeListLoaders(reader),
    programmeSectors: sectorsLoader(reader, 'programme_id'),
    programmeParticipations: participationsLoader(reader, 'programme_id'),
    projectCount: projectCountLoader(reader, access),
    projectsOfProgramme: (includeArchived: boolean) => {
      let loader = projectsOfProgramme.get(includeArchived);
      if (!loader) projectsOfProgramme.set(includeArchived, (loader = projectsOfProgrammeLoader(reader, access, includeArchived)));
      return loader;
    },
    project: projectLoader(reader),
    projectFocusAreas: focusAreasLoader(reader),
    recipientCountries: recipientCountriesLoader(reader),
    projectSectors: sectorsLoader(reader, 'project_id'),
    projectParticipations: participationsLoader(reader, 'project_id'),
    documents: documentsLoader(reader),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
