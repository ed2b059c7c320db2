import type { EntityManager } from '@mikro-orm/postgresql';
import { approveAllReported } from '../../modules/reporting/reporting.service.js';

/**
 * The demo's reporting cycle: every reported figure went through it and was approved, except the partner's
 * latest finished period, which waits on the manager (submitted) and on the partner (one report returned),
 * so that each role finds something to do on its home page.
 */
export async function seedDemoReporting(em: EntityManager, projectIds: string[], partner: { projectId: string; organisationId: string }): Promise<void> {
  await approveAllReported(em, projectIds);
  const cells = await em.execute<{ indicator_id: string; period_id: string }[]>(
    `select i.id as indicator_id, r.id as period_id
       from indicator i join result_node n on n.id = i.node_id
       join lateral (select id from reporting_period where project_id = i.project_id and end_date < current_date order by end_date desc limit 1) r on true
       join indicator_update u on u.indicator_id = i.id and u.period_id = r.id
      where i.project_id = ? and n.responsible_organisation_id = ?
      order by i.title, i.id`,
    [partner.projectId, partner.organisationId],
  );
  if (!cells.length) return;
  const json = JSON.stringify(cells.map((c) => ({ i: c.indicator_id, p: c.period_id })));
  const inCells = `(indicator_id, period_id) in (select (c->>'i')::uuid, (c->>'p')::uuid from json_array_elements(?::json) c)`;
  // Never approved: nothing of the period counts yet.
  await em.execute(`update indicator_value set approved_actual = null, approved_numerator = null, approved_denominator = null, approved_actual_text = null where ${inCells}`, [json]);
  await em.execute(
    `update indicator_update set state = 'SUBMITTED', decided_at = null, submitted_at = now() - interval '2 days',
            narrative = 'Figures from the partner''s training registers and case files for the quarter.' where ${inCells}`,
    [json],
  );
  await em.execute(
    `update indicator_update set state = 'RETURNED', decided_at = now() - interval '1 day',
            return_reason = 'The attendance sheets attached list fewer participants than reported. Please check the register and resubmit.'
      where indicator_id = ? and period_id = ?`,
    [cells[0].indicator_id, cells[0].period_id],
  );
}
