/**
 * What the project reporting pages share: the reporting query, the period in the address (?period=…) with
 * the default when none is given, and the project's indicators with their report for that period.
 */
import { computed, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { defaultPeriodId } from './cycle';
import { ReportingLogframeQuery, type IndicatorReport, type ReportingIndicator } from './reporting';

export interface ReportRow {
  code: string;
  indicator: ReportingIndicator;
  report: IndicatorReport;
}

export function useProjectReporting(projectId: Ref<string>, shows: (i: ReportingIndicator) => boolean) {
  const route = useRoute();
  const router = useRouter();
  const query = useQuery(ReportingLogframeQuery, () => ({ projectId: projectId.value }), { fetchPolicy: 'cache-and-network' });
  const data = computed(() => (query.result.value?.project.id === projectId.value ? query.result.value : undefined));
  const indicators = computed(() => (data.value?.logframe.nodes ?? []).flatMap((n) => n.indicators.map((indicator) => ({ code: n.code, indicator }))).filter((r) => shows(r.indicator)));

  const periodId = computed<string | null>({
    get: () => {
      const periods = data.value?.logframe.periods ?? [];
      const asked = typeof route.query.period === 'string' ? route.query.period : null;
      if (asked && periods.some((p) => p.id === asked)) return asked;
      return defaultPeriodId(
        periods,
        indicators.value.flatMap((r) => r.indicator.updates),
      );
    },
    set: (id) => void router.replace({ query: { ...route.query, period: id ?? undefined } }),
  });
  const period = computed(() => data.value?.logframe.periods.find((p) => p.id === periodId.value));
  const rows = computed<ReportRow[]>(() =>
    indicators.value.flatMap(({ code, indicator }) => {
      const report = indicator.updates.find((u) => u.period.id === periodId.value);
      return report ? [{ code, indicator, report }] : [];
    }),
  );
  return { ...query, data, periodId, period, rows };
}
