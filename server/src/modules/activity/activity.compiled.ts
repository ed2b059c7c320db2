import { codeName, column, one, TRACKED, value, type SqlFields } from '../../graphql/compiled/sql-types.js';

/** Shares of a programme or project as compiled reads see them (graphql/compiled). */
export const activityTypes: Record<string, SqlFields> = {
  RecipientCountry: {
    percentage: column('percentage'),
    country: one('Country', (t, r) => `from country ${r} where ${r}.code = ${t}.country_code`),
  },
  SectorShare: {
    vocabulary: column('vocabulary'),
    code: column('code'),
    percentage: column('percentage'),
    name: value((t) => codeName(`case when ${t}.vocabulary = '2' then 'SectorCategory' else 'Sector' end`, `${t}.code`)),
  },
};

/** The lists every activity has, on the owner column of a programme (`programme_id`) or project (`project_id`). */
export const sharesOf = (owner: 'programme_id' | 'project_id'): SqlFields => ({
  sectors: { kind: 'many', type: 'SectorShare', from: (t, r) => `from sector_share ${r} where ${r}.${owner} = ${t}.id`, order: (r) => `${r}.ctid` },
  participations: {
    kind: 'many',
    type: 'Participation',
    from: (t, r) => `from participation ${r} where ${r}.${owner} = ${t}.id`,
    // By role (funding first), then in the order they were added, as participation.reads.ts.
    order: (r) => `${r}.role, ${r}.created_at, ${r}.id`,
  },
});

/** The fields every programme and project has (activity.entity.ts), with its bookkeeping. */
export const ACTIVITY: SqlFields = {
  id: column('id'),
  iatiIdentifier: column('iati_identifier'),
  title: column('title'),
  description: column('description'),
  status: column('status'),
  statusName: value((t) => codeName(`'ActivityStatus'`, `${t}.status`)),
  isDemo: column('is_demo'),
  ...TRACKED,
};
