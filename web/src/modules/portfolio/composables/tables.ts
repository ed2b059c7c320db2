import type { RouteLocationRaw } from 'vue-router';
import { formatShare } from '../../finance/composables/money';
import { amountCell } from '../../finance/programme/composables/breakdown';
import { count, INDICATOR_PARTS, type IndicatorCounts } from './figures';

/** Rows of the tables beside the charts, built from the summary's rows. */

export interface FigureColumn {
  key: string;
  label: string;
  num?: boolean;
}
export interface FigureCell {
  text: string;
  to?: RouteLocationRaw;
  /** Accessible name of the link when the text alone says too little ("3" → "3 projects in Nigeria"). */
  linkLabel?: string;
  missing?: boolean;
}
export interface FigureRow {
  key: string;
  label: string;
  to?: RouteLocationRaw;
  sub?: string;
  cells: Record<string, FigureCell>;
}

export interface SummaryRow {
  key: string;
  label: string;
  programmes: number;
  projects: number;
  budget?: string | null;
  contributions?: string | null;
  received?: string | null;
  spent?: string | null;
  deliveryRate?: number | null;
  fundingGap?: string | null;
  indicators: IndicatorCounts;
}

export type FigureKey = 'programmes' | 'projects' | 'budget' | 'contributions' | 'received' | 'spent' | 'deliveryRate' | 'fundingGap';

export const FIGURE_COLUMNS: Record<FigureKey, FigureColumn> = {
  programmes: { key: 'programmes', label: 'Programmes', num: true },
  projects: { key: 'projects', label: 'Projects', num: true },
  budget: { key: 'budget', label: 'Budget', num: true },
  contributions: { key: 'contributions', label: 'Contributions', num: true },
  received: { key: 'received', label: 'Received', num: true },
  spent: { key: 'spent', label: 'Spent', num: true },
  deliveryRate: { key: 'deliveryRate', label: 'Delivery', num: true },
  fundingGap: { key: 'fundingGap', label: 'Funding gap', num: true },
};

export const columnsOf = (keys: readonly FigureKey[]): FigureColumn[] => keys.map((k) => FIGURE_COLUMNS[k]);

const MONEY = new Set<FigureKey>(['budget', 'contributions', 'received', 'spent', 'fundingGap']);

export interface RowLinks<R> {
  /** The row's own page (a country, a focus area), linked from its name. */
  page?: (row: R) => RouteLocationRaw | undefined;
  /** The projects behind the row, linked from its project count. */
  projects?: (row: R) => RouteLocationRaw | undefined;
}

function cell<R extends SummaryRow>(row: R, key: FigureKey, links: RowLinks<R>): FigureCell {
  if (MONEY.has(key)) {
    const amount = row[key as 'budget'];
    return { text: amountCell(amount), missing: amount === null };
  }
  if (key === 'deliveryRate') return { text: formatShare(row.deliveryRate) };
  const n = row[key as 'projects' | 'programmes'];
  const to = key === 'projects' && n > 0 ? links.projects?.(row) : undefined;
  return to ? { text: count(n), to, linkLabel: `${count(n)} project${n === 1 ? '' : 's'}: ${row.label}` } : { text: count(n) };
}

export function figureRows<R extends SummaryRow>(rows: readonly R[], keys: readonly FigureKey[], links: RowLinks<R> = {}): FigureRow[] {
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    to: links.page?.(row),
    cells: Object.fromEntries(keys.map((k) => [k, cell(row, k, links)])),
  }));
}

export const INDICATOR_COLUMNS: FigureColumn[] = [...INDICATOR_PARTS.map((p) => ({ key: p.key, label: p.label, num: true })), { key: 'total', label: 'Total', num: true }];

/** Indicator counts by status, one row per row of a breakdown. */
export function indicatorRows<R extends { key: string; label: string; indicators: IndicatorCounts }>(rows: readonly R[], page?: (row: R) => RouteLocationRaw | undefined): FigureRow[] {
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    to: page?.(row),
    cells: Object.fromEntries([...INDICATOR_PARTS.map((p) => [p.key, { text: count(row.indicators[p.key]) }]), ['total', { text: count(row.indicators.total) }]]),
  }));
}

export function indicatorTotal(indicators: IndicatorCounts, label = 'All projects'): FigureRow {
  return indicatorRows([{ key: 'total', label, indicators }])[0];
}
