import { codeName, column, one, TRACKED, value, type SqlFields } from '../../graphql/compiled/sql-types.js';

/** A participation as compiled reads see it (graphql/compiled). */
export const participationTypes: Record<string, SqlFields> = {
  Participation: {
    id: column('id'),
    role: column('role'),
    roleName: value((t) => codeName(`'OrganisationRole'`, `${t}.role`)),
    organisation: one('Organisation', (t, r) => `from organisation ${r} where ${r}.id = ${t}.organisation_id`),
    ...TRACKED,
  },
};
