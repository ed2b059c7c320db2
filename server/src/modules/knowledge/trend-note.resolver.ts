import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { TrendNote as TrendNoteRecord } from './knowledge.entity.js';
import { TrendNoteFilter, TrendNoteInput } from './knowledge.inputs.js';
import { TrendNote, TrendNotePage } from './knowledge.types.js';
import { assertMayWriteKnowledge, mayWriteKnowledge } from './knowledge.policy.js';
import * as reads from './trend-note.reads.js';
import * as service from './knowledge.service.js';
import { PAGE_ARGS } from '../common/pagination.js';

const VERSION = 'The version you read; refused with CONFLICT if someone changed the note since.';

@Resolver(() => TrendNote)
export class TrendNoteResolver {
  @Query(() => TrendNotePage, { description: 'Trend notes newest first (by the date they speak for, then id), a page at a time, optionally for one focus area and/or one country. Every signed-in user reads them.' })
  trendNotes(
    @Arg('filter', () => TrendNoteFilter, { nullable: true, description: 'Which notes; omitted, all of them.' }) filter: TrendNoteFilter | undefined,
    @Arg('first', () => Int, { nullable: true, description: `${PAGE_ARGS.first} Omitted, \`filter.first\` (10 by default).` }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Ctx() { reader, access }: Context,
  ) {
    return reads.listTrendNotes(reader, access, filter, { first: first ?? filter?.first ?? 10, after, offset: filter?.offset ?? 0 });
  }

  @Query(() => TrendNote, { description: 'One trend note. NOT_FOUND if there is none with this id.' })
  trendNote(@Arg('id', () => ID) id: string, @Ctx() { reader, access }: Context) {
    return reads.getTrendNote(reader, access, id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change and delete trend notes (administrators and programme managers).' })
  canEdit(@Ctx() { access }: Context) {
    return mayWriteKnowledge(access);
  }

  @Mutation(() => TrendNote, { description: 'Adds a trend note (administrators and programme managers).' })
  async createTrendNote(@Arg('input', () => TrendNoteInput) input: TrendNoteInput, @Ctx() { em, access, reader }: Context) {
    assertMayWriteKnowledge(access);
    return reads.getTrendNote(reader, access, (await service.createTrendNote(em, input)).id);
  }

  @Mutation(() => TrendNote, { description: 'Replaces a trend note with the input (administrators and programme managers). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateTrendNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrendNoteInput) input: TrendNoteInput,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    assertMayWriteKnowledge(access);
    await service.updateTrendNote(em, id, input, version);
    return reads.getTrendNote(reader, access, id);
  }

  @Mutation(() => ID, { description: 'Deletes a trend note and returns its id (administrators and programme managers).' })
  deleteTrendNote(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    assertMayWriteKnowledge(access);
    return service.removeKnowledgeRecord(em, TrendNoteRecord, 'Trend note', id, version);
  }
}
