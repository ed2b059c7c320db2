import { graphql } from '../../../gql';
import type { LogframeQuery as LogframeResult } from '../../../gql/graphql';

// The logframe is read in one query, written out in full: the API's depth limit counts every fragment spread.
export type LogframeNode = LogframeResult['logframe']['nodes'][number];
export type LogframeIndicator = LogframeNode['indicators'][number];
export type LogframeValue = LogframeIndicator['values'][number];

export const LogframeQuery = graphql(`
  query Logframe($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      iatiIdentifier
      canEdit
      plannedStart
      plannedEnd
      actualStart
      actualEnd
      programme {
        id
        title
      }
      participations {
        id
        organisation {
          id
          name
          acronym
        }
      }
    }
    logframe(projectId: $projectId) {
      projectId
      canEdit
      nodes {
        id
        code
        depth
        level
        parentId
        position
        statement
        description
        assumptions
        risks {
          description
          likelihood
          impact
          mitigation
        }
        responsibleOrganisation {
          id
          name
          acronym
        }
        canReport
        version
        indicators {
          id
          title
          definition
          measure
          unitLabel
          direction
          aggregation
          baselineValue
          baselineDate
          baselineNote
          meansOfVerification
          dataSource
          frequency
          sensitive
          sdgIndicator
          dimensions {
            name
            values
            exhaustive
          }
          programmeIndicator {
            id
            title
          }
          version
          canReport
          progress {
            cumulativeActual
            cumulativeActualDisplay
            endTarget
            progress
            expectedProgress
            status
          }
          values {
            id
            period {
              id
              label
              startDate
              endDate
            }
            dimension
            category
            target
            actual
            actualDisplay
            suppressed
            numerator
            denominator
            targetText
            actualText
            comment
            evidence
            version
          }
        }
      }
      periods {
        id
        label
        startDate
        endDate
      }
      revisions {
        id
        number
        approvedAt
        reason
      }
    }
  }
`);

export const UpdateResultNodeMutation = graphql(`
  mutation UpdateResultNode($id: ID!, $input: ResultNodePatch!, $version: Int) {
    updateResultNode(id: $id, input: $input, version: $version) {
      id
      statement
      description
      assumptions
      risks {
        description
        likelihood
        impact
        mitigation
      }
      responsibleOrganisation {
        id
        name
        acronym
      }
      canReport
      version
    }
  }
`);

export const AddResultNodeMutation = graphql(`
  mutation AddResultNode($input: ResultNodeInput!) {
    addResultNode(input: $input) {
      id
    }
  }
`);

export const DeleteResultNodeMutation = graphql(`
  mutation DeleteResultNode($id: ID!, $version: Int) {
    deleteResultNode(id: $id, version: $version)
  }
`);

export const MoveResultNodeMutation = graphql(`
  mutation MoveResultNode($id: ID!, $parentId: ID, $position: Int!, $version: Int) {
    moveResultNode(id: $id, parentId: $parentId, position: $position, version: $version) {
      id
    }
  }
`);

export const AddIndicatorMutation = graphql(`
  mutation AddIndicator($nodeId: ID!, $input: IndicatorInput!) {
    addIndicator(nodeId: $nodeId, input: $input) {
      id
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $version: Int) {
    updateIndicator(id: $id, input: $input, version: $version) {
      id
    }
  }
`);

export const DeleteIndicatorMutation = graphql(`
  mutation DeleteIndicator($id: ID!, $version: Int) {
    deleteIndicator(id: $id, version: $version)
  }
`);

export const SetIndicatorValuesMutation = graphql(`
  mutation SetIndicatorValues($projectId: ID!, $values: [IndicatorValueInput!]!) {
    setIndicatorValues(projectId: $projectId, values: $values) {
      id
    }
  }
`);

export const SetReportingCalendarMutation = graphql(`
  mutation SetReportingCalendar($projectId: ID!, $frequency: Frequency!) {
    setReportingCalendar(projectId: $projectId, frequency: $frequency) {
      id
    }
  }
`);

export const ApproveLogframeMutation = graphql(`
  mutation ApproveLogframe($projectId: ID!, $reason: String!) {
    approveLogframe(projectId: $projectId, reason: $reason) {
      id
      number
    }
  }
`);

graphql(`
  fragment LogframeDiffView on LogframeDiffType {
    addedNodes {
      id
      statement
      fromCode
      toCode
    }
    removedNodes {
      id
      statement
      fromCode
      toCode
    }
    movedNodes {
      id
      statement
      fromCode
      toCode
    }
    changedNodes {
      id
      statement
      toCode
      changes {
        field
        before
        after
      }
    }
    addedIndicators {
      id
      title
      nodeCode
    }
    removedIndicators {
      id
      title
      nodeCode
    }
    changedIndicators {
      id
      title
      nodeCode
      changes {
        field
        before
        after
      }
    }
    changedTargets {
      indicatorId
      indicatorTitle
      period
      dimension
      category
      before
      after
    }
  }
`);

export const LogframeDiffQuery = graphql(`
  query LogframeDiff($projectId: ID!, $fromRevisionId: ID!, $toRevisionId: ID) {
    logframeDiff(projectId: $projectId, fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {
      ...LogframeDiffView
    }
  }
`);

/** Everything that changes a logframe refetches it: codes, positions and versions of other nodes move with it. */
export const refetchLogframe = { refetchQueries: ['Logframe'], awaitRefetchQueries: true };

