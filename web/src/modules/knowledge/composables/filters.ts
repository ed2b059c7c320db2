import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { KnowledgeFilter, KnowledgeKind } from '../../../gql/graphql';
import { KIND_LABELS } from './knowledge';

/** The library's search and filters. They live in the URL, so that a search can be shared, bookmarked and reloaded. */
export interface KnowledgeFilters {
  search: string;
  kind: KnowledgeKind | null;
  focusArea: string | null;
  country: string | null;
  page: number;
}

export const PAGE_SIZE = 10;

/** Short URL keys: `/knowledge?q=border&kind=BEST_PRACTICE&focus=TIP_SOM&country=NG&page=2`. */
const KEYS = { search: 'q', kind: 'kind', focusArea: 'focus', country: 'country', page: 'page' } as const;

function first(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? String(v) : null;
}

export function filtersFromQuery(query: LocationQuery): KnowledgeFilters {
  const kind = first(query[KEYS.kind]);
  const page = Number(first(query[KEYS.page]) ?? 1);
  return {
    search: first(query[KEYS.search]) ?? '',
    kind: kind && kind in KIND_LABELS ? (kind as KnowledgeKind) : null,
    focusArea: first(query[KEYS.focusArea]),
    country: first(query[KEYS.country])?.toUpperCase() ?? null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function queryFromFilters(filters: KnowledgeFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.search.trim()) query[KEYS.search] = filters.search.trim();
  if (filters.kind) query[KEYS.kind] = filters.kind;
  if (filters.focusArea) query[KEYS.focusArea] = filters.focusArea;
  if (filters.country) query[KEYS.country] = filters.country;
  if (filters.page > 1) query[KEYS.page] = String(filters.page);
  return query;
}

export function toKnowledgeFilter(filters: KnowledgeFilters): KnowledgeFilter {
  return {
    search: filters.search.trim() || undefined,
    kind: filters.kind ?? undefined,
    focusArea: filters.focusArea ?? undefined,
    country: filters.country ?? undefined,
  };
}

export function useKnowledgeFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => filtersFromQuery(route.query));
  const active = computed(() => Object.keys(queryFromFilters({ ...filters.value, page: 1 })).length > 0);
  // A new search or filter starts again at the first page; replace, so typing does not fill the history.
  const update = (patch: Partial<KnowledgeFilters>) => router.replace({ query: queryFromFilters({ ...filters.value, page: 1, ...patch }) });
  const reset = () => router.replace({ query: {} });
  return { filters, active, update, reset };
}
