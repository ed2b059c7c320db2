import { Decimal } from 'decimal.js';

/** Delivery year by year: budget against spent, and the delivery rate so far (cumulative spent ÷ cumulative budget). */

export interface YearFigures {
  key: string;
  label: string;
  figures: { budget: { amount?: string | null }; spent: { amount?: string | null }; deliveryRate?: number | null };
}

export interface DeliveryYear {
  year: string;
  budget: string | null;
  spent: string | null;
  deliveryRate: number | null;
  /** Null once a missing rate makes a year's figure unknown: every later sum would be wrong too. */
  cumulativeRate: number | null;
}

export function deliveryByYear(rows: readonly YearFigures[]): DeliveryYear[] {
  let budget: Decimal | null = new Decimal(0);
  let spent: Decimal | null = new Decimal(0);
  return [...rows]
    .filter((r) => /^\d{4}$/.test(r.key))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((r) => {
      const b = r.figures.budget.amount ?? null;
      const s = r.figures.spent.amount ?? null;
      budget = budget && b !== null ? budget.plus(b) : null;
      spent = spent && s !== null ? spent.plus(s) : null;
      const cumulativeRate = budget && spent && !budget.isZero() ? spent.div(budget).toDecimalPlaces(4).toNumber() : null;
      return { year: r.key, budget: b, spent: s, deliveryRate: r.figures.deliveryRate ?? null, cumulativeRate };
    });
}
