/**
 * The portfolio dashboard's summary, both ways: the GraphQL document the SPA sends (totals, results by year and
 * five breakdowns), and one hand-written SQL statement that builds the same `data` from the same tables. Like
 * Accord, the statement sums the rollups (activity_money, money_rollup, project_indicator_counts,
 * project_results_year) that Accord keeps up to date; the benchmark makes them current before it starts.
 *
 * Its reader is a viewer or an administrator in the scenarios, but the statement applies the read rule for any
 * caller: `$1` the session hash, `$2` a focus area, `$3` a country (each may be null). A country filter weights an
 * activity's money by its share in the country.
 */
import type { Operation } from './operations.js';

const RC = process.env.REPORTING_CURRENCY?.trim() || 'USD';

const ROW = `key label programmes projects budget contributions received spent deliveryRate fundingGap indicators { onTrack atRisk offTrack noData total }`;

const graphql = `query PortfolioDashboard($filter: PortfolioFilter) { portfolioSummary(filter: $filter) {
  reportingCurrency
  totals { programmes projects countries partners budget contributions received spent deliveryRate fundingGap indicators { onTrack atRisk offTrack noData total } }
  missingRates { currency date }
  resultsByYear { year reported assessed met suppressed }
  byYear { ${ROW} } byDonor { ${ROW} } byFocusArea { ${ROW} } byStatus { ${ROW} } byCountry { ${ROW} } } }`;

/** The full statement: filtered summaries, and callers who read parts of programmes. */
const live = `with caller as (
  select coalesce(bool_or(r.role in ('ADMIN', 'VIEWER', 'PROGRAMME_MANAGER')), false) as reads_all,
         coalesce(bool_or(r.role = 'ADMIN'), false) as is_admin,
         coalesce(bool_or(r.role = 'DONOR') and not bool_or(r.role in ('ADMIN', 'VIEWER', 'PROGRAMME_MANAGER', 'PARTNER_REPORTER')), false) as donor_only,
         coalesce(array_agg(r.organisation_id) filter (where r.role = 'DONOR'), '{}') as donor_orgs,
         coalesce(array_agg(r.project_id) filter (where r.role = 'PARTNER_REPORTER'), '{}') as reported,
         coalesce(array_agg(r.project_id::text || '|' || r.organisation_id::text) filter (where r.role = 'PARTNER_REPORTER'), '{}') as reported_nodes,
         coalesce(array_agg(r.project_id) filter (where r.role = 'PROGRAMME_MANAGER' and r.project_id is not null), '{}') as managed_projects,
         coalesce(array_agg(r.programme_id) filter (where r.role = 'PROGRAMME_MANAGER' and r.programme_id is not null), '{}') as managed_programmes
  from session s join app_user u on u.id = s.user_id left join role_assignment r on r.user_id = u.id
  where s.secret_hash = $1 and s.expires_at > now() and u.active),
funded as (select f.project_id, f.programme_id from participation f, caller c where f.role = '1' and f.organisation_id = any(c.donor_orgs)),
projects as materialized (
  select p.id, p.programme_id, p.status,
         case when $3::text is null then 1 else (select x.percentage / 100 from recipient_country x where x.project_id = p.id and x.country_code = $3) end as w
    from project p join programme g on g.id = p.programme_id, caller c
   where p.archived_at is null and g.archived_at is null
     and (c.reads_all or p.id = any(c.reported) or p.id in (select project_id from funded) or p.programme_id in (select programme_id from funded))
     and ($2::text is null or exists (select 1 from project_focus_area x where x.project_id = p.id and x.focus_area_code = $2))
     and ($3::text is null or exists (select 1 from recipient_country x where x.project_id = p.id and x.country_code = $3))),
programmes as materialized (
  select g.id, g.status,
         case when $3::text is null then 1 else 1.0 / (select count(*) from programme_country x where x.programme_id = g.id) end as w
    from programme g, caller c
   where g.archived_at is null
     and (c.reads_all or g.id in (select programme_id from funded) or g.id in (select programme_id from projects))
     and ($2::text is null or exists (select 1 from programme_focus_area x where x.programme_id = g.id and x.focus_area_code = $2))
     and ($3::text is null or exists (select 1 from programme_country x where x.programme_id = g.id and x.country_code = $3))),
act as (
  select a.id, a.programme_id, a.is_project, a.status, a.w,
         coalesce(m.budget, 0) * a.w as budget, coalesce(m.contributions, 0) * a.w as contributions,
         coalesce(m.received, 0) * a.w as received, coalesce(m.spent, 0) * a.w as spent,
         m.id is not null and (m.budget is null or m.contributions is null or m.received is null or m.spent is null) as missing
    from (select id, programme_id, true as is_project, status, w from projects union all select id, id, false, status, w from programmes) a
    left join activity_money m on m.activity_id = a.id and m.year is null),
statuses as (
  select k.project_id,
         case when raw then k.on_track else k.masked_on_track end as on_track, case when raw then k.at_risk else k.masked_at_risk end as at_risk,
         case when raw then k.off_track else k.masked_off_track end as off_track, case when raw then k.no_data else k.masked_no_data end as no_data
    from (select k.*, c.is_admin or k.project_id = any(c.managed_projects) or p.programme_id = any(c.managed_programmes) as raw
            from project_indicator_counts k join projects p on p.id = k.project_id, caller c
           where not k.project_id = any(c.reported)) k
  union all
  select s.project_id, count(*) filter (where st = 'ON_TRACK'), count(*) filter (where st = 'AT_RISK'), count(*) filter (where st = 'OFF_TRACK'),
         count(*) filter (where st = 'NO_DATA')
    from (select s.project_id, coalesce(case when c.is_admin or s.project_id = any(c.managed_projects) or p.programme_id = any(c.managed_programmes)
                                               or (s.project_id::text || '|' || s.responsible_organisation_id::text) = any(c.reported_nodes)
                                          then s.status else s.masked_status end, 'NO_DATA') as st
            from indicator_status s join projects p on p.id = s.project_id, caller c
           where not s.archived and s.project_id = any(c.reported)) s
   group by s.project_id),
facts as (
  -- (breakdown, key, activity, counted, money, statuses)
  select 'totals' as dim, '' as key, a.id, a.programme_id, a.is_project, true as counted, a.budget, a.contributions, a.received, a.spent, a.missing,
         s.on_track, s.at_risk, s.off_track, s.no_data
    from act a left join statuses s on s.project_id = a.id
  union all
  select 'byFocusArea', x.focus_area_code, a.id, a.programme_id, true, true, a.budget, a.contributions, a.received, a.spent, a.missing, s.on_track, s.at_risk, s.off_track, s.no_data
    from act a join project_focus_area x on a.is_project and x.project_id = a.id left join statuses s on s.project_id = a.id
  union all
  select 'byFocusArea', x.focus_area_code, a.id, a.programme_id, false, true, a.budget, a.contributions, a.received, a.spent, a.missing, null, null, null, null
    from act a join programme_focus_area x on not a.is_project and x.programme_id = a.id
  union all
  select 'byStatus', a.status, a.id, a.programme_id, a.is_project, true, a.budget, a.contributions, a.received, a.spent, a.missing, s.on_track, s.at_risk, s.off_track, s.no_data
    from act a left join statuses s on s.project_id = a.id
  union all
  select 'byCountry', x.country_code, a.id, a.programme_id, true, true, a.budget / a.w * x.share, a.contributions / a.w * x.share, a.received / a.w * x.share,
         a.spent / a.w * x.share, a.missing, s.on_track, s.at_risk, s.off_track, s.no_data
    from act a join (select project_id, country_code, percentage / 100 as share from recipient_country where $3::text is null or country_code = $3) x
      on a.is_project and x.project_id = a.id left join statuses s on s.project_id = a.id
  union all
  select 'byCountry', x.country_code, a.id, a.programme_id, false, true, a.budget / a.w * x.share, a.contributions / a.w * x.share, a.received / a.w * x.share,
         a.spent / a.w * x.share, a.missing, null, null, null, null
    from act a join (select programme_id, country_code, 1.0 / count(*) over (partition by programme_id) as share from programme_country) x
      on not a.is_project and x.programme_id = a.id
  union all
  select 'byYear', m.year::text, a.id, a.programme_id, a.is_project, true, coalesce(m.budget, 0) * a.w, coalesce(m.contributions, 0) * a.w,
         coalesce(m.received, 0) * a.w, coalesce(m.spent, 0) * a.w, m.budget is null or m.contributions is null or m.received is null or m.spent is null,
         s.on_track, s.at_risk, s.off_track, s.no_data
    from act a join activity_money m on m.activity_id = a.id and m.year is not null left join statuses s on s.project_id = a.id
  union all
  select 'byDonor', d.key, a.id, a.programme_id, a.is_project, true, a.budget, 0, 0, a.spent, a.missing, s.on_track, s.at_risk, s.off_track, s.no_data
    from act a join (select distinct f.id, case when not c.donor_only or f.organisation_id = any(c.donor_orgs)
                                                  or g.publish_contributions then f.organisation_id::text else 'OTHER' end as key
                       from (select a.id, a.programme_id, x.organisation_id from act a join participation x on x.role = '1' and x.project_id = a.id
                             union all
                             select a.id, a.programme_id, x.organisation_id from act a join participation x on x.role = '1' and x.programme_id = a.programme_id) f
                       join programme g on g.id = f.programme_id cross join caller c) d on d.id = a.id
    left join statuses s on s.project_id = a.id
  union all
  select 'byDonor', case when not c.donor_only or m.donor_id = any(c.donor_orgs) or g.publish_contributions
                         then m.donor_id::text else 'OTHER' end,
         a.id, a.programme_id, a.is_project, false, 0, sum(m.conv) filter (where m.figure = 'contributions') * a.w, sum(m.conv) filter (where m.figure = 'received') * a.w,
         0, bool_or(m.conv is null), null, null, null, null
    from act a join money_rollup m on coalesce(m.project_id, m.programme_id) = a.id and m.donor_id is not null join programme g on g.id = m.programme_id
         cross join caller c
   group by 2, a.id, a.programme_id, a.is_project, a.w),
by_programme as (
  select dim, key, programme_id, bool_or(counted) as counted, count(*) filter (where counted and is_project) as projects,
         sum(budget) as budget, sum(contributions) as contributions, sum(received) as received, sum(spent) as spent, bool_or(missing) as missing,
         sum(on_track) filter (where counted) as on_track, sum(at_risk) filter (where counted) as at_risk,
         sum(off_track) filter (where counted) as off_track, sum(no_data) filter (where counted) as no_data
    from facts group by dim, key, programme_id),
grouped as (
  select dim, key, (count(*) filter (where counted))::int as programmes, sum(projects)::int as projects,
         case when bool_or(missing) then null else round(coalesce(sum(budget), 0), 2) end as budget,
         case when bool_or(missing) then null else round(coalesce(sum(contributions), 0), 2) end as contributions,
         case when bool_or(missing) then null else round(coalesce(sum(received), 0), 2) end as received,
         case when bool_or(missing) then null else round(coalesce(sum(spent), 0), 2) end as spent,
         coalesce(sum(on_track), 0)::int as on_track, coalesce(sum(at_risk), 0)::int as at_risk,
         coalesce(sum(off_track), 0)::int as off_track, coalesce(sum(no_data), 0)::int as no_data
    from by_programme group by dim, key),
rows as (
  select g.*, json_build_object('key', g.key,
    'label', case when g.key = 'OTHER' and g.dim = 'byDonor' then 'Other donors' else coalesce(case g.dim
               when 'byFocusArea' then (select f.name from focus_area f where f.code = g.key)
               when 'byCountry' then (select k.name from country k where k.code = g.key)
               when 'byDonor' then (select o.name from organisation o where o.id::text = g.key)
               when 'byStatus' then (select e.name from codelist_entry e where e.list = 'ActivityStatus' and e.code = g.key)
               when 'totals' then 'Total' end, g.key) end,
    'programmes', g.programmes, 'projects', g.projects, 'budget', g.budget::text, 'contributions', g.contributions::text,
    'received', g.received::text, 'spent', g.spent::text,
    'deliveryRate', case when g.budget is null or g.spent is null or g.budget = 0 then null else round(g.spent / g.budget, 4)::float8 end,
    'fundingGap', (g.budget - g.contributions)::text,
    'indicators', json_build_object('onTrack', g.on_track, 'atRisk', g.at_risk, 'offTrack', g.off_track, 'noData', g.no_data,
                                    'total', g.on_track + g.at_risk + g.off_track + g.no_data)) as j
    from grouped g)
select json_build_object('portfolioSummary', json_build_object(
  'reportingCurrency', '${RC}',
  'totals', (select (r.j::jsonb - 'key' - 'label' || jsonb_build_object(
               'countries', (select count(distinct k) from (select x.country_code as k from recipient_country x where x.project_id in (select id from projects)
                                                            union all select x.country_code from programme_country x where x.programme_id in (select id from programmes)) c),
               'partners', (select count(distinct x.organisation_id) from participation x where x.role <> '1'
                              and (x.project_id in (select id from projects) or x.programme_id in (select id from programmes)))))::json
             from rows r where r.dim = 'totals'),
  'missingRates', coalesce((select json_agg(json_build_object('currency', m.currency, 'date', m.date))
                              from (select currency, min(missing_date)::text as date from money_rollup
                                     where conv is null and (project_id in (select id from projects) or (project_id is null and programme_id in (select id from programmes)))
                                     group by currency) m), '[]'),
  'resultsByYear', coalesce((select json_agg(json_build_object('year', y.year, 'reported', y.reported, 'assessed', y.assessed, 'met', y.met, 'suppressed', y.suppressed) order by y.year)
                               from (select y.year, sum(y.reported)::int as reported, sum(case when y.raw then y.assessed else y.masked_assessed end)::int as assessed,
                                            sum(case when y.raw then y.met else y.masked_met end)::int as met, sum(case when y.raw then 0 else y.suppressed end)::int as suppressed
                                       from (select y.*, c.is_admin or p.id = any(c.managed_projects) or p.programme_id = any(c.managed_programmes)
                                                     or (p.id::text || '|' || y.organisation_id::text) = any(c.reported_nodes) as raw
                                               from project_results_year y join projects p on p.id = y.project_id, caller c) y
                                      group by y.year) y), '[]'),
  ${['byYear', 'byDonor', 'byFocusArea', 'byStatus', 'byCountry'].map((d) => `'${d}', coalesce((select json_agg(r.j) from rows r where r.dim = '${d}'), '[]')`).join(',\n  ')}
))::text as data
where exists (select 1 from caller c where c.reads_all or c.donor_orgs <> '{}' or c.reported <> '{}' or c.is_admin)`;

/**
 * The whole portfolio for an administrator or a viewer, from the summary Accord keeps made (`portfolio_whole`,
 * `portfolio_whole_results`): raw statuses for administrators, masked ones for viewers.
 */
const whole = `with caller as (
  select coalesce(bool_or(r.role = 'ADMIN'), false) as is_admin, coalesce(bool_or(r.role in ('ADMIN', 'VIEWER')), false) as reads_all
  from session s join app_user u on u.id = s.user_id left join role_assignment r on r.user_id = u.id
  where s.secret_hash = $1 and s.expires_at > now() and u.active),
rows as (
  select w.dim, json_build_object('key', w.key,
    'label', case when w.key = 'OTHER' and w.dim = 'donor' then 'Other donors' else coalesce(case w.dim
               when 'focusArea' then (select f.name from focus_area f where f.code = w.key)
               when 'country' then (select k.name from country k where k.code = w.key)
               when 'donor' then (select o.name from organisation o where o.id::text = w.key)
               when 'status' then (select e.name from codelist_entry e where e.list = 'ActivityStatus' and e.code = w.key)
               when 'total' then 'Total' end, w.key) end,
    'programmes', w.programmes, 'projects', w.projects, 'budget', w.budget::text, 'contributions', w.contributions::text,
    'received', w.received::text, 'spent', w.spent::text,
    'deliveryRate', case when w.budget is null or w.spent is null or w.budget = 0 then null else round(w.spent / w.budget, 4)::float8 end,
    'fundingGap', (w.budget - w.contributions)::text,
    'indicators', json_build_object('onTrack', s.on_track, 'atRisk', s.at_risk, 'offTrack', s.off_track, 'noData', s.no_data,
                                    'total', s.on_track + s.at_risk + s.off_track + s.no_data)) as j
    from portfolio_whole w, caller c,
         lateral (select case when c.is_admin then w.on_track else w.masked_on_track end as on_track, case when c.is_admin then w.at_risk else w.masked_at_risk end as at_risk,
                         case when c.is_admin then w.off_track else w.masked_off_track end as off_track, case when c.is_admin then w.no_data else w.masked_no_data end as no_data) s
   where w.dim in ('total', 'year', 'donor', 'focusArea', 'status', 'country'))
select json_build_object('portfolioSummary', json_build_object(
  'reportingCurrency', '${RC}',
  'totals', (select (r.j::jsonb - 'key' - 'label' || jsonb_build_object('countries', w.programmes, 'partners', w.projects))::json
               from rows r, portfolio_whole w where r.dim = 'total' and w.dim = 'reach'),
  'missingRates', coalesce((select json_agg(json_build_object('currency', m.currency, 'date', m.date))
                              from (select currency, min(missing_date)::text as date from money_rollup
                                     where conv is null and exists (select 1 from portfolio_whole w where w.dim = 'total'
                                                                    and (w.budget is null or w.contributions is null or w.received is null or w.spent is null))
                                     group by currency) m), '[]'),
  'resultsByYear', coalesce((select json_agg(json_build_object('year', y.year, 'reported', y.reported,
                               'assessed', case when c.is_admin then y.assessed else y.masked_assessed end,
                               'met', case when c.is_admin then y.met else y.masked_met end,
                               'suppressed', case when c.is_admin then 0 else y.suppressed end) order by y.year)
                               from portfolio_whole_results y, caller c), '[]'),
  ${['byYear:year', 'byDonor:donor', 'byFocusArea:focusArea', 'byStatus:status', 'byCountry:country']
    .map((d) => `'${d.split(':')[0]}', coalesce((select json_agg(r.j) from rows r where r.dim = '${d.split(':')[1]}'), '[]')`)
    .join(',\n  ')}
))::text as data
where exists (select 1 from caller c where c.reads_all)`;

/** A filtered summary: the full statement. */
export const portfolioSummary: Operation = {
  graphql,
  sql: live,
  params: (v) => {
    const f = (v.filter ?? {}) as { focusArea?: string; country?: string };
    return [f.focusArea ?? null, f.country ?? null];
  },
  ordered: ['portfolioSummary.resultsByYear'],
};

/** The whole portfolio, unfiltered, for a viewer: the summary Accord keeps made. */
export const portfolioSummaryWhole: Operation = { graphql, sql: whole, params: () => [], ordered: ['portfolioSummary.resultsByYear'] };
