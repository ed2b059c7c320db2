import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Forbidden, type Access } from '../access/access.js';
import { Role, User } from '../access/user.entity.js';
import { AuditEvent } from './audit.entity.js';
import { LIMIT, text } from '../common/limits.js';

function assertReadsTrail(access: Access): void {
  const caller = access.requireCaller();
  if (!caller.grants.some((g) => g.role === Role.ADMIN || g.role === Role.PROGRAMME_MANAGER)) throw new Forbidden('Only administrators and programme managers read the audit trail.');
}

/** Loads all the actors in one query; the field resolver then finds them in the identity map. */
async function withActors(em: Context['em'], events: AuditEvent[]): Promise<AuditEvent[]> {
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  if (actorIds.length) await em.find(User, { id: { $in: actorIds } });
  return events;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [AuditEvent], { description: 'The history of one record, newest first. Administrators and programme managers.' })
  async auditTrail(
    @Arg('entityType', () => String, { description: text(LIMIT.name, 'Kind of record, e.g. `Project`.') }) entityType: string,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many events, 1–500.' }) first: number,
    @Ctx() { em, access }: Context,
  ) {
    assertReadsTrail(access);
    return withActors(em, await em.find(AuditEvent, { entityType, entityId }, { orderBy: { at: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 500) }));
  }

  @Query(() => [AuditEvent], { description: 'Every change to a project and what belongs to it (logframe nodes, indicators, values, documents, participants), newest first. Administrators and programme managers.' })
  async projectHistory(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many events, 1–500.' }) first: number,
    @Ctx() { em, access }: Context,
  ) {
    assertReadsTrail(access);
    return withActors(em, await em.find(AuditEvent, { projectId }, { orderBy: { at: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 500) }));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for changes made by Accord itself (seeding, migrations).' })
  actor(@Root() e: AuditEvent, @Ctx() { em }: Context) {
    return e.actorUserId ? em.findOne(User, { id: e.actorUserId }) : null;
  }
}
