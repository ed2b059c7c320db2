import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { InvalidInput } from '../../common/errors.js';
import { LIMIT, text } from '../../common/limits.js';
import { IatiImport as ImportRow } from './import.entity.js';
import { IatiImport, IatiImportPage } from './import.types.js';
import { cancelImport, findImport, queueCommit } from './import.service.js';
import { kickWorkers } from './import.worker.js';
import type { IatiActivityKind, IatiImportAction } from './import.types.js';

const MAX_PAGE = 50;

function view(job: ImportRow): IatiImport {
  return {
    id: job.id,
    state: job.state,
    progress: job.progress,
    bytesTotal: Number(job.bytesTotal),
    bytesRead: Number(job.bytesRead),
    iatiVersion: job.iatiVersion ?? null,
    activities: (job.preview?.activities ?? []).map((a) => ({ ...a, kind: a.kind as IatiActivityKind, action: a.action as IatiImportAction })),
    errors: job.errors,
    errorCount: job.preview?.errorCount ?? job.errors.length,
    warnings: job.warnings,
    warningCount: job.preview?.warningCount ?? job.warnings.length,
    programmeId: job.orphanProgrammeId ?? null,
    result: job.result ? { ...job.result, activities: job.result.activities.map((a) => ({ ...a, kind: a.kind as IatiActivityKind })) } : null,
    failure: job.failure ?? null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

const encode = (j: ImportRow) => Buffer.from(JSON.stringify([j.createdAt.toISOString(), j.id])).toString('base64url');
function decode(after: string): [string, string] {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString()) as unknown[];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return [createdAt, id];
  } catch {
    // falls through to the refusal
  }
  throw new InvalidInput([{ field: 'after', message: 'not a cursor this query gave' }]);
}

/**
 * IATI import jobs. The file itself is uploaded with `POST /iati/imports` (administrators only); here its owner
 * follows the reading, sees the preview, and imports or cancels.
 */
@Resolver()
export class IatiImportResolver {
  @Query(() => IatiImport, { description: 'An IATI import: its state, progress, preview, errors and warnings with line numbers, and result. Its owner and administrators may read it.' })
  async iatiImport(@Arg('id', () => ID, { description: 'The id `POST /iati/imports` answered.' }) id: string, @Ctx() ctx: Context): Promise<IatiImport> {
    const caller = ctx.access.requireCaller();
    return view(await findImport(ctx.em, id, { userId: caller.user.id, isAdmin: ctx.access.isAdmin }));
  }

  @Query(() => IatiImportPage, { description: "The caller's IATI imports, newest first, a page at a time." })
  async iatiImports(
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: text(LIMIT.cursor, 'The `endCursor` of the previous page.') }) after: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<IatiImportPage> {
    const userId = ctx.access.requireCaller().user.id;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new InvalidInput([{ field: 'first', message: `from 1 to ${MAX_PAGE}` }]);
    const [createdAt, id] = after ? decode(after) : [null, null];
    const rows = await ctx.em.find(
      ImportRow,
      createdAt ? { createdBy: userId, $or: [{ createdAt: { $lt: new Date(createdAt) } }, { createdAt: new Date(createdAt), id: { $lt: id! } }] } : { createdBy: userId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const page = rows.slice(0, first);
    return { items: page.map(view), hasNextPage: rows.length > first, endCursor: page.length ? encode(page[page.length - 1]) : null };
  }

  @Mutation(() => IatiImport, {
    description:
      'Imports a previewed file (READY, or FAILED to try again): queues it for the worker, which writes it in one transaction. Activities are matched by IATI identifier, so importing the same file again updates and creates nothing twice. Administrators only.',
  })
  async commitIatiImport(
    @Arg('id', () => ID, { description: 'The import.' }) id: string,
    @Arg('programmeId', () => ID, { nullable: true, description: 'The programme that receives the projects whose parent is neither in the file nor in Accord; required when there are any.' }) programmeId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<IatiImport> {
    ctx.access.assertAdmin();
    const job = await findImport(ctx.em, id, { userId: ctx.access.requireCaller().user.id, isAdmin: true });
    await queueCommit(ctx.em, job, programmeId ?? null);
    kickWorkers();
    return view(await findImport(ctx.em, id, { userId: '', isAdmin: true }));
  }

  @Mutation(() => IatiImport, { description: 'Cancels an import that is not being written. Administrators only.' })
  async cancelIatiImport(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() ctx: Context): Promise<IatiImport> {
    ctx.access.assertAdmin();
    const job = await findImport(ctx.em, id, { userId: ctx.access.requireCaller().user.id, isAdmin: true });
    await cancelImport(ctx.em, job);
    return view(await findImport(ctx.em, id, { userId: '', isAdmin: true }));
  }
}
