import { Migration } from '@mikro-orm/migrations';

export class Migration20261207095656_portfolio extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "money_freshness" ("programme_id" uuid not null, "stale" boolean not null default true, constraint "money_freshness_pkey" primary key ("programme_id"));`);

    this.addSql(`create table "money_rollup" ("id" uuid not null default gen_random_uuid(), "programme_id" uuid not null, "project_id" uuid null, "figure" varchar(20) not null, "year" int not null, "donor_id" uuid null, "currency" varchar(3) not null, "amount" numeric(20,2) not null, "quote" varchar(3) not null, "conv" numeric(20,2) null, "missing_date" date null, constraint "money_rollup_pkey" primary key ("id"));`);
    this.addSql(`create index "money_rollup_project_id_index" on "money_rollup" ("project_id");`);
    this.addSql(`create index "money_rollup_programme_id_index" on "money_rollup" ("programme_id");`);

    this.addSql(`create table "activity_money" ("id" uuid not null default gen_random_uuid(), "activity_id" uuid not null, "programme_id" uuid not null, "project_id" uuid null, "year" int null, "budget" numeric(20,2) null, "contributions" numeric(20,2) null, "received" numeric(20,2) null, "spent" numeric(20,2) null, constraint "activity_money_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_money_programme_id_index" on "activity_money" ("programme_id");`);
    this.addSql(`create index "activity_money_activity_id_year_index" on "activity_money" ("activity_id", "year");`);

    this.addSql(`create table "project_indicator_counts" ("project_id" uuid not null, "on_track" int not null default 0, "at_risk" int not null default 0, "off_track" int not null default 0, "no_data" int not null default 0, "masked_on_track" int not null default 0, "masked_at_risk" int not null default 0, "masked_off_track" int not null default 0, "masked_no_data" int not null default 0, "stale" boolean not null default false, constraint "project_indicator_counts_pkey" primary key ("project_id"));`);

    this.addSql(`create table "project_results_year" ("id" uuid not null default gen_random_uuid(), "project_id" uuid not null, "organisation_id" uuid null, "year" int not null, "reported" int not null, "assessed" int not null, "met" int not null, "masked_assessed" int not null, "masked_met" int not null, "suppressed" int not null, constraint "project_results_year_pkey" primary key ("id"));`);
    this.addSql(`create index "project_results_year_project_id_index" on "project_results_year" ("project_id");`);
    this.addSql(`alter table "project_results_year" add constraint "project_results_year_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "portfolio_cube" ("id" uuid not null default gen_random_uuid(), "programme_id" uuid not null, "dim" varchar(20) not null, "key" varchar(100) not null, "counts" boolean not null, "projects" int not null, "budget" numeric null, "budget_missing" boolean not null, "contributions" numeric null, "contributions_missing" boolean not null, "received" numeric null, "received_missing" boolean not null, "spent" numeric null, "spent_missing" boolean not null, "on_track" int null, "at_risk" int null, "off_track" int null, "no_data" int null, "masked_on_track" int null, "masked_at_risk" int null, "masked_off_track" int null, "masked_no_data" int null, constraint "portfolio_cube_pkey" primary key ("id"));`);
    this.addSql(`create index "portfolio_cube_dim_index" on "portfolio_cube" ("dim");`);
    this.addSql(`create index "portfolio_cube_programme_id_index" on "portfolio_cube" ("programme_id");`);
    this.addSql(`alter table "portfolio_cube" add constraint "portfolio_cube_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "portfolio_whole" ("id" uuid not null default gen_random_uuid(), "dim" varchar(20) not null, "key" varchar(100) not null, "programmes" int not null, "projects" int not null, "budget" numeric(20,2) null, "contributions" numeric(20,2) null, "received" numeric(20,2) null, "spent" numeric(20,2) null, "on_track" int not null, "at_risk" int not null, "off_track" int not null, "no_data" int not null, "masked_on_track" int not null, "masked_at_risk" int not null, "masked_off_track" int not null, "masked_no_data" int not null, constraint "portfolio_whole_pkey" primary key ("id"));`);
    this.addSql(`create table "portfolio_whole_results" ("year" int not null, "reported" int not null, "assessed" int not null, "met" int not null, "masked_assessed" int not null, "masked_met" int not null, "suppressed" int not null, constraint "portfolio_whole_results_pkey" primary key ("year"));`);

    this.addSql(`create table "indicator_status" ("indicator_id" uuid not null, "project_id" uuid not null, "responsible_organisation_id" uuid null, "status" varchar(10) null, "masked_status" varchar(10) null, "archived" boolean not null default false, "computed_on" date null, "stale" boolean not null default true, constraint "indicator_status_pkey" primary key ("indicator_id"));`);
    this.addSql(`create index "indicator_status_stale_index" on "indicator_status" ("indicator_id") where stale;`);
    this.addSql(`create index "indicator_status_computed_on_index" on "indicator_status" ("computed_on");`);
    this.addSql(`create index "indicator_status_project_id_index" on "indicator_status" ("project_id");`);

    this.addSql(`alter table "money_freshness" add constraint "money_freshness_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "money_rollup" add constraint "money_rollup_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "money_rollup" add constraint "money_rollup_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "activity_money" add constraint "activity_money_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity_money" add constraint "activity_money_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project_indicator_counts" add constraint "project_indicator_counts_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator_status" add constraint "indicator_status_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);

    // What a change makes stale. Statement-level, so a bulk write marks each row once; each branch's statement
    // is prepared only when its table fires, so the columns it names need exist only there.
    this.addSql(`create function portfolio_mark_stale() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'indicator' and tg_op = 'DELETE' then
    update project_indicator_counts set stale = true where project_id in (select project_id from changed);
  elsif tg_table_name = 'indicator' then
    insert into indicator_status as s (indicator_id, project_id)
      select c.id, c.project_id from changed c where exists (select 1 from indicator i where i.id = c.id)
      on conflict (indicator_id) do update set stale = true;
  elsif tg_table_name = 'indicator_value' then
    update indicator_status set stale = true where indicator_id in (select indicator_id from changed);
  elsif tg_table_name = 'reporting_period' then
    update indicator_status set stale = true where project_id in (select project_id from changed);
  elsif tg_table_name = 'result_node' then
    update indicator_status set stale = true where indicator_id in (select i.id from indicator i where i.node_id in (select id from changed));
  elsif tg_table_name = 'programme' and tg_op = 'DELETE' then
    -- Its rows of the cube go with it; the whole portfolio's summary is made again (cube.ts).
    delete from portfolio_whole where dim = 'total';
  elsif tg_table_name = 'programme' then
    insert into money_freshness (programme_id) select c.id from changed c where exists (select 1 from programme g where g.id = c.id)
      on conflict (programme_id) do update set stale = true;
  elsif tg_table_name = 'project' then
    -- A project's years run from its dates: its rows of money by year include the years it runs.
    update money_freshness set stale = true where programme_id in (select programme_id from changed);
  elsif tg_table_name in ('programme_focus_area', 'programme_country', 'programme_sdg_target', 'programme_legal_instrument') then
    -- What a programme's rows of the cube are keyed by (cube.ts).
    update money_freshness set stale = true where programme_id in (select programme_id from changed);
  elsif tg_table_name in ('project_focus_area', 'recipient_country', 'participation') then
    update money_freshness set stale = true where programme_id in (
      select coalesce((to_jsonb(c) ->> 'programme_id')::uuid, p.programme_id)
        from changed c left join project p on p.id = (to_jsonb(c) ->> 'project_id')::uuid);
  elsif tg_table_name = 'exchange_rate' then
    update money_freshness set stale = true;
  else
    -- contribution, budget, finance_transaction: the programme of the record, or of its project. A row locked by a
    -- summary bringing it up to date is waited for, then marked again, so no change is lost.
    update money_freshness set stale = true where programme_id in (
      select coalesce((to_jsonb(c) ->> 'programme_id')::uuid, p.programme_id)
        from changed c left join project p on p.id = (to_jsonb(c) ->> 'project_id')::uuid);
  end if;
  return null;
end $$;`);
    for (const table of ['indicator', 'indicator_value', 'reporting_period', 'result_node', 'programme', 'project', 'exchange_rate', 'contribution', 'budget', 'finance_transaction',
      'programme_focus_area', 'programme_country', 'programme_sdg_target', 'programme_legal_instrument', 'project_focus_area', 'recipient_country', 'participation']) {
      for (const [event, side] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']]) {
        if (event === 'insert' && table === 'result_node') continue;
        if (event === 'delete' && table === 'result_node') continue;
        this.addSql(`create trigger "${table}_${event}_portfolio" after ${event} on "${table}" referencing ${side} table as changed for each statement execute function portfolio_mark_stale();`);
      }
    }
    // Everything that exists now starts stale, and is worked out on the first summary.
    this.addSql(`insert into indicator_status (indicator_id, project_id) select id, project_id from indicator;`);
    this.addSql(`insert into money_freshness (programme_id) select id from programme;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "money_freshness" cascade;`);

    this.addSql(`drop table if exists "money_rollup" cascade;`);

    this.addSql(`drop table if exists "activity_money" cascade;`);

    this.addSql(`drop table if exists "project_indicator_counts" cascade;`);

    this.addSql(`drop table if exists "indicator_status" cascade;`);

    this.addSql(`drop table if exists "project_results_year" cascade;`);

    this.addSql(`drop table if exists "portfolio_cube" cascade;`);

    this.addSql(`drop table if exists "portfolio_whole" cascade;`);

    this.addSql(`drop table if exists "portfolio_whole_results" cascade;`);

    this.addSql(`drop function if exists portfolio_mark_stale() cascade;`);
  }

}
