import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IN_IDS, at, idList } from '../../db/rows.js';
import { InvalidInput } from '../common/errors.js';
import { LIMIT, list, text } from '../common/limits.js';
import { MyReporting, NotificationPage, NotificationView } from './notification.types.js';
import { myReporting } from './tasks.reads.js';

const MAX_PAGE = 100;

/** A cursor is the last item's sort key (created_at, id), opaque to clients. */
const encode = (n: { createdAt: string; id: string }) => Buffer.from(JSON.stringify([n.createdAt, n.id])).toString('base64url');

function decode(after: string): [string, string] {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString()) as unknown[];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return [createdAt, id];
  } catch {
    // falls through to the refusal
  }
  throw new InvalidInput([{ field: 'after', message: 'not a cursor this query gave' }]);
}

@Resolver()
export class NotificationResolver {
  @Query(() => MyReporting, { description: 'What waits on the caller in the reporting cycle: reports to write, returned, overdue, and submitted ones to approve. For any signed-in user.' })
  async myReporting(@Ctx() ctx: Context): Promise<MyReporting> {
    const caller = ctx.access.requireCaller();
    return myReporting(ctx.reader, caller.user.id, caller.grants, ctx.access.isAdmin);
  }

  @Query(() => NotificationPage, { description: "The caller's notifications, newest first, a page at a time, with how many are unread." })
  async notifications(
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: text(LIMIT.cursor, 'The `endCursor` of the previous page.') }) after: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<NotificationPage> {
    const userId = ctx.access.requireCaller().user.id;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new InvalidInput([{ field: 'first', message: `from 1 to ${MAX_PAGE}` }]);
    const [createdAt, id] = after ? decode(after) : [null, null];
    const rows = await ctx.reader.rows<NotificationView & { unread: number }>(
      `select n.id, n.kind, n.message, n.link, ${at('n.created_at', 'createdAt')}, ${at('n.read_at', 'readAt')},
              (select count(*)::int from notification x where x.user_id = ? and x.read_at is null) as unread
         from (select 1) one
         left join lateral (select * from notification n where n.user_id = ? and (?::timestamptz is null or (n.created_at, n.id) < (?::timestamptz, ?::uuid))
                             order by n.created_at desc, n.id desc limit ?) n on true`,
      [userId, userId, createdAt, createdAt, id, first + 1],
    );
    const unreadCount = rows[0]?.unread ?? 0;
    const items = rows.filter((r) => r.id).map(({ unread: _unread, ...n }) => n);
    const hasNextPage = items.length > first;
    const page = items.slice(0, first);
    return { items: page, unreadCount, hasNextPage, endCursor: page.length ? encode(page[page.length - 1]) : null };
  }

  @Mutation(() => Int, { description: "Marks the caller's notifications read: those named in `ids`, or all of them with `all: true`. Returns how many stay unread." })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: list(LIMIT.batch, 'The notifications to mark read.') }) ids: string[] | undefined,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Mark every notification of the caller read.' }) all: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    ctx.access.assertMayWrite();
    const userId = ctx.access.requireCaller().user.id;
    const bad = (ids ?? []).findIndex((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (bad >= 0) throw new InvalidInput([{ field: `ids.${bad}`, message: 'not an id' }]);
    if (!all && !ids?.length) throw new InvalidInput([{ field: 'ids', message: 'name the notifications, or give all: true' }]);
    // Someone else's notification is simply not matched: naming it reveals nothing.
    const [row] = await ctx.em.getConnection().execute<{ unread: number }[]>(
      `with marked as (update notification set read_at = now() where user_id = ? and read_at is null and (?::boolean or id in ${IN_IDS}) returning id)
       select (select count(*)::int from notification where user_id = ? and read_at is null) - (select count(*)::int from marked) as unread`,
      [userId, all, idList(ids ?? []), userId],
    );
    return row.unread;
  }
}
