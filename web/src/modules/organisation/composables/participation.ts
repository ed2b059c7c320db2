import { graphql } from '../../../gql';

export const AddParticipationMutation = graphql(`
  mutation AddParticipation($input: ParticipationInput!) {
    addParticipation(input: $input) {
      ...ParticipationRow
    }
  }
`);

export const RemoveParticipationMutation = graphql(`
  mutation RemoveParticipation($id: ID!) {
    removeParticipation(id: $id)
  }
`);
