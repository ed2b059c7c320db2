import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/access.js';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Number of active projects the caller may see per programme, counted in SQL for all programmes of a response at once. */
export function projectCountLoader(em: EntityManager, access: Access): DataLoader<string, number> {
  return new DataLoader(async (ids: readonly string[]) => {
    const visible = await access.visibleProjectIds();
    if (visible !== 'ALL' && !visible.size) return ids.map(() => 0);
    const only = visible === 'ALL' ? '' : ` and id in (${marks(visible.size)})`;
    const rows: { programme_id: string; n: number }[] = await em
      .getConnection()
      .execute(
        `select programme_id, count(*)::int as n from project where archived_at is null and programme_id in (${marks(ids.length)})${only} group by programme_id`,
        [...ids, ...(visible === 'ALL' ? [] : visible)],
      );
    const counts = new Map(rows.map((r) => [r.programme_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
