import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';

export interface Health {
  /** `degraded`: the replica is unreachable, and its reads are served by the primary. */
  status: 'ok' | 'degraded' | 'unavailable';
  database: 'reachable' | 'unreachable';
  /** Only with DATABASE_READ_URL. */
  replica?: {
    status: 'reachable' | 'unreachable';
    /** Whether it is a standby (in recovery) rather than a primary of its own. */
    standby?: boolean;
    /**
     * Seconds since the last transaction it replayed was committed on the primary: how far behind it is while
     * the primary is busy (it also grows while the primary is idle). Null when it is no standby.
     */
    lagSeconds?: number | null;
  };
}

/** What /healthz answers: the primary decides whether this instance can serve; the replica only informs. */
export async function healthOf(orm: MikroORM, log: Logger): Promise<Health> {
  const primary = orm.em.getConnection('write');
  const replica = orm.em.getConnection('read');
  const health: Health = { status: 'ok', database: 'reachable' };
  try {
    await primary.execute('select 1');
  } catch (err) {
    log.warn({ err }, 'health check: database unreachable');
    health.status = 'unavailable';
    health.database = 'unreachable';
  }
  if (replica === primary) return health;
  try {
    const [row] = (await replica.execute(
      `select pg_is_in_recovery() as standby, case when pg_is_in_recovery() then round(extract(epoch from now() - pg_last_xact_replay_timestamp())::numeric, 3)::float8 end as lag`,
    )) as { standby: boolean; lag: number | null }[];
    health.replica = { status: 'reachable', standby: row.standby, lagSeconds: row.lag };
  } catch (err) {
    log.warn({ err }, 'health check: replica unreachable');
    health.replica = { status: 'unreachable' };
    if (health.status === 'ok') health.status = 'degraded';
  }
  return health;
}
