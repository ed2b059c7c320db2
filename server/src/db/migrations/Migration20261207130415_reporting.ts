import { Migration } from '@mikro-orm/migrations';

export class Migration20261207130415_reporting extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "update_state" as enum ('NOT_REPORTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');`);
    this.addSql(`create table "indicator_update" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "indicator_id" uuid not null, "period_id" uuid not null, "project_id" uuid not null, "state" "update_state" not null default 'DRAFT', "narrative" text not null default '', "links" jsonb not null default '[]', "return_reason" text not null default '', "unlock_reason" text not null default '', "reopened" boolean not null default false, "submitted_at" timestamptz null, "submitted_by" uuid null, "decided_at" timestamptz null, "decided_by" uuid null, constraint "indicator_update_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_update_period_id_index" on "indicator_update" ("period_id");`);
    this.addSql(`create index "indicator_update_project_state_index" on "indicator_update" ("project_id", "state");`);
    this.addSql(`alter table "indicator_update" add constraint "indicator_update_indicator_id_period_id_unique" unique ("indicator_id", "period_id");`);

    this.addSql(`create table "evidence_file" ("id" uuid not null, "update_id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "media_type" varchar(100) not null, "size" bigint not null, "storage_key" varchar(200) not null, "uploaded_by" uuid null, "created_at" timestamptz not null, constraint "evidence_file_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_file_update_id_index" on "evidence_file" ("update_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" varchar(20) not null, "key" varchar(300) not null, "message" text not null, "link" text not null default '', "created_at" timestamptz not null, "read_at" timestamptz null, "mailed_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_created_index" on "notification" ("user_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`alter table "indicator_update" add constraint "indicator_update_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_update" add constraint "indicator_update_period_id_foreign" foreign key ("period_id") references "reporting_period" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_update" add constraint "indicator_update_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evidence_file" add constraint "evidence_file_update_id_foreign" foreign key ("update_id") references "indicator_update" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project" add column "reporting_lock_date" date null, add column "reporting_due_days" int not null default 30;`);

    this.addSql(`alter table "indicator_value" add column "approved_actual" double precision null, add column "approved_numerator" double precision null, add column "approved_denominator" double precision null, add column "approved_actual_text" text null;`);
    // Figures entered before the reporting cycle existed were live the moment they were typed: they stay counted,
    // as approved updates, so that no progress disappears on upgrade.
    this.addSql(`update "indicator_value" set "approved_actual" = "actual", "approved_numerator" = "numerator", "approved_denominator" = "denominator", "approved_actual_text" = "actual_text";`);
    this.addSql(`insert into "indicator_update" ("id", "created_at", "updated_at", "indicator_id", "period_id", "project_id", "state", "decided_at")
      select gen_random_uuid(), now(), now(), v.indicator_id, v.period_id, v.project_id, 'APPROVED', now() from "indicator_value" v
       where v.actual is not null or v.actual_text is not null or v.numerator is not null group by v.indicator_id, v.period_id, v.project_id;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence_file" drop constraint "evidence_file_update_id_foreign";`);

    this.addSql(`drop table if exists "indicator_update" cascade;`);

    this.addSql(`drop table if exists "evidence_file" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "indicator_value" drop column "approved_actual", drop column "approved_numerator", drop column "approved_denominator", drop column "approved_actual_text";`);

    this.addSql(`alter table "project" drop column "reporting_lock_date", drop column "reporting_due_days";`);

    this.addSql(`drop type "update_state";`);
  }

}
