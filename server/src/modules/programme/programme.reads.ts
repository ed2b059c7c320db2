import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { IN_IDS, idList, listLoader, rowLoader, tracked } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProgramme, visibleProject, type Condition } from '../access/visibility.js';
import { NotFound } from '../common/errors.js';
import { likePattern } from '../common/versioning.js';
import type { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { COUNTRY, FOCUS_AREA, LEGAL_INSTRUMENT, SDG_TARGET } from '../reference/reference.reads.js';
import type { ProgrammeFilter } from './programme.inputs.js';

/** A programme as the schema shows it: a plain row, with the id of its lead agency. */
export interface ProgrammeRow {
  id: string;
  leadAgencyId: string;
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  isDemo: boolean;
  startDate: string;
  endDate: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

const PROGRAMME = `pg.id, pg.lead_agency_id as "leadAgencyId", pg.iati_identifier as "iatiIdentifier", pg.title, pg.description, pg.status, pg.is_demo as "isDemo",
  pg.start_date as "startDate", pg.end_date as "endDate", ${tracked('pg')}`;

/** Programmes the caller reads, by title. */
export function listProgrammes(reader: Reader, access: Access, filter?: ProgrammeFilter): Promise<ProgrammeRow[]> {
  const parts: Condition[] = [visibleProgramme(access)];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
  if (!filter?.includeArchived) add('pg.archived_at is null');
  if (filter?.status) add('pg.status = ?', filter.status);
  if (filter?.focusArea) add('exists (select 1 from programme_focus_area x where x.programme_id = pg.id and x.focus_area_code = ?)', filter.focusArea);
  if (filter?.country) add('exists (select 1 from programme_country x where x.programme_id = pg.id and x.country_code = ?)', filter.country.toUpperCase());
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    add('(pg.title ilike ? or pg.description ilike ? or pg.iati_identifier ilike ?)', like, like, like);
  }
  return reader.rows(`select ${PROGRAMME} from programme pg where ${parts.map((c) => c.sql).join(' and ')} order by pg.title, pg.id`, parts.flatMap((c) => c.params));
}

/** One programme the caller reads; one it may not see is reported as not found. */
export async function getProgramme(reader: Reader, access: Access, id: string): Promise<ProgrammeRow> {
  const visible = visibleProgramme(access);
  const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await reader.rows<ProgrammeRow>(`select ${PROGRAMME} from programme pg where pg.id = ? and ${visible.sql}`, [id, ...visible.params]) : [];
  if (!row) throw new NotFound('Programme', id);
  return row;
}

/** A programme by id, for a project or a role assignment that names it; reading a project lets one read its programme. */
export const programmeLoader = (reader: Reader) => rowLoader<ProgrammeRow>(reader, `select ${PROGRAMME} from programme pg where pg.id in $KEYS`, (r) => r.id);

/** One of a programme's reference lists, through its pivot table. */
const referenceList = <T>(reader: Reader, pivot: string, table: string, columns: string, alias: string, order: string) =>
  listLoader<T & { programmeId: string }>(
    reader,
    `select x.programme_id as "programmeId", ${columns} from ${pivot} x join ${table} ${alias} on ${alias}.code = x.${table}_code where x.programme_id in $KEYS order by ${order}`,
    (r) => r.programmeId,
  );

export const programmeListLoaders = (reader: Reader) => ({
  focusAreas: referenceList<FocusArea>(reader, 'programme_focus_area', 'focus_area', FOCUS_AREA, 'f', 'f.name'),
  legalInstruments: referenceList<LegalInstrument>(reader, 'programme_legal_instrument', 'legal_instrument', LEGAL_INSTRUMENT, 'l', 'l.family, l.adopted nulls last, l.code'),
  sdgTargets: referenceList<SdgTarget>(reader, 'programme_sdg_target', 'sdg_target', SDG_TARGET, 's', 's.goal, s.code'),
  countries: referenceList<Country>(reader, 'programme_country', 'country', COUNTRY, 'c', 'c.name'),
});

/** Number of active projects the caller reads per programme, counted in SQL for all programmes of a response at once. */
export function projectCountLoader(reader: Reader, access: Access): DataLoader<string, number> {
  return new DataLoader(async (ids: readonly string[]) => {
    const visible = visibleProject(access);
    const rows = await reader.rows<{ programmeId: string; n: number }>(
      `select p.programme_id as "programmeId", count(*)::int as n from project p
       where p.archived_at is null and p.programme_id in ${IN_IDS} and ${visible.sql} group by p.programme_id`,
      [idList(ids), ...visible.params],
    );
    const counts = new Map(rows.map((r) => [r.programmeId, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
