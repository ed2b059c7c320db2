/**
 * The add-indicator form's end-of-project target, spread over the project's reporting periods (see
 * targetSpread.ts for the rule): the periods it lands in, the preview, and the values saved once the
 * indicator exists.
 */
import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { IndicatorValueInput } from '../../../gql/graphql';
import { parseNumber } from './cells';
import type { IndicatorFormValues } from './indicatorForm';
import { LogframeQuery } from './logframe';
import { addsUp, runningTotals, spreadTarget } from './targetSpread';

const numberOr = (text: string, fallback: number | null) => {
  const parsed = parseNumber(text);
  return parsed.ok && typeof parsed.value === 'number' ? parsed.value : fallback;
};

export function useTargetSpread(projectId: () => string, enabled: () => boolean, values: Ref<IndicatorFormValues>) {
  // The logframe page has read this already: the same document, from the cache, asks the server nothing.
  const { result } = useQuery(LogframeQuery, () => ({ projectId: projectId() }), () => ({ fetchPolicy: 'cache-first', enabled: enabled() }));

  /** The periods within the project's dates (actual, else planned), oldest first: those that get targets. */
  const periods = computed(() => {
    const project = result.value?.project;
    if (!project) return [];
    const start = project.actualStart ?? project.plannedStart;
    const end = project.actualEnd ?? project.plannedEnd;
    return [...(result.value?.logframe.periods ?? [])].filter((p) => p.endDate >= start && p.startDate <= end).sort((a, b) => a.startDate.localeCompare(b.startDate));
  });

  const numeric = computed(() => values.value.measure !== '5');
  const cumulative = computed(() => addsUp(values.value.aggregation));
  const endTarget = computed(() => numberOr(values.value.endTarget, null));

  const targets = computed(() => {
    if (!numeric.value || endTarget.value === null) return [];
    return spreadTarget({
      endTarget: endTarget.value,
      baseline: numberOr(values.value.baselineValue, null),
      aggregation: values.value.aggregation,
      shape: values.value.spread,
      periods: periods.value.length,
    });
  });

  const preview = computed(() => {
    const totals = runningTotals(targets.value);
    return targets.value.map((target, i) => ({ period: periods.value[i], target, total: totals[i] }));
  });

  /** The targets to save for a new indicator, in one setIndicatorValues batch; empty cells are left out. */
  const inputsFor = (indicatorId: string): IndicatorValueInput[] =>
    preview.value.filter((r) => r.target !== null).map((r) => ({ indicatorId, periodId: r.period.id, dimension: '', category: '', version: 0, target: r.target }));

  return { periods, numeric, cumulative, preview, inputsFor };
}
