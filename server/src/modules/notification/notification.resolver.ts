import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IN_IDS, idList } from '../../db/rows.js';
import { InvalidInput } from '../common/errors.js';
import { LIMIT, list } from '../common/limits.js';
import { MyReporting, NotificationFilter, NotificationOrderField, NotificationPage } from './notification.types.js';
import { notificationPage } from './notification.reads.js';
import { PAGE_ARGS, SortDirection } from '../common/pagination.js';
import { myReporting } from './tasks.reads.js';

@Resolver()
export class NotificationResolver {
  @Query(() => MyReporting, { description: 'What waits on the caller in the reporting cycle: reports to write, returned, overdue, and submitted ones to approve. For any signed-in user.' })
  async myReporting(@Ctx() ctx: Context): Promise<MyReporting> {
    const caller = ctx.access.requireCaller();
    return myReporting(ctx.reader, caller.user.id, caller.grants, ctx.access.isAdmin);
  }

  @Query(() => NotificationPage, { description: "The caller's notifications, newest first unless asked otherwise, a page at a time, with how many are unread." })
  async notifications(
    @Arg('first', () => Int, { defaultValue: 20, description: PAGE_ARGS.first }) first: number,
    @Arg('after', () => String, { nullable: true, description: PAGE_ARGS.after }) after: string | undefined,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Which notifications to list.' }) filter: NotificationFilter | undefined,
    @Arg('orderBy', () => NotificationOrderField, { defaultValue: NotificationOrderField.CREATED_AT, description: 'What to sort by.' }) orderBy: NotificationOrderField,
    @Arg('direction', () => SortDirection, { nullable: true, description: PAGE_ARGS.direction }) direction: SortDirection | undefined,
    @Ctx() ctx: Context,
  ): Promise<NotificationPage> {
    return notificationPage(ctx.reader, ctx.access.requireCaller().user.id, filter, { first, after, orderBy, direction });
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
