import { graphql } from '../../../gql';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...SessionUser
    }
  }
`);

graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    prefix
    scope
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
  }
`);

export const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenRow
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: ApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenRow
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenRow
    }
  }
`);
