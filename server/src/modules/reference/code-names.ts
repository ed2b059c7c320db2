import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Names of IATI codes, held in memory: code lists change only when the reference files do, and those are
 * synchronised before the app starts, so looking a name up never needs a query.
 */
export class CodeNames {
  private constructor(private readonly names: Map<string, string>) {}

  static async load(em: EntityManager): Promise<CodeNames> {
    const rows: { list: string; code: string; name: string }[] = await em.getConnection().execute('select list, code, name from codelist_entry');
    return new CodeNames(new Map(rows.map((r) => [`${r.list}:${r.code}`, r.name])));
  }

  /** The name of `code` in `list`, or the code itself when the list does not know it. */
  name(list: string, code: string): string {
    return this.names.get(`${list}:${code}`) ?? code;
  }

  has(list: string, code: string): boolean {
    return this.names.has(`${list}:${code}`);
  }
}
