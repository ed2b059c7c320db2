import { graphql } from '../../../gql';
import type { ReportingLogframeQuery as ReportingLogframeResult } from '../../../gql/graphql';

/**
 * The reporting cycle's documents. The pages read the logframe with every indicator's values and reports in
 * one query; the indicator panel reads the same query, so a decision taken on one page shows on the others.
 */
export type ReportingNode = ReportingLogframeResult['logframe']['nodes'][number];
export type ReportingIndicator = ReportingNode['indicators'][number];
export type IndicatorReport = ReportingIndicator['updates'][number];
export type ReportingValue = ReportingIndicator['values'][number];
export type ReportingPeriodRow = ReportingLogframeResult['logframe']['periods'][number];

export const ReportingLogframeQuery = graphql(`
  query ReportingLogframe($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      iatiIdentifier
      canEdit
      programme {
        id
        title
      }
    }
    logframe(projectId: $projectId) {
      projectId
      canEdit
      periods {
        id
        label
        startDate
        endDate
      }
      nodes {
        id
        code
        level
        statement
        canReport
        responsibleOrganisation {
          id
          name
          acronym
        }
        indicators {
          id
          title
          measure
          unitLabel
          aggregation
          canReport
          version
          dimensions {
            name
            values
          }
          progress {
            cumulativeActualDisplay
            progress
            status
          }
          values {
            id
            period {
              id
            }
            dimension
            category
            target
            targetText
            actual
            actualText
            numerator
            denominator
            approvedActual
            pending
            suppressed
            version
          }
          updates {
            ...IndicatorReport
          }
        }
      }
    }
  }
`);

graphql(`
  fragment IndicatorReport on IndicatorUpdate {
    id
    indicatorId
    period {
      id
      label
      startDate
      endDate
    }
    state
    dueDate
    overdue
    locked
    lockReason
    narrative
    links
    returnReason
    unlockReason
    submittedAt
    submittedByName
    decidedAt
    decidedByName
    version
    files {
      ...EvidenceFileRow
    }
  }
`);

/** After any decision: the reports, the logframe (its grid locks cells) and the status counts change together. */
export const refetchReporting = { refetchQueries: ['ReportingLogframe', 'Logframe', 'ReportingStatus'], awaitRefetchQueries: true };

export const SaveIndicatorUpdateMutation = graphql(`
  mutation SaveIndicatorUpdate($projectId: ID!, $update: UpdateRefInput!, $input: UpdateContentInput!) {
    saveIndicatorUpdate(projectId: $projectId, update: $update, input: $input) {
      ...IndicatorReport
    }
  }
`);

export const SubmitIndicatorUpdatesMutation = graphql(`
  mutation SubmitIndicatorUpdates($projectId: ID!, $updates: [UpdateRefInput!]!) {
    submitIndicatorUpdates(projectId: $projectId, updates: $updates) {
      ...IndicatorReport
    }
  }
`);

export const ApproveIndicatorUpdatesMutation = graphql(`
  mutation ApproveIndicatorUpdates($projectId: ID!, $updates: [UpdateRefInput!]!) {
    approveIndicatorUpdates(projectId: $projectId, updates: $updates) {
      ...IndicatorReport
    }
  }
`);

export const ReturnIndicatorUpdateMutation = graphql(`
  mutation ReturnIndicatorUpdate($projectId: ID!, $update: UpdateRefInput!, $input: ReasonInput!) {
    returnIndicatorUpdate(projectId: $projectId, update: $update, input: $input) {
      ...IndicatorReport
    }
  }
`);

export const UnlockIndicatorUpdateMutation = graphql(`
  mutation UnlockIndicatorUpdate($projectId: ID!, $update: UpdateRefInput!, $input: ReasonInput!) {
    unlockIndicatorUpdate(projectId: $projectId, update: $update, input: $input) {
      ...IndicatorReport
    }
  }
`);

export const ReportValuesMutation = graphql(`
  mutation ReportValues($projectId: ID!, $values: [IndicatorValueInput!]!) {
    setIndicatorValues(projectId: $projectId, values: $values) {
      id
      version
    }
  }
`);

export const ReportingStatusQuery = graphql(`
  query ReportingStatus($programmeId: ID, $projectId: ID, $periodLabel: String) {
    reportingStatus(programmeId: $programmeId, projectId: $projectId, periodLabel: $periodLabel) {
      projectId
      projectTitle
      period {
        id
        label
        endDate
      }
      dueDate
      expected
      missing
      draft
      submitted
      returned
      approved
      completeness
    }
  }
`);

export const ProgrammeReportingQuery = graphql(`
  query ProgrammeReporting($id: ID!) {
    programme(id: $id) {
      id
      title
      canEdit
      projects {
        id
        title
      }
    }
  }
`);
