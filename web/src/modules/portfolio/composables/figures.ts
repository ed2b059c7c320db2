import { STATUSES } from '../../logframe/composables/words';

/** Words, colours and small sums the dashboard's figures share. */

/** The same palette as the finance charts: every colour keeps 3:1 contrast against the white panel. */
export const CHART_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

export const AXIS_TEXT = '#374151';

export type IndicatorCount = 'onTrack' | 'atRisk' | 'offTrack' | 'noData';

export interface IndicatorCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  total: number;
}

/** The indicator statuses in the order people read them, named and coloured as on the logframe pages. */
export const INDICATOR_PARTS: readonly { key: IndicatorCount; label: string; colour: string; icon: string; explain: string }[] = [
  { key: 'onTrack', ...STATUSES.ON_TRACK, colour: '#047857' },
  { key: 'atRisk', ...STATUSES.AT_RISK, colour: '#b45309' },
  { key: 'offTrack', ...STATUSES.OFF_TRACK, colour: '#be123c' },
  { key: 'noData', ...STATUSES.NO_DATA, colour: '#6b7280' },
];

/** A decimal string as a plotting coordinate. Only geometry uses it; every figure shown comes from the string. */
export const toCoordinate = (amount: string | null | undefined): number | null => (amount === null || amount === undefined || amount === '' ? null : Number(amount));

// en-US: "12.5M" rather than en-GB's "12.5m", which reads as metres.
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB');

/** Axis ticks: "12.5M". Never used for a figure a reader is meant to take away. */
export const compact = (value: number): string => COMPACT.format(value);

/** Counts with thousands separators: "1,204". */
export const count = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : WHOLE.format(value));

/** "1 project", "3 projects". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** Met ÷ assessed, or null when nothing was assessed. */
export function shareMet(row: { met: number; assessed: number }): number | null {
  return row.assessed > 0 ? row.met / row.assessed : null;
}

/** "12 on track, 30 at risk, 4 off track, 20 without data": indicator counts in words for a chart's summary. */
export function indicatorWords(c: IndicatorCounts): string {
  return INDICATOR_PARTS.map((p) => `${count(c[p.key])} ${p.key === 'noData' ? 'without data' : p.label.toLowerCase()}`).join(', ');
}

/** Rows with a year as key, in year order: the API sends them so, but a chart must not depend on it. */
export function byYearKey<R extends { key: string }>(rows: readonly R[]): R[] {
  return rows.filter((r) => /^\d{4}$/.test(r.key)).sort((a, b) => a.key.localeCompare(b.key));
}
