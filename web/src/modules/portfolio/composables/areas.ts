import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../../../gql';
import type { AreaProjectsQuery as AreaProjectsResult } from '../../../gql/graphql';

/**
 * The country and focus-area pages: the summary for one country or one focus area, and its projects. The page for
 * a country draws its focus areas, the page for a focus area its countries: the other breakdown is not computed.
 */
export const AreaSummaryQuery = graphql(`
  query AreaSummary($filter: PortfolioFilter!, $withCountries: Boolean!, $withFocusAreas: Boolean!) {
    portfolioSummary(filter: $filter) {
      ...PortfolioSummaryHead
      byYear {
        ...PortfolioRow
      }
      byLegalInstrument {
        ...PortfolioRow
      }
      byDonor {
        ...PortfolioRow
      }
      byStatus {
        ...PortfolioRow
      }
      byCountry @include(if: $withCountries) {
        ...PortfolioRow
      }
      byFocusArea @include(if: $withFocusAreas) {
        ...PortfolioRow
      }
    }
  }
`);

// Apart from the summary, and 30 at a time: more would pass the query-cost limit (the page links to the full list).
export const AreaProjectsQuery = graphql(`
  query AreaProjects($filter: ProjectFilter!) {
    projects(filter: $filter, first: 30) {
      totalCount
      items {
        id
        title
        iatiIdentifier
        status
        statusName
        plannedStart
        plannedEnd
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
        participations {
          id
          role
          roleName
          organisation {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

export type AreaKind = 'country' | 'focusArea';
export type AreaProject = AreaProjectsResult['projects']['items'][number];

export function useAreaPage(kind: AreaKind, code: Ref<string>) {
  const filter = computed(() => (kind === 'country' ? { country: code.value } : { focusArea: code.value }));
  const summary = useQuery(AreaSummaryQuery, () => ({ filter: filter.value, withCountries: kind === 'focusArea', withFocusAreas: kind === 'country' }), { fetchPolicy: 'cache-and-network' });
  const projects = useQuery(AreaProjectsQuery, () => ({ filter: filter.value }), { fetchPolicy: 'cache-and-network' });
  return {
    summary: computed(() => summary.result.value?.portfolioSummary),
    projects: computed(() => projects.result.value?.projects),
    loading: computed(() => summary.loading.value || projects.loading.value),
    error: computed(() => summary.error.value ?? projects.error.value),
    refetch: () => Promise.all([summary.refetch(), projects.refetch()]),
  };
}

export interface ProgrammeProjects {
  programme: AreaProject['programme'];
  projects: AreaProject[];
}

/** Projects under their programmes, programmes by title. */
export function byProgramme(projects: readonly AreaProject[]): ProgrammeProjects[] {
  const groups = new Map<string, ProgrammeProjects>();
  for (const p of projects) {
    const g = groups.get(p.programme.id) ?? { programme: p.programme, projects: [] };
    g.projects.push(p);
    groups.set(p.programme.id, g);
  }
  return [...groups.values()].sort((a, b) => a.programme.title.localeCompare(b.programme.title));
}

export interface Partner {
  id: string;
  name: string;
  acronym: string | null;
  /** Role names, in IATI code order. */
  roles: string[];
  projects: number;
}

interface Participating {
  participations: { role: string; roleName: string; organisation: { id: string; name: string; acronym?: string | null } }[];
}

/** The organisations taking part in the projects, each once, with its roles and the number of its projects; most projects first. */
export function partnersOf(projects: readonly Participating[]): Partner[] {
  const partners = new Map<string, Partner & { roleCodes: Map<string, string>; seen: Set<number> }>();
  projects.forEach((project, index) => {
    for (const p of project.participations) {
      const o = p.organisation;
      const partner = partners.get(o.id) ?? { id: o.id, name: o.name, acronym: o.acronym ?? null, roles: [], projects: 0, roleCodes: new Map(), seen: new Set() };
      partner.roleCodes.set(p.role, p.roleName);
      partner.seen.add(index);
      partners.set(o.id, partner);
    }
  });
  return [...partners.values()]
    .map(({ roleCodes, seen, ...p }) => ({ ...p, projects: seen.size, roles: [...roleCodes].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([, name]) => name) }))
    .sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name));
}
