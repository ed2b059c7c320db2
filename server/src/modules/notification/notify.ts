import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { IN_IDS, idList } from '../../db/rows.js';
import { Role } from '../access/user.entity.js';
import type { Context } from '../../graphql/context.js';
import { deliver } from './mail.js';

export type TransitionKind = 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'UNLOCKED';

interface UpdateFacts {
  id: string;
  indicatorId: string;
  indicatorTitle: string;
  periodId: string;
  label: string;
  projectTitle: string;
  programmeId: string;
  responsibleId: string | null;
  submittedBy: string | null;
  returnReason: string;
  unlockReason: string;
}

interface Draft {
  userId: string;
  message: string;
  link: string;
}

const quoted = (u: UpdateFacts) => `"${u.indicatorTitle}" for ${u.label}`;

/** Names a few reports, and counts the rest, so a message stays readable after a batch of 200. */
function named(updates: UpdateFacts[]): string {
  const shown = updates.slice(0, 5).map(quoted).join(', ');
  return updates.length > 5 ? `${shown} and ${updates.length - 5} more` : shown;
}

const logframeLink = (projectId: string, u: UpdateFacts) => `/projects/${projectId}/logframe?indicator=${u.indicatorId}&period=${u.periodId}`;

function messageFor(kind: TransitionKind, updates: UpdateFacts[], actor: string): string {
  const project = updates[0].projectTitle;
  const one = updates.length === 1;
  switch (kind) {
    case 'SUBMITTED':
      return `${actor} submitted ${one ? 'the report of ' : `${updates.length} reports: `}${named(updates)} on ${project}, for your approval.`;
    case 'RETURNED':
      return `${actor} returned the report of ${named(updates)} on ${project}. Reason: ${updates[0].returnReason}`;
    case 'APPROVED':
      return `${actor} approved ${one ? 'the report of ' : `${updates.length} reports: `}${named(updates)} on ${project}.`;
    case 'UNLOCKED':
      return `${actor} unlocked the report of ${named(updates)} on ${project} so that it can be corrected. Reason: ${updates[0].unlockReason}`;
  }
}

/**
 * Who hears of a change. A submission goes to the project's managers (project- and programme-scoped), or to the
 * administrators when nobody else manages it. A decision goes back to the partner reporters of the organisation
 * responsible for the node on that project, or, for a node no organisation is responsible for, to the submitter.
 * The one who acted is never told of their own act.
 */
async function recipients(em: EntityManager, kind: TransitionKind, projectId: string, updates: UpdateFacts[], actorId: string | null): Promise<Map<string, UpdateFacts[]>> {
  const conn = em.getConnection();
  const byUser = new Map<string, UpdateFacts[]>();
  const add = (userId: string, u: UpdateFacts) => userId !== actorId && byUser.set(userId, [...(byUser.get(userId) ?? []), u]);
  if (kind === 'SUBMITTED') {
    const rows: { id: string; admin: boolean }[] = await conn.execute(
      `with managers as (select distinct ra.user_id as id from role_assignment ra join app_user u on u.id = ra.user_id and u.active
                          where ra.role = '${Role.PROGRAMME_MANAGER}' and (ra.project_id = ? or ra.programme_id = ?))
       select id, false as admin from managers
       union
       select ra.user_id, true from role_assignment ra join app_user u on u.id = ra.user_id and u.active
        where ra.role = '${Role.ADMIN}' and not exists (select 1 from managers)`,
      [projectId, updates[0].programmeId],
    );
    for (const r of rows) for (const u of updates) add(r.id, u);
    return byUser;
  }
  const orgs = [...new Set(updates.flatMap((u) => (u.responsibleId ? [u.responsibleId] : [])))];
  const reporters: { id: string; organisationId: string }[] = orgs.length
    ? await conn.execute(
        `select distinct ra.user_id as id, ra.organisation_id as "organisationId" from role_assignment ra join app_user u on u.id = ra.user_id and u.active
          where ra.role = '${Role.PARTNER_REPORTER}' and ra.project_id = ? and ra.organisation_id in ${IN_IDS}`,
        [projectId, idList(orgs)],
      )
    : [];
  for (const u of updates) {
    if (u.responsibleId) for (const r of reporters.filter((r) => r.organisationId === u.responsibleId)) add(r.id, u);
    else if (u.submittedBy) add(u.submittedBy, u);
  }
  return byUser;
}

/**
 * Writes the notifications of one transition of the reporting cycle, after it has committed, and mails them when
 * mail is configured. A failure is logged and swallowed: the transition stands whether or not anyone was told.
 */
export async function notifyTransition(em: EntityManager, log: Logger, kind: TransitionKind, projectId: string, updateIds: readonly string[], actorId: string | null): Promise<void> {
  try {
    if (!updateIds.length) return;
    const conn = em.getConnection();
    const updates: UpdateFacts[] = await conn.execute(
      `select u.id, i.id as "indicatorId", i.title as "indicatorTitle", r.id as "periodId", r.label, p.title as "projectTitle", p.programme_id as "programmeId",
              n.responsible_organisation_id as "responsibleId", u.submitted_by as "submittedBy", u.return_reason as "returnReason", u.unlock_reason as "unlockReason"
         from indicator_update u join indicator i on i.id = u.indicator_id join result_node n on n.id = i.node_id
         join reporting_period r on r.id = u.period_id join project p on p.id = u.project_id
        where u.id in ${IN_IDS} and u.project_id = ? order by r.end_date, n.position, i.position, i.id`,
      [idList(updateIds), projectId],
    );
    if (!updates.length) return;
    const [actor] = actorId ? await conn.execute<{ name: string }[]>(`select name from app_user where id = ?`, [actorId]) : [];
    const actorName = actor?.name ?? 'Someone';
    const drafts: Draft[] = [...(await recipients(em, kind, projectId, updates, actorId))].map(([userId, mine]) => ({
      userId,
      message: messageFor(kind, mine, actorName),
      link: kind === 'SUBMITTED' ? `/projects/${projectId}/approvals?period=${mine[0].periodId}` : logframeLink(projectId, mine[0]),
    }));
    if (!drafts.length) return;
    // Each event is its own notification: the key only has to be unique (reminders use it to be written once).
    const written: { id: string }[] = await conn.execute(
      `insert into notification (id, user_id, kind, key, message, link, created_at)
       select gen_random_uuid(), (d->>'userId')::uuid, ?, ? || ':' || gen_random_uuid()::text, d->>'message', d->>'link', now() from json_array_elements(?::json) d
       returning id`,
      [kind, kind, JSON.stringify(drafts)],
    );
    void deliver(em.fork(), written.map((w) => w.id), log);
  } catch (err) {
    log.error({ err, kind, projectId }, 'the notifications of a reporting change could not be written; the change itself stands');
  }
}

/** The one call a reporting mutation makes after its change has committed. */
export function notifyAfter(ctx: Context, kind: TransitionKind, projectId: string, written: { id: string } | { id: string }[]): Promise<void> {
  return notifyTransition(ctx.em, ctx.log, kind, projectId, [written].flat().map((u) => u.id), ctx.access.caller?.user.id ?? null);
}
