import type { Reader } from '../../db/reader.js';
import { listLoader, rowLoader, tracked } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { visibleProject, type Condition } from '../access/visibility.js';
import { NotFound, Problems } from '../common/errors.js';
import { likePattern } from '../common/versioning.js';
import type { FocusArea } from '../reference/reference.entity.js';
import { FOCUS_AREA } from '../reference/reference.reads.js';
import type { ProjectFilter } from './project.inputs.js';

export const MAX_PAGE = 100;

/** A project as the schema shows it: a plain row, with the ids of what it links to. */
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
  internalNotes: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
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

export interface ProjectPage {
  items: ProjectRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const PROJECT = `p.id, p.programme_id as "programmeId", p.iati_identifier as "iatiIdentifier", p.title, p.description, p.status, p.is_demo as "isDemo",
  p.planned_start as "plannedStart", p.planned_end as "plannedEnd", p.actual_start as "actualStart", p.actual_end as "actualEnd",
  p.internal_notes as "internalNotes", ${tracked('p')}`;
const DOCUMENT = `d.id, d.project_id as "projectId", d.title, d.url, d.category, d.language, d.document_date as "documentDate", ${tracked('d')}`;

/** The filter of the project list as SQL on `project p`; the caller's visibility is always part of it. */
function matching(access: Access, filter?: ProjectFilter): Condition {
  const parts: Condition[] = [visibleProject(access)];
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
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

const encodeCursor = (p: ProjectRow) => Buffer.from(JSON.stringify([p.title, p.id])).toString('base64url');

function decodeCursor(after: string, problems: Problems): [string, string] | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString());
    // The cursor's values go into SQL conditions: only (title, id) as two strings is a cursor of ours.
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string' && /^[0-9a-f-]{36}$/i.test(decoded[1]))
      return decoded as [string, string];
  } catch {
    // falls through to the problem below
  }
  problems.add('after', 'after must be an endCursor returned by an earlier page');
  return null;
}

/**
 * Projects by title, a page at a time, in one statement: the count of all matches and the page after the
 * cursor (read through the (title, id) index), so a response's cost does not depend on the portfolio's size.
 */
export async function listProjects(reader: Reader, access: Access, filter: ProjectFilter | undefined, first: number, after?: string | null): Promise<ProjectPage> {
  const problems = new Problems();
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) problems.add('first', `first must be between 1 and ${MAX_PAGE}`);
  const cursor = after ? decodeCursor(after, problems) : null;
  problems.throwIfAny();
  const where = matching(access, filter);
  const rows = await reader.rows<ProjectRow & { totalCount: number }>(
    `select t.n as "totalCount", x.* from (select count(*)::int as n from project p where ${where.sql}) t
     left join lateral (
       select ${PROJECT} from project p where ${where.sql}${cursor ? ' and (p.title, p.id) > (?, ?::uuid)' : ''}
       order by p.title, p.id limit ?
     ) x on true`,
    [...where.params, ...where.params, ...(cursor ?? []), first + 1],
  );
  const items = rows.filter((r) => r.id !== null);
  const totalCount = rows[0]?.totalCount ?? 0;
  const page = items.slice(0, first).map(({ totalCount: _, ...p }) => p as ProjectRow);
  return { items: page, totalCount, hasNextPage: items.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null };
}

/** One project the caller reads; one it may not see is reported as not found. */
export async function getProject(reader: Reader, access: Access, id: string): Promise<ProjectRow> {
  const visible = visibleProject(access);
  const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await reader.rows<ProjectRow>(`select ${PROJECT} from project p where p.id = ? and ${visible.sql}`, [id, ...visible.params]) : [];
  if (!row) throw new NotFound('Project', id);
  return row;
}

/** A project by id whatever the caller reads: for records that name it (a role assignment). */
export const projectLoader = (reader: Reader) => rowLoader<ProjectRow>(reader, `select ${PROJECT} from project p where p.id in $KEYS`, (r) => r.id);

export const documentsLoader = (reader: Reader) =>
  listLoader<DocumentRow>(reader, `select ${DOCUMENT} from document d where d.project_id in $KEYS order by d.created_at, d.id`, (r) => r.projectId);

export const getDocument = async (reader: Reader, id: string) => (await reader.rows<DocumentRow>(`select ${DOCUMENT} from document d where d.id = ?`, [id]))[0];

export const focusAreasLoader = (reader: Reader) =>
  listLoader<FocusArea & { projectId: string }>(
    reader,
    `select pf.project_id as "projectId", ${FOCUS_AREA} from project_focus_area pf join focus_area f on f.code = pf.focus_area_code where pf.project_id in $KEYS order by f.name`,
    (r) => r.projectId,
  );

/** Projects of each programme that the caller reads, by title. */
export const projectsOfProgrammeLoader = (reader: Reader, access: Access, includeArchived: boolean) => {
  const visible = visibleProject(access);
  return listLoader<ProjectRow>(
    reader,
    `select ${PROJECT} from project p where p.programme_id in $KEYS and ${visible.sql}${includeArchived ? '' : ' and p.archived_at is null'} order by p.title, p.id`,
    (r) => r.programmeId,
    () => visible.params,
  );
};
