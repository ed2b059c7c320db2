import type { Access } from '../access/access.js';
import { Forbidden } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { visibleProject, type Condition } from '../access/visibility.js';
import { seesRawFigures } from '../logframe/logframe.policy.js';

/**
 * Who reads the history of each kind of record. The rule is what the caller may read of the record
 * itself today:
 * - EVERYONE: every caller of the history reads it (organisations are public to signed-in users);
 * - PROJECT: records of a project the caller sees;
 * - PROGRAMME: programme records, for callers who read the whole portfolio (others are left out, to be safe);
 * - PROJECT_OR_PROGRAMME: PROJECT when the record belongs to a project, PROGRAMME otherwise;
 * - SELF: the user record, to the user itself;
 * - OWNER: a user's tokens and roles, to that user.
 * Administrators read everything. A kind of record missing here is read by administrators only.
 */
type Reader = 'EVERYONE' | 'PROJECT' | 'PROGRAMME' | 'PROJECT_OR_PROGRAMME' | 'SELF' | { owner: 'api_token' | 'role_assignment' };

export const HISTORY_READERS: Record<string, Reader> = {
  Organisation: 'EVERYONE',
  Programme: 'PROGRAMME',
  Project: 'PROJECT',
  Document: 'PROJECT',
  RecipientCountry: 'PROJECT',
  ResultNode: 'PROJECT',
  Indicator: 'PROJECT',
  ReportingPeriod: 'PROJECT',
  IndicatorValue: 'PROJECT',
  IndicatorUpdate: 'PROJECT',
  EvidenceFile: 'PROJECT',
  LogframeRevision: 'PROJECT',
  SectorShare: 'PROJECT_OR_PROGRAMME',
  Participation: 'PROJECT_OR_PROGRAMME',
  Budget: 'PROJECT',
  Contribution: 'PROJECT_OR_PROGRAMME',
  FinanceTransaction: 'PROJECT_OR_PROGRAMME',
  ExchangeRate: 'EVERYONE',
  KnowledgeItem: 'EVERYONE',
  KnowledgeItemProject: 'PROJECT',
  TrendNote: 'EVERYONE',
  User: 'SELF',
  ApiToken: { owner: 'api_token' },
  RoleAssignment: { owner: 'role_assignment' },
  ProgrammeIndicator: 'PROGRAMME',
  PolicyMarker: 'PROJECT',
};

/** Stands for a value the caller may not read; kept distinct from null so that "a value was entered" still shows. */
export const HIDDEN = '(hidden)';

/** Administrators and programme managers read the history; the rows they get are then filtered and masked below. */
export function assertReadsHistory(access: Access): void {
  const caller = access.requireCaller();
  if (!caller.grants.some((g) => g.role === Role.ADMIN || g.role === Role.PROGRAMME_MANAGER)) throw new Forbidden('Only administrators and programme managers read the audit trail.');
}

export type { Condition };

/** The SQL condition on `audit_event <alias>` that keeps only the events the caller may read. */
export function readableEvents(access: Access, alias: string): Condition {
  if (access.isAdmin) return { sql: 'true', params: [] };
  const me = access.requireCaller().user.id;
  const projects = visibleProject(access, 'vp');
  const inProject = access.readsAll ? `${alias}.project_id is not null` : `${alias}.project_id in (select vp.id from project vp where ${projects.sql})`;
  const projectParams = access.readsAll ? [] : projects.params;
  const inProgramme = access.readsAll ? 'true' : 'false';
  const parts: Condition[] = [];
  for (const [type, reader] of Object.entries(HISTORY_READERS)) {
    const of = (c: Condition): Condition => ({ sql: `(${alias}.entity_type = ? and ${c.sql})`, params: [type, ...c.params] });
    if (reader === 'EVERYONE') parts.push(of({ sql: 'true', params: [] }));
    else if (reader === 'PROJECT') parts.push(of({ sql: inProject, params: projectParams }));
    else if (reader === 'PROGRAMME') parts.push(of({ sql: inProgramme, params: [] }));
    else if (reader === 'PROJECT_OR_PROGRAMME') parts.push(of({ sql: `(${inProject} or (${alias}.project_id is null and ${inProgramme}))`, params: projectParams }));
    else if (reader === 'SELF') parts.push(of({ sql: `${alias}.entity_id = ?`, params: [me] }));
    else {
      // The owner is named in the event itself when the record was made or deleted, and in the record while it exists.
      parts.push(
        of({
          sql: `(${alias}.changes->'user'->>'after' = ? or ${alias}.changes->'user'->>'before' = ? or ${alias}.entity_id in (select id::text from ${reader.owner} where user_id = ?))`,
          params: [me, me, me],
        }),
      );
    }
  }
  return { sql: `(${parts.map((p) => p.sql).join(' or ')})`, params: parts.flatMap((p) => p.params) };
}

/** What the masking needs to know of an event besides its changes. */
export interface MaskableEvent {
  entityType: string;
  projectId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  /** For indicator values: whether the indicator is sensitive, null when it no longer exists. */
  indicatorSensitive?: boolean | null;
  /** For indicator values: the organisation responsible for the indicator's result. */
  responsibleOrganisationId?: string | null;
}

/**
 * Results of sensitive indicators: small ones are masked in the logframe, and a sequence of exact changes would
 * give them away. The approved copies (set when a report is approved) are the same figures, so as sensitive.
 */
const SENSITIVE_RESULTS = ['actual', 'numerator', 'denominator', 'approvedActual', 'approvedNumerator', 'approvedDenominator'];

const hide = (changes: MaskableEvent['changes'], fields: string[]): MaskableEvent['changes'] => {
  const out = { ...changes };
  for (const f of fields) {
    const c = out[f];
    if (c) out[f] = { before: c.before == null ? null : HIDDEN, after: c.after == null ? null : HIDDEN };
  }
  return out;
};

/**
 * The changes as the caller may read them: a project's staff notes only for its managers, and the results
 * of a sensitive indicator (or one deleted since) only for those who see its raw figures. Answers are
 * remembered per project (by Access) and per organisation, so a page costs a few permission checks, not one per event.
 */
export function changesMasker(access: Access): (e: MaskableEvent) => Promise<MaskableEvent['changes']> {
  const raw = new Map<string, Promise<boolean>>();
  const seesRaw = (id: string, org: string | null) => {
    const key = `${id}|${org ?? ''}`;
    return raw.get(key) ?? raw.set(key, seesRawFigures(access, id, org)).get(key)!;
  };
  return async (e) => {
    if (access.isAdmin || !e.projectId) return e.changes;
    if (e.entityType === 'Project' && e.changes.internalNotes && !(await access.managesProject(e.projectId))) return hide(e.changes, ['internalNotes']);
    if (e.entityType === 'IndicatorValue' && e.indicatorSensitive !== false && SENSITIVE_RESULTS.some((f) => e.changes[f])) {
      if (!(await seesRaw(e.projectId, e.responsibleOrganisationId ?? null))) return hide(e.changes, SENSITIVE_RESULTS);
    }
    return e.changes;
  };
}

/** The token a change was made with is the business of its user and of administrators. */
export function readsActorToken(access: Access, actorUserId: string | null | undefined): boolean {
  return access.isAdmin || (!!actorUserId && actorUserId === access.user?.id);
}
