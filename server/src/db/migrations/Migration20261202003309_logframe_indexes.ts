import { Migration } from '@mikro-orm/migrations';

/** Indexes for the logframe's reads: indicators by node and project, values by project, revisions by project. */
export class Migration20261202003309_logframe_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "logframe_revision_project_id_number_index" on "logframe_revision" ("project_id", "number");`);

    this.addSql(`create index "indicator_project_id_index" on "indicator" ("project_id");`);
    this.addSql(`create index "indicator_node_id_index" on "indicator" ("node_id");`);

    this.addSql(`create index "indicator_value_project_id_index" on "indicator_value" ("project_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "indicator_project_id_index";`);
    this.addSql(`drop index "indicator_node_id_index";`);

    this.addSql(`drop index "indicator_value_project_id_index";`);

    this.addSql(`drop index "logframe_revision_project_id_number_index";`);
  }

}
