import type { Access } from '../access/access.js';
import { IN_IDS, IN_TEXT } from '../../db/rows.js';
import { Role } from '../access/user.entity.js';
import { visibleProgramme, visibleProject, type Condition } from '../access/visibility.js';

/** What a portfolio summary is filtered by; every filter is optional and they combine with "and". */
export interface PortfolioFilterValues {
  focusArea?: string | null;
  country?: string | null;
  region?: string | null;
  leadAgencyId?: string | null;
  organisationId?: string | null;
  donorId?: string | null;
  status?: string | null;
  sdgTarget?: string | null;
  legalInstrument?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

/**
 * The activities a summary covers, as the first CTEs of its statement:
 * - `projects`: the projects the caller reads that the filters select, with `weight`, the share of the project
 *   that lies in the filtered country or region (its recipient-country percentages; 1 without such a filter);
 * - `programmes`: the programmes the caller reads that the filters select by their own attributes. Their fund's
 *   money (contributions and receipts not earmarked to a project) counts with them, split evenly over the
 *   programme's countries when a country or region is filtered;
 * - `activities`: both, one row each.
 * A programme's attributes that projects inherit (lead agency, SDG targets, legal instruments) filter its
 * projects too. Archived programmes and projects are left out.
 */
export function scopeSql(access: Access, f: PortfolioFilterValues): Condition {
  const p: string[] = [];
  const g: string[] = [];
  const seeProject = visibleProject(access, 'p');
  const seeProgramme = visibleProgramme(access, 'g');
  // Bindings are collected in the order the placeholders appear: projects first, then programmes.
  const projectParams: unknown[] = [...seeProject.params];
  const programmeParams: unknown[] = [...seeProgramme.params];
  const add = (projectSql: string, projectValues: unknown[], programmeSql: string, programmeValues: unknown[]) => {
    p.push(projectSql);
    projectParams.push(...projectValues);
    g.push(programmeSql);
    programmeParams.push(...programmeValues);
  };
  if (f.focusArea) add(`exists (select 1 from project_focus_area x where x.project_id = p.id and x.focus_area_code = ?)`, [f.focusArea], `exists (select 1 from programme_focus_area x where x.programme_id = g.id and x.focus_area_code = ?)`, [f.focusArea]);
  if (f.country) add(`exists (select 1 from recipient_country x where x.project_id = p.id and x.country_code = ?)`, [f.country], `exists (select 1 from programme_country x where x.programme_id = g.id and x.country_code = ?)`, [f.country]);
  if (f.region)
    add(
      `exists (select 1 from recipient_country x join country c on c.code = x.country_code where x.project_id = p.id and c.region = ?)`,
      [f.region],
      `exists (select 1 from programme_country x join country c on c.code = x.country_code where x.programme_id = g.id and c.region = ?)`,
      [f.region],
    );
  if (f.leadAgencyId) add(`g.lead_agency_id = ?`, [f.leadAgencyId], `g.lead_agency_id = ?`, [f.leadAgencyId]);
  if (f.organisationId)
    add(
      `exists (select 1 from participation x where (x.project_id = p.id or x.programme_id = p.programme_id) and x.organisation_id = ?)`,
      [f.organisationId],
      `exists (select 1 from participation x where x.programme_id = g.id and x.organisation_id = ?)`,
      [f.organisationId],
    );
  if (f.donorId)
    add(
      `exists (select 1 from participation x where (x.project_id = p.id or x.programme_id = p.programme_id) and x.role = '1' and x.organisation_id = ?)`,
      [f.donorId],
      `exists (select 1 from participation x where x.programme_id = g.id and x.role = '1' and x.organisation_id = ?)`,
      [f.donorId],
    );
  if (f.status) add(`p.status = ?`, [f.status], `g.status = ?`, [f.status]);
  if (f.sdgTarget) add(`exists (select 1 from programme_sdg_target x where x.programme_id = g.id and x.sdg_target_code = ?)`, [f.sdgTarget], `exists (select 1 from programme_sdg_target x where x.programme_id = g.id and x.sdg_target_code = ?)`, [f.sdgTarget]);
  if (f.legalInstrument)
    add(
      `exists (select 1 from programme_legal_instrument x where x.programme_id = g.id and x.legal_instrument_code = ?)`,
      [f.legalInstrument],
      `exists (select 1 from programme_legal_instrument x where x.programme_id = g.id and x.legal_instrument_code = ?)`,
      [f.legalInstrument],
    );
  // An activity counts in a year range when it runs during it.
  if (f.yearFrom != null) add(`extract(year from coalesce(p.actual_end, p.planned_end)) >= ?`, [f.yearFrom], `extract(year from g.end_date) >= ?`, [f.yearFrom]);
  if (f.yearTo != null) add(`extract(year from coalesce(p.actual_start, p.planned_start)) <= ?`, [f.yearTo], `extract(year from g.start_date) <= ?`, [f.yearTo]);

  const weight = f.country
    ? { project: `(select x.percentage / 100 from recipient_country x where x.project_id = p.id and x.country_code = ?)`, programme: `(1.0 / (select count(*) from programme_country x where x.programme_id = g.id))`, pp: [f.country], gp: [] }
    : f.region
      ? {
          project: `(select sum(x.percentage) / 100 from recipient_country x join country c on c.code = x.country_code where x.project_id = p.id and c.region = ?)`,
          programme: `((select count(*) from programme_country x join country c on c.code = x.country_code where x.programme_id = g.id and c.region = ?)::numeric / (select count(*) from programme_country x where x.programme_id = g.id))`,
          pp: [f.region],
          gp: [f.region],
        }
      : { project: '1::numeric', programme: '1::numeric', pp: [], gp: [] };
  const and = (list: string[]) => list.map((c) => ` and ${c}`).join('');
  return {
    sql: activitiesSql(`${seeProject.sql}${and(p)}`, `${seeProgramme.sql}${and(g)}`, weight.project, weight.programme),
    params: [...weight.pp, ...projectParams, ...weight.gp, ...programmeParams],
  };
}

/** The activities of some programmes, whoever reads them: the scope of their rows in the cube (cube.ts). Binds them twice. */
export function programmesScopeSql(): string {
  return activitiesSql(`p.programme_id in ${IN_IDS}`, `g.id in ${IN_IDS}`, '1::numeric', '1::numeric');
}

function activitiesSql(projectWhere: string, programmeWhere: string, projectWeight: string, programmeWeight: string): string {
  return `
    projects as materialized (
      select p.id, p.programme_id, p.status, g.lead_agency_id, ${projectWeight} as weight,
             extract(year from coalesce(p.actual_start, p.planned_start))::int as first_year,
             extract(year from coalesce(p.actual_end, p.planned_end))::int as last_year
        from project p join programme g on g.id = p.programme_id
       where p.archived_at is null and g.archived_at is null and ${projectWhere}),
    programmes as materialized (
      select g.id, g.status, g.lead_agency_id, ${programmeWeight} as weight,
             extract(year from g.start_date)::int as first_year, extract(year from g.end_date)::int as last_year
        from programme g
       where g.archived_at is null and ${programmeWhere}),
    activities as (
      select id, programme_id, true as is_project, status, lead_agency_id, weight, first_year, last_year from projects
      union all
      select id, id, false, status, lead_agency_id, weight, first_year, last_year from programmes)`;
}

/**
 * Whether the caller sees the raw figures of the indicators of project `project` (of programme `programme`), as SQL
 * with its bindings: administrators and the managers of the project or its programme; with `organisation`, the
 * node's responsible organisation, also a partner reporter of that organisation on that project (logframe.policy.ts).
 */
export function seesRawSql(access: Access, project: string, programme: string, organisation?: string): Condition {
  return { sql: rawSql(project, programme, organisation), params: rawParams(access, !!organisation) };
}

/** The SQL of seesRawSql, for a statement that binds its parameters later (rawParams). */
export const rawSql = (project: string, programme: string, organisation?: string) =>
  `(?::boolean or ${project} in ${IN_IDS} or ${programme} in ${IN_IDS}${organisation ? ` or (${project}::text || '|' || ${organisation}::text) in ${IN_TEXT}` : ''})`;

/** The bindings of rawSql. */
export function rawParams(access: Access, byNode: boolean): unknown[] {
  const raw = rawFigureGrants(access);
  return [raw.admin, JSON.stringify(raw.projects), JSON.stringify(raw.programmes), ...(byNode ? [JSON.stringify(raw.reported)] : [])];
}

/** Which grants let the caller see raw figures of sensitive indicators (logframe.policy.ts), as bindings. */
export function rawFigureGrants(access: Access): { admin: boolean; projects: string[]; programmes: string[]; reported: string[] } {
  const grants = access.requireCaller().grants;
  return {
    admin: grants.some((x) => x.role === Role.ADMIN),
    projects: grants.flatMap((x) => (x.role === Role.PROGRAMME_MANAGER && x.projectId ? [x.projectId] : [])),
    programmes: grants.flatMap((x) => (x.role === Role.PROGRAMME_MANAGER && x.programmeId ? [x.programmeId] : [])),
    reported: grants.flatMap((x) => (x.role === Role.PARTNER_REPORTER && x.projectId && x.organisationId ? [`${x.projectId}|${x.organisationId}`] : [])),
  };
}
