/** Uploading IATI files and following their import jobs over HTTP and GraphQL, as a client does. */
import fs from 'node:fs';
import path from 'node:path';
import type { Client, TestApi } from './api.js';

export const REAL_WORLD = path.resolve('tests/fixtures/iati/real-world');
export const realWorld = (name: string) => fs.readFileSync(path.join(REAL_WORLD, name), 'utf8');

export const JOB = `id state progress bytesTotal bytesRead iatiVersion errorCount warningCount programmeId failure
  errors { activity line column message } warnings { activity line column message }
  activities { identifier line title kind action parent orphan organisations budgets transactions results indicators periods documents }
  result { programmesCreated programmesUpdated projectsCreated projectsUpdated organisationsCreated budgets transactions results indicators activities { identifier kind id title } }`;

export async function uploadIati(api: TestApi, cookie: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/iati/imports`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/xml', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Reads the job until it leaves the given states. */
export async function waitForJob(client: Client, id: string, passing: string[] = ['UPLOADED', 'PREVIEWING', 'QUEUED', 'IMPORTING'], timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { iatiImport } = await client.ok(`query($id: ID!) { iatiImport(id: $id) { ${JOB} } }`, { id });
    if (!passing.includes(iatiImport.state)) return iatiImport;
    if (Date.now() > until) throw new Error(`import ${id} still ${iatiImport.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function commitIati(client: Client, id: string, programmeId?: string) {
  return client.gql(`mutation($id: ID!, $p: ID) { commitIatiImport(id: $id, programmeId: $p) { ${JOB} } }`, { id, p: programmeId ?? null });
}

/**
 * Counts taken from the file's text with regular expressions, independently of the importer: per
 * `<iati-activity>`, its identifier, hierarchy, and how many budgets (with their values), transactions, results
 * and indicators it holds.
 */
export function countActivities(xml: string) {
  return [...xml.matchAll(/<iati-activity[\s>][\s\S]*?<\/iati-activity>/g)].map(([block]) => ({
    identifier: /<iati-identifier>([^<]*)</.exec(block)![1].trim(),
    hierarchy: /<iati-activity[^>]*\shierarchy="(\d)"/.exec(block)?.[1] ?? '1',
    parent: /<related-activity[^>]*ref="([^"]+)"[^>]*type="1"|<related-activity[^>]*type="1"[^>]*ref="([^"]+)"/.exec(block)?.slice(1).find(Boolean) ?? null,
    budgets: [...block.matchAll(/<budget[\s>][\s\S]*?<value[^>]*>([^<]*)</g)].map((m) => Number(m[1])),
    transactions: (block.match(/<transaction[\s>]/g) ?? []).length,
    results: (block.match(/<result[\s>]/g) ?? []).length,
    indicators: (block.match(/<indicator[\s>]/g) ?? []).length,
    /** Periods per indicator, a period given twice (same start) counted once. */
    periods: [...block.matchAll(/<indicator[\s>][\s\S]*?<\/indicator>/g)].reduce((n, [i]) => n + new Set([...i.matchAll(/<period-start iso-date="([^"]+)"/g)].map((m) => m[1])).size, 0),
  }));
}
