import type { Reader } from '../../db/reader.js';
import { Problems } from '../common/errors.js';
import { keysetPage, pageRequest, SortDirection, type Ordering, type PageArgs } from '../common/pagination.js';
import type { NotificationFilter, NotificationOrderField, NotificationPage, NotificationView } from './notification.types.js';

const ORDERINGS: Record<NotificationOrderField, Ordering> = { CREATED_AT: { keys: [{ sql: (n) => `${n}.created_at`, kind: 'timestamp' }], natural: SortDirection.DESC } };

const NOTIFICATION = `json_build_object('id', n.id, 'kind', n.kind, 'message', n.message, 'link', n.link, 'createdAt', n.created_at, 'readAt', n.read_at)`;

/** One page of a user's own notifications, with how many of all of them are unread (whatever the filter). */
export async function notificationPage(reader: Reader, userId: string, filter: NotificationFilter | undefined, page: PageArgs<NotificationOrderField>): Promise<NotificationPage> {
  const problems = new Problems();
  const request = pageRequest(problems, 'notifications', ORDERINGS, page);
  problems.throwIfAny();
  const where = { sql: 'n.user_id = ?', params: [userId] as unknown[] };
  if (filter?.unread !== undefined && filter.unread !== null) where.sql += filter.unread ? ' and n.read_at is null' : ' and n.read_at is not null';
  if (filter?.kind) {
    where.sql += ' and n.kind = ?';
    where.params.push(filter.kind);
  }
  const found = await keysetPage<NotificationView>(reader, request, {
    table: 'notification',
    t: 'n',
    where,
    json: { sql: NOTIFICATION, params: [] },
    extra: { sql: '(select count(*)::int from notification x where x.user_id = ? and x.read_at is null)', params: [userId] },
  });
  const { extra: unreadCount, ...connection } = found;
  return { ...connection, ...connection.pageInfo, unreadCount: unreadCount as number };
}
