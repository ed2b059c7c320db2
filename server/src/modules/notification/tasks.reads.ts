import type { Reader } from '../../db/reader.js';
import { IN_IDS, at, idList } from '../../db/rows.js';
import type { Grant } from '../access/access.js';
import { Role } from '../access/user.entity.js';
import { UpdateState } from '../reporting/update.entity.js';
import type { MyReporting, ReportingTask } from './notification.types.js';
import { OPEN_REPORTS, TODAY, todayIso } from './open-reports.sql.js';

/** Each list shows at most this many; the totals say how many there are. */
export const TASKS_SHOWN = 200;

type ListName = 'toReport' | 'returned' | 'overdue' | 'awaitingApproval';

interface TaskRow extends Omit<ReportingTask, 'period'> {
  list: ListName;
  total: number;
  periodId: string;
  label: string;
  startDate: string;
  endDate: string;
}

/**
 * What waits on the caller, in one statement: the reports it must write (from its partner grants, and as a
 * manager for nodes no organisation is responsible for) and the submitted reports of the projects it manages.
 * Admins manage every project, so they see everything submitted; their own reporting comes from explicit
 * manager grants only, or an admin would be asked to report on every unassigned node of the portfolio.
 */
export async function myReporting(reader: Reader, userId: string, grants: Grant[], isAdmin: boolean, today = todayIso()): Promise<MyReporting> {
  const partner = grants.filter((g) => g.role === Role.PARTNER_REPORTER && g.projectId && g.organisationId).map((g) => ({ p: g.projectId, o: g.organisationId }));
  const managed = grants.filter((g) => g.role === Role.PROGRAMME_MANAGER);
  const projects = idList(managed.flatMap((g) => (g.projectId ? [g.projectId] : [])));
  const programmes = idList(managed.flatMap((g) => (g.programmeId ? [g.programmeId] : [])));
  const rows = await reader.rows<TaskRow>(
    `with recursive ${TODAY},
     reporter as (
       select distinct ?::uuid as user_id, (x->>'p')::uuid as project_id, (x->>'o')::uuid as organisation_id from json_array_elements(?::json) x
       union
       select ?::uuid, p.id, null::uuid from project p where p.id in ${IN_IDS} or p.programme_id in ${IN_IDS}
     ),
     pending as (${OPEN_REPORTS}),
     tasks as (
       select case when o.state = 'RETURNED' then 'returned' when o.due_date < today.d then 'overdue' else 'toReport' end as list,
              o.project_id, o.project_title, o.indicator_id, o.indicator_title, o.node_id, o.period_id, o.label, o.start_date, o.end_date, o.due_date,
              o.state, o.return_reason, null::timestamptz as submitted_at, null::text as submitted_by_name
         from pending o cross join today
       union all
       select 'awaitingApproval', p.id, p.title, i.id, i.title, i.node_id, r.id, r.label, r.start_date, r.end_date, r.end_date + p.reporting_due_days,
              u.state::text, u.return_reason, u.submitted_at, su.name
         from indicator_update u
         join project p on p.id = u.project_id and p.archived_at is null and (?::boolean or p.id in ${IN_IDS} or p.programme_id in ${IN_IDS})
         join indicator i on i.id = u.indicator_id and i.archived_at is null
         join result_node n on n.id = i.node_id and n.archived_at is null
         join reporting_period r on r.id = u.period_id
         left join app_user su on su.id = u.submitted_by
        where u.state = 'SUBMITTED'
     ),
     ranked as (
       select t.*, count(*) over (partition by t.list) as total,
              row_number() over (partition by t.list order by t.submitted_at nulls last, t.due_date, t.project_title, t.end_date, t.indicator_title, t.indicator_id) as rn
         from tasks t
     ),
     kept as (select * from ranked where rn <= ${TASKS_SHOWN}),
     -- Codes as the logframe numbers them (siblings by position, then creation), for the kept rows' projects only.
     sibling as (
       select n.id, n.parent_id, row_number() over (partition by n.project_id, n.parent_id order by n.position, n.created_at, n.id) as k
         from result_node n where n.project_id in (select project_id from kept) and n.archived_at is null
     ),
     coded as (
       select id, k::text as code from sibling where parent_id is null
       union all
       select s.id, c.code || '.' || s.k from sibling s join coded c on s.parent_id = c.id
     )
     select k.list, k.total::int as total, k.project_id as "projectId", k.project_title as "projectTitle", k.indicator_id as "indicatorId",
            k.indicator_title as "indicatorTitle", c.code as "nodeCode", k.period_id as "periodId", k.label, ${at('k.start_date', 'startDate')},
            ${at('k.end_date', 'endDate')}, ${at('k.due_date', 'dueDate')}, k.due_date < today.d as overdue, k.state, k.return_reason as "returnReason",
            ${at('k.submitted_at', 'submittedAt')}, k.submitted_by_name as "submittedByName"
       from kept k cross join today left join coded c on c.id = k.node_id
      order by k.list, k.rn`,
    [today, userId, JSON.stringify(partner), userId, projects, programmes, isAdmin, projects, programmes],
  );
  const result: MyReporting = { toReport: [], returned: [], overdue: [], awaitingApproval: [], totals: { toReport: 0, returned: 0, overdue: 0, awaitingApproval: 0 } };
  for (const { list, total, periodId, label, startDate, endDate, ...task } of rows) {
    result[list].push({ ...task, state: task.state as UpdateState, period: { id: periodId, label, startDate, endDate } });
    result.totals[list] = total;
  }
  return result;
}
