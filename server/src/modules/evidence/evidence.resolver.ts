import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { NotFound } from '../common/errors.js';
import { valueRights } from '../logframe/logframe.policy.js';
import { EvidenceFileView, IndicatorUpdateView } from '../reporting/reporting.types.js';
import { filesByUpdate, reachableFile } from './evidence.reads.js';
import { removeEvidence } from './evidence.service.js';
import { evidenceStorageOf } from './storage.js';

/** One loader per request: the files of every update in a response come from one statement. */
const loaders = new WeakMap<Context, DataLoader<string, EvidenceFileView[]>>();

@Resolver(() => IndicatorUpdateView)
export class EvidenceResolver {
  @FieldResolver(() => [EvidenceFileView], {
    description: 'Evidence files, oldest first. Those who do not act on the report see them once it is approved, as they see its content. Upload with `POST /evidence` (see the README).',
  })
  async files(@Root() update: IndicatorUpdateView, @Ctx() ctx: Context): Promise<EvidenceFileView[]> {
    // An update has an id only for those who may read its content: periodUpdates gives the unapproved reports
    // of those who do not act on them no id, so their files stay hidden with the rest of the content.
    if (!update.id) return [];
    let loader = loaders.get(ctx);
    if (!loader) loaders.set(ctx, (loader = filesByUpdate(ctx.reader)));
    return loader.load(update.id);
  }

  @Mutation(() => Boolean, { description: 'Removes an evidence file. Reporters and managers, while the report is neither submitted nor locked (CONFLICT otherwise).' })
  async removeEvidenceFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<boolean> {
    ctx.access.assertMayWrite();
    const file = await reachableFile(ctx.reader, ctx.access, id);
    if (!file) throw new NotFound('Evidence file', id, 'id');
    const actor = { userId: ctx.access.caller?.user.id ?? null, rightOn: await valueRights(ctx.access, file.projectId) };
    await removeEvidence(ctx.em, evidenceStorageOf(info.schema), file, actor, ctx.log);
    return true;
  }
}
