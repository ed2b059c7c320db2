import type { Reader } from '../../db/reader.js';
import { embedded, objectListLoader, objectLoader, objects, trackedJson } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProject, type Condition } from '../access/visibility.js';
import { NotFound, Problems } from '../common/errors.js';
import { likePattern } from '../common/versioning.js';
import type { FocusArea } from '../reference/reference.entity.js';
import { focusAreaJson } from '../reference/reference.reads.js';
import { recipientCountriesOf, sectorsOf, type RecipientCountryRow, type SectorShareRow } from '../activity/activity.reads.js';
import { participationsOf, type ParticipationRow } from '../participation/participation.reads.js';
import { programmeJson, type ProgrammeRow } from '../programme/programme.reads.js';
import type { ProjectFilter, ProjectOrderField } from './project.inputs.js';
import { keysetPage, pageRequest, SortDirection, type Connection, type Ordering, type PageArgs, type PageRequest } from '../common/pagination.js';

/**
 * A project as the schema shows it: a plain row with the id of its programme, and, when the read knew the
 * response would ask for them, its programme and lists (otherwise their loaders fetch them for all rows at once).
 */
export interface ProjectRow {
  id: string;
  programmeId: string;
  iatiIdentifier: string;
  title: string;
  description: string;
  status: string;
  isDemo: boolean;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  reportingLockDate: string | null;
  reportingDueDays: number;
  internalNotes: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
  programme?: ProgrammeRow;
  focusAreas?: FocusArea[];
  recipientCountries?: RecipientCountryRow[];
  sectors?: SectorShareRow[];
  participations?: ParticipationRow[];
  documents?: DocumentRow[];
}

export interface DocumentRow {
  id: string;
  projectId: string;
  title: string;
  url: string;
  category: string;
  language: string | null;
  documentDate: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

const DOCUMENT = `json_build_object('id', d.id, 'projectId', d.project_id, 'title', d.title, 'url', d.url, 'category', d.category, 'language', d.language, 'documentDate', d.document_date, ${trackedJson('d')})`;
const FOCUS_AREAS = `from project_focus_area pf join focus_area f on f.code = pf.focus_area_code`;

/** What can travel inside a project's row, by field name. */
const EMBEDDABLE: Record<string, (p: string) => string> = {
  programme: (p) => `(select ${programmeJson('pg')} from programme pg where pg.id = ${p}.programme_id)`,
  focusAreas: (p) => embedded(focusAreaJson('f'), `${FOCUS_AREAS} where pf.project_id = ${p}.id`, 'f.name'),
  recipientCountries: recipientCountriesOf,
  sectors: (p) => sectorsOf('project_id', p),
  participations: (p) => participationsOf('project_id', p),
  documents: (p) => embedded(DOCUMENT, `from document d where d.project_id = ${p}.id`, 'd.created_at, d.id'),
};

/** The JSON object of `project <p>`, with the relations named in `include` inside it. */
function projectJson(p: string, include: ReadonlySet<string> = new Set()): string {
  const lists = Object.entries(EMBEDDABLE).flatMap(([field, sql]) => (include.has(field) ? [`'${field}', ${sql(p)}`] : []));
  return `json_build_object('id', ${p}.id, 'programmeId', ${p}.programme_id, 'iatiIdentifier', ${p}.iati_identifier, 'title', ${p}.title,
    'description', ${p}.description, 'status', ${p}.status, 'isDemo', ${p}.is_demo, 'plannedStart', ${p}.planned_start, 'plannedEnd', ${p}.planned_end,
    'actualStart', ${p}.actual_start, 'actualEnd', ${p}.actual_end, 'reportingLockDate', ${p}.reporting_lock_date, 'reportingDueDays', ${p}.reporting_due_days, 'internalNotes', ${p}.internal_notes, ${trackedJson(p)}${lists.map((l) => `, ${l}`).join('')})`;
}

/** A page of projects; `hasNextPage` and `endCursor` repeat `pageInfo` for the clients that read them there. */
export interface ProjectPage extends Connection<ProjectRow> {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The filter of the project list as SQL on `project p`, with the rule of who reads which project (`visible`). */
export function matching(visible: Condition, filter?: ProjectFilter): Condition {
  const parts: Condition[] = [visible];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
  if (!filter?.includeArchived) add('p.archived_at is null');
  if (filter?.programmeId) add('p.programme_id = ?', filter.programmeId);
  if (filter?.status) add('p.status = ?', filter.status);
  if (filter?.focusArea) add('exists (select 1 from project_focus_area pf where pf.project_id = p.id and pf.focus_area_code = ?)', filter.focusArea);
  if (filter?.country) add('exists (select 1 from recipient_country rc where rc.project_id = p.id and rc.country_code = ?)', filter.country.toUpperCase());
  if (filter?.organisationId) add('exists (select 1 from participation x where x.project_id = p.id and x.organisation_id = ?)', filter.organisationId);
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    add('(p.title ilike ? or p.description ilike ? or p.iati_identifier ilike ?)', like, like, like);
  }
  if (filter?.updatedSince) add('p.updated_at >= ?', filter.updatedSince);
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

export const PROJECT_ORDERINGS: Record<ProjectOrderField, Ordering> = {
  TITLE: { keys: [{ sql: (p) => `${p}.title`, kind: 'text' }], natural: SortDirection.ASC },
  IATI_IDENTIFIER: { keys: [{ sql: (p) => `${p}.iati_identifier`, kind: 'text' }], natural: SortDirection.ASC },
  PLANNED_START: { keys: [{ sql: (p) => `${p}.planned_start`, kind: 'date' }], natural: SortDirection.ASC },
  UPDATED_AT: { keys: [{ sql: (p) => `${p}.updated_at`, kind: 'timestamp' }], natural: SortDirection.DESC },
};

/** The checked page arguments of the project list; what is wrong is in `problems`. */
export function projectPageRequest(page: PageArgs<ProjectOrderField>): { problems: Problems; request: PageRequest } {
  const problems = new Problems();
  return { problems, request: pageRequest(problems, 'projects', PROJECT_ORDERINGS, page) };
}

/**
 * Projects in the order asked for, a page at a time, in one statement: the count of all matches, and the page
 * after the cursor with the relations the response asks for inside each row.
 */
export async function listProjects(reader: Reader, access: Access, filter: ProjectFilter | undefined, page: PageArgs<ProjectOrderField>, include: ReadonlySet<string>): Promise<ProjectPage> {
  const { problems, request } = projectPageRequest(page);
  problems.throwIfAny();
  const found = await keysetPage<ProjectRow>(reader, request, { table: 'project', t: 'p', where: matching(visibleProject(access), filter), json: { sql: projectJson('p', include), params: [] } });
  return { ...found, ...found.pageInfo };
}

/** One project the caller reads, with the relations named in `include`; one it may not see is reported as not found. */
export async function getProject(reader: Reader, access: Access, id: string, include: ReadonlySet<string> = new Set()): Promise<ProjectRow> {
  const visible = visibleProject(access);
  const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await objects<ProjectRow>(reader, `select ${projectJson('p', include)} as j from project p where p.id = ? and ${visible.sql}`, [id, ...visible.params]) : [];
  if (!row) throw new NotFound('Project', id);
  return row;
}

/** A project by id whatever the caller reads: for records that name it (a role assignment). */
export const projectLoader = (reader: Reader) => objectLoader<ProjectRow>(reader, `select p.id as k, ${projectJson('p')} as j from project p where p.id in $KEYS`);

export const documentsLoader = (reader: Reader) =>
  objectListLoader<DocumentRow>(reader, `select d.project_id as k, ${DOCUMENT} as j from document d where d.project_id in $KEYS order by d.project_id, d.created_at, d.id`);

export const getDocument = async (reader: Reader, id: string) => (await objects<DocumentRow>(reader, `select ${DOCUMENT} as j from document d where d.id = ?`, [id]))[0];

export const focusAreasLoader = (reader: Reader) =>
  objectListLoader<FocusArea>(reader, `select pf.project_id as k, ${focusAreaJson('f')} as j ${FOCUS_AREAS} where pf.project_id in $KEYS order by pf.project_id, f.name`);

/** Projects of each programme that the caller reads, by title. */
export const projectsOfProgrammeLoader = (reader: Reader, access: Access, includeArchived: boolean) => {
  const visible = visibleProject(access);
  return objectListLoader<ProjectRow>(
    reader,
    `select p.programme_id as k, ${projectJson('p')} as j from project p
     where p.programme_id in $KEYS and ${visible.sql}${includeArchived ? '' : ' and p.archived_at is null'} order by p.programme_id, p.title, p.id`,
    () => visible.params,
  );
};
