/**
 * The live total under a list of shares (recipient countries, sectors). It adds in hundredths, as the
 * server does, so that 33.33 + 33.33 + 33.34 shows exactly 100 and the form agrees with the API.
 */
export type TotalState = 'empty' | 'complete' | 'under' | 'over';

export function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Sum of the given percentages, rounded to two decimals; blank entries count as 0. */
export function percentageTotal(values: (number | string | null | undefined)[]): number {
  const hundredths = values.reduce<number>((sum, v) => sum + Math.round((toNumber(v) ?? 0) * 100), 0);
  return hundredths / 100;
}

export function totalState(values: (number | string | null | undefined)[]): TotalState {
  if (!values.length) return 'empty';
  const total = percentageTotal(values);
  if (total === 100) return 'complete';
  return total < 100 ? 'under' : 'over';
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, '')}%`;
}

/** The sentence shown (and announced) under the list. */
export function describeTotal(values: (number | string | null | undefined)[]): string {
  const state = totalState(values);
  const total = percentageTotal(values);
  if (state === 'empty') return 'No rows yet.';
  if (state === 'complete') return `Total ${formatPercent(total)}.`;
  const gap = Math.abs(Math.round((100 - total) * 100) / 100);
  return state === 'under'
    ? `Total ${formatPercent(total)}: ${formatPercent(gap)} still to allocate (must be 100%).`
    : `Total ${formatPercent(total)}: ${formatPercent(gap)} too much (must be 100%).`;
}
