/**
 * Money as people read it. Amounts arrive as exact decimal strings (`-1274000.5`); they are formatted by
 * rewriting the string, never through a float, so "1,274,000.00 USD" is what the API said to the cent.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Inserts thousands separators into a string of digits: "1274000" → "1,274,000". */
function group(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '') || '0';
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A decimal string with thousands separators and exactly `decimals` places (padded, or cut when longer:
 * the API sends money with at most 2 decimals, so cutting only ever drops zeros there). Anything that is
 * not a plain decimal is shown as it came rather than guessed at.
 */
export function formatDecimal(amount: string, decimals = 2): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match || (!match[2] && !match[3])) return amount;
  const [, sign, whole, fraction = ''] = match;
  const places = fraction.padEnd(decimals, '0').slice(0, Math.max(decimals, fraction.replace(/0+$/, '').length));
  const body = places ? `${group(whole)}.${places}` : group(whole);
  const zero = !/[1-9]/.test(whole + fraction);
  // A minus sign (U+2212) reads better than a hyphen and is announced as "minus" by screen readers.
  return sign === '-' && !zero ? `\u2212${body}` : body;
}

/** "1,274,000.00 USD"; "—" when there is no amount (use `RATE_MISSING` where a missing rate is the reason). */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  return `${formatDecimal(amount)} ${currency}`;
}

/** What a reporting-currency figure shows when an exchange rate is missing: never 0. */
export const RATE_MISSING = 'rate missing';

/** A reporting-currency figure that may lack a rate: "1,100,000.00 USD" or "rate missing". */
export function formatConverted(amount: string | null | undefined, currency: string): string {
  return amount === null || amount === undefined ? RATE_MISSING : formatMoney(amount, currency);
}

/** An exchange rate as stored, without trailing zeros beyond two places: "1.0842", "0.095", "1.00". */
export function formatRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return RATE_MISSING;
  const match = DECIMAL.exec(rate.trim());
  if (!match) return rate;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  return formatDecimal(rate, Math.max(2, fraction.length));
}

/** A share (0.3658 is 36.6 %), with one decimal; "—" when there is none. */
export function formatShare(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  // A share is a ratio the API already rounded; one decimal of a percentage is all a reader needs.
  const tenths = Math.round(ratio * 1000);
  const sign = tenths < 0 ? '\u2212' : '';
  const abs = Math.abs(tenths);
  return `${sign}${group(String(Math.floor(abs / 10)))}.${abs % 10} %`;
}

/** True when the decimal string is below zero (a reversal, a negative funding gap). */
export function isNegative(amount: string | null | undefined): boolean {
  return !!amount && /^\s*-/.test(amount) && /[1-9]/.test(amount);
}

/** A figure converted into the reporting currency (GraphQL `ConvertedMoney`); a null amount means no rate. */
export interface ConvertedLike {
  amount?: string | null;
  currency: string;
  rate?: string | null;
  rateDate?: string | null;
}
