import { graphql } from '../../../gql';

graphql(`
  fragment DocumentRow on Document {
    id
    title
    url
    category
    categoryName
    language
    documentDate
  }
`);

graphql(`
  fragment ProjectDetail on Project {
    id
    version
    title
    iatiIdentifier
    description
    status
    statusName
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    isDemo
    canEdit
    internalNotes
    archivedAt
    programme {
      id
      title
      iatiIdentifier
      leadAgency {
        id
        name
        acronym
      }
    }
    focusAreas {
      code
      name
    }
    recipientCountries {
      percentage
      country {
        code
        name
        region
      }
    }
    sectors {
      code
      name
      percentage
      vocabulary
    }
    policyMarkers {
      code
      significance
    }
    participations {
      ...ParticipationRow
    }
    documents {
      ...DocumentRow
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectDetail
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...ProjectDetail
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: ProjectPatch!, $version: Int) {
    updateProject(id: $id, input: $input, version: $version) {
      ...ProjectDetail
    }
  }
`);

export const ArchiveProjectMutation = graphql(`
  mutation ArchiveProject($id: ID!) {
    archiveProject(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddDocumentMutation = graphql(`
  mutation AddDocument($projectId: ID!, $input: DocumentInput!) {
    addDocument(projectId: $projectId, input: $input) {
      ...DocumentRow
    }
  }
`);

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($id: ID!, $input: DocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...DocumentRow
    }
  }
`);

export const RemoveDocumentMutation = graphql(`
  mutation RemoveDocument($id: ID!) {
    removeDocument(id: $id)
  }
`);

export const ProgrammeOptionsQuery = graphql(`
  query ProgrammeOptions {
    programmes {
      id
      title
      iatiIdentifier
      canEdit
      focusAreas {
        code
      }
    }
  }
`);
