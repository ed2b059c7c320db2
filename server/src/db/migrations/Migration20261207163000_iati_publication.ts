import { Migration } from '@mikro-orm/migrations';

export class Migration20261207163000_iati_publication extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "programme" add column "iati_published" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme" drop column "iati_published";`);
  }

}
