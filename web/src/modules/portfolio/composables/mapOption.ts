import { formatConverted } from '../../finance/composables/money';
import { CHART_FONT, escapeHtml } from './chartOptions';
import { compact as compactNumber, count, plural, toCoordinate } from './figures';

/** The world map's option: countries shaded by budget or by number of projects. */

export type MapMeasure = 'budget' | 'projects';

export const MAP_MEASURES: readonly { value: MapMeasure; label: string }[] = [
  { value: 'budget', label: 'Budget' },
  { value: 'projects', label: 'Projects' },
];

export interface MapRow {
  key: string;
  label: string;
  projects: number;
  budget?: string | null;
}

export function mapValue(row: MapRow, measure: MapMeasure): number | null {
  return measure === 'projects' ? row.projects : toCoordinate(row.budget);
}

/**
 * `mapName` is the name the shapes were registered under; `shapeName` names a shape that has no row (the
 * tooltip still says which country it is).
 */
export function worldMapOption(rows: readonly MapRow[], measure: MapMeasure, currency: string, mapName: string, shapeName: (code: string) => string = (c) => c, compact = false) {
  const byCode = new Map(rows.map((r) => [r.key, r]));
  const values = rows.map((r) => mapValue(r, measure)).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  return {
    aria: { enabled: false },
    animationDuration: 300,
    textStyle: { fontFamily: CHART_FONT },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string }) => {
        const r = byCode.get(p.name);
        if (!r) return `${escapeHtml(shapeName(p.name))}<br>No project`;
        return `<strong>${escapeHtml(r.label)}</strong><br>${plural(r.projects, 'project')}<br>Budget: ${escapeHtml(formatConverted(r.budget, currency))}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      // On a phone the legend lies under the map rather than over the Pacific.
      orient: compact ? 'horizontal' : 'vertical',
      left: 8,
      bottom: compact ? 0 : 8,
      itemHeight: compact ? 90 : 110,
      itemWidth: compact ? 10 : 12,
      calculable: false,
      text: [measure === 'projects' ? 'More projects' : 'Larger budget', ''],
      textStyle: { color: '#374151' },
      formatter: (v: number) => (measure === 'projects' ? count(Math.round(v)) : compactNumber(v)),
      inRange: { color: ['#bfdbfe', '#1e3a8a'] },
      seriesIndex: 0,
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: false,
        left: 0,
        right: 0,
        top: 4,
        bottom: compact ? 28 : 4,
        cursor: 'pointer',
        label: { show: false },
        itemStyle: { areaColor: '#e5e7eb', borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f59e0b' } },
        select: { disabled: true },
        data: rows.map((r) => ({ name: r.key, value: mapValue(r, measure) })),
      },
    ],
  };
}
