import { graphql } from '../../../../gql';
import { formatDate } from '../../../../components/ui/format';
import { formatRate } from '../../composables/money';

/** The exchange rates into the reporting currency: documents, and how a rate is read aloud. */

graphql(`
  fragment ExchangeRateRow on ExchangeRateRecord {
    id
    version
    currency
    quote
    rateDate
    rate
    source
  }
`);

export const ExchangeRatesQuery = graphql(`
  query ExchangeRates($currency: String) {
    exchangeRates(currency: $currency) {
      ...ExchangeRateRow
    }
  }
`);

/** Every currency that has a rate, and the reporting currency they convert into; for the filter and the header. */
export const ExchangeRateCurrenciesQuery = graphql(`
  query ExchangeRateCurrencies {
    exchangeRates {
      id
      currency
      quote
    }
  }
`);

export const SetExchangeRateMutation = graphql(`
  mutation SetExchangeRate($input: ExchangeRateInput!) {
    setExchangeRate(input: $input) {
      ...ExchangeRateRow
    }
  }
`);

export const DeleteExchangeRateMutation = graphql(`
  mutation DeleteExchangeRate($id: ID!) {
    deleteExchangeRate(id: $id)
  }
`);

/** What a change to a rate makes stale: both lists on this page (other pages fetch their figures on opening). */
export const RATE_QUERIES = ['ExchangeRates', 'ExchangeRateCurrencies'];

/**
 * The API names no reporting currency outside a programme's or donor's finances; the rates carry it as
 * their quote, and without any rate the configured default is USD.
 */
export const DEFAULT_REPORTING_CURRENCY = 'USD';

/** A currency code as the URL may carry it: three letters, any case; anything else is no filter. */
export function currencyParam(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : null;
}

/** "1 EUR = 1.0842 USD": the rate itself, from the exact decimal string. */
export function rateEquation(r: { currency: string; rate: string; quote: string }): string {
  return `1 ${r.currency} = ${formatRate(r.rate)} ${r.quote}`;
}

/** The day before an ISO date, in UTC so that no time zone moves it. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** When a rate applies: from its date until the day before the next rate of its currency, or from then on. */
export function appliesDuring(rateDate: string, nextDate: string | null): string {
  return nextDate ? `${formatDate(rateDate)} – ${formatDate(dayBefore(nextDate))}` : `From ${formatDate(rateDate)} on`;
}

/** Significant decimals of a decimal string, ignoring trailing zeros: "1.0842000000" → 4. */
function decimalsOf(rate: string): number {
  return (rate.split('.')[1] ?? '').replace(/0+$/, '').length;
}

export interface RateGroup<R> {
  currency: string;
  /** Decimals to show every rate of the group with (at least 2), so that their decimal points line up. */
  decimals: number;
  /** Newest first, each with the date of the next (newer) rate of its currency. */
  rows: { rate: R; nextDate: string | null }[];
}

/** Rates grouped by currency, in the API's order (by currency, newest date first). */
export function groupByCurrency<R extends { currency: string; rateDate: string; rate: string }>(rates: readonly R[]): RateGroup<R>[] {
  const groups: RateGroup<R>[] = [];
  for (const rate of rates) {
    let group = groups[groups.length - 1];
    if (!group || group.currency !== rate.currency) groups.push((group = { currency: rate.currency, decimals: 2, rows: [] }));
    const newer = group.rows[group.rows.length - 1];
    group.rows.push({ rate, nextDate: newer ? newer.rate.rateDate : null });
    group.decimals = Math.max(group.decimals, decimalsOf(rate.rate));
  }
  return groups;
}
