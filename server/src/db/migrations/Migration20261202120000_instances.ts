import { Migration } from '@mikro-orm/migrations';

/**
 * What several app instances on one database need to agree on without a message between them:
 * - `codelist_version`, counted up by triggers whenever the code lists really change (an upsert that
 *   rewrites the same names changes nothing), so every instance sees at once that its names are stale;
 * - `last_write_at` of a session and of an API token, so that every instance sends a caller's reads to the
 *   primary for a while after its own change, when reads may go to a replica.
 */
export class Migration20261202120000_instances extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "codelist_version" ("id" int not null, "version" int not null, constraint "codelist_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "codelist_version" ("id", "version") values (1, 0);`);
    // Each branch names only the transition tables its event has: PL/pgSQL plans a statement when it first runs it.
    this.addSql(`create function "codelist_entry_changed"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if not exists (select from new_rows) then return null; end if;
  elsif tg_op = 'UPDATE' then
    if not exists (select * from new_rows except select * from old_rows) then return null; end if;
  elsif tg_op = 'DELETE' then
    if not exists (select from old_rows) then return null; end if;
  end if;
  update codelist_version set version = version + 1 where id = 1;
  return null;
end $$;`);
    this.addSql(`create trigger "codelist_entry_inserted" after insert on "codelist_entry" referencing new table as new_rows for each statement execute function "codelist_entry_changed"();`);
    this.addSql(`create trigger "codelist_entry_updated" after update on "codelist_entry" referencing old table as old_rows new table as new_rows for each statement execute function "codelist_entry_changed"();`);
    this.addSql(`create trigger "codelist_entry_deleted" after delete on "codelist_entry" referencing old table as old_rows for each statement execute function "codelist_entry_changed"();`);
    this.addSql(`create trigger "codelist_entry_truncated" after truncate on "codelist_entry" for each statement execute function "codelist_entry_changed"();`);

    this.addSql(`alter table "session" add column "last_write_at" timestamptz null;`);
    this.addSql(`alter table "api_token" add column "last_write_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop column "last_write_at";`);
    this.addSql(`alter table "session" drop column "last_write_at";`);
    this.addSql(`drop trigger if exists "codelist_entry_truncated" on "codelist_entry";`);
    this.addSql(`drop trigger if exists "codelist_entry_deleted" on "codelist_entry";`);
    this.addSql(`drop trigger if exists "codelist_entry_updated" on "codelist_entry";`);
    this.addSql(`drop trigger if exists "codelist_entry_inserted" on "codelist_entry";`);
    this.addSql(`drop function if exists "codelist_entry_changed"();`);
    this.addSql(`drop table if exists "codelist_version" cascade;`);
  }
}
