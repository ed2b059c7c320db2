import { computed, type Ref } from 'vue';
import { useLoadMore } from '../../../apollo/paging';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';
import { toProjectFilter, type PortfolioFilters } from './filters';
import { groupByProgramme } from './grouping';

export const PAGE_SIZE = 20;

graphql(`
  fragment PortfolioProgramme on Programme {
    id
    title
    iatiIdentifier
    status
    statusName
    isDemo
    canEdit
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
  }
`);

const PortfolioProjectsQuery = graphql(`
  query PortfolioProjects($filter: ProjectFilter, $first: Int!, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
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
        programme {
          ...PortfolioProgramme
        }
      }
    }
  }
`);

const PortfolioProgrammesQuery = graphql(`
  query PortfolioProgrammes {
    programmes {
      ...PortfolioProgramme
    }
  }
`);

/** The filtered project list, a page at a time, grouped by programme. */
export function usePortfolio(filters: Ref<PortfolioFilters>, active: Ref<boolean>) {
  const variables = computed(() => ({ filter: toProjectFilter(filters.value), first: PAGE_SIZE }));
  const { result, loading, error, fetchMore, refetch } = useQuery(PortfolioProjectsQuery, variables);
  // Programmes without projects never show up in a project list; unfiltered, they are listed too.
  const programmes = useQuery(PortfolioProgrammesQuery, null, () => ({ enabled: !active.value }));

  const page = computed(() => result.value?.projects);
  const projects = computed(() => page.value?.items ?? []);
  const groups = computed(() => {
    const empty = active.value ? [] : (programmes.result.value?.programmes.filter((p) => p.projectCount === 0) ?? []);
    return groupByProgramme(projects.value, empty);
  });

  const { loadingMore, loadMore } = useLoadMore(page, variables, fetchMore);

  return {
    groups,
    totalCount: computed(() => page.value?.totalCount ?? 0),
    shownCount: computed(() => projects.value.length),
    hasNextPage: computed(() => page.value?.hasNextPage ?? false),
    // The skeleton only before the first answer; a refresh keeps showing the list it has.
    firstLoad: computed(() => loading.value && !page.value),
    loading,
    error,
    loadMore,
    loadingMore,
    refetch,
  };
}
