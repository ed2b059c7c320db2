import type { Reader } from '../../db/reader.js';
import { rowLoader } from '../../db/rows.js';
import type { CodelistEntry, Country, FocusArea, LegalInstrument, SdgTarget } from './reference.entity.js';

// Reference rows have the entity's shape: plain columns, no relations.
const COUNTRY = `c.code, c.name, c.region`;
const FOCUS_AREA = `f.code, f.name, f.description`;
const LEGAL_INSTRUMENT = `l.code, l.name, l.short_name as "shortName", l.family, l.adopted`;
const SDG_TARGET = `s.code, s.goal, s.title`;

/** The same rows as objects, for lists embedded in a programme's or project's row. */
export const countryJson = (c: string) => `json_build_object('code', ${c}.code, 'name', ${c}.name, 'region', ${c}.region)`;
export const focusAreaJson = (f: string) => `json_build_object('code', ${f}.code, 'name', ${f}.name, 'description', ${f}.description)`;
export const legalInstrumentJson = (l: string) =>
  `json_build_object('code', ${l}.code, 'name', ${l}.name, 'shortName', ${l}.short_name, 'family', ${l}.family, 'adopted', ${l}.adopted)`;
export const sdgTargetJson = (s: string) => `json_build_object('code', ${s}.code, 'goal', ${s}.goal, 'title', ${s}.title)`;

export const countryLoader = (reader: Reader) => rowLoader<Country>(reader, `select ${COUNTRY} from country c where c.code in $KEYS`, (r) => r.code, true);

export const listCountries = (reader: Reader) => reader.rows<Country>(`select ${COUNTRY} from country c order by c.name`);
export const listFocusAreas = (reader: Reader) => reader.rows<FocusArea>(`select ${FOCUS_AREA} from focus_area f order by f.name`);
export const listLegalInstruments = (reader: Reader) =>
  reader.rows<LegalInstrument>(`select ${LEGAL_INSTRUMENT} from legal_instrument l order by l.family, l.adopted nulls last, l.code`);
export const listSdgTargets = (reader: Reader) => reader.rows<SdgTarget>(`select ${SDG_TARGET} from sdg_target s order by s.goal, s.code`);
export const listCodelist = (reader: Reader, list: string) =>
  reader.rows<CodelistEntry>(`select e.id, e.list, e.code, e.name, e.description, e.category from codelist_entry e where e.list = ? order by e.code`, [list]);
