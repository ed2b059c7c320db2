import { Migration } from '@mikro-orm/migrations';

export class Migration20261207065949_finance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "contribution_earmarking" as enum ('UNEARMARKED', 'SOFT', 'TIGHT');`);
    this.addSql(`create type "contribution_status" as enum ('PLEDGED', 'SIGNED', 'PAID');`);
    this.addSql(`create table "exchange_rate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "currency" varchar(3) not null, "quote" varchar(3) not null, "rate_date" date not null, "rate" numeric(24,10) not null, "source" varchar(200) not null default '', constraint "exchange_rate_pkey" primary key ("id"));`);
    this.addSql(`create unique index "exchange_rate_unique" on "exchange_rate" ("currency", "quote", "rate_date");`);

    this.addSql(`create table "contribution" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "donor_id" uuid not null, "programme_id" uuid null, "project_id" uuid null, "amount" numeric(20,2) not null, "currency" varchar(3) not null, "signed_date" date null, "period_start" date not null, "period_end" date not null, "earmarking" "contribution_earmarking" not null, "earmarked_focus_area" varchar(50) null, "earmarked_country" varchar(2) null, "status" "contribution_status" not null, "description" text not null default '', constraint "contribution_pkey" primary key ("id"), constraint contribution_tight_is_project check ((earmarking = 'TIGHT') = (project_id is not null)), constraint contribution_one_activity check ((programme_id is null) <> (project_id is null)));`);
    this.addSql(`create index "contribution_donor_id_index" on "contribution" ("donor_id");`);
    this.addSql(`create index "contribution_project_id_index" on "contribution" ("project_id");`);
    this.addSql(`create index "contribution_programme_id_index" on "contribution" ("programme_id");`);

    this.addSql(`create table "budget" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "project_id" uuid not null, "type" varchar(1) not null, "status" varchar(1) not null, "period_start" date not null, "period_end" date not null, "amount" numeric(20,2) not null, "currency" varchar(3) not null, "value_date" date not null, "output_id" uuid null, "organisation_id" uuid null, constraint "budget_pkey" primary key ("id"), constraint budget_period check (period_end >= period_start and period_end < period_start + interval '1 year'));`);
    this.addSql(`create index "budget_project_id_index" on "budget" ("project_id");`);

    this.addSql(`create table "finance_transaction" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "programme_id" uuid null, "project_id" uuid null, "type" varchar(2) not null, "transaction_date" date not null, "value_date" date not null, "amount" numeric(20,2) not null, "currency" varchar(3) not null, "provider_id" uuid null, "receiver_id" uuid null, "provider_activity" varchar(150) null, "receiver_activity" varchar(150) null, "receiver_project_id" uuid null, "description" text not null default '', "output_id" uuid null, "budget_id" uuid null, "contribution_id" uuid null, "reverses_id" uuid null, "advance" boolean not null default false, constraint "finance_transaction_pkey" primary key ("id"), constraint finance_transaction_reversal check ((amount >= 0) = (reverses_id is null)), constraint finance_transaction_one_activity check ((programme_id is null) <> (project_id is null)));`);
    this.addSql(`create index "finance_transaction_receiver_project_id_index" on "finance_transaction" ("receiver_project_id");`);
    this.addSql(`create index "finance_transaction_project_id_index" on "finance_transaction" ("project_id");`);
    this.addSql(`create index "finance_transaction_programme_id_index" on "finance_transaction" ("programme_id");`);

    this.addSql(`create index "budget_output_id_index" on "budget" ("output_id");`);
    this.addSql(`create index "budget_organisation_id_index" on "budget" ("organisation_id");`);
    this.addSql(`create index "finance_transaction_provider_id_index" on "finance_transaction" ("provider_id");`);
    this.addSql(`create index "finance_transaction_receiver_id_index" on "finance_transaction" ("receiver_id");`);
    this.addSql(`create index "finance_transaction_output_id_index" on "finance_transaction" ("output_id");`);
    this.addSql(`create index "finance_transaction_budget_id_index" on "finance_transaction" ("budget_id");`);
    this.addSql(`create index "finance_transaction_contribution_id_index" on "finance_transaction" ("contribution_id");`);
    this.addSql(`create index "finance_transaction_reverses_id_index" on "finance_transaction" ("reverses_id");`);

    this.addSql(`alter table "contribution" add constraint "contribution_donor_id_foreign" foreign key ("donor_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "contribution" add constraint "contribution_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contribution" add constraint "contribution_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "budget" add constraint "budget_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget" add constraint "budget_output_id_foreign" foreign key ("output_id") references "result_node" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "budget" add constraint "budget_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_receiver_id_foreign" foreign key ("receiver_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_receiver_project_id_foreign" foreign key ("receiver_project_id") references "project" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_output_id_foreign" foreign key ("output_id") references "result_node" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "finance_transaction" add constraint "finance_transaction_reverses_id_foreign" foreign key ("reverses_id") references "finance_transaction" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "programme" add column "publish_contributions" boolean not null default false;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance_transaction" drop constraint "finance_transaction_contribution_id_foreign";`);

    this.addSql(`alter table "finance_transaction" drop constraint "finance_transaction_budget_id_foreign";`);

    this.addSql(`alter table "finance_transaction" drop constraint "finance_transaction_reverses_id_foreign";`);

    this.addSql(`drop table if exists "exchange_rate" cascade;`);

    this.addSql(`drop table if exists "contribution" cascade;`);

    this.addSql(`drop table if exists "budget" cascade;`);

    this.addSql(`drop table if exists "finance_transaction" cascade;`);

    this.addSql(`alter table "programme" drop column "publish_contributions";`);


    this.addSql(`drop type "contribution_earmarking";`);
    this.addSql(`drop type "contribution_status";`);
  }

}
