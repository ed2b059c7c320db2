import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import { Role } from './user.entity.js';
import { TokenScope } from './session.entity.js';

/** One role of the caller, with its scope reduced to ids. */
export interface Grant {
  role: Role;
  programmeId: string | null;
  projectId: string | null;
  organisationId: string | null;
}

/**
 * Who is calling: the user's id, its roles, and the token when the call came with one. Plain data read in the
 * request's one identifying statement; a resolver that needs the user's record loads it (see `me`).
 */
export interface Caller {
  user: { id: string };
  grants: Grant[];
  token: { id: string; scope: TokenScope } | null;
}

export class Unauthenticated extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You may not do this.') {
    super('FORBIDDEN', message);
  }
}

/** Ids the caller may see, or ALL. */
export type VisibleIds = Set<string> | 'ALL';
type Ids = VisibleIds;

/**
 * What the caller may see and change, row by row. Built once per request; the sets of visible
 * programmes and projects are computed with one query each, the first time they are needed.
 *
 * Reading: admins, viewers and programme managers read the whole portfolio. Donors read what their
 * organisation funds (IATI role 1 on the project or on its programme); partner reporters read the
 * projects they report on. Every visible project makes its programme visible.
 */
export class Access {
  private projectIds?: Promise<Ids>;
  private programmeIds?: Promise<Ids>;
  private readonly managed = new Map<string, Promise<boolean>>();

  /** `em` may be given as a function, so that a request that never checks rows never makes its EntityManager. */
  constructor(
    readonly caller: Caller | null,
    private readonly requestEm: EntityManager | (() => EntityManager),
  ) {}

  private get em(): EntityManager {
    return typeof this.requestEm === 'function' ? this.requestEm() : this.requestEm;
  }

  get user(): { id: string } | null {
    return this.caller?.user ?? null;
  }

  requireCaller(): Caller {
    if (!this.caller) throw new Unauthenticated();
    return this.caller;
  }

  private has(role: Role): boolean {
    return !!this.caller?.grants.some((g) => g.role === role);
  }

  get isAdmin(): boolean {
    return this.has(Role.ADMIN);
  }

  /** Reads the whole portfolio, apart from what is sensitive for viewers. */
  get readsAll(): boolean {
    return this.has(Role.ADMIN) || this.has(Role.VIEWER) || this.has(Role.PROGRAMME_MANAGER);
  }

  /** A token issued for reading only, or a user with no role that edits, may not change anything. */
  assertMayWrite(): void {
    const caller = this.requireCaller();
    if (caller.token?.scope === TokenScope.READ) throw new Forbidden('This API token may only read.');
  }

  assertAdmin(): void {
    this.assertMayWrite();
    if (!this.isAdmin) throw new Forbidden('Only an administrator may do this.');
  }

  /** Managing a programme: admins and its programme managers. */
  managesProgramme(programmeId: string): boolean {
    return this.isAdmin || !!this.caller?.grants.some((g) => g.role === Role.PROGRAMME_MANAGER && g.programmeId === programmeId);
  }

  /** Managing a project: admins, its project managers and the managers of its programme. */
  managesProject(projectId: string, programmeId?: string): Promise<boolean> {
    // Remembered per request: lists ask it once per project for canEdit, internalNotes and raw figures.
    let answer = this.managed.get(projectId);
    if (!answer) this.managed.set(projectId, (answer = this.decideManagesProject(projectId, programmeId)));
    return answer;
  }

  private async decideManagesProject(projectId: string, programmeId?: string): Promise<boolean> {
    if (this.isAdmin) return true;
    const grants = this.caller?.grants.filter((g) => g.role === Role.PROGRAMME_MANAGER) ?? [];
    if (grants.some((g) => g.projectId === projectId)) return true;
    const programmeIds = grants.map((g) => g.programmeId).filter((id): id is string => !!id);
    if (!programmeIds.length) return false;
    // The caller often knows the project's programme already (a loaded project); then no query is needed.
    if (programmeId) return programmeIds.includes(programmeId);
    const rows = await this.em
      .getConnection()
      .execute(`select 1 from project where id = ? and programme_id in (${programmeIds.map(() => '?').join(', ')})`, [projectId, ...programmeIds]);
    return rows.length > 0;
  }

  /** Any programme manager may add an organisation it needs as a partner; only admins edit them afterwards. */
  assertMayAddOrganisation(): void {
    this.assertMayWrite();
    if (!this.isAdmin && !this.has(Role.PROGRAMME_MANAGER)) throw new Forbidden('Only administrators and programme managers may add organisations.');
  }

  visibleProjectIds(): Promise<Ids> {
    this.projectIds ??= this.computeProjectIds();
    return this.projectIds;
  }

  visibleProgrammeIds(): Promise<Ids> {
    this.programmeIds ??= this.computeProgrammeIds();
    return this.programmeIds;
  }

  async seesProject(id: string): Promise<boolean> {
    const ids = await this.visibleProjectIds();
    return ids === 'ALL' || ids.has(id);
  }

  async seesProgramme(id: string): Promise<boolean> {
    const ids = await this.visibleProgrammeIds();
    return ids === 'ALL' || ids.has(id);
  }

  private async computeProjectIds(): Promise<Ids> {
    const caller = this.requireCaller();
    if (this.readsAll) return 'ALL';
    const donorOrgs = caller.grants.filter((g) => g.role === Role.DONOR).map((g) => g.organisationId!);
    const reported = caller.grants.filter((g) => g.role === Role.PARTNER_REPORTER).map((g) => g.projectId!);
    const ids = new Set(reported);
    if (donorOrgs.length) {
      const rows: { id: string }[] = await this.em.getConnection().execute(
        `select p.id from project p where exists (
           select 1 from participation f
           where f.role = '1' and f.organisation_id in (${donorOrgs.map(() => '?').join(', ')})
             and (f.project_id = p.id or f.programme_id = p.programme_id))`,
        donorOrgs,
      );
      for (const r of rows) ids.add(r.id);
    }
    return ids;
  }

  private async computeProgrammeIds(): Promise<Ids> {
    const caller = this.requireCaller();
    if (this.readsAll) return 'ALL';
    const projects = await this.visibleProjectIds();
    const ids = new Set<string>();
    const donorOrgs = caller.grants.filter((g) => g.role === Role.DONOR).map((g) => g.organisationId!);
    if (donorOrgs.length) {
      const rows: { id: string }[] = await this.em
        .getConnection()
        .execute(`select programme_id as id from participation where role = '1' and programme_id is not null and organisation_id in (${donorOrgs.map(() => '?').join(', ')})`, donorOrgs);
      for (const r of rows) ids.add(r.id);
    }
    if (projects !== 'ALL' && projects.size) {
      const list = [...projects];
      const rows: { id: string }[] = await this.em.getConnection().execute(`select distinct programme_id as id from project where id in (${list.map(() => '?').join(', ')})`, list);
      for (const r of rows) ids.add(r.id);
    }
    return ids;
  }
}

/** A filter for `id` that keeps only what the caller may see, or nothing to add when it sees everything. */
export function idFilter(ids: Ids): { id?: { $in: string[] } } {
  return ids === 'ALL' ? {} : { id: { $in: [...ids] } };
}
