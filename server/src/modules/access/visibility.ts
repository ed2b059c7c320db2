import { Role } from './user.entity.js';
import type { Access } from './access.js';

/** A piece of SQL with its bindings, to be and-ed into a statement. */
export interface Condition {
  sql: string;
  params: unknown[];
}

const ALWAYS: Condition = { sql: 'true', params: [] };
const NEVER: Condition = { sql: 'false', params: [] };
const IDS = '(select value::uuid from json_array_elements_text(?::json))';

function idsOf(access: Access, role: Role, key: 'projectId' | 'organisationId'): string[] {
  return access.requireCaller().grants.flatMap((g) => (g.role === role && g[key] ? [g[key]!] : []));
}

/**
 * The rule of who reads which project, as a condition on `project <p>`, built from the caller's grants as
 * bindings so that the database filters (hash semi-joins on small sets) instead of the app holding id sets.
 * Admins, viewers and programme managers read the whole portfolio; a donor reads what its organisation funds
 * (IATI role 1 on the project or on its programme); a partner reporter reads the projects it reports on.
 */
export function visibleProject(access: Access, p = 'p'): Condition {
  access.requireCaller();
  if (access.readsAll) return ALWAYS;
  const reported = idsOf(access, Role.PARTNER_REPORTER, 'projectId');
  const donors = idsOf(access, Role.DONOR, 'organisationId');
  const parts: Condition[] = [];
  if (reported.length) parts.push({ sql: `${p}.id in ${IDS}`, params: [JSON.stringify(reported)] });
  if (donors.length) {
    const funded = (column: string) => `select f.${column} from participation f where f.role = '1' and f.${column} is not null and f.organisation_id in ${IDS}`;
    parts.push({ sql: `${p}.id in (${funded('project_id')}) or ${p}.programme_id in (${funded('programme_id')})`, params: [JSON.stringify(donors), JSON.stringify(donors)] });
  }
  return any(parts);
}

/** Programmes the caller reads: those a donor funds directly, and the programme of every project it reads. */
export function visibleProgramme(access: Access, pg = 'pg'): Condition {
  access.requireCaller();
  if (access.readsAll) return ALWAYS;
  const donors = idsOf(access, Role.DONOR, 'organisationId');
  const parts: Condition[] = [];
  if (donors.length) parts.push({ sql: `${pg}.id in (select f.programme_id from participation f where f.role = '1' and f.programme_id is not null and f.organisation_id in ${IDS})`, params: [JSON.stringify(donors)] });
  const project = visibleProject(access, 'vp');
  if (project !== NEVER) parts.push({ sql: `${pg}.id in (select vp.programme_id from project vp where ${project.sql})`, params: project.params });
  return any(parts);
}

function any(parts: Condition[]): Condition {
  if (!parts.length) return NEVER;
  return { sql: `(${parts.map((c) => `(${c.sql})`).join(' or ')})`, params: parts.flatMap((c) => c.params) };
}
