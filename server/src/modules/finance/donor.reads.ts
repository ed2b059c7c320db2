import { Decimal } from 'decimal.js';
import type { Reader } from '../../db/reader.js';
import { convertedSql } from './finance.sql.js';

/**
 * What one donor funds, and what became of its money, in the reporting currency.
 *
 * Attribution rule: money a donor gives to one project (tightly earmarked) is followed to that project; money it
 * gives to a programme's pooled fund (unearmarked or softly earmarked) is shared with the other pooled donors.
 * - A project's expenditure is first taken from the contributions tightly earmarked to it, up to their sum, and
 *   shared among those donors in proportion to their earmarked contributions.
 * - The rest of every project's expenditure, and the fund's transfers, are shared among the programme's pooled
 *   donors in proportion to their pooled contributions.
 * Contributions are the signed and paid ones, each converted at its signature date (or period start). Attributed
 * figures are rounded to the cent; those of all donors add up to what was spent, give or take a cent per row.
 */

export interface DonorFundingRow {
  programme: { id: string; title: string };
  project: { id: string; title: string } | null;
  contributed: string | null;
  received: string | null;
  transferred: string | null;
  spent: string | null;
  deliveryRate: number | null;
  missingRates: boolean;
}

export interface DonorFunding {
  reportingCurrency: string;
  donor: { id: string; name: string; acronym: string | null };
  rows: DonorFundingRow[];
  totals: Omit<DonorFundingRow, 'programme' | 'project'>;
}

interface Row {
  programme_id: string;
  programme_title: string;
  project_id: string | null;
  project_title: string | null;
  contributed: string | null;
  received: string | null;
  transferred: string | null;
  spent: string | null;
  missing: boolean;
}

function statement(rc: string): string {
  const conv = (alias: string, date: string) => convertedSql(`${alias}.amount`, `${alias}.currency`, date, rc);
  return `
  with contributions as (
    select c.donor_id, c.programme_id, c.project_id, coalesce(c.programme_id, p.programme_id) as owner,
           ${conv('c', 'coalesce(c.signed_date, c.period_start)')} as v
    from contribution c left join project p on p.id = c.project_id
    where c.status <> 'PLEDGED'),
  programmes as (select distinct owner as id from contributions where donor_id = ?),
  pooled as (
    select owner, sum(v) as total, sum(v) filter (where donor_id = ?) as mine, bool_or(v is null) as missing
    from contributions where programme_id is not null and owner in (select id from programmes) group by owner),
  tight as (
    select project_id, owner, sum(v) as total, sum(v) filter (where donor_id = ?) as mine, bool_or(v is null) as missing
    from contributions where project_id is not null and owner in (select id from programmes) group by project_id, owner),
  tx as (
    select t.*, coalesce(t.programme_id, p.programme_id) as owner, ${conv('t', 't.value_date')} as v
    from finance_transaction t left join project p on p.id = t.project_id
    where coalesce(t.programme_id, p.programme_id) in (select id from programmes)),
  project_spent as (
    select tx.project_id, tx.owner, sum(v) as spent, bool_or(v is null) as missing from tx where type = '4' and project_id is not null group by 1, 2),
  earmarked as (
    select s.project_id, s.owner, least(s.spent, coalesce(t.total, 0)) as taken, s.spent, t.total, t.mine, s.missing or coalesce(t.missing, false) as missing
    from project_spent s left join tight t on t.project_id = s.project_id),
  pooled_spent as (
    select owner, sum(spent - taken) as rest, bool_or(missing) as missing from earmarked group by owner
    union all select owner, sum(v), bool_or(v is null) from tx where type = '4' and programme_id is not null group by owner),
  fund as (
    select g.id as owner,
      (select sum(rest) from pooled_spent s where s.owner = g.id) as rest,
      (select bool_or(missing) from pooled_spent s where s.owner = g.id) as spent_missing,
      (select sum(v) from tx where tx.owner = g.id and tx.type = '3' and tx.programme_id is not null) as transferred,
      (select bool_or(v is null) from tx where tx.owner = g.id and tx.type = '3' and tx.programme_id is not null) as transferred_missing
    from programmes g)
  select g.id as programme_id, t.title as programme_title, null::uuid as project_id, null::text as project_title,
    p.mine::text as contributed,
    (select sum(v) from tx where tx.owner = g.id and tx.programme_id is not null and tx.type = '1' and tx.provider_id = ?)::text as received,
    round(coalesce(f.transferred, 0) * p.mine / nullif(p.total, 0), 2)::text as transferred,
    round(coalesce(f.rest, 0) * p.mine / nullif(p.total, 0), 2)::text as spent,
    coalesce(p.missing, false) or coalesce(f.spent_missing, false) or coalesce(f.transferred_missing, false) as missing
  from programmes g join programme t on t.id = g.id
  join pooled p on p.owner = g.id left join fund f on f.owner = g.id
  where p.mine is not null or p.missing
  union all
  select t.owner, g.title, t.project_id, pr.title,
    t.mine::text,
    (select sum(v) from tx where tx.project_id = t.project_id and tx.type = '1' and tx.provider_id = ?)::text,
    (select sum(v) from tx where tx.project_id = t.project_id and tx.type = '1' and tx.provider_id = ?)::text,
    round(coalesce(e.taken, 0) * t.mine / nullif(t.total, 0), 2)::text,
    coalesce(t.missing, false) or coalesce(e.missing, false)
  from tight t join programme g on g.id = t.owner join project pr on pr.id = t.project_id left join earmarked e on e.project_id = t.project_id
  where t.mine is not null
  order by 2, 4 nulls first`;
}

const rate = (spent: string | null, contributed: string | null) =>
  spent !== null && contributed !== null && !new Decimal(contributed).isZero() ? new Decimal(spent).div(contributed).toDecimalPlaces(4).toNumber() : null;

export async function donorFunding(reader: Reader, donorId: string, rc: string): Promise<DonorFunding | null> {
  const [donor] = await reader.rows<{ id: string; name: string; acronym: string | null }>(`select id, name, acronym from organisation where id = ?`, [donorId]);
  if (!donor) return null;
  const rows = await reader.rows<Row>(statement(rc), [donorId, donorId, donorId, donorId, donorId, donorId]);
  const shaped: DonorFundingRow[] = rows.map((r) => {
    const figure = (v: string | null) => (r.missing ? null : (v ?? '0.00'));
    return {
      programme: { id: r.programme_id, title: r.programme_title },
      project: r.project_id ? { id: r.project_id, title: r.project_title! } : null,
      contributed: figure(r.contributed),
      received: figure(r.received),
      transferred: figure(r.transferred),
      spent: figure(r.spent),
      deliveryRate: r.missing ? null : rate(r.spent ?? '0', r.contributed),
      missingRates: r.missing,
    };
  });
  const sum = (key: 'contributed' | 'received' | 'transferred' | 'spent') =>
    shaped.some((r) => r[key] === null) ? null : shaped.reduce((acc, r) => acc.plus(r[key]!), new Decimal(0)).toFixed(2);
  const totals = { contributed: sum('contributed'), received: sum('received'), transferred: sum('transferred'), spent: sum('spent'), missingRates: shaped.some((r) => r.missingRates) };
  return { reportingCurrency: rc, donor, rows: shaped, totals: { ...totals, deliveryRate: rate(totals.spent, totals.contributed) } };
}
