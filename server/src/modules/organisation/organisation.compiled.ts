import { codeName, column, one, TRACKED, value, type SqlFields } from '../../graphql/compiled/sql-types.js';

/** An organisation as compiled reads see it (graphql/compiled). */
export const organisationTypes: Record<string, SqlFields> = {
  Organisation: {
    id: column('id'),
    name: column('name'),
    acronym: column('acronym'),
    kind: column('kind'),
    iatiType: column('iati_type'),
    iatiTypeName: value((t) => `case when ${t}.iati_type is not null then ${codeName(`'OrganisationType'`, `${t}.iati_type`)} end`),
    iatiRef: column('iati_ref'),
    country: one('Country', (t, r) => `from country ${r} where ${r}.code = ${t}.country_code`),
    ...TRACKED,
  },
};
