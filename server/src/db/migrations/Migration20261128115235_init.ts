import { Migration } from '@mikro-orm/migrations';

export class Migration20261128115235_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organisation_kind" as enum ('UN_ENTITY', 'GOVERNMENT', 'LAW_ENFORCEMENT', 'NGO', 'DONOR', 'ACADEMIC');`);
    this.addSql(`create table "codelist_entry" ("id" serial primary key, "list" varchar(255) not null, "code" varchar(255) not null, "name" text not null, "description" text null, "category" varchar(255) null);`);
    this.addSql(`alter table "codelist_entry" add constraint "codelist_entry_list_code_unique" unique ("list", "code");`);

    this.addSql(`create table "country" ("code" varchar(2) not null, "name" varchar(255) not null, "region" varchar(255) not null, constraint "country_pkey" primary key ("code"));`);

    this.addSql(`create table "focus_area" ("code" varchar(255) not null, "name" varchar(255) not null, "description" text not null, constraint "focus_area_pkey" primary key ("code"));`);

    this.addSql(`create table "legal_instrument" ("code" varchar(255) not null, "name" text not null, "short_name" varchar(255) not null, "family" varchar(255) not null, "adopted" date null, constraint "legal_instrument_pkey" primary key ("code"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(255) not null, "acronym" varchar(255) null, "kind" "organisation_kind" not null, "iati_type" varchar(255) null, "iati_ref" varchar(255) null, "country_code" varchar(2) null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_iati_ref_unique" unique ("iati_ref");`);

    this.addSql(`create table "programme" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "iati_identifier" varchar(255) not null, "title" text not null, "description" text not null default '', "status" varchar(1) not null, "start_date" date not null, "end_date" date not null, "lead_agency_id" uuid not null, "is_demo" boolean not null default false, constraint "programme_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme" add constraint "programme_iati_identifier_unique" unique ("iati_identifier");`);

    this.addSql(`create table "programme_country" ("programme_id" uuid not null, "country_code" varchar(2) not null, constraint "programme_country_pkey" primary key ("programme_id", "country_code"));`);

    this.addSql(`create table "programme_focus_area" ("programme_id" uuid not null, "focus_area_code" varchar(255) not null, constraint "programme_focus_area_pkey" primary key ("programme_id", "focus_area_code"));`);

    this.addSql(`create table "programme_legal_instrument" ("programme_id" uuid not null, "legal_instrument_code" varchar(255) not null, constraint "programme_legal_instrument_pkey" primary key ("programme_id", "legal_instrument_code"));`);

    this.addSql(`create table "project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "programme_id" uuid not null, "iati_identifier" varchar(255) not null, "title" text not null, "description" text not null default '', "status" varchar(1) not null, "planned_start" date not null, "planned_end" date not null, "actual_start" date null, "actual_end" date null, "is_demo" boolean not null default false, constraint "project_pkey" primary key ("id"));`);
    this.addSql(`alter table "project" add constraint "project_iati_identifier_unique" unique ("iati_identifier");`);

    this.addSql(`create table "participation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "organisation_id" uuid not null, "programme_id" uuid null, "project_id" uuid null, "role" varchar(1) not null, constraint "participation_pkey" primary key ("id"), constraint participation_one_activity check ((programme_id is null) <> (project_id is null)));`);

    this.addSql(`create table "document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "project_id" uuid not null, "title" text not null, "url" text not null, "category" varchar(255) not null, "language" varchar(2) null, "document_date" date null, constraint "document_pkey" primary key ("id"));`);

    this.addSql(`create table "project_focus_area" ("project_id" uuid not null, "focus_area_code" varchar(255) not null, constraint "project_focus_area_pkey" primary key ("project_id", "focus_area_code"));`);

    this.addSql(`create table "recipient_country" ("id" uuid not null, "project_id" uuid not null, "country_code" varchar(2) not null, "percentage" numeric(5,2) not null, constraint "recipient_country_pkey" primary key ("id"));`);
    this.addSql(`alter table "recipient_country" add constraint "recipient_country_project_id_country_code_unique" unique ("project_id", "country_code");`);

    this.addSql(`create table "sdg_target" ("code" varchar(255) not null, "goal" int not null, "title" text not null, constraint "sdg_target_pkey" primary key ("code"));`);

    this.addSql(`create table "programme_sdg_target" ("programme_id" uuid not null, "sdg_target_code" varchar(255) not null, constraint "programme_sdg_target_pkey" primary key ("programme_id", "sdg_target_code"));`);

    this.addSql(`create table "sector_share" ("id" uuid not null, "programme_id" uuid null, "project_id" uuid null, "vocabulary" varchar(255) not null, "code" varchar(255) not null, "percentage" numeric(5,2) not null, constraint "sector_share_pkey" primary key ("id"), constraint sector_share_one_owner check ((programme_id is null) <> (project_id is null)));`);

    this.addSql(`alter table "organisation" add constraint "organisation_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "programme" add constraint "programme_lead_agency_id_foreign" foreign key ("lead_agency_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "programme_country" add constraint "programme_country_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_country" add constraint "programme_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "programme_focus_area" add constraint "programme_focus_area_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_focus_area" add constraint "programme_focus_area_focus_area_code_foreign" foreign key ("focus_area_code") references "focus_area" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "programme_legal_instrument" add constraint "programme_legal_instrument_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_legal_instrument" add constraint "programme_legal_instrument_legal_instrument_code_foreign" foreign key ("legal_instrument_code") references "legal_instrument" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "project" add constraint "project_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade;`);

    this.addSql(`alter table "participation" add constraint "participation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "document" add constraint "document_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project_focus_area" add constraint "project_focus_area_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_focus_area" add constraint "project_focus_area_focus_area_code_foreign" foreign key ("focus_area_code") references "focus_area" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "recipient_country" add constraint "recipient_country_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recipient_country" add constraint "recipient_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade;`);

    this.addSql(`alter table "programme_sdg_target" add constraint "programme_sdg_target_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme_sdg_target" add constraint "programme_sdg_target_sdg_target_code_foreign" foreign key ("sdg_target_code") references "sdg_target" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "sector_share" add constraint "sector_share_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sector_share" add constraint "sector_share_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    // An organisation holds each role at most once per programme or project.
    this.addSql(`create unique index "participation_programme_role_unique" on "participation" ("programme_id", "organisation_id", "role") where "programme_id" is not null;`);
    this.addSql(`create unique index "participation_project_role_unique" on "participation" ("project_id", "organisation_id", "role") where "project_id" is not null;`);
    this.addSql(`create unique index "sector_share_programme_unique" on "sector_share" ("programme_id", "vocabulary", "code") where "programme_id" is not null;`);
    this.addSql(`create unique index "sector_share_project_unique" on "sector_share" ("project_id", "vocabulary", "code") where "project_id" is not null;`);
    this.addSql(`create index "project_programme_id_index" on "project" ("programme_id");`);
    this.addSql(`create index "participation_organisation_id_index" on "participation" ("organisation_id");`);
    this.addSql(`create index "document_project_id_index" on "document" ("project_id");`);
    this.addSql(`create index "project_title_id_index" on "project" ("title", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation" drop constraint "organisation_country_code_foreign";`);

    this.addSql(`alter table "programme_country" drop constraint "programme_country_country_code_foreign";`);

    this.addSql(`alter table "recipient_country" drop constraint "recipient_country_country_code_foreign";`);

    this.addSql(`alter table "programme_focus_area" drop constraint "programme_focus_area_focus_area_code_foreign";`);

    this.addSql(`alter table "project_focus_area" drop constraint "project_focus_area_focus_area_code_foreign";`);

    this.addSql(`alter table "programme_legal_instrument" drop constraint "programme_legal_instrument_legal_instrument_code_foreign";`);

    this.addSql(`alter table "programme" drop constraint "programme_lead_agency_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_organisation_id_foreign";`);

    this.addSql(`alter table "programme_country" drop constraint "programme_country_programme_id_foreign";`);

    this.addSql(`alter table "programme_focus_area" drop constraint "programme_focus_area_programme_id_foreign";`);

    this.addSql(`alter table "programme_legal_instrument" drop constraint "programme_legal_instrument_programme_id_foreign";`);

    this.addSql(`alter table "project" drop constraint "project_programme_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_programme_id_foreign";`);

    this.addSql(`alter table "programme_sdg_target" drop constraint "programme_sdg_target_programme_id_foreign";`);

    this.addSql(`alter table "sector_share" drop constraint "sector_share_programme_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_project_id_foreign";`);

    this.addSql(`alter table "document" drop constraint "document_project_id_foreign";`);

    this.addSql(`alter table "project_focus_area" drop constraint "project_focus_area_project_id_foreign";`);

    this.addSql(`alter table "recipient_country" drop constraint "recipient_country_project_id_foreign";`);

    this.addSql(`alter table "sector_share" drop constraint "sector_share_project_id_foreign";`);

    this.addSql(`alter table "programme_sdg_target" drop constraint "programme_sdg_target_sdg_target_code_foreign";`);

    this.addSql(`drop table if exists "codelist_entry" cascade;`);

    this.addSql(`drop table if exists "country" cascade;`);

    this.addSql(`drop table if exists "focus_area" cascade;`);

    this.addSql(`drop table if exists "legal_instrument" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "programme_country" cascade;`);

    this.addSql(`drop table if exists "programme_focus_area" cascade;`);

    this.addSql(`drop table if exists "programme_legal_instrument" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "project_focus_area" cascade;`);

    this.addSql(`drop table if exists "recipient_country" cascade;`);

    this.addSql(`drop table if exists "sdg_target" cascade;`);

    this.addSql(`drop table if exists "programme_sdg_target" cascade;`);

    this.addSql(`drop table if exists "sector_share" cascade;`);

    this.addSql(`drop type "organisation_kind";`);
  }

}
