import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { DomainError } from '../../common/errors.js';
import { actorStorage } from '../../audit/actor.js';
import { analyseFile, type PreviewActivity } from './preview.js';
import { commitFile } from './write.js';
import type { ImportFiles } from './import.files.js';

/** A job whose worker has not been heard of for this long was left by a process that stopped. */
const STALE_SECONDS = 60;
const HEARTBEAT_MS = 250;

/**
 * Runs import jobs inside the app process, one at a time. A job is claimed with `FOR UPDATE SKIP LOCKED` in a
 * single statement, so any number of processes can share the table (through PgBouncer in transaction mode too:
 * no session state, no LISTEN). An upload or a commit in this process wakes the worker at once; jobs queued by
 * another process are found by polling. A job left PREVIEWING by a stopped process is read again; one left
 * IMPORTING is marked FAILED (its transaction was rolled back with the connection: nothing was written).
 *
 * Its statements go through the query builder's connection rather than the EntityManager, so that a job never
 * mixes with the statements a request runs or counts.
 */
/** Every worker started in this process (one per app), so that a commit queued by a request wakes them. */
const workers = new Set<ImportWorker>();
export const kickWorkers = () => workers.forEach((w) => w.kick());

export class ImportWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private again = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly files: ImportFiles,
    private readonly log: Logger,
    private readonly pollMs = 5000,
  ) {}

  private async sql<T = Record<string, unknown>>(text: string, bindings: unknown[] = []): Promise<T[]> {
    const result = await this.orm.em.getKnex().raw(text, bindings as never);
    return (result as { rows: T[] }).rows;
  }

  start(): void {
    this.stopped = false;
    workers.add(this);
    this.kick();
  }

  /** Looks for work now (after an upload or a commit in this process). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain()
      .catch((err) => this.log.warn({ err }, 'the IATI import worker could not look for work; it tries again'))
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.kick();
        } else {
          this.timer = setTimeout(() => this.kick(), this.pollMs);
          this.timer.unref();
        }
      });
  }

  /** Stops polling and waits for the job in hand, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    workers.delete(this);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async drain(): Promise<void> {
    await this.sql(
      `update iati_import set state = case state when 'PREVIEWING' then 'UPLOADED' else 'FAILED' end,
              failure = case state when 'IMPORTING' then 'The import was interrupted when the server stopped; nothing was written. Import it again.' else failure end,
              updated_at = now()
       where state in ('PREVIEWING', 'IMPORTING') and heartbeat_at < now() - make_interval(secs => ?)`,
      [STALE_SECONDS],
    );
    while (!this.stopped) {
      const [job] = await this.sql<{ id: string; state: string; created_by: string; bytes_total: string; orphan_programme_id: string | null; preview: { activities: PreviewActivity[] } | null }>(
        `update iati_import j set state = case j.state when 'UPLOADED' then 'PREVIEWING' else 'IMPORTING' end, heartbeat_at = now(), updated_at = now(), progress = 0
         where j.id = (select id from iati_import where state in ('UPLOADED', 'QUEUED') order by created_at limit 1 for update skip locked)
         returning j.id, j.state, j.created_by, j.bytes_total, j.orphan_programme_id, j.preview`,
      );
      if (!job) return;
      if (job.state === 'PREVIEWING') await this.preview(job.id, Number(job.bytes_total));
      else await this.commit(job.id, Number(job.bytes_total), job.created_by, job.orphan_programme_id, job.preview?.activities ?? []);
    }
  }

  /**
   * Records progress and the heartbeat every HEARTBEAT_MS from a timer started outside the import's transaction
   * (a statement from inside it would need a second connection, which the transaction guard refuses). `alive`
   * turns false once the job has left `state` (cancelled).
   */
  private beat(id: string, state: string) {
    let latest = { bytes: 0, progress: 0 };
    let alive = true;
    const timer = setInterval(() => {
      this.sql(`update iati_import set bytes_read = ?, progress = ?, heartbeat_at = now() where id = ? and state = ? returning id`, [latest.bytes, Math.min(1, latest.progress), id, state])
        .then((rows) => void (alive = rows.length > 0))
        .catch((err) => this.log.warn({ err, importId: id }, 'the progress of an IATI import could not be recorded'));
    }, HEARTBEAT_MS);
    return {
      alive: () => alive,
      progress: (bytes: number, progress: number) => void (latest = { bytes, progress }),
      stop: () => clearInterval(timer),
    };
  }

  private async preview(id: string, total: number): Promise<void> {
    const beat = this.beat(id, 'PREVIEWING');
    try {
      const em = this.orm.em.fork() as EntityManager;
      const analysis = await analyseFile(em, this.files.open(id), { onProgress: (bytes) => beat.progress(bytes, bytes / (total || 1)), shouldStop: () => !beat.alive() });
      if (!beat.alive()) return;
      await this.sql(
        `update iati_import set state = ?, iati_version = ?, preview = ?, errors = ?, warnings = ?, bytes_read = bytes_total, progress = 1, heartbeat_at = null, updated_at = now() where id = ? and state = 'PREVIEWING'`,
        [analysis.errors.length ? 'INVALID' : 'READY', analysis.version?.slice(0, 20) ?? null, JSON.stringify(analysis.preview), JSON.stringify(analysis.errors), JSON.stringify(analysis.warnings), id],
      );
    } catch (err) {
      this.log.error({ err, importId: id }, 'an IATI file could not be read');
      await this.sql(`update iati_import set state = 'FAILED', failure = ?, heartbeat_at = null, updated_at = now() where id = ? and state = 'PREVIEWING'`, ['The file could not be read. Upload it again.', id]);
    } finally {
      beat.stop();
    }
  }

  private async commit(id: string, total: number, userId: string, orphanProgrammeId: string | null, activities: PreviewActivity[]): Promise<void> {
    const beat = this.beat(id, 'IMPORTING');
    const plan = new Map(activities.map((a) => [a.identifier, a]));
    try {
      const em = this.orm.em.fork() as EntityManager;
      // The audit trail names the user who imported.
      await actorStorage.run({ userId, tokenId: null }, () =>
        commitFile(em, () => this.files.open(id), plan, {
          orphanProgrammeId,
          userId,
          onProgress: (pass, bytes) => beat.progress(bytes, (pass + bytes / (total || 1)) / 2),
          onDone: async (tx, result) => {
            // In the import's own transaction: the job reads IMPORTED exactly when the data is there.
            await tx.execute(`update iati_import set state = 'IMPORTED', result = ?, progress = 1, heartbeat_at = null, updated_at = now() where id = ?`, [JSON.stringify(result), id]);
          },
        }),
      );
    } catch (err) {
      const known = err instanceof DomainError;
      if (!known) this.log.error({ err, importId: id }, 'an IATI import failed');
      const message = known ? `${err.message} ${err.fields.map((f) => f.message).join('; ')}`.trim() : 'The import failed; nothing was written. Try again, or ask an administrator to look at the server log.';
      await this.sql(`update iati_import set state = 'FAILED', failure = ?, heartbeat_at = null, updated_at = now() where id = ? and state = 'IMPORTING'`, [message.slice(0, 2000), id]);
    } finally {
      beat.stop();
    }
  }
}
