import { Migration } from '@mikro-orm/migrations';

export class Migration20261207095233_programme_results extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "programme_aggregation" as enum ('SUM', 'AVERAGE', 'MAX', 'RATIO');`);
    this.addSql(`create table "programme_indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "programme_id" uuid not null, "title" text not null, "definition" text not null default '', "measure" varchar(1) not null, "unit_label" varchar(100) not null default '', "direction" "indicator_direction" not null, "aggregation" "programme_aggregation" not null, "result_type" "result_level" null, "sdg_indicator" varchar(20) null, constraint "programme_indicator_pkey" primary key ("id"), constraint programme_indicator_measure check ((((measure)::text >= '1'::text) AND ((measure)::text <= '4'::text))));`);
    this.addSql(`create index "programme_indicator_programme_id_index" on "programme_indicator" ("programme_id");`);

    this.addSql(`alter table "programme_indicator" add constraint "programme_indicator_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator" add column "programme_indicator_id" uuid null;`);
    this.addSql(`alter table "indicator" add constraint "indicator_programme_indicator_id_foreign" foreign key ("programme_indicator_id") references "programme_indicator" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "indicator_programme_indicator_id_index" on "indicator" ("programme_indicator_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator" drop constraint "indicator_programme_indicator_id_foreign";`);

    this.addSql(`drop index "indicator_programme_indicator_id_index";`);
    this.addSql(`alter table "indicator" drop column "programme_indicator_id";`);

    this.addSql(`drop table if exists "programme_indicator" cascade;`);

    this.addSql(`drop type "programme_aggregation";`);
  }

}
