/** The reporting cycle, done the way a manager does it through the API: only approved figures count. */
import type { Client } from './api.js';

const OPEN = new Set(['DRAFT', 'SUBMITTED', 'RETURNED']);
const BATCH = 500;

export interface UpdateRef {
  indicatorId: string;
  periodId: string;
  version: number;
}

/** The project's reports that wait for a decision (draft, submitted or returned), read through the logframe. */
export async function openReports(client: Client, projectId: string): Promise<UpdateRef[]> {
  const { logframe } = await client.ok(
    `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id updates { state version period { id } } } } } }`,
    { p: projectId },
  );
  return (logframe.nodes as { indicators: { id: string; updates: { state: string; version: number; period: { id: string } }[] }[] }[]).flatMap((n) =>
    n.indicators.flatMap((i) => i.updates.filter((u) => OPEN.has(u.state)).map((u) => ({ indicatorId: i.id, periodId: u.period.id, version: u.version }))),
  );
}

/**
 * Approves every report of the project that waits for a decision, as a manager would after reading them
 * (`client` must manage the project; tests pass `api`, the administrator). Returns how many were approved.
 */
export async function approveReported(client: Client, projectId: string): Promise<number> {
  const refs = await openReports(client, projectId);
  for (let i = 0; i < refs.length; i += BATCH) {
    await client.ok(`mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { state } }`, { p: projectId, u: refs.slice(i, i + BATCH) });
  }
  return refs.length;
}
