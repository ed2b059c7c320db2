import { graphql } from '../../../gql';

/**
 * The grid's save: the same setIndicatorValues, asking back which values it wrote and their new versions,
 * so that a cell edited again while its save was under way is sent with the version that save made.
 */
export const SaveGridValuesMutation = graphql(`
  mutation SaveGridValues($projectId: ID!, $values: [IndicatorValueInput!]!) {
    setIndicatorValues(projectId: $projectId, values: $values) {
      id
      period {
        id
      }
      dimension
      category
      version
    }
  }
`);
