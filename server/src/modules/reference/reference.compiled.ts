import { column, type SqlFields } from '../../graphql/compiled/sql-types.js';

/** Reference rows as compiled reads see them (graphql/compiled). */
export const referenceTypes: Record<string, SqlFields> = {
  Country: { code: column('code'), name: column('name'), region: column('region') },
  FocusArea: { code: column('code'), name: column('name'), description: column('description') },
  LegalInstrument: { code: column('code'), name: column('name'), shortName: column('short_name'), family: column('family'), adopted: column('adopted') },
  SdgTarget: { code: column('code'), goal: column('goal'), title: column('title') },
};
