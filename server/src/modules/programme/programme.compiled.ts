import type { SqlRoot } from '../../graphql/compiled/compile.js';
import { column, many, one, value, type SqlFields } from '../../graphql/compiled/sql-types.js';
import { callerManagesProgramme, callerSeesProgramme, callerSeesProject } from '../access/visibility.js';
import { ACTIVITY, sharesOf } from '../activity/activity.compiled.js';
import type { ProgrammeFilter } from './programme.inputs.js';
import { programmeMatching } from './programme.reads.js';

/** One of a programme's reference lists, through its pivot table, in the order programme.reads.ts gives. */
const reference = (type: string, pivot: string, table: string, order: (r: string) => string) =>
  many(type, (t, r) => `from ${pivot} pv join ${table} ${r} on ${r}.code = pv.${table}_code where pv.programme_id = ${t}.id`, order);

/** A programme as compiled reads see it (graphql/compiled); `projects` takes an argument and is left to its resolver. */
export const programmeTypes: Record<string, SqlFields> = {
  Programme: {
    ...ACTIVITY,
    publishContributions: column('publish_contributions'),
    iatiPublished: column('iati_published'),
    startDate: column('start_date'),
    endDate: column('end_date'),
    leadAgency: one('Organisation', (t, r) => `from organisation ${r} where ${r}.id = ${t}.lead_agency_id`),
    focusAreas: reference('FocusArea', 'programme_focus_area', 'focus_area', (r) => `${r}.name`),
    legalInstruments: reference('LegalInstrument', 'programme_legal_instrument', 'legal_instrument', (r) => `${r}.family, ${r}.adopted nulls last, ${r}.code`),
    sdgTargets: reference('SdgTarget', 'programme_sdg_target', 'sdg_target', (r) => `${r}.goal, ${r}.code`),
    countries: reference('Country', 'programme_country', 'country', (r) => `${r}.name`),
    ...sharesOf('programme_id'),
    canEdit: value((t) => callerManagesProgramme(t)),
    projectCount: value((t) => `(select count(*)::int from project cp where cp.programme_id = ${t}.id and cp.archived_at is null and ${callerSeesProject('cp')})`),
  },
};

export const programmeRoots: Record<string, SqlRoot> = {
  programmes: {
    plan: (selection) => {
      const json = selection.json('pg');
      return (args) => {
        const where = programmeMatching({ sql: callerSeesProgramme('pg'), params: [] }, args.filter as ProgrammeFilter | undefined);
        return { sql: `select coalesce(json_agg(${json} order by pg.title, pg.id), '[]') from programme pg where ${where.sql}`, params: where.params };
      };
    },
  },
  programme: {
    plan: (selection) => {
      const json = selection.json('pg');
      return (args) => ({ sql: `select ${json} from programme pg where pg.id = ?::uuid and ${callerSeesProgramme('pg')}`, params: [args.id] });
    },
  },
};
