import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Number of active projects per programme, counted in SQL for all programmes of a response at once. */
export function projectCountLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows: { programme_id: string; n: number }[] = await em
      .getConnection()
      .execute(
        `select programme_id, count(*)::int as n from project where archived_at is null and programme_id in (${ids.map(() => '?').join(', ')}) group by programme_id`,
        [...ids],
      );
    const counts = new Map(rows.map((r) => [r.programme_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
