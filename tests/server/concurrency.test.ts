/**
 * Fifty clients do read-modify-write on one logframe's values and nodes for a bounded time, retrying on
 * CONFLICT as the SPA does. Each write appends a unique token to the text it read, so a lost update shows
 * as a missing token. Afterwards every acknowledged token is in the final state and in the history exactly
 * once; meanwhile no request failed with an internal error, none waited long, and /healthz stayed quick.
 */
import { describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject } from '../support/factories.js';

const api = useApi();

const CLIENTS = 50;
const USERS = 5;
const RUN_MS = Number(process.env.CONCURRENCY_RUN_MS ?? 8000);
const SLOWEST_ALLOWED_MS = 5000;

const VALUES = `query($p: ID!) { logframe(projectId: $p) { nodes { id indicators { id values { comment version period { id } dimension } } } } }`;
const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { version } }`;
const NODE = `query($p: ID!) { logframe(projectId: $p) { nodes { id description version } } }`;
const HISTORY = `query($p: ID!, $after: String) { projectHistory(projectId: $p, first: 100, after: $after) { items { entityType changes } endCursor hasNextPage } }`;
const UPDATE_NODE = `mutation($id: ID!, $d: String!, $v: Int) { updateResultNode(id: $id, input: { description: $d }, version: $v) { version } }`;

interface Timed {
  status: number;
  body: any;
}

describe('fifty concurrent editors of one logframe', () => {
  it('loses no acknowledged write, records each once, and never stalls', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const outcome = await addNode(api, project.id, { statement: 'Prosecutions increase' });
    const nodes = [outcome, ...(await Promise.all([1, 2, 3].map((n) => addNode(api, project.id, { parentId: outcome.id, statement: `Output ${n}` }))))];
    const indicators = await Promise.all([1, 2].map((n) => addIndicator(api, outcome.id, { title: `Indicator ${n}`, measure: '1', aggregation: 'SUM' })));
    const cells = indicators.flatMap((i) => periods.slice(0, 4).map((p) => ({ indicatorId: i.id, periodId: p.id })));
    const users = await Promise.all(Array.from({ length: USERS }, () => api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }])));

    const durations: number[] = [];
    const failures: unknown[] = [];
    const send = async (cookie: string, query: string, variables: Record<string, unknown>): Promise<Timed> => {
      const started = Date.now();
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(20_000) });
      const body = await res.json();
      durations.push(Date.now() - started);
      const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
      if (res.status >= 500 || codes.some((c: string) => c !== 'CONFLICT')) failures.push({ status: res.status, errors: body.errors });
      return { status: res.status, body };
    };

    const acknowledged = { values: new Map<string, string[]>(), nodes: new Map<string, string[]>() };
    const remember = (map: Map<string, string[]>, key: string, token: string) => map.set(key, [...(map.get(key) ?? []), token]);
    const deadline = Date.now() + RUN_MS;

    const editor = async (client: number) => {
      const { cookie } = users[client % USERS];
      for (let n = 0; Date.now() < deadline; n++) {
        const token = `[c${client}.${n}]`;
        if (n % 3 !== 2) {
          const cell = cells[(client + n) % cells.length];
          const read = await send(cookie, VALUES, { p: project.id });
          const value = read.body.data.logframe.nodes.flatMap((x: any) => x.indicators).find((i: any) => i.id === cell.indicatorId).values.find((v: any) => v.period.id === cell.periodId && !v.dimension);
          const write = await send(cookie, SET, { p: project.id, v: [{ ...cell, comment: `${value?.comment ?? ''}${token}`, version: value?.version ?? 0 }] });
          if (!write.body.errors) remember(acknowledged.values, `${cell.indicatorId}|${cell.periodId}`, token);
        } else {
          const node = nodes[(client + n) % nodes.length];
          const read = await send(cookie, NODE, { p: project.id });
          const current = read.body.data.logframe.nodes.find((x: any) => x.id === node.id);
          const write = await send(cookie, UPDATE_NODE, { id: node.id, d: `${current.description}${token}`, v: current.version });
          if (!write.body.errors) remember(acknowledged.nodes, node.id, token);
        }
      }
    };

    const health: number[] = [];
    const watchHealth = async () => {
      while (Date.now() < deadline) {
        const started = Date.now();
        const res = await fetch(`${api.url}/healthz`, { signal: AbortSignal.timeout(5000) });
        expect(res.status).toBe(200);
        health.push(Date.now() - started);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    await Promise.all([...Array.from({ length: CLIENTS }, (_, c) => editor(c)), watchHealth()]);

    const sorted = [...durations].sort((a, b) => a - b);
    expect(failures).toEqual([]);
    expect(sorted.at(-1), `slowest of ${sorted.length} requests (median ${sorted[sorted.length >> 1]} ms)`).toBeLessThan(SLOWEST_ALLOWED_MS);
    expect(Math.max(...health)).toBeLessThan(1000);
    const writes = [...acknowledged.values.values(), ...acknowledged.nodes.values()].flat();
    expect(writes.length).toBeGreaterThan(CLIENTS);

    // Final state: every acknowledged token, each exactly once.
    const final = await api.ok(VALUES, { p: project.id });
    for (const [key, tokens] of acknowledged.values) {
      const [indicatorId, periodId] = key.split('|');
      const comment: string = final.logframe.nodes.flatMap((x: any) => x.indicators).find((i: any) => i.id === indicatorId).values.find((v: any) => v.period.id === periodId && !v.dimension).comment;
      expect(comment.match(/\[c\d+\.\d+\]/g)!.sort()).toEqual([...tokens].sort());
    }
    const finalNodes = (await api.ok(NODE, { p: project.id })).logframe.nodes;
    for (const [id, tokens] of acknowledged.nodes) {
      expect((finalNodes.find((x: any) => x.id === id).description as string).match(/\[c\d+\.\d+\]/g)!.sort()).toEqual([...tokens].sort());
    }

    // History, page by page as a client reads it: one recorded change per acknowledged write, each adding its token.
    const events: { entityType: string; changes: Record<string, { before: string | null; after: string | null }> }[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: any = (await api.ok(HISTORY, { p: project.id, after })).projectHistory;
      events.push(...page.items);
      [after, more] = [page.endCursor, page.hasNextPage];
    }
    const recorded = events
      .filter((e) => ['IndicatorValue', 'ResultNode'].includes(e.entityType))
      .map((e) => e.changes.comment ?? e.changes.description)
      .filter((c) => c?.after)
      .map((c) => c!.after!.slice((c!.before ?? '').length))
      .filter((t) => /^\[c\d+\.\d+\]$/.test(t));
    expect(recorded.sort()).toEqual(writes.sort());
  }, 120_000);
});
