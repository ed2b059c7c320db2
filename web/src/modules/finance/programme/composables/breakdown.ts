import { formatDecimal, RATE_MISSING } from '../../composables/money';

/** The money figures of `FinanceFigures`, in the order money moves, with the words people use for them. */
export const MONEY_FIGURES = ['budget', 'contributions', 'pledged', 'received', 'transferred', 'committed', 'disbursed', 'spent'] as const;
export type MoneyFigure = (typeof MONEY_FIGURES)[number];

export const FIGURE_LABELS: Record<MoneyFigure, string> = {
  budget: 'Budget',
  contributions: 'Contributions',
  pledged: 'Pledged',
  received: 'Received',
  transferred: 'Transferred',
  committed: 'Committed',
  disbursed: 'Disbursed',
  spent: 'Spent',
};

/** Which figures each breakdown shows: the ones that mean something for that kind of row. */
export const BREAKDOWN_FIGURES = {
  project: ['budget', 'contributions', 'received', 'transferred', 'committed', 'disbursed', 'spent'],
  organisation: ['budget', 'contributions', 'received', 'transferred', 'committed', 'disbursed', 'spent'],
  donor: ['contributions', 'pledged', 'received'],
} satisfies Record<string, MoneyFigure[]>;

/** What a breakdown table needs of a set of figures: the reporting-currency amounts and the delivery rate. */
export type FigureAmounts = Record<MoneyFigure, { amount?: string | null }> & { deliveryRate?: number | null };

export interface BreakdownRow {
  key: string;
  label: string;
  figures: FigureAmounts;
}

/** A table cell in the reporting currency, which the table's caption or header names: "1,274,000.00" or "rate missing". */
export const amountCell = (amount: string | null | undefined): string => (amount === null || amount === undefined ? RATE_MISSING : formatDecimal(amount));
