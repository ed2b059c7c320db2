import { NotCompiled, type SqlRoot } from '../../graphql/compiled/compile.js';
import { codeName, column, many, one, TRACKED, value, type SqlFields } from '../../graphql/compiled/sql-types.js';
import { callerManagesProject, callerSeesProject } from '../access/visibility.js';
import { ACTIVITY, sharesOf } from '../activity/activity.compiled.js';
import type { ProjectFilter } from './project.inputs.js';
import { matching, pageProblems } from './project.reads.js';

/** A project and its documents as compiled reads see them (graphql/compiled). */
export const projectTypes: Record<string, SqlFields> = {
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

/** `endCursor` as listProjects makes it: the last row's title and id as JSON, in base64url. */
const cursorOf = (p: string) => `translate(encode(convert_to(json_build_array(${p}.title, ${p}.id)::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

export const projectRoots: Record<string, SqlRoot> = {
  projects: {
    plan: (selection) => {
      // Compiled once per document: each selected field of the page as SQL, given the page size.
      const pairs = selection.fields().map((f): ((first: number) => string) => {
        switch (f.name) {
          case 'items': {
            const item = f.json('p');
            return (first) => `'${f.key}', (select coalesce(json_agg(${item} order by p.title, p.id), '[]') from (select id from page order by title, id limit ${first}) m join project p on p.id = m.id)`;
          }
          case 'totalCount':
            return () => `'${f.key}', (select count(*)::int from matching)`;
          case 'hasNextPage':
            return (first) => `'${f.key}', (select count(*) > ${first} from page)`;
          case 'endCursor':
            return (first) => `'${f.key}', (select ${cursorOf('e')} from (select title, id from page order by title, id limit ${first}) e order by e.title desc, e.id desc limit 1)`;
          case '__typename':
            return () => `'${f.key}', 'ProjectConnection'`;
          default:
            throw new NotCompiled(`ProjectConnection.${f.name} is not compiled`);
        }
      });
      return (args) => {
        const first = args.first as number;
        const { problems, cursor } = pageProblems(first, args.after as string | undefined);
        if (problems.list.length) return null;
        const where = matching({ sql: callerSeesProject('p'), params: [] }, args.filter as ProjectFilter | undefined);
        // The filter runs once: the matching ids and titles are counted, and the page is cut from them. `first`
        // is an integer from 1 to 100 (checked above), written into the statement.
        return {
          sql: `with matching as materialized (select p.id, p.title from project p where ${where.sql}),
            page as materialized (select m.id, m.title from matching m${cursor ? ' where (m.title, m.id) > (?, ?::uuid)' : ''} order by m.title, m.id limit ${first + 1})
            select json_build_object(${pairs.map((pair) => pair(first)).join(', ')})`,
          params: [...where.params, ...(cursor ?? [])],
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
