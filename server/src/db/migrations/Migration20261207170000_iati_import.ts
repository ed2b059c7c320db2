import { Migration } from '@mikro-orm/migrations';

export class Migration20261207170000_iati_import extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "iati_import" ("id" uuid not null, "state" varchar(20) not null default 'UPLOADED', "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "heartbeat_at" timestamptz null, "bytes_total" bigint not null, "bytes_read" bigint not null default 0, "progress" double precision not null default 0, "iati_version" varchar(20) null, "preview" jsonb null, "errors" jsonb not null default '[]', "warnings" jsonb not null default '[]', "orphan_programme_id" uuid null, "result" jsonb null, "failure" text null, constraint "iati_import_pkey" primary key ("id"));`);
    this.addSql(`create index "iati_import_created_by_index" on "iati_import" ("created_by", "created_at");`);
    this.addSql(`create index "iati_import_waiting_index" on "iati_import" ("created_at") where "state" in ('UPLOADED', 'QUEUED', 'PREVIEWING', 'IMPORTING');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "iati_import" cascade;`);
  }

}
