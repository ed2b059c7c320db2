import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { IN_IDS, at, groupBy, idList } from '../../db/rows.js';
import type { PeriodRow } from '../logframe/logframe.reads.js';
import { UpdateState } from './update.entity.js';
import { lockReason } from './cells.js';
import type { IndicatorUpdateView, ProjectReportingStatus } from './reporting.types.js';

interface UpdateRow {
  id: string;
  indicatorId: string;
  periodId: string;
  state: UpdateState;
  narrative: string;
  links: string[];
  returnReason: string;
  unlockReason: string;
  reopened: boolean;
  submittedAt: string | null;
  submittedByName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  version: number;
}

interface RulesRow {
  id: string;
  lockDate: string | null;
  dueDays: number;
}

const UPDATE_SELECT = `select u.id, u.indicator_id as "indicatorId", u.period_id as "periodId", u.state, u.narrative, u.links, u.return_reason as "returnReason",
  u.unlock_reason as "unlockReason", u.reopened, ${at('u.submitted_at', 'submittedAt')}, su.name as "submittedByName", ${at('u.decided_at', 'decidedAt')},
  du.name as "decidedByName", u.version
  from indicator_update u left join app_user su on su.id = u.submitted_by left join app_user du on du.id = u.decided_by`;

export function reportingLoaders(reader: Reader) {
  return {
    updatesByIndicator: new DataLoader<string, UpdateRow[]>(async (ids) => {
      const byIndicator = groupBy(await reader.rows<UpdateRow>(`${UPDATE_SELECT} where u.indicator_id in ${IN_IDS}`, [idList(ids)]), (r) => r.indicatorId);
      return ids.map((id) => byIndicator.get(id) ?? []);
    }),
    rulesByProject: new DataLoader<string, RulesRow>(async (ids) => {
      const rows = await reader.rows<RulesRow>(
        `select id, ${at('reporting_lock_date', 'lockDate')}, reporting_due_days as "dueDays" from project where id in ${IN_IDS}`,
        [idList(ids)],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? { id, lockDate: null, dueDays: 30 });
    }),
  };
}

export type ReportingLoaders = ReturnType<typeof reportingLoaders>;

const today = () => new Date().toISOString().slice(0, 10);

export function dueDateOf(periodEnd: string, dueDays: number): string {
  const d = new Date(`${periodEnd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dueDays);
  return d.toISOString().slice(0, 10);
}

/**
 * One report per period of the project, whether anything was reported or not. Those who may not act on the
 * reports (`acts` false) read only approved ones: the rest reads as NOT_REPORTED, without content.
 */
export function periodUpdates(indicatorId: string, projectId: string, periods: readonly PeriodRow[], rows: readonly UpdateRow[], rules: RulesRow, acts: boolean): IndicatorUpdateView[] {
  const byPeriod = new Map(rows.map((r) => [r.periodId, r]));
  const day = today();
  return periods.map((period) => {
    const stored = byPeriod.get(period.id);
    const row = stored && (acts || stored.state === UpdateState.APPROVED) ? stored : undefined;
    const state = row?.state ?? UpdateState.NOT_REPORTED;
    const locked = lockReason(stored, period.endDate, rules.lockDate);
    const dueDate = dueDateOf(period.endDate, rules.dueDays);
    return {
      id: row?.id ?? null,
      indicatorId,
      projectId,
      period,
      state,
      dueDate,
      overdue: dueDate < day && [UpdateState.NOT_REPORTED, UpdateState.DRAFT, UpdateState.RETURNED].includes(state),
      locked: !!locked,
      lockReason: locked,
      narrative: row?.narrative ?? '',
      links: row?.links ?? [],
      returnReason: row?.returnReason ?? '',
      unlockReason: row?.unlockReason ?? '',
      submittedAt: row?.submittedAt ?? null,
      submittedByName: row?.submittedByName ?? null,
      decidedAt: row?.decidedAt ?? null,
      decidedByName: row?.decidedByName ?? null,
      version: row?.version ?? 0,
    };
  });
}

export interface StatusScope {
  projectIds: string[];
  /** A period label shared by the projects (2026-Q3); null: each project's latest period that has ended. */
  periodLabel: string | null;
}

/** Counts by state for each project of the scope, for one period; every live indicator is expected to report. */
export async function reportingStatus(reader: Reader, scope: StatusScope): Promise<ProjectReportingStatus[]> {
  const rows = await reader.rows<Omit<ProjectReportingStatus, 'period' | 'completeness'> & { periodId: string | null; label: string | null; startDate: string | null; endDate: string | null }>(
    `with scope as (select p.id, p.title, p.reporting_due_days from project p where p.id in ${IN_IDS}),
          chosen as (select s.id as project_id, r.id, r.label, r.start_date, r.end_date, s.reporting_due_days
                       from scope s left join lateral (select * from reporting_period r where r.project_id = s.id
                            and (case when ?::text is null then r.end_date < current_date else r.label = ? end) order by r.end_date desc limit 1) r on true),
          cells as (select c.project_id, coalesce(u.state::text, 'NOT_REPORTED') as state
                      from chosen c join indicator i on i.project_id = c.project_id and i.archived_at is null
                      join result_node n on n.id = i.node_id and n.archived_at is null
                      left join indicator_update u on u.indicator_id = i.id and u.period_id = c.id
                     where c.id is not null)
     select s.id as "projectId", s.title as "projectTitle", c.id as "periodId", c.label, ${at('c.start_date', 'startDate')}, ${at('c.end_date', 'endDate')},
            ${at('c.end_date + c.reporting_due_days', 'dueDate')},
            count(x.state)::int as expected, count(*) filter (where x.state = 'NOT_REPORTED')::int as missing, count(*) filter (where x.state = 'DRAFT')::int as draft,
            count(*) filter (where x.state = 'SUBMITTED')::int as submitted, count(*) filter (where x.state = 'RETURNED')::int as returned,
            count(*) filter (where x.state = 'APPROVED')::int as approved
       from scope s join chosen c on c.project_id = s.id left join cells x on x.project_id = s.id
      group by s.id, s.title, c.id, c.label, c.start_date, c.end_date, c.reporting_due_days
      order by s.title, s.id`,
    [idList(scope.projectIds), scope.periodLabel, scope.periodLabel],
  );
  return rows.map(({ periodId, label, startDate, endDate, ...r }) => ({
    ...r,
    period: periodId ? { id: periodId, label: label!, startDate: startDate!, endDate: endDate! } : null,
    dueDate: periodId ? r.dueDate : null,
    completeness: r.expected ? r.approved / r.expected : 1,
  }));
}

/** Reports by id, as those who may act on them read them (after a change). */
export async function updatesById(reader: Reader, projectId: string, ids: readonly string[], periods: readonly PeriodRow[]): Promise<IndicatorUpdateView[]> {
  const rows = await reader.rows<UpdateRow>(`${UPDATE_SELECT} where u.id in ${IN_IDS}`, [idList(ids)]);
  const [rules] = await reader.rows<RulesRow>(`select id, ${at('reporting_lock_date', 'lockDate')}, reporting_due_days as "dueDays" from project where id = ?`, [projectId]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return periodUpdates(row.indicatorId, projectId, periods.filter((p) => p.id === row.periodId), [row], rules, true)[0];
  });
}
