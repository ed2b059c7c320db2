import type { EntityManager } from '@mikro-orm/postgresql';
import { Problems } from '../common/errors.js';
import { likePattern } from '../common/versioning.js';
import { keysetPage, pageRequest, SortDirection, type Connection, type Ordering, type PageArgs } from '../common/pagination.js';
import type { Condition } from './visibility.js';
import { User } from './user.entity.js';
import type { UserFilter, UserOrderField } from './access.inputs.js';

const ORDERINGS: Record<UserOrderField, Ordering> = {
  NAME: { keys: [{ sql: (u) => `${u}.name`, kind: 'text' }], natural: SortDirection.ASC },
  EMAIL: { keys: [{ sql: (u) => `${u}.email`, kind: 'text' }], natural: SortDirection.ASC },
  CREATED_AT: { keys: [{ sql: (u) => `${u}.created_at`, kind: 'timestamp' }], natural: SortDirection.DESC },
};

function userMatching(filter: UserFilter | undefined): Condition {
  const parts: Condition[] = [{ sql: 'true', params: [] }];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
  if (filter?.role) add('exists (select 1 from role_assignment r where r.user_id = u.id and r.role = ?)', filter.role);
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    add('(u.name ilike ? or u.email ilike ?)', like, like);
  }
  if (filter?.active !== undefined && filter.active !== null) add('u.active = ?', filter.active);
  return { sql: parts.map((c) => c.sql).join(' and '), params: parts.flatMap((c) => c.params) };
}

/**
 * One page of users (the caller is an administrator). The page is cut in SQL; its users are then loaded as
 * entities, in one query, because the User type's fields (roles, organisation) resolve on entities.
 */
export async function userPage(em: EntityManager, filter: UserFilter | undefined, page: PageArgs<UserOrderField>): Promise<Connection<User>> {
  const problems = new Problems();
  const request = pageRequest(problems, 'userList', ORDERINGS, page);
  problems.throwIfAny();
  // The entities come from this EntityManager's connection, so the page is read there too (never a lagging replica).
  const reader = { rows: <T>(sql: string, params: readonly unknown[] = []) => em.getConnection().execute(sql, [...params]) as Promise<T[]> };
  const ids = await keysetPage<string>(reader, request, { table: 'app_user', t: 'u', where: userMatching(filter), json: { sql: 'u.id', params: [] } });
  const users = ids.items.length ? await em.find(User, { id: { $in: ids.items } }, { populate: ['organisation', 'roles'] }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return { ...ids, items: ids.items.map((id) => byId.get(id)!) };
}
