/**
 * SQL shared by the finance reads and rules. The reporting currency is written into the statements as a literal:
 * it is checked at start to be three capital letters (config.ts), so it cannot carry SQL.
 */

/** The rate of `currency` into `quote` on `date`: the latest rate dated on or before it, or null. */
export const rateOn = (currency: string, date: string, quote: string) =>
  `(select r.rate from exchange_rate r where r.currency = ${currency} and r.quote = '${quote}' and r.rate_date <= ${date} order by r.rate_date desc limit 1)`;

/** The date of that rate. */
export const rateDateOn = (currency: string, date: string, quote: string) =>
  `(select r.rate_date from exchange_rate r where r.currency = ${currency} and r.quote = '${quote}' and r.rate_date <= ${date} order by r.rate_date desc limit 1)`;

/**
 * An amount in the reporting currency, rounded to the cent: each record is converted and rounded once, so that a
 * sum over any grouping of records is the sum of the same converted figures. Null when no rate is known; a
 * missing rate is never taken as 1 or 0.
 */
export const convertedSql = (amount: string, currency: string, date: string, quote: string) =>
  `case when ${currency} = '${quote}' then ${amount} else round(${amount} * ${rateOn(currency, date, quote)}, 2) end`;
