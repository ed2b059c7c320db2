/**
 * Value entry under contention: concurrent batches never stall the server, a batch locks only the cells it
 * changes, lock waits are bounded, and a cell that was empty when read is still empty when written.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject } from '../support/factories.js';

const api = useApi();

const SET = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id actual target comment version period { id label } } }`;
const VALUES = `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id values { actual target comment version period { id } } } } } }`;

async function indicatorProject() {
  const { project, periods } = await makeLogframeProject(api);
  const outcome = await addNode(api, project.id, { statement: 'Prosecutions increase' });
  const indicator = await addIndicator(api, outcome.id, { title: 'Cases prosecuted', measure: '1', aggregation: 'SUM' });
  return { project, periods, indicator };
}

async function storedValues(projectId: string) {
  const data = await api.ok(VALUES, { p: projectId });
  return data.logframe.nodes.flatMap((n: any) => n.indicators).flatMap((i: any) => i.values) as { actual: number | null; comment: string; version: number; period: { id: string } }[];
}

/** Sends one request and gives up after `ms`, so a stalled server fails the test instead of hanging it. */
async function timed(query: string, variables: Record<string, unknown>, cookie: string, ms = 8000) {
  const started = Date.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(ms),
  });
  return { status: res.status, body: (await res.json()) as any, ms: Date.now() - started };
}

describe('concurrent value entry', () => {
  it('answers twelve concurrent batches on one indicator within seconds, more than the pool has connections', async () => {
    const { project, periods, indicator } = await indicatorProject();
    const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const batches = Array.from({ length: 12 }, (_, i) =>
      timed(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[i % periods.length].id, target: 10 + i, version: i < periods.length ? 0 : undefined }] }, manager.cookie),
    );
    const results = await Promise.all(batches);
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.errors?.map((e: any) => e.extensions.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    }
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(6000);
    const health = await fetch(`${api.url}/healthz`, { signal: AbortSignal.timeout(2000) });
    expect(health.status).toBe(200);
  });

  it('does not make a batch on one period wait for a transaction that holds another period', async () => {
    const { project, periods, indicator } = await indicatorProject();
    await api.ok(SET, { p: project.id, v: [0, 1].map((i) => ({ indicatorId: indicator.id, periodId: periods[i].id, target: 5, version: 0 })) });
    const [first, second] = (await storedValues(project.id)).sort((a, b) => (a.period.id === periods[0].id ? -1 : b.period.id === periods[0].id ? 1 : 0));

    // Another session holds the first period's value locked, as a slow batch would.
    const holder = new pg.Client({ connectionString: api.orm.config.getClientUrl() });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`select * from indicator_value where indicator_id = $1 and period_id = $2 for update`, [indicator.id, periods[0].id]);
      await holder.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${indicator.id}|${periods[0].id}`]);

      const other = await timed(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[1].id, target: 6, version: second.version }] }, (await admin()).cookie);
      expect(other.body.errors).toBeUndefined();
      expect(other.ms).toBeLessThan(2000);

      // The locked period answers within the lock timeout, with a retryable conflict, instead of hanging.
      const blocked = await timed(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, target: 7, version: first.version }] }, (await admin()).cookie);
      expect(blocked.status).toBe(200);
      expect(blocked.body.errors[0].extensions.code).toBe('CONFLICT');
      expect(blocked.body.errors[0].extensions.retryable).toBe(true);
      expect(blocked.body.errors[0].message).toMatch(/being changed by someone else right now/);
      expect(blocked.ms).toBeLessThan(6000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const after = await storedValues(project.id);
    expect(after.find((v) => v.period.id === periods[0].id)!.actual ?? null).toBeNull();
  });
});

let adminClient: Promise<{ cookie: string }> | undefined;
const admin = () => (adminClient ??= api.signedIn([{ role: Role.ADMIN }]));

describe('a cell that was empty when read', () => {
  it('refuses the second of two saves into the same empty cell, with the first value and the period', async () => {
    const { project, periods, indicator } = await indicatorProject();
    const ana = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const ben = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }]);
    const cell = { indicatorId: indicator.id, periodId: periods[1].id, version: 0 };
    await ana.ok(SET, { p: project.id, v: [{ ...cell, actual: 12, comment: 'From the court registry' }] });
    const second = await ben.gql(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, actual: 3, version: 0 }, { ...cell, actual: 15 }] });
    const error = second.errors![0];
    expect(error.extensions!.code).toBe('CONFLICT');
    expect(error.message).toContain(periods[1].label);
    expect(error.extensions!.fields).toEqual([{ field: 'values.1.version', message: 'changed by someone else' }]);
    expect(error.extensions!.conflicts).toEqual([
      expect.objectContaining({ index: 1, indicatorId: indicator.id, periodId: periods[1].id, periodLabel: periods[1].label, dimension: '', category: '', currentVersion: 1, current: expect.objectContaining({ actual: 12, comment: 'From the court registry' }) }),
    ]);
    // Refused whole: Ben's other cell was not written either.
    const stored = await storedValues(project.id);
    expect(stored.map((v) => [v.period.id, v.actual])).toEqual([[periods[1].id, 12]]);
  });

  it('lets exactly one of many concurrent saves into one empty cell win', async () => {
    const { project, periods, indicator } = await indicatorProject();
    const clients = await Promise.all(Array.from({ length: 6 }, () => api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId: project.id }])));
    const results = await Promise.all(clients.map((c, i) => c.gql(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[2].id, actual: 100 + i, version: 0 }] })));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions!.code).toBe('CONFLICT');
    const stored = await storedValues(project.id);
    expect(stored.map((v) => v.actual)).toEqual([winners[0].data.setIndicatorValues[0].actual]);
  });

  it('still lets a client that does not send versions write the last value', async () => {
    const { project, periods, indicator } = await indicatorProject();
    await api.ok(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, actual: 1 }] });
    await api.ok(SET, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, actual: 2 }] });
    expect((await storedValues(project.id)).map((v) => [v.actual, v.version])).toEqual([[2, 2]]);
  });
});

describe('bounded waits', () => {
  it('answers a change to a record locked elsewhere with a retryable CONFLICT within the lock timeout, and writes nothing', async () => {
    const { project } = await makeLogframeProject(api);
    const holder = new pg.Client({ connectionString: api.orm.config.getClientUrl() });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select * from project where id = $1 for update', [project.id]);
      const res = await timed(`mutation($id: ID!) { updateProject(id: $id, input: { title: "Renamed while locked" }) { title } }`, { id: project.id }, (await admin()).cookie);
      expect(res.status).toBe(200);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', retryable: true });
      expect(res.ms).toBeLessThan(6000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    expect((await api.raw('select title from project where id = ?', [project.id]))[0].title).toBe(project.title);
  });

  it('runs every statement of the app under a statement, lock and idle-transaction timeout', async () => {
    const [row] = await api.raw(`select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle`);
    expect(row).toEqual({ statement: '15s', lock: '3s', idle: '30s' });
  });
});

describe('the transaction rule', () => {
  it('refuses at once a second connection asked for inside a transaction, instead of waiting for one', async () => {
    const other = api.orm.em.fork();
    const started = Date.now();
    const attempt = api.orm.em.fork().transactional(async (tx) => {
      await tx.execute('select 1');
      return other.execute('select 1');
    });
    await expect(attempt).rejects.toThrow(/requested while the same request holds an open transaction/);
    expect(Date.now() - started).toBeLessThan(2000);
    // Outside a transaction the pool serves as usual.
    expect(await other.execute('select 1 as one')).toEqual([{ one: 1 }]);
  });
});
