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

interface Countried {
  projects: { status: string; recipientCountries: { country: { code: string; name: string } }[] }[];
}

/** The headline numbers of a donor's home: programmes, projects, projects under way, and countries reached. */
export function fundingSummary(programmes: Countried[]) {
  const projects = programmes.flatMap((p) => p.projects);
  const countries = new Map<string, string>();
  for (const project of projects) for (const c of project.recipientCountries) countries.set(c.country.code, c.country.name);
  return {
    programmes: programmes.length,
    projects: projects.length,
    // IATI activity status 2: implementation.
    underway: projects.filter((p) => p.status === '2').length,
    countries: [...countries.values()].sort((a, b) => a.localeCompare(b)),
  };
}
