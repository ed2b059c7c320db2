import { Migration } from '@mikro-orm/migrations';

export class Migration20261207094904_knowledge extends Migration {

  // Text search: the weighted document is a generated column (see knowledge.entity.ts), searched through a GIN index.
  override async up(): Promise<void> {
    this.addSql(`create type "knowledge_kind" as enum ('BEST_PRACTICE', 'LESSON_LEARNED');`);
    this.addSql(`create table "knowledge_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "kind" "knowledge_kind" not null, "title" varchar(500) not null, "summary" text not null, "body" text not null default '', "published_on" date not null, "author_organisation_id" uuid null, "search" tsvector generated always as ((setweight(to_tsvector('english'::regconfig, (title)::text), 'A'::"char") || setweight(to_tsvector('english'::regconfig, summary), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, body), 'C'::"char")) stored null, constraint "knowledge_item_pkey" primary key ("id"));`);
    this.addSql(`create index "knowledge_item_author_organisation_id_index" on "knowledge_item" ("author_organisation_id");`);
    this.addSql(`create index "knowledge_item_published_on_id_index" on "knowledge_item" ("published_on", "id");`);
    this.addSql(`create index "knowledge_item_search_index" on "knowledge_item" using gin ("search");`);

    this.addSql(`create table "knowledge_item_focus_area" ("knowledge_item_id" uuid not null, "focus_area_code" varchar(255) not null, constraint "knowledge_item_focus_area_pkey" primary key ("knowledge_item_id", "focus_area_code"));`);

    this.addSql(`create table "knowledge_item_country" ("knowledge_item_id" uuid not null, "country_code" varchar(2) not null, constraint "knowledge_item_country_pkey" primary key ("knowledge_item_id", "country_code"));`);

    this.addSql(`create table "knowledge_item_project" ("knowledge_item_id" uuid not null, "project_id" uuid not null, constraint "knowledge_item_project_pkey" primary key ("knowledge_item_id", "project_id"));`);
    this.addSql(`create index "knowledge_item_project_project_id_index" on "knowledge_item_project" ("project_id");`);

    this.addSql(`create table "trend_note" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "title" varchar(500) not null, "body" text not null, "noted_on" date not null, "sources" jsonb not null default '[]', "author_organisation_id" uuid null, constraint "trend_note_pkey" primary key ("id"));`);
    this.addSql(`create index "trend_note_author_organisation_id_index" on "trend_note" ("author_organisation_id");`);
    this.addSql(`create index "trend_note_noted_on_id_index" on "trend_note" ("noted_on", "id");`);

    this.addSql(`create table "trend_note_focus_area" ("trend_note_id" uuid not null, "focus_area_code" varchar(255) not null, constraint "trend_note_focus_area_pkey" primary key ("trend_note_id", "focus_area_code"));`);

    this.addSql(`create table "trend_note_country" ("trend_note_id" uuid not null, "country_code" varchar(2) not null, constraint "trend_note_country_pkey" primary key ("trend_note_id", "country_code"));`);

    this.addSql(`alter table "knowledge_item" add constraint "knowledge_item_author_organisation_id_foreign" foreign key ("author_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "knowledge_item_focus_area" add constraint "knowledge_item_focus_area_knowledge_item_id_foreign" foreign key ("knowledge_item_id") references "knowledge_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "knowledge_item_focus_area" add constraint "knowledge_item_focus_area_focus_area_code_foreign" foreign key ("focus_area_code") references "focus_area" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "knowledge_item_country" add constraint "knowledge_item_country_knowledge_item_id_foreign" foreign key ("knowledge_item_id") references "knowledge_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "knowledge_item_country" add constraint "knowledge_item_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "knowledge_item_project" add constraint "knowledge_item_project_knowledge_item_id_foreign" foreign key ("knowledge_item_id") references "knowledge_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "knowledge_item_project" add constraint "knowledge_item_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "trend_note" add constraint "trend_note_author_organisation_id_foreign" foreign key ("author_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "trend_note_focus_area" add constraint "trend_note_focus_area_trend_note_id_foreign" foreign key ("trend_note_id") references "trend_note" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "trend_note_focus_area" add constraint "trend_note_focus_area_focus_area_code_foreign" foreign key ("focus_area_code") references "focus_area" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "trend_note_country" add constraint "trend_note_country_trend_note_id_foreign" foreign key ("trend_note_id") references "trend_note" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "trend_note_country" add constraint "trend_note_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "knowledge_item_focus_area" drop constraint "knowledge_item_focus_area_knowledge_item_id_foreign";`);

    this.addSql(`alter table "knowledge_item_country" drop constraint "knowledge_item_country_knowledge_item_id_foreign";`);

    this.addSql(`alter table "knowledge_item_project" drop constraint "knowledge_item_project_knowledge_item_id_foreign";`);

    this.addSql(`alter table "trend_note_focus_area" drop constraint "trend_note_focus_area_trend_note_id_foreign";`);

    this.addSql(`alter table "trend_note_country" drop constraint "trend_note_country_trend_note_id_foreign";`);

    this.addSql(`drop table if exists "knowledge_item" cascade;`);

    this.addSql(`drop table if exists "knowledge_item_focus_area" cascade;`);

    this.addSql(`drop table if exists "knowledge_item_country" cascade;`);

    this.addSql(`drop table if exists "knowledge_item_project" cascade;`);

    this.addSql(`drop table if exists "trend_note" cascade;`);

    this.addSql(`drop table if exists "trend_note_focus_area" cascade;`);

    this.addSql(`drop table if exists "trend_note_country" cascade;`);

    this.addSql(`drop type "knowledge_kind";`);
  }

}
