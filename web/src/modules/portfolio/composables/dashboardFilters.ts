import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';
import type { PortfolioFilter, ProjectFilter } from '../../../gql/graphql';

/**
 * The dashboard's filters. They live in the URL so a view can be shared, and they use the same short keys as
 * the project list (`focus`, `country`, `status`, `org`), so a drill-down is the dashboard's query plus a key.
 */
export interface DashboardFilters {
  focusArea: string | null;
  country: string | null;
  region: string | null;
  leadAgency: string | null;
  organisation: string | null;
  donor: string | null;
  status: string | null;
  sdgTarget: string | null;
  legalInstrument: string | null;
  yearFrom: number | null;
  yearTo: number | null;
}

export type FilterName = keyof DashboardFilters;

export const FILTER_KEYS: Record<FilterName, string> = {
  focusArea: 'focus',
  country: 'country',
  region: 'region',
  leadAgency: 'lead',
  organisation: 'org',
  donor: 'donor',
  status: 'status',
  sdgTarget: 'sdg',
  legalInstrument: 'instrument',
  yearFrom: 'from',
  yearTo: 'to',
};

export const FILTER_NAMES = Object.keys(FILTER_KEYS) as FilterName[];

export const FILTER_LABELS: Record<FilterName, string> = {
  focusArea: 'Focus area',
  country: 'Country',
  region: 'Region',
  leadAgency: 'Lead agency',
  organisation: 'Organisation',
  donor: 'Donor',
  status: 'Status',
  sdgTarget: 'SDG target',
  legalInstrument: 'Legal instrument',
  yearFrom: 'From',
  yearTo: 'To',
};

/** What the project list can narrow by; the other filters exist only in the portfolio summary. */
export const PROJECT_LIST_FILTERS: readonly FilterName[] = ['focusArea', 'country', 'status', 'organisation'];

const IDS: readonly FilterName[] = ['leadAgency', 'organisation', 'donor'];
const YEARS: readonly FilterName[] = ['yearFrom', 'yearTo'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The API's limits: a hand-edited address that breaks them is dropped here rather than refused whole there.
const MAX_CODE = 50;

function first(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  const s = v === null || v === undefined ? '' : String(v).trim();
  return s ? s : null;
}

function parse(name: FilterName, raw: string | null): string | number | null {
  if (raw === null) return null;
  if (YEARS.includes(name)) {
    if (!/^\d{4}$/.test(raw)) return null;
    const year = Number(raw);
    return year >= 1900 && year <= 2100 ? year : null;
  }
  if (IDS.includes(name)) return UUID.test(raw) ? raw.toLowerCase() : null;
  return raw.length <= MAX_CODE ? raw : null;
}

export function emptyFilters(): DashboardFilters {
  return Object.fromEntries(FILTER_NAMES.map((n) => [n, null])) as unknown as DashboardFilters;
}

export function dashboardFiltersFromQuery(query: LocationQuery): DashboardFilters {
  const filters = emptyFilters() as unknown as Record<FilterName, string | number | null>;
  for (const name of FILTER_NAMES) filters[name] = parse(name, first(query[FILTER_KEYS[name]]));
  return filters as unknown as DashboardFilters;
}

export function queryFromDashboardFilters(filters: Partial<DashboardFilters>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== null && value !== undefined && String(value).trim() !== '') query[FILTER_KEYS[name]] = String(value).trim();
  }
  return query;
}

export function activeFilters(filters: DashboardFilters): FilterName[] {
  return FILTER_NAMES.filter((n) => filters[n] !== null);
}

/** The summary's filter; a reversed year range is read the way round it makes sense. */
export function toPortfolioFilter(filters: DashboardFilters): PortfolioFilter {
  const out: PortfolioFilter = {};
  if (filters.focusArea) out.focusArea = filters.focusArea;
  if (filters.country) out.country = filters.country;
  if (filters.region) out.region = filters.region;
  if (filters.leadAgency) out.leadAgencyId = filters.leadAgency;
  if (filters.organisation) out.organisationId = filters.organisation;
  if (filters.donor) out.donorId = filters.donor;
  if (filters.status) out.status = filters.status;
  if (filters.sdgTarget) out.sdgTarget = filters.sdgTarget;
  if (filters.legalInstrument) out.legalInstrument = filters.legalInstrument;
  const { yearFrom: from, yearTo: to } = filters;
  if (from !== null && to !== null && from > to) {
    out.yearFrom = to;
    out.yearTo = from;
  } else {
    if (from !== null) out.yearFrom = from;
    if (to !== null) out.yearTo = to;
  }
  return out;
}

/** The part of the filters the project list applies. */
export function toProjectListFilter(filters: DashboardFilters): ProjectFilter {
  const out: ProjectFilter = {};
  if (filters.focusArea) out.focusArea = filters.focusArea;
  if (filters.country) out.country = filters.country;
  if (filters.status) out.status = filters.status;
  if (filters.organisation) out.organisationId = filters.organisation;
  return out;
}

/** Filters set that the project list cannot apply: it says so rather than list more than the dashboard counted. */
export function notAppliedToProjects(filters: DashboardFilters): FilterName[] {
  return activeFilters(filters).filter((n) => !PROJECT_LIST_FILTERS.includes(n));
}

/** The projects behind a bar, a country or a status: the dashboard's filters and the clicked key. */
export function projectsLink(filters: DashboardFilters, patch: Partial<DashboardFilters> = {}): RouteLocationRaw {
  return { name: 'projects', query: queryFromDashboardFilters({ ...filters, ...patch }) };
}

/** The dashboard narrowed further, for keys the project list cannot filter by (a donor, a year). */
export function dashboardLink(filters: DashboardFilters, patch: Partial<DashboardFilters> = {}): RouteLocationRaw {
  return { name: 'portfolio', query: queryFromDashboardFilters({ ...filters, ...patch }) };
}

export function useDashboardFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => dashboardFiltersFromQuery(route.query));
  const active = computed(() => activeFilters(filters.value));
  // Other query keys (the map's measure) stay as they are.
  const others = () => Object.fromEntries(Object.entries(route.query).filter(([k]) => !Object.values(FILTER_KEYS).includes(k)));
  const update = (patch: Partial<DashboardFilters>) => router.replace({ query: { ...others(), ...queryFromDashboardFilters({ ...filters.value, ...patch }) } });
  const reset = () => router.replace({ query: others() });
  return { filters, active, update, reset };
}
