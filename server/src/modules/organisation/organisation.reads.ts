import type { Reader } from '../../db/reader.js';
import { objectLoader, objects, trackedJson } from '../../db/rows.js';
import { NotFound, Problems } from '../common/errors.js';
import { keysetPage, pageRequest, SortDirection, type Connection, type Ordering, type PageArgs } from '../common/pagination.js';
import type { Condition } from '../access/visibility.js';
import { likePattern } from '../common/versioning.js';
import type { OrganisationFilter, OrganisationOrderField } from './organisation.inputs.js';
import type { OrganisationKind } from './organisation.entity.js';

/** An organisation as the schema shows it: a plain row. */
export interface OrganisationRow {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  iatiType: string | null;
  iatiRef: string | null;
  countryCode: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

export const organisationJson = (o: string) =>
  `json_build_object('id', ${o}.id, 'name', ${o}.name, 'acronym', ${o}.acronym, 'kind', ${o}.kind, 'iatiType', ${o}.iati_type, 'iatiRef', ${o}.iati_ref, 'countryCode', ${o}.country_code, ${trackedJson(o)})`;

/** Organisations by id, for every organisation a response names (responsible partners, users, roles). */
export const organisationLoader = (reader: Reader) =>
  objectLoader<OrganisationRow>(reader, `select o.id as k, ${organisationJson('o')} as j from organisation o where o.id in $KEYS`);

/** The filter of the organisation lists as SQL on `organisation o`; every organisation is readable by every caller. */
function organisationMatching(filter?: OrganisationFilter): Condition {
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (!filter?.includeArchived) where.push('o.archived_at is null');
  if (filter?.kind) {
    where.push('o.kind = ?');
    params.push(filter.kind);
  }
  if (filter?.search?.trim()) {
    where.push('(o.name ilike ? or o.acronym ilike ?)');
    params.push(likePattern(filter.search), likePattern(filter.search));
  }
  if (filter?.updatedSince) {
    where.push('o.updated_at >= ?');
    params.push(filter.updatedSince);
  }
  return { sql: where.join(' and '), params };
}

/** Organisations by name; archived ones only when asked for. */
export function listOrganisations(reader: Reader, filter?: OrganisationFilter): Promise<OrganisationRow[]> {
  const where = organisationMatching(filter);
  return objects(reader, `select ${organisationJson('o')} as j from organisation o where ${where.sql} order by o.name, o.id`, where.params);
}

const ORDERINGS: Record<OrganisationOrderField, Ordering> = {
  NAME: { keys: [{ sql: (o) => `${o}.name`, kind: 'text' }], natural: SortDirection.ASC },
  CREATED_AT: { keys: [{ sql: (o) => `${o}.created_at`, kind: 'timestamp' }], natural: SortDirection.DESC },
  UPDATED_AT: { keys: [{ sql: (o) => `${o}.updated_at`, kind: 'timestamp' }], natural: SortDirection.DESC },
};

/** One page of organisations, in the order asked for. */
export function organisationPage(reader: Reader, filter: OrganisationFilter | undefined, page: PageArgs<OrganisationOrderField>): Promise<Connection<OrganisationRow>> {
  const problems = new Problems();
  const request = pageRequest(problems, 'organisationList', ORDERINGS, page);
  problems.throwIfAny();
  return keysetPage(reader, request, { table: 'organisation', t: 'o', where: organisationMatching(filter), json: { sql: organisationJson('o'), params: [] } });
}

export async function getOrganisation(reader: Reader, id: string): Promise<OrganisationRow> {
  const [row] = await objects<OrganisationRow>(reader, `select ${organisationJson('o')} as j from organisation o where o.id = ?`, [id]);
  if (!row) throw new NotFound('Organisation', id);
  return row;
}
