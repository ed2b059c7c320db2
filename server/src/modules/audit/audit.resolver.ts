import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { User } from '../access/user.entity.js';
import { NotFound } from '../common/errors.js';
import { getProject } from '../project/project.reads.js';
import { AuditEvent } from './audit.entity.js';
import { assertReadsHistory, readsActorToken } from './audit.policy.js';
import { historyPage, isUuid, type AuditEventView } from './audit.reads.js';
import { LIMIT, text } from '../common/limits.js';
import { AuditChangeText } from './audit.types.js';

@ObjectType({ description: 'One page of changes, newest first.' })
class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'The changes on this page.' })
  items!: AuditEventView[];

  @Field(() => Int, { description: 'How many changes you may read in all.' })
  totalCount!: number;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

const KIND = /^[A-Za-z]{1,64}$/;

const READS =
  'You read only what you may read in the record itself today: the records of projects you see; users, their tokens and roles only when they are yours (administrators read all); ' +
  'a project’s staff notes only if you manage it; and for sensitive indicators, the actuals, numerators and denominators only if you see their raw figures (otherwise `"(hidden)"`, whatever their size). ' +
  'Administrators and programme managers.';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: `The history of one record, newest first, a page at a time. NOT_FOUND when it has no change you may read. ${READS}` })
  async auditTrail(
    @Arg('entityType', () => String, { description: text(LIMIT.name, 'Kind of record, e.g. `Project`.') }) entityType: string,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: text(LIMIT.cursor, 'The `endCursor` of the previous page.') }) after: string | undefined,
    @Ctx() { em, access, codes }: Context,
  ) {
    assertReadsHistory(access);
    // Every recorded record has a class name for its kind and a UUID: anything else has no history.
    if (!KIND.test(entityType) || !isUuid(entityId)) throw new NotFound(entityType.slice(0, 64), entityId.slice(0, 64), 'entityId');
    const page = await historyPage(em, access, codes, { entityType, entityId }, first, after);
    // A record you may not read answers like one that does not exist.
    if (!page.totalCount) throw new NotFound(entityType, entityId, 'entityId');
    return page;
  }

  @Query(() => AuditEventConnection, {
    description: `Every change to a project and what belongs to it (logframe nodes, indicators, values, documents, participants), newest first, a page at a time. NOT_FOUND for a project you may not see. ${READS}`,
  })
  async projectHistory(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: text(LIMIT.cursor, 'The `endCursor` of the previous page.') }) after: string | undefined,
    @Ctx() { em, access, reader, codes }: Context,
  ) {
    assertReadsHistory(access);
    if (!isUuid(projectId)) throw new NotFound('Project', projectId, 'projectId');
    await getProject(reader, access, projectId);
    return historyPage(em, access, codes, { projectId }, first, after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for changes made by Accord itself (seeding, migrations). Its e-mail and roles follow the rules of `User`.' })
  actor(@Root() e: AuditEventView, @Ctx() { em }: Context) {
    return e.actorUserId ? em.findOne(User, { id: e.actorUserId }) : null;
  }

  @FieldResolver(() => String, { description: 'What kind of record changed, in words, e.g. `indicator`, `target or actual`, `reporting update`.' })
  kindName(@Root() e: AuditEventView) {
    return e.readable.kindName;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Which record changed, by name, e.g. `1.2 Prosecutors are trained` or `Officers trained — 2026-Q2`; null when it cannot be named for you (deleted, or not yours to read).',
  })
  recordName(@Root() e: AuditEventView) {
    return e.readable.recordName;
  }

  @FieldResolver(() => [AuditChangeText], { description: 'The changed fields in words, from `changes`: bookkeeping left out, what is hidden from you still hidden.' })
  readableChanges(@Root() e: AuditEventView) {
    return e.readable.changes;
  }

  @FieldResolver(() => String, {
    description: 'The change in one line, e.g. `Officers trained — 2026-Q2: actual 12 → 15`, `Added indicator: Officers trained`. Dates in it are ISO dates; times are UTC.',
  })
  summary(@Root() e: AuditEventView) {
    return e.readable.summary;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The API token the change was made with, if any; shown to its user and to administrators, null for everyone else.' })
  actorTokenId(@Root() e: AuditEventView, @Ctx() { access }: Context) {
    return readsActorToken(access, e.actorUserId) ? (e.actorTokenId ?? null) : null;
  }
}
