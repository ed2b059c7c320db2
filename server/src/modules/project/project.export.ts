import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { visibleProject } from '../access/visibility.js';
import { createReader } from '../../db/reader.js';
import { LIMIT } from '../common/limits.js';
import { exportRoute, formatOf, QueryParams, sendCsv, sendXlsx, type Table } from '../common/table-export.js';
import { matching } from './project.reads.js';
import type { ProjectFilter } from './project.inputs.js';

/*
 * GET /exports/projects.csv|xlsx?<ProjectFilter>: the projects the caller reads, filtered as `projects(filter:)`
 * filters them and in its order (title, then id). Staff-only notes are never exported.
 */

export interface ProjectListRow {
  id: string;
  iatiIdentifier: string;
  title: string;
  programmeId: string;
  programme: string;
  status: string;
  statusName: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  countries: string | null;
  focusAreas: string | null;
  description: string;
  archivedAt: string | null;
}

export const PROJECT_LIST: Table<ProjectListRow> = {
  id: 'projects',
  sheet: 'Projects',
  columns: [
    { id: 'id', header: 'Project ID', type: 'text', value: (r) => r.id, width: 38 },
    { id: 'iatiIdentifier', header: 'IATI identifier', type: 'text', value: (r) => r.iatiIdentifier, width: 32 },
    { id: 'title', header: 'Title', type: 'text', value: (r) => r.title, width: 45 },
    { id: 'programmeId', header: 'Programme ID', type: 'text', value: (r) => r.programmeId, width: 38 },
    { id: 'programme', header: 'Programme', type: 'text', value: (r) => r.programme, width: 45 },
    { id: 'status', header: 'Status code', type: 'text', value: (r) => r.status, width: 8 },
    { id: 'statusName', header: 'Status', type: 'text', value: (r) => r.statusName, width: 16 },
    { id: 'plannedStart', header: 'Planned start', type: 'date', value: (r) => r.plannedStart, width: 13 },
    { id: 'plannedEnd', header: 'Planned end', type: 'date', value: (r) => r.plannedEnd, width: 13 },
    { id: 'actualStart', header: 'Actual start', type: 'date', value: (r) => r.actualStart, width: 13 },
    { id: 'actualEnd', header: 'Actual end', type: 'date', value: (r) => r.actualEnd, width: 13 },
    { id: 'countries', header: 'Recipient countries', type: 'text', value: (r) => r.countries, width: 24 },
    { id: 'focusAreas', header: 'Focus areas', type: 'text', value: (r) => r.focusAreas, width: 30 },
    { id: 'description', header: 'Description', type: 'text', value: (r) => r.description, width: 60 },
    { id: 'archivedAt', header: 'Archived', type: 'date', value: (r) => r.archivedAt, width: 13 },
  ],
};

const FILTER_FIELDS = ['programmeId', 'country', 'focusArea', 'status', 'organisationId', 'search', 'includeArchived'];

/** The query string as the GraphQL `ProjectFilter`, with its bounds. */
export function projectFilterOf(params: QueryParams): ProjectFilter {
  return {
    programmeId: params.id('programmeId'),
    country: params.text('country', LIMIT.code),
    focusArea: params.text('focusArea', LIMIT.code),
    status: params.text('status', LIMIT.code),
    organisationId: params.id('organisationId'),
    search: params.text('search', LIMIT.search),
    includeArchived: params.flag('includeArchived'),
  };
}

export function projectListExport(orm: MikroORM, log: Logger, rc: string): RequestHandler {
  return exportRoute(log, 'project list', async (req, res, caller) => {
    const format = formatOf(req, 'The project list', 'list');
    const params = new QueryParams(req.query, FILTER_FIELDS);
    const filter = projectFilterOf(params);
    params.throwIfAny();
    const em = orm.em.fork() as EntityManager;
    const where = matching(visibleProject(new Access(caller, em)), filter);
    const rows = await createReader(() => em).rows<ProjectListRow>(
      `select p.id, p.iati_identifier as "iatiIdentifier", p.title, p.programme_id as "programmeId", g.title as programme, p.status,
              coalesce(e.name, p.status) as "statusName", p.planned_start::text as "plannedStart", p.planned_end::text as "plannedEnd",
              p.actual_start::text as "actualStart", p.actual_end::text as "actualEnd",
              (select string_agg(rc.country_code || ' ' || trim_scale(rc.percentage) || '%', '; ' order by rc.country_code) from recipient_country rc where rc.project_id = p.id) as countries,
              (select string_agg(pf.focus_area_code, '; ' order by pf.focus_area_code) from project_focus_area pf where pf.project_id = p.id) as "focusAreas",
              p.description, to_char(p.archived_at at time zone 'UTC', 'YYYY-MM-DD') as "archivedAt"
         from project p join programme g on g.id = p.programme_id
         left join codelist_entry e on e.list = 'ActivityStatus' and e.code = p.status
        where ${where.sql}
        order by p.title, p.id`,
      where.params,
    );
    const base = `projects-${new Date().toISOString().slice(0, 10)}`;
    if (format === 'csv') return sendCsv(res, base, PROJECT_LIST, rows, rc);
    const given = Object.entries(filter).filter(([, v]) => v !== undefined && v !== false);
    await sendXlsx(res, base, [{ table: PROJECT_LIST, rows }], rc, [
      { what: 'Produced', value: new Date().toISOString().slice(0, 10) },
      { what: 'Filters', value: given.length ? given.map(([k, v]) => `${k}=${v}`).join('; ') : 'none: every project you read' },
    ]);
  });
}
