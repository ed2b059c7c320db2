import { graphql } from '../../../gql';
import type { MyReportingQuery as MyReportingResult } from '../../../gql/graphql';

export const MyReportingQuery = graphql(`
  query MyReporting {
    myReporting {
      toReport {
        ...ReportingTaskFields
      }
      returned {
        ...ReportingTaskFields
      }
      overdue {
        ...ReportingTaskFields
      }
      awaitingApproval {
        ...ReportingTaskFields
      }
      totals {
        toReport
        returned
        overdue
        awaitingApproval
      }
    }
  }
  fragment ReportingTaskFields on ReportingTask {
    projectId
    projectTitle
    indicatorId
    indicatorTitle
    nodeCode
    period {
      id
      label
      startDate
      endDate
    }
    dueDate
    overdue
    state
    returnReason
    submittedAt
    submittedByName
  }
`);

export type Task = MyReportingResult['myReporting']['toReport'][number];

/** Where a reporter writes the report: the logframe with the indicator's panel open on the period. */
export const reportLink = (t: Task) => ({ path: `/projects/${t.projectId}/logframe`, query: { indicator: t.indicatorId, period: t.period.id } });

/** Where a manager decides: the project's approvals page for the period. */
export const approvalsLink = (projectId: string, periodId: string) => ({ path: `/projects/${projectId}/approvals`, query: { period: periodId } });

export interface ApprovalGroup {
  key: string;
  projectId: string;
  projectTitle: string;
  period: Task['period'];
  tasks: Task[];
}

/** Submitted reports by project and period: a manager reviews one period of one project at a time. */
export function byProjectPeriod(tasks: readonly Task[]): ApprovalGroup[] {
  const groups = new Map<string, ApprovalGroup>();
  for (const t of tasks) {
    const key = `${t.projectId}|${t.period.id}`;
    const group = groups.get(key) ?? { key, projectId: t.projectId, projectTitle: t.projectTitle, period: t.period, tasks: [] };
    group.tasks.push(t);
    groups.set(key, group);
  }
  return [...groups.values()];
}
