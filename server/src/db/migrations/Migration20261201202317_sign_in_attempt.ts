import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202317_sign_in_attempt extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_attempt" ("key" varchar(64) not null, "window_start" timestamptz(3) not null, "attempts" int not null, constraint "sign_in_attempt_pkey" primary key ("key"));`);
    this.addSql(`create index "sign_in_attempt_window_start_index" on "sign_in_attempt" ("window_start");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);
  }

}
