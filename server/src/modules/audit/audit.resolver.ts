import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { PAGE_ARGS, PageInfo, SortDirection } from '../common/pagination.js';
import type { Context } from '../../graphql/context.js';
import { User } from '../access/user.entity.js';
import { NotFound } from '../common/errors.js';
import { getProject } from '../project/project.reads.js';
import { AuditEvent } from './audit.entity.js';
import { assertReadsHistory, readsActorToken } from './audit.policy.js';
import { historyPage, isUuid, type AuditEventView } from './audit.reads.js';
import { LIMIT, TextField, text } from '../common/limits.js';
import { AuditChangeText } from './audit.types.js';

@ObjectType({ description: 'One page of changes, newest first unless asked otherwise; walk the history with `pageInfo.endCursor` as `after`.' })
class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'The changes on this page, in the order asked for.' })
  items!: AuditEventView[];

  @Field(() => Int, { description: 'How many changes match the filter in all (of those you may read).' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to get it.' })
  pageInfo!: PageInfo;

  @Field(() => Boolean, { description: 'Whether another page follows.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.', deprecationReason: 'Use pageInfo.endCursor.' })
  endCursor!: string | null;
}

@InputType({ description: 'Which changes of a history to list. Every condition given must hold.' })
class HistoryFilter {
  @TextField(LIMIT.name, { nullable: true, description: 'Only changes to this kind of record, e.g. `Indicator`, `IndicatorValue`, `Document`.' })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this user.' })
  actorId?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes made at or after this instant: to pull what changed since a date.' })
  changedSince?: Date;
}

enum HistoryOrderField {
  AT = 'AT',
}

registerEnumType(HistoryOrderField, {
  name: 'HistoryOrderField',
  description: 'What a history is sorted by; the change’s id breaks ties.',
  valuesConfig: { AT: { description: 'By when the change was made; naturally newest first.' } },
});

const KIND = /^[A-Za-z]{1,64}$/;

const READS =
  'You read only what you may read in the record itself today: the records of projects you see; users, their tokens and roles only when they are yours (administrators read all); ' +
  'a project’s staff notes only if you manage it; and for sensitive indicators, the actuals, numerators and denominators only if you see their raw figures (otherwise `"(hidden)"`, whatever their size). ' +
  'Administrators and programme managers.';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: `The history of one record, newest first unless asked otherwise, a page at a time, filtered by kind of record, actor or date. NOT_FOUND when it has no change you may read. ${READS}` })
  async auditTrail(
    @Arg('entityType', () => String, { description: text(LIMIT.name, 'Kind of record, e.g. `Project`.') }) entityType: string,
    @Arg('entityId', () => ID, { description: 'The id of the record.' }) entityId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('filter', () => HistoryFilter, { nullable: true, description: 'Which changes to list.' }) filter: HistoryFilter | undefined,
    @Arg('orderBy', () => HistoryOrderField, { defaultValue: HistoryOrderField.AT, description: 'What to sort by.' }) orderBy: HistoryOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { em, access, codes }: Context,
  ) {
    assertReadsHistory(access);
    // Every recorded record has a class name for its kind and a UUID: anything else has no history.
    if (!KIND.test(entityType) || !isUuid(entityId)) throw new NotFound(entityType.slice(0, 64), entityId.slice(0, 64), 'entityId');
    const scope = { entityType, entityId };
    const page = await historyPage(em, access, codes, scope, { list: 'auditTrail', first, after, orderBy, direction }, filter);
    // A record you may not read answers like one that does not exist; one whose changes the filter leaves out has an empty page.
    if (!page.totalCount && (!filter || !(await historyPage(em, access, codes, scope, { list: 'auditTrail', first: 1, orderBy })).totalCount)) throw new NotFound(entityType, entityId, 'entityId');
    return page;
  }

  @Query(() => AuditEventConnection, {
    description: `Every change to a project and what belongs to it (logframe nodes, indicators, values, documents, participants), newest first unless asked otherwise, a page at a time, filtered by kind of record, actor or date. NOT_FOUND for a project you may not see. ${READS}`,
  })
  async projectHistory(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('filter', () => HistoryFilter, { nullable: true, description: 'Which changes to list.' }) filter: HistoryFilter | undefined,
    @Arg('orderBy', () => HistoryOrderField, { defaultValue: HistoryOrderField.AT, description: 'What to sort by.' }) orderBy: HistoryOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { em, access, reader, codes }: Context,
  ) {
    assertReadsHistory(access);
    if (!isUuid(projectId)) throw new NotFound('Project', projectId, 'projectId');
    await getProject(reader, access, projectId);
    return historyPage(em, access, codes, { projectId }, { list: 'projectHistory', first, after, orderBy, direction }, filter);
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
