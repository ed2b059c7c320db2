/**
 * The reports someone still has to write, as SQL shared by the home page's lists (tasks.reads.ts) and the
 * reminders (reminders.ts), so that both always agree on what is due.
 *
 * It reads a CTE `reporter(user_id, project_id, organisation_id)`: a partner reporter reports on the indicators
 * of the nodes its organisation is responsible for; a row with a null organisation stands for a manager, who
 * reports on the nodes no organisation is responsible for. `?::date` (the first binding after those the CTE
 * takes, see TODAY) is today. A cell counts when its period has ended or ends within 14 days, lies inside the project's
 * dates, is not held by the project's lock date (nobody can report on it then), and its report is not
 * written yet, a draft, or returned.
 */
export const OPEN_REPORTS = `
  select x.user_id, p.id as project_id, p.title as project_title, i.id as indicator_id, i.title as indicator_title, i.node_id,
         r.id as period_id, r.label, r.start_date, r.end_date, r.end_date + p.reporting_due_days as due_date,
         coalesce(u.state::text, 'NOT_REPORTED') as state, coalesce(u.return_reason, '') as return_reason
    from reporter x cross join today
    join project p on p.id = x.project_id and p.archived_at is null
    join result_node n on n.project_id = p.id and n.archived_at is null and n.responsible_organisation_id is not distinct from x.organisation_id
    join indicator i on i.node_id = n.id and i.archived_at is null
    join reporting_period r on r.project_id = p.id and r.end_date <= today.d + 14
         and r.end_date >= coalesce(p.actual_start, p.planned_start) and r.start_date <= coalesce(p.actual_end, p.planned_end)
    left join indicator_update u on u.indicator_id = i.id and u.period_id = r.id
   where coalesce(u.state::text, 'NOT_REPORTED') in ('NOT_REPORTED', 'DRAFT', 'RETURNED')
     and (p.reporting_lock_date is null or r.end_date > p.reporting_lock_date or coalesce(u.reopened, false))`;

/** `today(d)`, for OPEN_REPORTS; binds one ISO date. */
export const TODAY = `today as (select ?::date as d)`;

/** Today's date in UTC, as the reporting cycle counts due dates (reporting.reads.ts). */
export const todayIso = () => new Date().toISOString().slice(0, 10);
