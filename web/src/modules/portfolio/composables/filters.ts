import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { ProjectFilter } from '../../../gql/graphql';

/** The portfolio filters. They live in the URL so a filtered view can be bookmarked, shared and reloaded. */
export interface PortfolioFilters {
  search: string;
  focusArea: string | null;
  country: string | null;
  status: string | null;
  organisation: string | null;
}

/** Short URL keys, shared with the dashboard: `/projects?q=border&focus=TIP_SOM&country=NG&status=2&org=<id>`. */
const KEYS = { search: 'q', focusArea: 'focus', country: 'country', status: 'status', organisation: 'org' } as const;

function first(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? String(v) : null;
}

export function filtersFromQuery(query: LocationQuery): PortfolioFilters {
  return {
    search: first(query[KEYS.search]) ?? '',
    focusArea: first(query[KEYS.focusArea]),
    country: first(query[KEYS.country]),
    status: first(query[KEYS.status]),
    organisation: first(query[KEYS.organisation]),
  };
}

export function queryFromFilters(filters: PortfolioFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const [name, key] of Object.entries(KEYS) as [keyof PortfolioFilters, string][]) {
    const value = filters[name]?.trim();
    if (value) query[key] = value;
  }
  return query;
}

export function hasFilters(filters: PortfolioFilters): boolean {
  return Object.keys(queryFromFilters(filters)).length > 0;
}

export function toProjectFilter(filters: PortfolioFilters): ProjectFilter {
  return {
    search: filters.search.trim() || undefined,
    focusArea: filters.focusArea ?? undefined,
    country: filters.country ?? undefined,
    status: filters.status ?? undefined,
    organisationId: filters.organisation ?? undefined,
  };
}

export function usePortfolioFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => filtersFromQuery(route.query));
  const active = computed(() => hasFilters(filters.value));
  // Keys of the dashboard's other filters, which this list does not apply but names, stay until reset.
  const others = () => Object.fromEntries(Object.entries(route.query).filter(([k]) => !(Object.values(KEYS) as string[]).includes(k)));
  // replace, not push: typing in the search box should not fill the history with one entry per word.
  const update = (patch: Partial<PortfolioFilters>) => router.replace({ query: { ...others(), ...queryFromFilters({ ...filters.value, ...patch }) } });
  const reset = () => router.replace({ query: {} });
  return { filters, active, update, reset };
}
