import type { Reader } from '../../db/reader.js';
import { embedded, objectListLoader } from '../../db/rows.js';
import type { Country } from '../reference/reference.entity.js';
import { countryJson } from '../reference/reference.reads.js';

/** What a programme or a project owns; lists are loaded per owner column. */
export type Owner = 'programme_id' | 'project_id';

// Shares are kept in the order they were entered: a list is always replaced whole, never updated in place, so
// its rows' physical order (ctid) is that order, as the ORM read it before.

export interface RecipientCountryRow {
  countryCode: string;
  percentage: number;
  country: Country;
}

export interface SectorShareRow {
  vocabulary: string;
  code: string;
  percentage: number;
}

const RECIPIENT_COUNTRY = `json_build_object('countryCode', rc.country_code, 'percentage', rc.percentage, 'country', ${countryJson('c')})`;
const RECIPIENT_COUNTRIES = `from recipient_country rc join country c on c.code = rc.country_code`;
const SECTOR = `json_build_object('vocabulary', s.vocabulary, 'code', s.code, 'percentage', s.percentage)`;

/** The recipient countries of `project <p>`, as a JSON list inside its row. */
export const recipientCountriesOf = (p: string) => embedded(RECIPIENT_COUNTRY, `${RECIPIENT_COUNTRIES} where rc.project_id = ${p}.id`, 'rc.ctid');

/** The sectors of the programme or project aliased `alias`, as a JSON list inside its row. */
export const sectorsOf = (owner: Owner, alias: string) => embedded(SECTOR, `from sector_share s where s.${owner} = ${alias}.id`, 's.ctid');

export const recipientCountriesLoader = (reader: Reader) =>
  objectListLoader<RecipientCountryRow>(reader, `select rc.project_id as k, ${RECIPIENT_COUNTRY} as j ${RECIPIENT_COUNTRIES} where rc.project_id in $KEYS order by rc.project_id, rc.ctid`);

export const sectorsLoader = (reader: Reader, owner: Owner) =>
  objectListLoader<SectorShareRow>(reader, `select s.${owner} as k, ${SECTOR} as j from sector_share s where s.${owner} in $KEYS order by s.${owner}, s.ctid`);
