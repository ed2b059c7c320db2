import { Migration } from '@mikro-orm/migrations';

export class Migration20261128121558_access extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "role" as enum ('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER_REPORTER', 'DONOR', 'VIEWER');`);
    this.addSql(`create type "token_scope" as enum ('READ', 'READ_WRITE');`);
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_user_id" uuid null, "actor_token_id" uuid null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "changes" jsonb not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_type_entity_id_at_index" on "audit_event" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "email" varchar(255) not null, "name" varchar(255) not null, "organisation_id" uuid null, "active" boolean not null default true, "password_hash" varchar(255) not null, "must_change_password" boolean not null default false, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "user_id" uuid not null, "secret_hash" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "user_id" uuid not null, "role" "role" not null, "programme_id" uuid null, "project_id" uuid null, "organisation_id" uuid null, constraint "role_assignment_pkey" primary key ("id"), constraint role_assignment_scope check ((role in ('ADMIN','VIEWER') and programme_id is null and project_id is null) or (role = 'PROGRAMME_MANAGER' and (programme_id is null) <> (project_id is null)) or (role = 'PARTNER_REPORTER' and project_id is not null and organisation_id is not null) or (role = 'DONOR' and organisation_id is not null and programme_id is null and project_id is null)));`);

    this.addSql(`create table "api_token" ("id" uuid not null, "user_id" uuid not null, "name" varchar(255) not null, "prefix" varchar(255) not null, "secret_hash" varchar(255) not null, "scope" "token_scope" not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);


    this.addSql(`alter table "project" add column "internal_notes" text not null default '';`);
    this.addSql(`create index "role_assignment_user_id_index" on "role_assignment" ("user_id");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);



  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);


    this.addSql(`CREATE UNIQUE INDEX participation_programme_role_unique ON public.participation USING btree (programme_id, organisation_id, role) WHERE (programme_id IS NOT NULL);`);
    this.addSql(`CREATE UNIQUE INDEX participation_project_role_unique ON public.participation USING btree (project_id, organisation_id, role) WHERE (project_id IS NOT NULL);`);

    this.addSql(`alter table "project" drop column "internal_notes";`);


    this.addSql(`CREATE UNIQUE INDEX sector_share_programme_unique ON public.sector_share USING btree (programme_id, vocabulary, code) WHERE (programme_id IS NOT NULL);`);
    this.addSql(`CREATE UNIQUE INDEX sector_share_project_unique ON public.sector_share USING btree (project_id, vocabulary, code) WHERE (project_id IS NOT NULL);`);

    this.addSql(`drop type "role";`);
    this.addSql(`drop type "token_scope";`);
  }

}
