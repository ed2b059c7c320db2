import { formatConverted, formatShare } from '../../finance/composables/money';
import { AXIS_TEXT, CHART_COLOURS, compact, count, INDICATOR_PARTS, shareMet, toCoordinate, type IndicatorCounts } from './figures';

/**
 * The echarts options of the dashboard's charts, built from API rows without touching the DOM. Coordinates come
 * from the decimal strings only for geometry; every number a tooltip shows is formatted from the string.
 */

/** Tooltips are HTML: names from the API are escaped before they go in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const axisLabel = { color: AXIS_TEXT };
// The page's own type: echarts measures text with the family it is given, so truncation matches what is drawn.
export const CHART_FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif";
const base = { color: CHART_COLOURS, aria: { enabled: false }, animationDuration: 300, textStyle: { fontFamily: CHART_FONT } };
// One line at any width: on a phone the legend pages rather than wrapping over the plot.
const legend = { type: 'scroll', top: 0, textStyle: { color: '#1f2937' }, itemGap: 12, itemWidth: 14, itemHeight: 10 };
type AxisItem = { dataIndex: number };

/**
 * Room for the names on a category axis. echarts sizes it from a sample of the labels, which cuts long names
 * off at the edge; this measures every one (roughly: 12 px type averages under 7 px a character) up to `max`.
 */
export function labelRoom(labels: readonly string[], max = 170): number {
  return Math.min(max, Math.max(40, ...labels.map((l) => Math.ceil(l.length * 6.6))));
}

/** One bar per row of a breakdown, for each measure. */
export interface Measure<R> {
  name: string;
  value: (row: R) => number | null;
  text: (row: R) => string;
  /** A count: the axis has no ticks between whole numbers. */
  integer?: boolean;
}

export function breakdownOption<R extends { label: string }>(rows: readonly R[], measures: readonly Measure<R>[], maxLabel = 170) {
  const many = measures.length > 1;
  const room = labelRoom(rows.map((r) => r.label), maxLabel);
  return {
    ...base,
    legend: many ? legend : undefined,
    grid: { left: room + 16, right: 28, top: many ? 36 : 8, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: AxisItem[]) => {
        const row = rows[items[0]?.dataIndex ?? -1];
        return row ? [`<strong>${escapeHtml(row.label)}</strong>`, ...measures.map((m) => `${escapeHtml(m.name)}: ${escapeHtml(m.text(row))}`)].join('<br>') : '';
      },
    },
    xAxis: { type: 'value', axisLabel: { ...axisLabel, formatter: compact }, splitNumber: 4, minInterval: measures.every((m) => m.integer) ? 1 : undefined },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { ...axisLabel, width: room, overflow: 'truncate' }, axisTick: { show: false } },
    series: measures.map((m) => ({ name: m.name, type: 'bar', data: rows.map(m.value), barMaxWidth: 18, barGap: '15%', cursor: 'pointer' })),
  };
}

/** The height a horizontal bar chart needs for its rows, in rem. */
export function barChartHeight(rows: number, measures = 1): number {
  return Math.max(12, Math.min(40, 3.5 + rows * (measures > 1 ? 2.6 : 2)));
}

export interface MoneyYear {
  key: string;
  budget?: string | null;
  spent?: string | null;
  deliveryRate?: number | null;
}

/** Budget against spent in each year, bars, with the year's delivery rate as a line on its own axis. */
export function deliveryOption(rows: readonly MoneyYear[], currency: string) {
  return {
    ...base,
    legend,
    grid: { left: 8, right: 8, top: 44, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (items: AxisItem[]) => {
        const r = rows[items[0]?.dataIndex ?? -1];
        return r ? `<strong>${r.key}</strong><br>Budget: ${formatConverted(r.budget, currency)}<br>Spent: ${formatConverted(r.spent, currency)}<br>Delivery rate: ${formatShare(r.deliveryRate)}` : '';
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => r.key), axisLabel },
    yAxis: [
      { type: 'value', name: currency, axisLabel: { ...axisLabel, formatter: compact }, nameTextStyle: axisLabel, splitNumber: 4 },
      { type: 'value', name: 'Delivery', min: 0, max: (v: { max: number }) => Math.max(1, Math.ceil(v.max * 10) / 10), axisLabel: { ...axisLabel, formatter: (v: number) => `${Math.round(v * 100)} %` }, nameTextStyle: axisLabel, splitLine: { show: false } },
    ],
    series: [
      { name: 'Budget', type: 'bar', data: rows.map((r) => toCoordinate(r.budget)), barMaxWidth: 28, cursor: 'pointer' },
      { name: 'Spent', type: 'bar', data: rows.map((r) => toCoordinate(r.spent)), barMaxWidth: 28, cursor: 'pointer' },
      { name: 'Delivery rate', type: 'line', yAxisIndex: 1, data: rows.map((r) => r.deliveryRate ?? null), symbolSize: 7, lineStyle: { width: 2 }, color: '#047857' },
    ],
  };
}

/** Indicators by status for each row (a project status, a focus area), stacked, in the logframe's colours. */
export function indicatorStatusOption<R extends { label: string; indicators: IndicatorCounts }>(rows: readonly R[], maxLabel = 170) {
  const room = labelRoom(rows.map((r) => r.label), maxLabel);
  return {
    ...base,
    color: INDICATOR_PARTS.map((p) => p.colour),
    legend,
    grid: { left: room + 16, right: 28, top: 36, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: AxisItem[]) => {
        const r = rows[items[0]?.dataIndex ?? -1];
        return r ? [`<strong>${escapeHtml(r.label)}</strong>`, ...INDICATOR_PARTS.map((p) => `${p.label}: ${count(r.indicators[p.key])}`), `Indicators: ${count(r.indicators.total)}`].join('<br>') : '';
      },
    },
    xAxis: { type: 'value', axisLabel, minInterval: 1, splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { ...axisLabel, width: room, overflow: 'truncate' }, axisTick: { show: false } },
    series: INDICATOR_PARTS.map((p) => ({ name: p.label, type: 'bar', stack: 'status', data: rows.map((r) => r.indicators[p.key]), barMaxWidth: 22, cursor: 'pointer' })),
  };
}

export interface ResultsRow {
  year: number;
  reported: number;
  assessed: number;
  met: number;
  suppressed: number;
}

/** Period results by the year they end: assessed and met as bars, the share met as a line. */
export function resultsOption(rows: readonly ResultsRow[]) {
  return {
    ...base,
    color: ['#0e7490', '#047857', '#7c3aed'],
    legend,
    grid: { left: 8, right: 8, top: 44, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (items: AxisItem[]) => {
        const r = rows[items[0]?.dataIndex ?? -1];
        return r ? `<strong>${r.year}</strong><br>Assessed: ${count(r.assessed)}<br>Met: ${count(r.met)}<br>Share met: ${formatShare(shareMet(r))}` : '';
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), axisLabel },
    yAxis: [
      { type: 'value', name: 'Results', axisLabel, nameTextStyle: axisLabel, minInterval: 1, splitNumber: 4 },
      { type: 'value', name: 'Met', min: 0, max: 1, axisLabel: { ...axisLabel, formatter: (v: number) => `${Math.round(v * 100)} %` }, nameTextStyle: axisLabel, splitLine: { show: false } },
    ],
    series: [
      { name: 'Assessed', type: 'bar', data: rows.map((r) => r.assessed), barMaxWidth: 28 },
      { name: 'Met', type: 'bar', data: rows.map((r) => r.met), barMaxWidth: 28 },
      { name: 'Share met', type: 'line', yAxisIndex: 1, data: rows.map((r) => shareMet(r)), symbolSize: 7, lineStyle: { width: 2 } },
    ],
  };
}
