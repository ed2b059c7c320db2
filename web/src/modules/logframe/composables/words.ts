/** How the logframe pages put indicator settings and figures into words. */
import type { Aggregation, Direction, Frequency, IndicatorStatus } from '../../../gql/graphql';

export const MEASURES: Record<string, { name: string; explain: string }> = {
  '1': { name: 'Unit', explain: 'A count or amount in the unit given.' },
  '2': { name: 'Percentage', explain: 'A share from 0 to 100 %.' },
  '3': { name: 'Nominal', explain: 'A number standing for a category.' },
  '4': { name: 'Ordinal', explain: 'A number on a ranked scale.' },
  '5': { name: 'Qualitative', explain: 'Described in words, not numbers.' },
};

export const AGGREGATIONS: Record<Aggregation, { name: string; explain: string }> = {
  SUM: { name: 'Sum', explain: 'The periods add up: the cumulative actual is the total of all periods.' },
  LAST: { name: 'Last value', explain: 'The latest period with data counts; periods are never added up.' },
  AVERAGE: { name: 'Average', explain: 'The cumulative actual is the mean of the periods with data.' },
  RATIO: { name: 'Ratio', explain: 'Reported as numerator and denominator; the cumulative actual is the sum of numerators over the sum of denominators.' },
  MAX: { name: 'Highest value', explain: 'The cumulative actual is the highest value of any period.' },
};

export const DIRECTIONS: Record<Direction, { name: string; explain: string }> = {
  INCREASE: { name: 'Higher is better', explain: 'Progress is the way from the baseline up to the target.' },
  DECREASE: { name: 'Lower is better', explain: 'Progress is the way from the baseline down to the target.' },
};

export const FREQUENCIES: Record<Frequency, string> = { MONTHLY: 'Monthly', QUARTERLY: 'Quarterly', SEMI_ANNUAL: 'Every six months', ANNUAL: 'Yearly' };

export const STATUSES: Record<IndicatorStatus, { label: string; severity: string; icon: string; explain: string }> = {
  ON_TRACK: { label: 'On track', severity: 'success', icon: 'pi-check-circle', explain: 'at least 90 % of the progress expected by now' },
  AT_RISK: { label: 'At risk', severity: 'warn', icon: 'pi-exclamation-triangle', explain: 'between 60 % and 90 % of the progress expected by now' },
  OFF_TRACK: { label: 'Off track', severity: 'danger', icon: 'pi-times-circle', explain: 'below 60 % of the progress expected by now' },
  NO_DATA: { label: 'No data', severity: 'secondary', icon: 'pi-minus-circle', explain: 'no actual or no target yet, or withheld to protect small numbers' },
};

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure with its unit: "1,250 prosecutors", "45 %"; a dash for none. */
export function figure(value: number | null | undefined, unit = '', measure = '1'): string {
  if (value === null || value === undefined) return '—';
  const n = NUMBER.format(value);
  if (measure === '2' || unit === '%') return `${n} %`;
  return unit ? `${n} ${unit}` : n;
}

/** A share as a whole percentage: 0.625 → "63 %". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`;
}

/** A changed value from the diff, readable: strings quoted, lists joined, nothing as "(none)". */
export function diffValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' && v ? Object.values(v as object).join(' · ') : String(v))).join('; ') : '(none)';
  if (typeof value === 'object') return Object.entries(value as object).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return String(value);
}

/** A field name from the API as words: "meansOfVerification" → "means of verification". */
export function fieldName(field: string): string {
  const known: Record<string, string> = { responsibleOrganisation: 'responsible organisation', unitLabel: 'unit', sdgIndicator: 'SDG indicator', parent: 'parent' };
  return known[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}
