import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';
import type { PortfolioFilter } from '../../../gql/graphql';

/** The portfolio summaries each page reads. Each selects only the breakdowns it draws: the API computes no others. */

graphql(`
  fragment PortfolioRow on PortfolioFigures {
    key
    label
    programmes
    projects
    budget
    contributions
    received
    spent
    deliveryRate
    fundingGap
    indicators {
      onTrack
      atRisk
      offTrack
      noData
      total
    }
  }
`);

graphql(`
  fragment PortfolioTotalsFields on PortfolioTotals {
    programmes
    projects
    countries
    partners
    budget
    contributions
    received
    spent
    deliveryRate
    fundingGap
    indicators {
      onTrack
      atRisk
      offTrack
      noData
      total
    }
  }
`);

graphql(`
  fragment PortfolioSummaryHead on PortfolioSummary {
    reportingCurrency
    totals {
      ...PortfolioTotalsFields
    }
    missingRates {
      currency
      date
    }
    resultsByYear {
      year
      reported
      assessed
      met
      suppressed
    }
  }
`);

export const PortfolioDashboardQuery = graphql(`
  query PortfolioDashboard($filter: PortfolioFilter) {
    portfolioSummary(filter: $filter) {
      ...PortfolioSummaryHead
      byYear {
        ...PortfolioRow
      }
      byDonor {
        ...PortfolioRow
      }
      byFocusArea {
        ...PortfolioRow
      }
      byStatus {
        ...PortfolioRow
      }
      byCountry {
        ...PortfolioRow
      }
    }
  }
`);

export const DonorDashboardQuery = graphql(`
  query DonorDashboard {
    portfolioSummary {
      ...PortfolioSummaryHead
      byYear {
        ...PortfolioRow
      }
      byStatus {
        ...PortfolioRow
      }
      byCountry {
        ...PortfolioRow
      }
    }
  }
`);

/** Choices for the dashboard's lead agency, donor, region and year filters: the ones that lead somewhere. */
export const PortfolioFilterOptionsQuery = graphql(`
  query PortfolioFilterOptions {
    portfolioSummary {
      byLeadAgency {
        key
        label
      }
      byDonor {
        key
        label
      }
      byRegion {
        key
        label
      }
      byYear {
        key
      }
    }
  }
`);

/** A summary that follows its filter; while a new filter loads, the previous figures stay on screen, dimmed. */
export function usePortfolioSummary(filter: Ref<PortfolioFilter>) {
  const { result, loading, error, refetch } = useQuery(PortfolioDashboardQuery, () => ({ filter: filter.value }), { fetchPolicy: 'cache-and-network' });
  const summary = computed(() => result.value?.portfolioSummary);
  return { summary, loading, error, refetch, firstLoad: computed(() => loading.value && !summary.value) };
}
