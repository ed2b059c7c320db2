import { Migration } from '@mikro-orm/migrations';

export class Migration20261207172500_policy_marker extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_marker" ("id" uuid not null, "project_id" uuid not null, "code" varchar(2) not null, "significance" varchar(1) not null, constraint "policy_marker_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy_marker" add constraint "policy_marker_project_id_code_unique" unique ("project_id", "code");`);
    this.addSql(`alter table "policy_marker" add constraint "policy_marker_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_marker" cascade;`);
  }

}
