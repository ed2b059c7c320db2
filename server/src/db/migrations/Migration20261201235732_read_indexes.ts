import { Migration } from '@mikro-orm/migrations';

export class Migration20261201235732_read_indexes extends Migration {

  // Every ordering and filter of the read path has an index; text search (ilike '%…%') uses trigrams.
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "programme_iati_identifier_trgm" on "programme" using gin ("iati_identifier" gin_trgm_ops);`);
    this.addSql(`create index "programme_description_trgm" on "programme" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "programme_title_trgm" on "programme" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "programme_lead_agency_id_index" on "programme" ("lead_agency_id");`);

    this.addSql(`create index "project_iati_identifier_trgm" on "project" using gin ("iati_identifier" gin_trgm_ops);`);
    this.addSql(`create index "project_description_trgm" on "project" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "project_title_trgm" on "project" using gin ("title" gin_trgm_ops);`);

    this.addSql(`create index "logframe_revision_project_id_number_index" on "logframe_revision" ("project_id", "number");`);

    this.addSql(`create index "recipient_country_country_code_index" on "recipient_country" ("country_code");`);

    this.addSql(`create index "result_node_responsible_organisation_id_index" on "result_node" ("responsible_organisation_id");`);
    this.addSql(`create index "result_node_parent_id_index" on "result_node" ("parent_id");`);

    this.addSql(`create index "indicator_project_id_index" on "indicator" ("project_id");`);
    this.addSql(`create index "indicator_node_id_index" on "indicator" ("node_id");`);

    this.addSql(`create index "indicator_value_project_id_index" on "indicator_value" ("project_id");`);
    this.addSql(`create index "indicator_value_period_id_index" on "indicator_value" ("period_id");`);


    this.addSql(`create index "role_assignment_organisation_id_index" on "role_assignment" ("organisation_id");`);
    this.addSql(`create index "role_assignment_project_id_index" on "role_assignment" ("project_id");`);
    this.addSql(`create index "role_assignment_programme_id_index" on "role_assignment" ("programme_id");`);

    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "api_token_user_id_index";`);

    this.addSql(`drop index "indicator_project_id_index";`);
    this.addSql(`drop index "indicator_node_id_index";`);

    this.addSql(`drop index "indicator_value_project_id_index";`);
    this.addSql(`drop index "indicator_value_period_id_index";`);

    this.addSql(`drop index "logframe_revision_project_id_number_index";`);

    this.addSql(`drop index "programme_iati_identifier_trgm";`);
    this.addSql(`drop index "programme_description_trgm";`);
    this.addSql(`drop index "programme_title_trgm";`);
    this.addSql(`drop index "programme_lead_agency_id_index";`);

    this.addSql(`drop index "project_iati_identifier_trgm";`);
    this.addSql(`drop index "project_description_trgm";`);
    this.addSql(`drop index "project_title_trgm";`);

    this.addSql(`drop index "recipient_country_country_code_index";`);

    this.addSql(`drop index "result_node_responsible_organisation_id_index";`);
    this.addSql(`drop index "result_node_parent_id_index";`);

    this.addSql(`drop index "role_assignment_organisation_id_index";`);
    this.addSql(`drop index "role_assignment_project_id_index";`);
    this.addSql(`drop index "role_assignment_programme_id_index";`);

  }

}
