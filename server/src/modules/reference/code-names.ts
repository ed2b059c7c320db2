import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';

/** Names of IATI codes as of one version of the code lists. Looking a name up never needs a query. */
export class CodeNames {
  constructor(
    readonly version: number,
    private readonly names: Map<string, string>,
  ) {}

  /** The name of `code` in `list`, or the code itself when the list does not know it. */
  name(list: string, code: string): string {
    return this.names.get(`${list}:${code}`) ?? code;
  }

  has(list: string, code: string): boolean {
    return this.names.has(`${list}:${code}`);
  }
}

/**
 * The code names held in memory by one app instance, and kept as new as the database's. Another instance
 * (a newer release synchronising the reference files at its start) or an administrator may change the code
 * lists at any time; triggers then count `codelist_version` up. Every signed-in request learns the current
 * version from the statement that identifies its caller (db/freshness.ts), so checking costs nothing, and a
 * request that finds the names in memory older loads them again, once for every request waiting on it.
 * No message between instances is needed, so nothing depends on LISTEN, which a transaction-pooling
 * PgBouncer does not carry.
 */
export class CodeNamesCache {
  private loaded: Promise<CodeNames>;

  private constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    first: CodeNames,
  ) {
    this.loaded = Promise.resolve(first);
  }

  static async start(orm: MikroORM, log: Logger): Promise<CodeNamesCache> {
    return new CodeNamesCache(orm, log, await CodeNamesCache.read(orm));
  }

  /** The version and the names in one statement, so they agree; from the primary, which has the newest. */
  private static async read(orm: MikroORM): Promise<CodeNames> {
    const rows: { version: number; list: string | null; code: string; name: string }[] = await orm.em
      .getConnection('write')
      .execute('select v.version, e.list, e.code, e.name from codelist_version v left join codelist_entry e on true where v.id = 1');
    return new CodeNames(rows[0]?.version ?? 0, new Map(rows.filter((r) => r.list !== null).map((r) => [`${r.list}:${r.code}`, r.name])));
  }

  /**
   * Names at least as new as `version` (none known: the names in memory). When they cannot be loaded, the
   * request goes on with the older names: a stale label is better than a failed request, and the next
   * request tries again.
   */
  async at(version: number | null): Promise<CodeNames> {
    const current = await this.loaded;
    if (version === null || current.version >= version) return current;
    const pending = this.loaded;
    const next = pending.then(async (held) => {
      if (held.version >= version) return held;
      try {
        return await CodeNamesCache.read(this.orm);
      } catch (err) {
        this.log.warn({ err }, 'could not load the code names again; using the ones in memory');
        return held;
      }
    });
    // Requests arriving meanwhile wait for this load rather than starting another.
    if (this.loaded === pending) this.loaded = next;
    return next;
  }
}
