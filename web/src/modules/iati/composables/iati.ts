import type { RouteLocationRaw } from 'vue-router';
import { graphql } from '../../../gql';
import type { IatiComplianceItemRowFragment } from '../../../gql/graphql';

graphql(`
  fragment IatiComplianceItemRow on IatiComplianceItem {
    code
    severity
    message
    recordType
    recordId
    field
    projectId
    recordName
  }
`);

export const ProjectIatiQuery = graphql(`
  query ProjectIati($id: ID!) {
    project(id: $id) {
      id
      iatiIdentifier
      iatiCompliance {
        ...IatiComplianceItemRow
      }
    }
  }
`);

export const ProgrammeIatiQuery = graphql(`
  query ProgrammeIati($id: ID!) {
    programme(id: $id) {
      id
      canEdit
      iatiPublished
      iatiPublicationUrl
      projects {
        id
        iatiIdentifier
      }
      iatiCompliance {
        ...IatiComplianceItemRow
      }
    }
  }
`);

export const SetIatiPublicationMutation = graphql(`
  mutation SetIatiPublication($programmeId: ID!, $published: Boolean!) {
    setIatiPublication(programmeId: $programmeId, published: $published) {
      id
      iatiPublished
      iatiPublicationUrl
    }
  }
`);

/** The authenticated download of a programme (with its projects) or of one project. */
export const downloadUrl = (owner: { programmeId: string } | { projectId: string }) =>
  'programmeId' in owner ? `/iati/activities.xml?programme=${owner.programmeId}` : `/iati/activities.xml?project=${owner.projectId}`;

/** The public URL as a full address, for copying: the server gives a path unless PUBLIC_URL is set. */
export const absoluteUrl = (url: string) => (/^https?:\/\//.test(url) ? url : `${window.location.origin}${url}`);

const PROJECT_FORM_FIELDS = new Set(['description', 'actualStart', 'actualEnd', 'recipientCountries', 'sectors', 'status']);
const PROGRAMME_FORM_FIELDS = new Set(['description', 'countries', 'sectors', 'status']);

/** Where a compliance item is fixed: a link and the words for it. */
export function fixLink(item: IatiComplianceItemRowFragment, programmeId: string | null): { to: RouteLocationRaw; label: string } | null {
  const project = item.projectId;
  switch (item.recordType) {
    case 'Project':
      if (PROJECT_FORM_FIELDS.has(item.field ?? '')) return { to: { name: 'project-edit', params: { id: project! } }, label: 'Edit the project' };
      if (item.field === 'participations') return { to: { name: 'project', params: { id: project! }, query: { tab: 'participants' } }, label: 'Add participants' };
      if (item.field === 'logframe') return { to: { name: 'project-logframe', params: { id: project! } }, label: 'Open the logframe' };
      return { to: { name: 'project-finance', params: { id: project! } }, label: 'Open the finance page' };
    case 'Programme':
      if (PROGRAMME_FORM_FIELDS.has(item.field ?? '')) return { to: { name: 'programme-edit', params: { id: item.recordId } }, label: 'Edit the programme' };
      return { to: { name: 'programme', params: { id: item.recordId } }, label: 'Open the programme' };
    case 'Organisation':
      return { to: { name: 'organisations', query: { q: item.recordName ?? undefined } }, label: 'Open the organisation' };
    case 'Budget':
    case 'Transaction':
      if (project) return { to: { name: 'project-finance', params: { id: project } }, label: 'Open the finance page' };
      return programmeId ? { to: { name: 'programme-finance', params: { id: programmeId } }, label: 'Open the programme finance' } : null;
    case 'Document':
      return project ? { to: { name: 'project', params: { id: project }, query: { tab: 'documents' } }, label: 'Open the documents' } : null;
    case 'ResultNode':
    case 'Indicator':
      return project ? { to: { name: 'project-logframe', params: { id: project } }, label: 'Open the logframe' } : null;
    default:
      return null;
  }
}
