import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/errors.js';
import { Role } from './user.entity.js';
import { TokenScope } from './session.entity.js';
import { visibleProgramme, visibleProject, type Condition } from './visibility.js';

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

/**
 * What the caller may see and change, row by row. Built once per request. Who reads which project and programme
 * is one rule, in visibility.ts, applied inside the SQL of every read; the checks here ask it about one row.
 */
export class Access {
  private readonly seenProjects = new Map<string, Promise<boolean>>();
  private readonly seenProgrammes = new Map<string, Promise<boolean>>();
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

  /** Whether the caller reads this project; one statement, remembered for the request. */
  seesProject(id: string): Promise<boolean> {
    // A partner reporter's own project is known from its grants, without asking the database.
    if (this.caller?.grants.some((g) => g.role === Role.PARTNER_REPORTER && g.projectId === id)) return Promise.resolve(true);
    return this.sees(this.seenProjects, id, () => visibleProject(this, 'p'), 'project p');
  }

  /** Whether the caller reads this programme; one statement, remembered for the request. */
  seesProgramme(id: string): Promise<boolean> {
    return this.sees(this.seenProgrammes, id, () => visibleProgramme(this, 'p'), 'programme p');
  }

  private sees(memo: Map<string, Promise<boolean>>, id: string, rule: () => Condition, from: string): Promise<boolean> {
    this.requireCaller();
    if (this.readsAll) return Promise.resolve(true);
    let answer = memo.get(id);
    if (!answer) {
      const { sql, params } = rule();
      answer = this.em
        .getConnection()
        .execute(`select 1 from ${from} where p.id = ? and ${sql}`, [id, ...params])
        .then((rows: unknown[]) => rows.length > 0);
      memo.set(id, answer);
    }
    return answer;
  }
}
