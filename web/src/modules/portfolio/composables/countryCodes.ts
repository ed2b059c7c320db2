import numeric from './iso-numeric.json';

/**
 * ISO 3166-1 alpha-2 (what the API stores) ↔ numeric (what world-atlas names its shapes by), for every
 * country of the reference list. Numeric codes are three digits with leading zeros: "004" is Afghanistan.
 */
const NUMERIC: Readonly<Record<string, string>> = numeric;
const ALPHA2 = new Map(Object.entries(NUMERIC).map(([alpha2, code]) => [code, alpha2]));

export function numericOf(alpha2: string): string | null {
  return NUMERIC[alpha2.trim().toUpperCase()] ?? null;
}

export function alpha2Of(code: string | number): string | null {
  const digits = String(code).trim();
  if (!/^\d{1,3}$/.test(digits)) return null;
  return ALPHA2.get(digits.padStart(3, '0')) ?? null;
}

export const KNOWN_ALPHA2: readonly string[] = Object.keys(NUMERIC);
