import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ReportingLogframeQuery } from '../../reporting/composables/reporting';
import type { PeriodReport } from './cells';

/**
 * Where each period's report of an indicator stands (locked, submitted), by period id. It comes with the
 * reporting query, which the report beside the grid reads too: one request, and the grid follows every
 * decision taken there (those refetch that query). Without an answer, no cell is held: the API still refuses.
 */
export function usePeriodReports(projectId: () => string, indicatorId: () => string) {
  const { result } = useQuery(ReportingLogframeQuery, () => ({ projectId: projectId() }), { fetchPolicy: 'cache-first' });
  return computed(() => {
    const updates = result.value?.logframe.nodes.flatMap((n) => n.indicators).find((i) => i.id === indicatorId())?.updates ?? [];
    return new Map<string, PeriodReport>(updates.map((u) => [u.period.id, { state: u.state, locked: u.locked, lockReason: u.lockReason }]));
  });
}
