import { graphql } from '../../../gql';

graphql(`
  fragment ParticipationRow on Participation {
    id
    role
    roleName
    organisation {
      id
      name
      acronym
      kind
    }
  }
`);

graphql(`
  fragment ProgrammeDetail on Programme {
    id
    version
    title
    iatiIdentifier
    description
    status
    statusName
    startDate
    endDate
    isDemo
    canEdit
    archivedAt
    projectCount
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
      family
    }
    sdgTargets {
      code
      goal
      title
    }
    countries {
      code
      name
      region
    }
    sectors {
      code
      name
      percentage
      vocabulary
    }
    participations {
      ...ParticipationRow
    }
  }
`);

export const ProgrammeQuery = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeDetail
      projects {
        id
        title
        iatiIdentifier
        status
        statusName
        plannedStart
        plannedEnd
        recipientCountries {
          percentage
          country {
            code
            name
          }
        }
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      ...ProgrammeDetail
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation UpdateProgramme($id: ID!, $input: ProgrammePatch!, $version: Int) {
    updateProgramme(id: $id, input: $input, version: $version) {
      ...ProgrammeDetail
    }
  }
`);

export const ArchiveProgrammeMutation = graphql(`
  mutation ArchiveProgramme($id: ID!) {
    archiveProgramme(id: $id) {
      id
      archivedAt
    }
  }
`);
