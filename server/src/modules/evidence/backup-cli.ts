/**
 * `npm run backup -- <dir>` and `npm run restore -- <dir>`: the database and the evidence files of DATABASE_URL,
 * or of the embedded database and files under DATA_DIR. A backup runs beside a running Accord; a restore replaces
 * the data, so Accord must be stopped for it.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openDatabase } from '../../db/database.js';
import { startEmbeddedPostgres } from '../../db/embedded.js';
import { backup, restore, type BackupSource } from './backup.js';

// The embedded database's credentials, as db/embedded.ts creates them; it listens on 127.0.0.1 only.
const EMBEDDED_CREDENTIALS = 'accord:accord';

/** The port of the embedded postmaster serving DATA_DIR, read from its pid file, when it runs. */
async function runningEmbeddedPort(dataDir: string): Promise<number | null> {
  const lines = (await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number(lines[3]) || null;
}

const [command, target] = process.argv.slice(2);
if (!['backup', 'restore'].includes(command) || !target) {
  console.error('usage: npm run backup -- <dir>   |   npm run restore -- <dir>');
  process.exit(2);
}
const config = loadConfig();
const log = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
const dir = path.resolve(target);
const files = config.evidence.s3 ? { evidenceDir: null, s3Bucket: config.evidence.s3.bucket } : { evidenceDir: config.evidence.dir };
let stop = async () => {};
try {
  let source: BackupSource;
  if (command === 'backup') {
    let url = config.databaseUrl;
    if (!url) {
      const port = await runningEmbeddedPort(config.dataDir);
      if (port) url = `postgres://${EMBEDDED_CREDENTIALS}@127.0.0.1:${port}/accord`;
      else {
        const embedded = await startEmbeddedPostgres(config.dataDir, log);
        stop = embedded.stop;
        url = embedded.url('accord');
      }
    }
    source = { databaseUrl: url, ...files };
    const manifest = await backup(source, dir);
    console.log(`backed up into ${dir}: the database (${manifest.database.kind === 'pg_dump' ? 'pg_dump' : 'rows of every table'}) and ${manifest.evidence.kind === 'disk' ? `${manifest.evidence.files} evidence files` : `no evidence files: they are in the S3 bucket "${manifest.evidence.bucket}", which its provider backs up`}`);
  } else {
    if (!config.databaseUrl && (await runningEmbeddedPort(config.dataDir))) throw new Error('Accord (its embedded database) is running: stop it before a restore');
    // Migrated first, so that an empty database has the tables the rows go back into.
    const db = await openDatabase({ ...config, seedDemo: false }, log);
    stop = db.stop;
    source = { databaseUrl: db.url, ...files };
    const manifest = await restore(source, dir);
    console.log(`restored the backup of ${manifest.createdAt} from ${dir}`);
  }
} catch (err) {
  console.error(`${command} failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await stop();
}
