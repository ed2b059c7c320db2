import { Decimal } from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Problems } from '../common/errors.js';

/** Amounts: decimal text, at most 15 significant digits and 2 decimals, as `numeric(20,2)` stores them exactly. */
const AMOUNT = /^-?\d+(\.\d{1,2})?$/;
export const MAX_SIGNIFICANT = 15;

/** Checks an amount as sent; adds a problem to `field` and returns null when it is not one. */
export function amountOf(problems: Problems, field: string, raw: string): Decimal | null {
  const text = raw.trim();
  if (!AMOUNT.test(text)) {
    problems.add(field, 'must be a decimal number such as 1250.50, with at most 2 decimals');
    return null;
  }
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
  if (digits > MAX_SIGNIFICANT) {
    problems.add(field, `has ${digits} significant digits; at most ${MAX_SIGNIFICANT} are allowed`);
    return null;
  }
  return new Decimal(text);
}

/** Whether `code` is an active ISO 4217 currency of the IATI Currency code list. */
export async function checkCurrency(em: EntityManager, problems: Problems, field: string, code: string): Promise<string> {
  const currency = code.trim().toUpperCase();
  const rows = await em.execute(`select 1 from codelist_entry where list = 'Currency' and code = ?`, [currency]);
  if (!rows.length) problems.add(field, `"${code}" is not an ISO 4217 currency code`);
  return currency;
}

/** Today's date (UTC) as an ISO date, the latest date a transaction or a signature may carry. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Whether `end` is on or after `start` and less than a year later (the IATI rule for budget periods). */
export function withinAYear(start: string, end: string): boolean {
  const next = new Date(`${start}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return end >= start && end < next.toISOString().slice(0, 10);
}

/** Whether a statement run in the transaction `tx` finds any row. */
export const exists = async (tx: EntityManager, sql: string, params: unknown[]) => (await tx.execute(sql, params)).length > 0;
