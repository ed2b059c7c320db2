import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { IN_IDS, embedded, idList, objectListLoader, objectLoader, objects, trackedJson } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProgramme, visibleProject, type Condition } from '../access/visibility.js';
import { NotFound, Problems } from '../common/errors.js';
import { keysetPage, pageRequest, SortDirection, type Connection, type Ordering, type PageArgs } from '../common/pagination.js';
import { likePattern } from '../common/versioning.js';
import type { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { countryJson, focusAreaJson, legalInstrumentJson, sdgTargetJson } from '../reference/reference.reads.js';
import { organisationJson, type OrganisationRow } from '../organisation/organisation.reads.js';
import { sectorsOf, type SectorShareRow } from '../activity/activity.reads.js';
import { participationsOf, type ParticipationRow } from '../participation/participation.reads.js';
import type { ProgrammeFilter, ProgrammeOrderField } from './programme.inputs.js';

/** A programme as the schema shows it: a plain row with its lead agency, and the lists a read put inside it. */
export interface ProgrammeRow {
  id: string;
  leadAgency: OrganisationRow;
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  isDemo: boolean;
  publishContributions: boolean;
  iatiPublished: boolean;
  startDate: string;
  endDate: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
  focusAreas?: FocusArea[];
  legalInstruments?: LegalInstrument[];
  sdgTargets?: SdgTarget[];
  countries?: Country[];
  sectors?: SectorShareRow[];
  participations?: ParticipationRow[];
  projectCount?: number;
}

/** One of a programme's reference lists, through its pivot table. */
const references = (pivot: string, table: string, object: (alias: string) => string, alias: string, order: string) => ({
  of: (pg: string) => embedded(object(alias), `from ${pivot} x join ${table} ${alias} on ${alias}.code = x.${table}_code where x.programme_id = ${pg}.id`, order),
  loader: (reader: Reader) =>
    objectListLoader(reader, `select x.programme_id as k, ${object(alias)} as j from ${pivot} x join ${table} ${alias} on ${alias}.code = x.${table}_code where x.programme_id in $KEYS order by x.programme_id, ${order}`),
});

const LISTS = {
  focusAreas: references('programme_focus_area', 'focus_area', focusAreaJson, 'f', 'f.name'),
  legalInstruments: references('programme_legal_instrument', 'legal_instrument', legalInstrumentJson, 'l', 'l.family, l.adopted nulls last, l.code'),
  sdgTargets: references('programme_sdg_target', 'sdg_target', sdgTargetJson, 's', 's.goal, s.code'),
  countries: references('programme_country', 'country', countryJson, 'c', 'c.name'),
};

/** Active projects of `programme <pg>` that the caller reads. */
const projectCountOf = (access: Access, pg: string): Condition => {
  const visible = visibleProject(access, 'vp');
  return { sql: `(select count(*)::int from project vp where vp.programme_id = ${pg}.id and vp.archived_at is null and ${visible.sql})`, params: visible.params };
};

/** The JSON object of `programme <pg>` with its lead agency, as it travels inside a project's row. */
export const programmeJson = (pg: string) => programmeObject(pg, new Set()).sql;

/** The JSON object of `programme <pg>` with its lead agency, and the lists named in `include` inside it. */
function programmeObject(pg: string, include: ReadonlySet<string>, access?: Access): Condition {
  const fields = [
    `'id', ${pg}.id, 'iatiIdentifier', ${pg}.iati_identifier, 'title', ${pg}.title, 'description', ${pg}.description, 'status', ${pg}.status,
     'isDemo', ${pg}.is_demo, 'startDate', ${pg}.start_date, 'endDate', ${pg}.end_date, 'publishContributions', ${pg}.publish_contributions, 'iatiPublished', ${pg}.iati_published, ${trackedJson(pg)}`,
    `'leadAgency', (select ${organisationJson('lead')} from organisation lead where lead.id = ${pg}.lead_agency_id)`,
  ];
  for (const [field, list] of Object.entries(LISTS)) if (include.has(field)) fields.push(`'${field}', ${list.of(pg)}`);
  if (include.has('sectors')) fields.push(`'sectors', ${sectorsOf('programme_id', pg)}`);
  if (include.has('participations')) fields.push(`'participations', ${participationsOf('programme_id', pg)}`);
  const params: unknown[] = [];
  if (include.has('projectCount') && access) {
    const count = projectCountOf(access, pg);
    fields.push(`'projectCount', ${count.sql}`);
    params.push(...count.params);
  }
  return { sql: `json_build_object(${fields.join(', ')})`, params };
}

/** The filter of the programme list as SQL on `programme pg`, with the rule of who reads which programme (`visible`). */
export function programmeMatching(visible: Condition, filter: ProgrammeFilter | undefined): Condition {
  const parts: Condition[] = [visible];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
  if (!filter?.includeArchived) add('pg.archived_at is null');
  if (filter?.status) add('pg.status = ?', filter.status);
  if (filter?.focusArea) add('exists (select 1 from programme_focus_area x where x.programme_id = pg.id and x.focus_area_code = ?)', filter.focusArea);
  if (filter?.country) add('exists (select 1 from programme_country x where x.programme_id = pg.id and x.country_code = ?)', filter.country.toUpperCase());
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    add('(pg.title ilike ? or pg.description ilike ? or pg.iati_identifier ilike ?)', like, like, like);
  }
  if (filter?.updatedSince) add('pg.updated_at >= ?', filter.updatedSince);
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

/** Programmes the caller reads, by title, with the lists the response asks for inside each row: one statement. */
export function listProgrammes(reader: Reader, access: Access, filter: ProgrammeFilter | undefined, include: ReadonlySet<string>): Promise<ProgrammeRow[]> {
  const where = programmeMatching(visibleProgramme(access), filter);
  const object = programmeObject('pg', include, access);
  return objects(reader, `select ${object.sql} as j from programme pg where ${where.sql} order by pg.title, pg.id`, [...object.params, ...where.params]);
}

const ORDERINGS: Record<ProgrammeOrderField, Ordering> = {
  TITLE: { keys: [{ sql: (pg) => `${pg}.title`, kind: 'text' }], natural: SortDirection.ASC },
  START_DATE: { keys: [{ sql: (pg) => `${pg}.start_date`, kind: 'date' }], natural: SortDirection.ASC },
  UPDATED_AT: { keys: [{ sql: (pg) => `${pg}.updated_at`, kind: 'timestamp' }], natural: SortDirection.DESC },
};

/** One page of the programmes the caller reads, in the order asked for, with the lists the response asks for inside each row. */
export function programmePage(reader: Reader, access: Access, filter: ProgrammeFilter | undefined, page: PageArgs<ProgrammeOrderField>, include: ReadonlySet<string>): Promise<Connection<ProgrammeRow>> {
  const problems = new Problems();
  const request = pageRequest(problems, 'programmeList', ORDERINGS, page);
  problems.throwIfAny();
  return keysetPage(reader, request, { table: 'programme', t: 'pg', where: programmeMatching(visibleProgramme(access), filter), json: programmeObject('pg', include, access) });
}

/** One programme the caller reads; one it may not see is reported as not found. */
export async function getProgramme(reader: Reader, access: Access, id: string, include: ReadonlySet<string> = new Set()): Promise<ProgrammeRow> {
  const visible = visibleProgramme(access);
  const object = programmeObject('pg', include, access);
  const [row] = /^[0-9a-f-]{36}$/i.test(id)
    ? await objects<ProgrammeRow>(reader, `select ${object.sql} as j from programme pg where pg.id = ? and ${visible.sql}`, [...object.params, id, ...visible.params])
    : [];
  if (!row) throw new NotFound('Programme', id);
  return row;
}

/** A programme by id, for a project or a role assignment that names it; reading a project lets one read its programme. */
export const programmeLoader = (reader: Reader) => objectLoader<ProgrammeRow>(reader, `select pg.id as k, ${programmeJson('pg')} as j from programme pg where pg.id in $KEYS`);

export const programmeListLoaders = (reader: Reader) => ({
  focusAreas: LISTS.focusAreas.loader(reader) as DataLoader<string, FocusArea[]>,
  legalInstruments: LISTS.legalInstruments.loader(reader) as DataLoader<string, LegalInstrument[]>,
  sdgTargets: LISTS.sdgTargets.loader(reader) as DataLoader<string, SdgTarget[]>,
  countries: LISTS.countries.loader(reader) as DataLoader<string, Country[]>,
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
