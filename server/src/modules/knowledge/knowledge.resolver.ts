import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { selected } from '../../graphql/selection.js';
import { rowLoader } from '../../db/rows.js';
import { Project } from '../project/project.entity.js';
import type { ProjectRow } from '../project/project.reads.js';
import { KnowledgeItem as KnowledgeItemRecord } from './knowledge.entity.js';
import { KnowledgeFilter, KnowledgeItemInput, KnowledgeOrderField } from './knowledge.inputs.js';
import { PAGE_ARGS, SortDirection } from '../common/pagination.js';
import { KnowledgeItem, KnowledgeItemPage } from './knowledge.types.js';
import { assertMayWriteKnowledge, mayWriteKnowledge } from './knowledge.policy.js';
import * as reads from './knowledge.reads.js';
import * as service from './knowledge.service.js';

/**
 * Batch loaders of the knowledge network, one set per request (keyed by the request's Access), so that the
 * shared loaders of graphql/loaders.ts need not know this module.
 */
const perRequest = new WeakMap<object, ReturnType<typeof loadersFor>>();
function loadersFor(ctx: Context) {
  return {
    ofProject: reads.projectKnowledgeLoader(ctx.reader, ctx.access),
    body: rowLoader<{ id: string; body: string }>(ctx.reader, 'select k.id, k.body from knowledge_item k where k.id in $KEYS', (r) => r.id),
  };
}
const loaders = (ctx: Context) => perRequest.get(ctx.access) ?? perRequest.set(ctx.access, loadersFor(ctx)).get(ctx.access)!;

const VERSION = 'The version you read; refused with CONFLICT if someone changed the record since.';

@Resolver(() => KnowledgeItem)
export class KnowledgeResolver {
  @Query(() => KnowledgeItemPage, {
    description: 'Best practices and lessons learned, a page at a time: searched by words (best match first, with highlighted excerpts) and filtered by kind, focus area, country, project or author; newest first when no words are given, or sorted by `orderBy`. Every signed-in user reads them.',
  })
  knowledgeItems(
    @Arg('filter', () => KnowledgeFilter, { nullable: true }) filter: KnowledgeFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'How many items to skip (after `after`, if given), 0–10000.', deprecationReason: 'Use after, which pages with cursors.' }) offset: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('orderBy', () => KnowledgeOrderField, { defaultValue: KnowledgeOrderField.RELEVANCE, description: 'What to sort by.' }) orderBy: KnowledgeOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() { reader, access }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reads.searchKnowledge(reader, access, filter, { first, after, orderBy, direction, offset }, selected(info, ['items']).has('body'));
  }

  @Query(() => KnowledgeItem, { description: 'One knowledge item, with its full text. NOT_FOUND if there is none with this id.' })
  knowledgeItem(@Arg('id', () => ID) id: string, @Ctx() { reader, access }: Context) {
    return reads.getKnowledgeItem(reader, access, id);
  }

  @FieldResolver(() => String, { description: 'The full text, in Markdown. Render it with a Markdown renderer and sanitise the HTML it produces.' })
  async body(@Root() item: KnowledgeItem, @Ctx() ctx: Context) {
    return item.body ?? (await loaders(ctx).body.load(item.id))?.body ?? '';
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change and delete knowledge items (administrators and programme managers).' })
  canEdit(@Ctx() { access }: Context) {
    return mayWriteKnowledge(access);
  }

  @Mutation(() => KnowledgeItem, { description: 'Adds a best practice or lesson learned (administrators and programme managers).' })
  async createKnowledgeItem(@Arg('input', () => KnowledgeItemInput) input: KnowledgeItemInput, @Ctx() { em, access, reader }: Context) {
    assertMayWriteKnowledge(access);
    return reads.getKnowledgeItem(reader, access, (await service.createKnowledgeItem(em, input)).id);
  }

  @Mutation(() => KnowledgeItem, { description: 'Replaces a knowledge item with the input (administrators and programme managers). Give `version` to be refused with CONFLICT if someone changed it since you read it.' })
  async updateKnowledgeItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => KnowledgeItemInput) input: KnowledgeItemInput,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access, reader }: Context,
  ) {
    assertMayWriteKnowledge(access);
    await service.updateKnowledgeItem(em, id, input, version);
    return reads.getKnowledgeItem(reader, access, id);
  }

  @Mutation(() => ID, { description: 'Deletes a knowledge item and its links, and returns its id (administrators and programme managers).' })
  deleteKnowledgeItem(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION }) version: number | undefined,
    @Ctx() { em, access }: Context,
  ) {
    assertMayWriteKnowledge(access);
    return service.removeKnowledgeRecord(em, KnowledgeItemRecord, 'Knowledge item', id, version);
  }
}

@Resolver(() => Project)
export class ProjectKnowledgeResolver {
  @FieldResolver(() => [KnowledgeItem], { description: 'Best practices and lessons learned linked to the project, newest first.' })
  async knowledge(@Root() p: ProjectRow, @Ctx() ctx: Context) {
    return (await loaders(ctx).ofProject.load(p.id)).map(reads.finishLinked);
  }
}
