import { graphql } from '../../../gql';

export const DonorHomeQuery = graphql(`
  query DonorHome {
    programmes {
      id
      title
      iatiIdentifier
      status
      statusName
      isDemo
      startDate
      endDate
      leadAgency {
        id
        name
        acronym
      }
      focusAreas {
        code
        name
      }
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
