import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useReferenceData, type Option } from '../../activity/composables/useReferenceData';
import { useOrganisationOptions } from '../../organisation/composables/organisations';
import type { DashboardFilters, FilterName } from './dashboardFilters';
import { PortfolioFilterOptionsQuery } from './summary';

/**
 * The choices of each dashboard filter. Reference lists for codes; for lead agencies, donors, regions and years,
 * the ones the reader's portfolio has, so no choice leads to an empty page by construction.
 */
export function useFilterOptions() {
  const { options: reference } = useReferenceData();
  const organisations = useOrganisationOptions();
  const { result } = useQuery(PortfolioFilterOptionsQuery, null, { fetchPolicy: 'cache-first' });
  const summary = computed(() => result.value?.portfolioSummary);
  const rows = (list: { key: string; label: string }[] | undefined): Option[] =>
    (list ?? []).filter((r) => r.key && r.key !== 'OTHER').map((r) => ({ value: r.key, label: r.label }));
  const years = computed<Option[]>(() => {
    const keys = (summary.value?.byYear ?? []).map((r) => Number(r.key)).filter((y) => Number.isInteger(y));
    const now = new Date().getFullYear();
    const [from, to] = keys.length ? [Math.min(...keys), Math.max(...keys)] : [now - 5, now + 5];
    return Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i) }));
  });

  const options: Record<FilterName, { value: Option[] }> = {
    focusArea: reference.focusAreas,
    country: reference.countries,
    region: computed(() => rows(summary.value?.byRegion)),
    leadAgency: computed(() => rows(summary.value?.byLeadAgency)),
    organisation: organisations.options,
    donor: computed(() => rows(summary.value?.byDonor)),
    status: reference.statuses,
    sdgTarget: reference.sdgTargets,
    legalInstrument: reference.legalInstruments,
    yearFrom: years,
    yearTo: years,
  };

  /** The name of a chosen value, for the list of active filters; the raw value until the lists arrive. */
  function labelOf(name: FilterName, value: DashboardFilters[FilterName]): string {
    if (value === null) return '';
    const text = String(value);
    if (name === 'yearFrom' || name === 'yearTo') return text;
    const found = options[name].value.find((o) => o.value === text) ?? (name !== 'organisation' ? organisations.options.value.find((o) => o.value === text) : undefined);
    return found?.label ?? text;
  }

  return { options, labelOf };
}
