import { graphql } from '../../../gql';
import type { IndicatorStatus } from '../../../gql/graphql';

/**
 * Everything a programme report shows but its results, in one request: the programme's facts, its projects and
 * the finance headline with the yearly and donor rows (only the reporting-currency amounts, to stay well inside
 * the API's cost limit). The rolled-up results come from ProgrammeResultsSummary's own query.
 */
export const ProgrammeReportQuery = graphql(`
  query ProgrammeReport($id: ID!) {
    programme(id: $id) {
      id
      title
      iatiIdentifier
      description
      status
      statusName
      startDate
      endDate
      leadAgency {
        id
        name
        acronym
      }
      focusAreas {
        code
        name
      }
      legalInstruments {
        code
        name
        shortName
      }
      sdgTargets {
        code
        title
      }
      countries {
        code
        name
      }
      projects {
        id
        title
        iatiIdentifier
        statusName
        plannedStart
        plannedEnd
      }
      finance {
        reportingCurrency
        totals {
          budget {
            amount
            missingRates {
              currency
              date
            }
          }
          contributions {
            amount
          }
          received {
            amount
          }
          spent {
            amount
          }
          deliveryRate
          fundingGap
        }
        byYear {
          key
          label
          figures {
            budget {
              amount
            }
            spent {
              amount
            }
            deliveryRate
          }
        }
        byDonor {
          key
          label
          figures {
            contributions {
              amount
            }
            pledged {
              amount
            }
            received {
              amount
            }
          }
        }
      }
    }
  }
`);

/** A project's indicators with the status its reader may see, as its logframe gives them. */
export const ReportProjectStatusQuery = graphql(`
  query ReportProjectStatus($projectId: ID!) {
    logframe(projectId: $projectId) {
      projectId
      nodes {
        id
        indicators {
          id
          progress {
            status
          }
        }
      }
    }
  }
`);

export const STATUS_ORDER: IndicatorStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

export type StatusCounts = Record<IndicatorStatus, number> & { total: number };

export function countStatuses(statuses: IndicatorStatus[]): StatusCounts {
  const counts = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0, total: statuses.length };
  for (const s of statuses) counts[s] += 1;
  return counts;
}
