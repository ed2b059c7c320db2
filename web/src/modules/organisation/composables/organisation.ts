import { graphql } from '../../../gql';

graphql(`
  fragment OrganisationRow on Organisation {
    id
    version
    name
    acronym
    kind
    iatiType
    iatiTypeName
    iatiRef
    country {
      code
      name
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($filter: OrganisationFilter) {
    organisations(filter: $filter) {
      ...OrganisationRow
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationRow
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationPatch!, $version: Int) {
    updateOrganisation(id: $id, input: $input, version: $version) {
      ...OrganisationRow
    }
  }
`);

export const ArchiveOrganisationMutation = graphql(`
  mutation ArchiveOrganisation($id: ID!) {
    archiveOrganisation(id: $id) {
      id
      archivedAt
    }
  }
`);
