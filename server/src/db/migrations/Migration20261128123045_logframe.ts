import { Migration } from '@mikro-orm/migrations';

export class Migration20261128123045_logframe extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "result_level" as enum ('IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY');`);
    this.addSql(`create type "indicator_direction" as enum ('INCREASE', 'DECREASE');`);
    this.addSql(`create type "indicator_aggregation" as enum ('SUM', 'LAST', 'AVERAGE', 'RATIO', 'MAX');`);
    this.addSql(`create type "collection_frequency" as enum ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL');`);
    this.addSql(`create table "logframe_revision" ("id" uuid not null, "project_id" uuid not null, "number" int not null, "approved_at" timestamptz not null, "approved_by" uuid null, "reason" text not null, "snapshot" jsonb not null, constraint "logframe_revision_pkey" primary key ("id"));`);

    this.addSql(`create table "reporting_period" ("id" uuid not null, "project_id" uuid not null, "label" varchar(255) not null, "start_date" date not null, "end_date" date not null, constraint "reporting_period_pkey" primary key ("id"));`);
    this.addSql(`alter table "reporting_period" add constraint "reporting_period_project_id_start_date_unique" unique ("project_id", "start_date");`);

    this.addSql(`create table "result_node" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "project_id" uuid not null, "parent_id" uuid null, "level" "result_level" not null, "position" int not null, "statement" text not null, "description" text not null default '', "assumptions" text not null default '', "risks" jsonb not null default '[]', "responsible_organisation_id" uuid null, constraint "result_node_pkey" primary key ("id"));`);
    this.addSql(`create index "result_node_project_id_parent_id_position_index" on "result_node" ("project_id", "parent_id", "position");`);

    this.addSql(`create table "indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "node_id" uuid not null, "project_id" uuid not null, "position" int not null, "title" text not null, "definition" text not null default '', "measure" varchar(1) not null, "unit_label" varchar(255) not null default '', "direction" "indicator_direction" not null, "aggregation" "indicator_aggregation" not null, "baseline_value" double precision null, "baseline_date" date null, "baseline_note" text not null default '', "means_of_verification" text not null default '', "data_source" text not null default '', "frequency" "collection_frequency" not null, "sensitive" boolean not null default false, "sdg_indicator" varchar(255) null, "dimensions" jsonb not null default '[]', constraint "indicator_pkey" primary key ("id"));`);

    this.addSql(`create table "indicator_value" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "indicator_id" uuid not null, "period_id" uuid not null, "project_id" uuid not null, "dimension" varchar(255) not null default '', "category" varchar(255) not null default '', "target" double precision null, "actual" double precision null, "numerator" double precision null, "denominator" double precision null, "target_text" text null, "actual_text" text null, "comment" text not null default '', "evidence" jsonb not null default '[]', constraint "indicator_value_pkey" primary key ("id"));`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_period_id_dimension__33110_unique" unique ("indicator_id", "period_id", "dimension", "category");`);

    this.addSql(`alter table "logframe_revision" add constraint "logframe_revision_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reporting_period" add constraint "reporting_period_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "result_node" add constraint "result_node_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "result_node" add constraint "result_node_parent_id_foreign" foreign key ("parent_id") references "result_node" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "result_node" add constraint "result_node_responsible_organisation_id_foreign" foreign key ("responsible_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator" add constraint "indicator_node_id_foreign" foreign key ("node_id") references "result_node" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_period_id_foreign" foreign key ("period_id") references "reporting_period" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_event" add column "project_id" uuid null;`);
    this.addSql(`create index "audit_event_project_id_index" on "audit_event" ("project_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_period_id_foreign";`);

    this.addSql(`alter table "result_node" drop constraint "result_node_parent_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_node_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_indicator_id_foreign";`);

    this.addSql(`drop table if exists "logframe_revision" cascade;`);

    this.addSql(`drop table if exists "reporting_period" cascade;`);

    this.addSql(`drop table if exists "result_node" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop index "audit_event_project_id_index";`);
    this.addSql(`alter table "audit_event" drop column "project_id";`);

    this.addSql(`drop type "result_level";`);
    this.addSql(`drop type "indicator_direction";`);
    this.addSql(`drop type "indicator_aggregation";`);
    this.addSql(`drop type "collection_frequency";`);
  }

}
