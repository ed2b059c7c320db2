import type { Reader } from '../../db/reader.js';
import { listLoader } from '../../db/rows.js';

/** What a programme or a project owns; lists are loaded per owner column. */
// Shares are kept in the order they were entered: a list is always replaced whole, never updated in place, so
// its rows' physical order (ctid) is that order, as the ORM read it before.
export type Owner = 'programme_id' | 'project_id';

export interface RecipientCountryRow {
  projectId: string;
  countryCode: string;
  percentage: number;
}

export interface SectorShareRow {
  ownerId: string;
  vocabulary: string;
  code: string;
  percentage: number;
}

export const recipientCountriesLoader = (reader: Reader) =>
  listLoader<RecipientCountryRow>(
    reader,
    `select rc.project_id as "projectId", rc.country_code as "countryCode", rc.percentage::float8 as percentage
     from recipient_country rc where rc.project_id in $KEYS order by rc.project_id, rc.ctid`,
    (r) => r.projectId,
  );

export const sectorsLoader = (reader: Reader, owner: Owner) =>
  listLoader<SectorShareRow>(
    reader,
    `select s.${owner} as "ownerId", s.vocabulary, s.code, s.percentage::float8 as percentage
     from sector_share s where s.${owner} in $KEYS order by s.${owner}, s.ctid`,
    (r) => r.ownerId,
  );
