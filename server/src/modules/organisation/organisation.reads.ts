import type { Reader } from '../../db/reader.js';
import { rowLoader, tracked } from '../../db/rows.js';
import { NotFound } from '../common/errors.js';
import { likePattern } from '../common/versioning.js';
import type { OrganisationFilter } from './organisation.inputs.js';
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

export const ORGANISATION_COLUMNS = `o.id, o.name, o.acronym, o.kind, o.iati_type as "iatiType", o.iati_ref as "iatiRef", o.country_code as "countryCode", ${tracked('o')}`;

/** Organisations by id, for every organisation a response names (lead agencies, participants, responsible partners). */
export const organisationLoader = (reader: Reader) =>
  rowLoader<OrganisationRow>(reader, `select ${ORGANISATION_COLUMNS} from organisation o where o.id in $KEYS`, (r) => r.id);

/** Organisations by name; archived ones only when asked for. */
export function listOrganisations(reader: Reader, filter?: OrganisationFilter): Promise<OrganisationRow[]> {
  const where: string[] = [];
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
  return reader.rows(`select ${ORGANISATION_COLUMNS} from organisation o ${where.length ? `where ${where.join(' and ')}` : ''} order by o.name, o.id`, params);
}

export async function getOrganisation(reader: Reader, id: string): Promise<OrganisationRow> {
  const [row] = await reader.rows<OrganisationRow>(`select ${ORGANISATION_COLUMNS} from organisation o where o.id = ?`, [id]);
  if (!row) throw new NotFound('Organisation', id);
  return row;
}
