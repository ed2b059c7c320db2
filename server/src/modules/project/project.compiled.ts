import { NotCompiled, type SqlRoot } from '../../graphql/compiled/compile.js';
import { codeName, column, many, one, TRACKED, value, type SqlFields } from '../../graphql/compiled/sql-types.js';
import { callerManagesProject, callerSeesProject } from '../access/visibility.js';
import { ACTIVITY, sharesOf } from '../activity/activity.compiled.js';
import type { ProjectFilter, ProjectOrderField } from './project.inputs.js';
import { matching, projectPageRequest } from './project.reads.js';
import { cursorSql, keyset, type Keyset, type PageRequest, type SortDirection } from '../common/pagination.js';

/** A project and its documents as compiled reads see them (graphql/compiled). */
export const projectTypes: Record<string, SqlFields> = {
  // A compiled page carries its `pageInfo` as a row of these two columns.
  PageInfo: { hasNextPage: column('has_next_page'), endCursor: column('end_cursor') },
  Project: {
    ...ACTIVITY,
    plannedStart: column('planned_start'),
    plannedEnd: column('planned_end'),
    actualStart: column('actual_start'),
    actualEnd: column('actual_end'),
    reportingLockDate: column('reporting_lock_date'),
    reportingDueDays: column('reporting_due_days'),
    canEdit: value((t) => callerManagesProject(t)),
    internalNotes: value((t) => `case when ${callerManagesProject(t)} then ${t}.internal_notes end`),
    programme: one('Programme', (t, r) => `from programme ${r} where ${r}.id = ${t}.programme_id`),
    focusAreas: many('FocusArea', (t, r) => `from project_focus_area pv join focus_area ${r} on ${r}.code = pv.focus_area_code where pv.project_id = ${t}.id`, (r) => `${r}.name`),
    recipientCountries: many('RecipientCountry', (t, r) => `from recipient_country ${r} where ${r}.project_id = ${t}.id`, (r) => `${r}.ctid`),
    ...sharesOf('project_id'),
    documents: many('Document', (t, r) => `from document ${r} where ${r}.project_id = ${t}.id`, (r) => `${r}.created_at, ${r}.id`),
  },
  Document: {
    id: column('id'),
    title: column('title'),
    url: column('url'),
    category: column('category'),
    categoryName: value((t) => codeName(`'DocumentCategory'`, `${t}.category`)),
    language: column('language'),
    documentDate: column('document_date'),
    ...TRACKED,
  },
};

export const projectRoots: Record<string, SqlRoot> = {
  projects: {
    plan: (selection) => {
      // Compiled once per document: each selected field of the page as SQL, given the checked page request.
      type Pair = (request: PageRequest, ks: Keyset) => string;
      const hasNextPage: Pair = (q) => `(select count(*) > ${q.first} from page)`;
      // The cursor of the page's last row: the page holds up to `first` + 1 rows, in order.
      const endCursor: Pair = (q, ks) => `(select (array_agg(${cursorSql(q, 'e')} order by ${ks.order('e')}))[least(count(*)::int, ${q.first})] from page e)`;
      const pairs = selection.fields().map((f): Pair => {
        switch (f.name) {
          case 'items': {
            const item = f.json('p');
            return (q, ks) => `'${f.key}', (select coalesce(json_agg(${item} order by ${ks.order('m')}), '[]') from (select * from page m order by ${ks.order('m')} limit ${q.first}) m join project p on p.id = m.id)`;
          }
          case 'totalCount':
            return () => `'${f.key}', (select count(*)::int from matching)`;
          case 'hasNextPage':
            return (q, ks) => `'${f.key}', ${hasNextPage(q, ks)}`;
          case 'endCursor':
            return (q, ks) => `'${f.key}', ${endCursor(q, ks)}`;
          case 'pageInfo': {
            const info = f.json('pi');
            return (q, ks) => `'${f.key}', (select ${info} from (select ${hasNextPage(q, ks)} as has_next_page, ${endCursor(q, ks)} as end_cursor) pi)`;
          }
          case '__typename':
            return () => `'${f.key}', 'ProjectConnection'`;
          default:
            throw new NotCompiled(`ProjectConnection.${f.name} is not compiled`);
        }
      });
      return (args) => {
        const { problems, request } = projectPageRequest({ first: args.first as number, after: args.after as string | undefined, orderBy: args.orderBy as ProjectOrderField, direction: args.direction as SortDirection | undefined });
        if (problems.list.length) return null;
        const ks = keyset(request);
        const where = matching({ sql: callerSeesProject('p'), params: [] }, args.filter as ProjectFilter | undefined);
        const after = ks.after('m');
        // The filter runs once: the matching rows' keys are counted, and the page is cut from them. `first` is an
        // integer from 1 to 100 (checked above), written into the statement.
        return {
          sql: `with matching as materialized (select p.id, ${ks.columns('p')} from project p where ${where.sql}),
            page as materialized (select * from matching m where ${after.sql} order by ${ks.order('m')} limit ${request.first + 1})
            select json_build_object(${pairs.map((pair) => pair(request, ks)).join(', ')})`,
          params: [...where.params, ...after.params],
        };
      };
    },
  },
  project: {
    plan: (selection) => {
      const json = selection.json('p');
      return (args) => ({ sql: `select ${json} from project p where p.id = ?::uuid and ${callerSeesProject('p')}`, params: [args.id] });
    },
  },
};
