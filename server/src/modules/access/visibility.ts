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

/**
 * Where a rule finds the caller's grants: each a set of ids as SQL. A resolved read binds them from the
 * request's Access; a compiled read (graphql/compiled) takes them from the `caller` row of its own statement.
 */
interface GrantSets {
  reported: Condition;
  donors: Condition;
}

function idsOf(access: Access, role: Role, key: 'projectId' | 'organisationId'): string[] {
  return access.requireCaller().grants.flatMap((g) => (g.role === role && g[key] ? [g[key]!] : []));
}

const bound = (ids: string[]): Condition | null => (ids.length ? { sql: IDS, params: [JSON.stringify(ids)] } : null);

/**
 * The rule of who reads which project, as a condition on `project <p>`. Admins, viewers and programme managers
 * read the whole portfolio (the caller of these rules has checked that already); a donor reads what its
 * organisation funds (IATI role 1 on the project or on its programme); a partner reporter reads the projects
 * it reports on. The sets are semi-joins the database hashes once per statement.
 */
function projectRule(p: string, grants: Partial<GrantSets>): Condition[] {
  const parts: Condition[] = [];
  if (grants.reported) parts.push({ sql: `${p}.id in ${grants.reported.sql}`, params: grants.reported.params });
  if (grants.donors) {
    const funded = (column: string) => `select f.${column} from participation f where f.role = '1' and f.${column} is not null and f.organisation_id in ${grants.donors!.sql}`;
    parts.push({ sql: `${p}.id in (${funded('project_id')}) or ${p}.programme_id in (${funded('programme_id')})`, params: [...grants.donors.params, ...grants.donors.params] });
  }
  return parts;
}

/** Programmes a donor funds directly, and the programme of every project the caller reads. */
function programmeRule(pg: string, grants: Partial<GrantSets>, project: Condition): Condition[] {
  const parts: Condition[] = [];
  if (grants.donors) {
    parts.push({
      sql: `${pg}.id in (select f.programme_id from participation f where f.role = '1' and f.programme_id is not null and f.organisation_id in ${grants.donors.sql})`,
      params: grants.donors.params,
    });
  }
  if (project !== NEVER) parts.push({ sql: `${pg}.id in (select vp.programme_id from project vp where ${project.sql})`, params: project.params });
  return parts;
}

function grantsOf(access: Access): Partial<GrantSets> {
  return {
    reported: bound(idsOf(access, Role.PARTNER_REPORTER, 'projectId')) ?? undefined,
    donors: bound(idsOf(access, Role.DONOR, 'organisationId')) ?? undefined,
  };
}

/** Who reads project `<p>`, for the caller of this request, with its grants as bindings. */
export function visibleProject(access: Access, p = 'p'): Condition {
  access.requireCaller();
  if (access.readsAll) return ALWAYS;
  return any(projectRule(p, grantsOf(access)));
}

/** Who reads programme `<pg>`, for the caller of this request, with its grants as bindings. */
export function visibleProgramme(access: Access, pg = 'pg'): Condition {
  access.requireCaller();
  if (access.readsAll) return ALWAYS;
  return any(programmeRule(pg, grantsOf(access), visibleProject(access, 'vp')));
}

/**
 * The columns of the `caller` row a compiled read computes from the session in its own statement: the same
 * grants as an Access, as flags and arrays of ids.
 */
export const CALLER_COLUMNS = `coalesce(bool_or(r.role in ('${Role.ADMIN}', '${Role.VIEWER}', '${Role.PROGRAMME_MANAGER}')), false) as reads_all,
  coalesce(bool_or(r.role = '${Role.ADMIN}'), false) as is_admin,
  coalesce(array_agg(r.organisation_id) filter (where r.role = '${Role.DONOR}'), '{}') as donor_orgs,
  coalesce(array_agg(r.project_id) filter (where r.role = '${Role.PARTNER_REPORTER}'), '{}') as reported,
  coalesce(array_agg(r.project_id) filter (where r.role = '${Role.PROGRAMME_MANAGER}' and r.project_id is not null), '{}') as managed_projects,
  coalesce(array_agg(r.programme_id) filter (where r.role = '${Role.PROGRAMME_MANAGER}' and r.programme_id is not null), '{}') as managed_programmes`;

// Inside a compiled read the sets are read from the `caller` CTE by name, so that each stays an uncorrelated
// subquery that PostgreSQL hashes once, rather than one probe per row.
const CALLER_GRANTS: GrantSets = {
  reported: { sql: '(select unnest(d.reported) from caller d)', params: [] },
  donors: { sql: '(select unnest(d.donor_orgs) from caller d)', params: [] },
};
const READS_ALL = '(select d.reads_all from caller d)';

/** Who reads project `<p>`, for the `caller` row of a compiled read. */
export const callerSeesProject = (p: string): string => `(${READS_ALL} or ${any(projectRule(p, CALLER_GRANTS)).sql})`;

/** Who reads programme `<pg>`, for the `caller` row of a compiled read. */
export const callerSeesProgramme = (pg: string): string => `(${READS_ALL} or ${any(programmeRule(pg, CALLER_GRANTS, { sql: callerSeesProject('vp'), params: [] })).sql})`;

/** Managing a project (admins, its managers, the managers of its programme), for the caller row `c` of a compiled read. */
export const callerManagesProject = (p: string, c = 'c'): string =>
  `(${c}.is_admin or ${p}.id = any(${c}.managed_projects) or ${p}.programme_id = any(${c}.managed_programmes))`;

/** Managing a programme (admins and its programme managers), for the caller row `c` of a compiled read. */
export const callerManagesProgramme = (pg: string, c = 'c'): string => `(${c}.is_admin or ${pg}.id = any(${c}.managed_programmes))`;

function any(parts: Condition[]): Condition {
  if (!parts.length) return NEVER;
  return { sql: `(${parts.map((c) => `(${c.sql})`).join(' or ')})`, params: parts.flatMap((c) => c.params) };
}
