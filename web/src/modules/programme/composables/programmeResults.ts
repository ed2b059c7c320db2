import { graphql } from '../../../gql';
import type { ProgrammeAggregation, ProgrammeResultsQuery as ProgrammeResultsResult, ResultLevel } from '../../../gql/graphql';

// Written out in full: the API's depth limit counts every fragment spread.
export const ProgrammeResultsQuery = graphql(`
  query ProgrammeResults($id: ID!) {
    programme(id: $id) {
      id
      canEdit
      resultIndicators {
        id
        version
        title
        definition
        measure
        unitLabel
        direction
        aggregation
        resultType
        sdgIndicator
        rollup {
          baseline
          endTarget
          cumulativeActual
          cumulativeActualDisplay
          progress
          expectedProgress
          status
          contributingProjects
          contributions {
            projectId
            project {
              id
              title
              iatiIdentifier
            }
            indicator {
              id
              title
            }
            baseline
            progress {
              cumulativeActual
              cumulativeActualDisplay
              endTarget
              progress
              status
            }
          }
          byYear {
            year
            target
            actual
            actualDisplay
          }
        }
      }
    }
  }
`);

export type ProgrammeResult = ProgrammeResultsResult['programme']['resultIndicators'][number];
export type ProgrammeContribution = ProgrammeResult['rollup']['contributions'][number];

export const CreateProgrammeIndicatorMutation = graphql(`
  mutation CreateProgrammeIndicator($programmeId: ID!, $input: ProgrammeIndicatorInput!) {
    createProgrammeIndicator(programmeId: $programmeId, input: $input) {
      id
      title
    }
  }
`);

export const UpdateProgrammeIndicatorMutation = graphql(`
  mutation UpdateProgrammeIndicator($id: ID!, $input: ProgrammeIndicatorInput!, $version: Int) {
    updateProgrammeIndicator(id: $id, input: $input, version: $version) {
      id
      title
      version
    }
  }
`);

export const DeleteProgrammeIndicatorMutation = graphql(`
  mutation DeleteProgrammeIndicator($id: ID!, $version: Int) {
    deleteProgrammeIndicator(id: $id, version: $version)
  }
`);

/** The compact roll-up a report embeds: figures only, no contributions. */
export const ProgrammeResultsSummaryQuery = graphql(`
  query ProgrammeResultsSummary($id: ID!) {
    programme(id: $id) {
      id
      resultIndicators {
        id
        title
        measure
        unitLabel
        aggregation
        rollup {
          baseline
          endTarget
          cumulativeActual
          cumulativeActualDisplay
          progress
          status
          contributingProjects
        }
      }
    }
  }
`);

/** The programme indicators a project's indicator may contribute to: those of the project's programme. */
export const ProgrammeIndicatorOptionsQuery = graphql(`
  query ProgrammeIndicatorOptions($projectId: ID!) {
    project(id: $projectId) {
      id
      programme {
        id
        title
        resultIndicators {
          id
          title
          measure
          unitLabel
          aggregation
        }
      }
    }
  }
`);

/** A change to a programme indicator changes the roll-ups on the programme page. */
export const refetchResults = { refetchQueries: ['ProgrammeResults'], awaitRefetchQueries: true };

export const ROLLUP_RULES: Record<ProgrammeAggregation, { name: string; explain: string }> = {
  SUM: { name: 'Sum', explain: 'The projects’ figures are added up.' },
  AVERAGE: { name: 'Average', explain: 'The mean of the projects’ figures.' },
  MAX: { name: 'Highest value', explain: 'The highest of the projects’ figures.' },
  RATIO: { name: 'Pooled ratio', explain: 'All numerators over all denominators, so each project weighs by its cases; only ratio indicators contribute.' },
};

export const RESULT_TYPES: Record<Exclude<ResultLevel, 'ACTIVITY'>, string> = { IMPACT: 'Impact', OUTCOME: 'Outcome', OUTPUT: 'Output' };

/** Units compare as the API compares them: without regard to case and surrounding spaces. */
export const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
