import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import pg from 'pg';

/**
 * A logical dump that needs no PostgreSQL client binaries: every table's rows as JSON lines, read in one
 * repeatable-read snapshot, and the sequences' positions. It is the fallback when no pg_dump of the server's
 * version is at hand, which is the case of the embedded PostgreSQL (its package ships the server, not pg_dump).
 * The schema is not in it: it comes from Accord's migrations, and a restore checks that the columns agree.
 */

export interface RowsManifest {
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; lastValue: string | null }[];
}

interface Table {
  name: string;
  columns: string[];
  identityAlways: boolean;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of Accord's schema with the columns a row is written with (generated ones are computed again). */
async function tablesOf(client: pg.Client): Promise<Table[]> {
  const { rows } = await client.query<Table>(
    `select c.relname as name, array_agg(a.attname::text order by a.attnum) filter (where a.attgenerated = '') as columns, bool_or(a.attidentity = 'a') as "identityAlways"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = current_schema() and c.relkind = 'r'
      group by c.relname order by c.relname`,
  );
  return rows;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function dumpRows(url: string, dir: string): Promise<RowsManifest> {
  await fsp.mkdir(dir, { recursive: true });
  const client = await connect(url);
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await tablesOf(client);
    const manifest: RowsManifest = { tables: [], sequences: [] };
    for (const t of tables) {
      const out = fs.createWriteStream(path.join(dir, `${t.name}.ndjson`));
      await client.query(`declare dump_rows no scroll cursor for select row_to_json(r)::text as j from (select ${t.columns.map(ident).join(', ')} from ${ident(t.name)}) r`);
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ j: string }>('fetch 1000 from dump_rows');
        if (!rows.length) break;
        count += rows.length;
        if (!out.write(rows.map((r) => r.j).join('\n') + '\n')) await once(out, 'drain');
      }
      await client.query('close dump_rows');
      out.end();
      await once(out, 'finish');
      manifest.tables.push({ name: t.name, columns: t.columns, rows: count });
    }
    manifest.sequences = (await client.query(`select sequencename as name, last_value::text as "lastValue" from pg_sequences where schemaname = current_schema() order by 1`)).rows;
    await client.query('commit');
    return manifest;
  } finally {
    await client.end();
  }
}

const BATCH = 500;

/**
 * Replaces every table's rows with the dump's, in one transaction. Triggers and foreign keys are held off while
 * the tables fill (session_replication_role, which needs a superuser, as the embedded database's user is).
 */
export async function restoreRows(url: string, dir: string, manifest: RowsManifest): Promise<void> {
  const client = await connect(url);
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    await client.query(`set local statement_timeout = 0`);
    await client.query(`set local lock_timeout = '60s'`);
    const present = new Map((await tablesOf(client)).map((t) => [t.name, t]));
    const inBackup = new Set(manifest.tables.map((t) => t.name));
    const differ = [...manifest.tables.filter((t) => present.get(t.name)?.columns.join() !== t.columns.join()).map((t) => t.name), ...[...present.keys()].filter((n) => !inBackup.has(n))];
    if (differ.length) throw new Error(`The database's tables differ from the backup's (${differ.slice(0, 5).join(', ')}): restore with the Accord version that made the backup.`);
    await client.query(`truncate ${manifest.tables.map((t) => ident(t.name)).join(', ')} restart identity`);
    for (const t of manifest.tables) {
      const columns = t.columns.map(ident).join(', ');
      const insert = `insert into ${ident(t.name)} (${columns}) ${present.get(t.name)!.identityAlways ? 'overriding system value' : ''} select ${columns} from json_populate_recordset(null::${ident(t.name)}, $1::json)`;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(',')}]`]);
        batch = [];
      };
      for await (const line of readline.createInterface({ input: fs.createReadStream(path.join(dir, `${t.name}.ndjson`)), crlfDelay: Infinity })) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
    }
    for (const s of manifest.sequences) {
      await client.query(`select setval($1::regclass, $2, $3)`, [ident(s.name), s.lastValue ?? 1, s.lastValue != null]);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
