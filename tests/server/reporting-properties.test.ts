/**
 * Properties of the reporting cycle, with fast-check: random sequences of save, submit, approve, return,
 * unlock and setIndicatorValues, by random callers (a manager, the responsible partner, a viewer, a read-only
 * token), on four cells: two indicators (the partner's node, another organisation's) × two periods (2023-Q1,
 * held by the project's lock date, and 2023-Q2, open). After every step:
 * - the answer is never HTTP 5xx nor INTERNAL_SERVER_ERROR, and every refusal carries a known code;
 * - a refusal changes nothing, in any cell;
 * - the counted (approved) figure of a cell changes only through an approval that names it;
 * - a locked cell's working figures, target and narrative change only through an unlock that names it;
 * - a viewer and a read-only token never change anything; a partner never approves, returns or unlocks, and
 *   never acts on the other organisation's indicator;
 * - a change that goes through leaves the report in the state it leads to.
 * At the end of each sequence a viewer reads exactly the approved figures.
 * FUZZ_RUNS sets the sequences (default 12); FUZZ_SEED replays a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useApi, Role, type Client, type GraphQLResponse } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const KNOWN = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']);

const api = useApi();

const DOCS = {
  save: `mutation($p: ID!, $u: UpdateRefInput!, $i: UpdateContentInput!) { saveIndicatorUpdate(projectId: $p, update: $u, input: $i) { state } }`,
  submit: `mutation($p: ID!, $u: [UpdateRefInput!]!) { submitIndicatorUpdates(projectId: $p, updates: $u) { state } }`,
  approve: `mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { state } }`,
  return: `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { returnIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { state } }`,
  unlock: `mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { unlockIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { state } }`,
  set: `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`,
};
const READ = `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id values { actual approvedActual target dimension period { id } } updates { state version locked narrative period { id } } } } } }`;

type Kind = keyof typeof DOCS;
type Role_ = 'manager' | 'partner' | 'viewer' | 'token';
/** Cells 0–3: indicator (0 the partner's, 1 the other organisation's) × period (0 lock-dated, 1 open). */
type Cell = 0 | 1 | 2 | 3;
type VersionPick = 'current' | 'stale' | 'none';
interface Command {
  kind: Kind;
  who: Role_;
  cells: Cell[];
  version: VersionPick;
  reason: string;
  narrative: string | null;
  value: { actual?: number | null; target?: number };
}

interface CellState {
  state: string;
  version: number;
  locked: boolean;
  narrative: string;
  actual: number | null;
  approvedActual: number | null;
  target: number | null;
}

const cell = fc.constantFrom<Cell>(0, 1, 2, 3);
/** One of the values, each drawn `weight` times as often as a value of weight 1. */
const weighted = <T>(...pairs: [number, T][]) => fc.oneof(...pairs.map(([weight, v]) => ({ weight, arbitrary: fc.constant(v) })));
// Weighted towards changes that go through (a manager, the version read, a reason), so that sequences reach
// approved, returned and unlocked reports; the rest is there to be refused.
const command: fc.Arbitrary<Command> = fc.record({
  kind: weighted<Kind>([3, 'set'], [1, 'save'], [2, 'submit'], [3, 'approve'], [1, 'return'], [2, 'unlock']),
  who: weighted<Role_>([6, 'manager'], [3, 'partner'], [1, 'viewer'], [1, 'token']),
  // Batches for submit and approve; a repeated cell is a bad batch.
  cells: fc.oneof({ weight: 6, arbitrary: cell.map((c) => [c]) }, { weight: 2, arbitrary: fc.uniqueArray(cell, { minLength: 2, maxLength: 3 }) }, { weight: 1, arbitrary: cell.map((c) => [c, c]) }),
  version: weighted<VersionPick>([4, 'current'], [2, 'none'], [1, 'stale']),
  reason: weighted([4, 'The register says otherwise'], [1, ''], [1, '   '], [1, 'x'.repeat(2001)]),
  narrative: weighted<string | null>([1, null], [3, 'Courts reopened'], [1, ''], [1, 'y'.repeat(300)]),
  value: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }).map((actual) => ({ actual })) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }).map((target) => ({ target })) },
    { weight: 1, arbitrary: fc.constant({ actual: null }) },
    { weight: 1, arbitrary: fc.constant({ actual: -1 }) },
  ),
});

/** Each sequence starts from drafts in three cells (one reopened from the lock date), through the same checks. */
const base = { version: 'current', reason: 'Late figures from the ministry', narrative: null } as const;
const PRELUDE: Command[] = [
  { ...base, kind: 'set', who: 'manager', cells: [1], value: { actual: 5 } },
  { ...base, kind: 'set', who: 'manager', cells: [3], value: { actual: 7 } },
  { ...base, kind: 'unlock', who: 'manager', cells: [0], value: {} },
  { ...base, kind: 'set', who: 'partner', cells: [0], value: { actual: 2 } },
];

let projectId: string;
let periods: { id: string }[];
let nodes: { ours: string; theirs: string };
const who: Record<Role_, Client> = {} as Record<Role_, Client>;

beforeAll(async () => {
  const partnerOrg = await makeOrganisation(api, { name: 'Reporting partner', kind: 'NGO' });
  const otherOrg = await makeOrganisation(api, { name: 'Other partner', kind: 'NGO' });
  const made = await makeLogframeProject(api);
  projectId = made.project.id;
  periods = made.periods.slice(0, 2);
  for (const o of [partnerOrg, otherOrg]) await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: o.id, role: '4', projectId } });
  nodes = {
    ours: (await addNode(api, projectId, { statement: 'Victims are referred', responsibleOrganisationId: partnerOrg.id })).id,
    theirs: (await addNode(api, projectId, { statement: 'Officers are trained', responsibleOrganisationId: otherOrg.id })).id,
  };
  // 2023-Q1 ends on the lock date: held until a manager unlocks it. 2023-Q2 is open.
  await api.ok(`mutation($p: ID!, $i: ReportingRulesInput!) { setReportingRules(projectId: $p, input: $i) { id } }`, { p: projectId, i: { lockDate: made.periods[0].endDate, dueDays: 30 } });
  const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, projectId }]);
  const token = await manager.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "read", scope: READ, expiresAt: $e }) { secret } }`, { e: new Date(Date.now() + 86_400_000).toISOString() });
  Object.assign(who, {
    manager,
    partner: await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId }], { organisationId: partnerOrg.id }),
    viewer: await api.signedIn([{ role: Role.VIEWER }]),
    token: api.withHeaders({ authorization: `Bearer ${token.createApiToken.secret}` }),
  });
});

async function observe(indicators: string[]): Promise<CellState[]> {
  const { logframe } = await api.ok(READ, { p: projectId });
  const all = logframe.nodes.flatMap((n: { indicators: unknown[] }) => n.indicators) as {
    id: string;
    values: { actual: number | null; approvedActual: number | null; target: number | null; dimension: string; period: { id: string } }[];
    updates: { state: string; version: number; locked: boolean; narrative: string; period: { id: string } }[];
  }[];
  return ([0, 1, 2, 3] as Cell[]).map((c) => {
    const indicator = all.find((i) => i.id === indicators[c >> 1])!;
    const period = periods[c & 1].id;
    const u = indicator.updates.find((x) => x.period.id === period)!;
    const v = indicator.values.find((x) => x.period.id === period && x.dimension === '');
    return { state: u.state, version: u.version, locked: u.locked, narrative: u.narrative, actual: v?.actual ?? null, approvedActual: v?.approvedActual ?? null, target: v?.target ?? null };
  });
}

function variables(c: Command, indicators: string[], seen: CellState[]): Record<string, unknown> {
  const ref = (n: Cell) => {
    const version = c.version === 'none' ? {} : { version: c.version === 'current' ? seen[n].version : seen[n].version + 1 };
    return { indicatorId: indicators[n >> 1], periodId: periods[n & 1].id, ...version };
  };
  const [first] = c.cells;
  switch (c.kind) {
    case 'save':
      return { p: projectId, u: ref(first), i: { narrative: c.narrative } };
    case 'submit':
    case 'approve':
      return { p: projectId, u: c.cells.map(ref) };
    case 'return':
    case 'unlock':
      return { p: projectId, u: ref(first), r: c.reason };
    case 'set':
      return { p: projectId, v: [{ indicatorId: indicators[first >> 1], periodId: periods[first & 1].id, ...c.value }] };
  }
}

/** The state a report is in after a change of this kind went through. */
function stateAfter(kind: Kind, before: string): string[] {
  switch (kind) {
    case 'submit':
      return ['SUBMITTED'];
    case 'approve':
      return ['APPROVED'];
    case 'return':
      return ['RETURNED'];
    case 'unlock':
      return ['DRAFT'];
    case 'save':
      return before === 'NOT_REPORTED' ? ['DRAFT'] : [before];
    case 'set':
      // A target alone opens no report; a result does.
      return before === 'NOT_REPORTED' ? ['NOT_REPORTED', 'DRAFT'] : [before];
  }
}

describe('the reporting cycle under random sequences of changes by random callers', () => {
  // How each kind of change ended, by caller: shows whether the sequences reach past the refusals. FUZZ_STATS=1 prints it.
  const stats = new Map<string, number>();
  afterAll(() => {
    if (process.env.FUZZ_STATS) console.log([...stats].sort().map(([k, v]) => `${k.padEnd(40)} ${v}`).join('\n'));
  });
  it('never fails the server, refuses with known codes, and counts a figure only through an approval', { timeout: Math.max(120_000, RUNS * 15_000) }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 16, size: 'medium' }), async (commands) => {
        // Fresh indicators for each sequence, each with a target in both periods.
        run++;
        const indicators = [
          (await addIndicator(api, nodes.ours, { title: `Victims referred ${run}`, measure: '1', aggregation: 'SUM' })).id,
          (await addIndicator(api, nodes.theirs, { title: `Officers trained ${run}`, measure: '1', aggregation: 'SUM' })).id,
        ];
        let seen = await observe(indicators);
        for (const [step, c] of [...PRELUDE, ...commands].entries()) {
          const res: GraphQLResponse = await who[c.who].gql(DOCS[c.kind], variables(c, indicators, seen));
          const after = await observe(indicators);
          const context = `step ${step} ${JSON.stringify(c).slice(0, 300)}\nbefore ${JSON.stringify(seen)}\nafter ${JSON.stringify(after)}\nanswer ${JSON.stringify(res.errors ?? res.data).slice(0, 600)}`;
          const codes = res.errors?.map((e) => e.extensions?.code) ?? [];
          expect(codes, context).not.toContain('INTERNAL_SERVER_ERROR');
          for (const code of codes) expect(KNOWN.has(code as string), `unknown code ${code}\n${context}`).toBe(true);
          const ok = !res.errors?.length;
          const outcome = `${c.kind} ${c.who} ${ok ? 'accepted' : codes[0]}`;
          stats.set(outcome, (stats.get(outcome) ?? 0) + 1);
          const named = new Set(c.kind === 'submit' || c.kind === 'approve' ? c.cells : [c.cells[0]]);

          if (!ok) expect(after, `a refusal changed something\n${context}`).toEqual(seen);
          if (c.who === 'viewer' || c.who === 'token') expect(ok, `a reader changed something\n${context}`).toBe(false);
          if (c.who === 'partner' && (['approve', 'return', 'unlock'].includes(c.kind) || [...named].some((n) => n >> 1 === 1))) expect(ok, `the partner overstepped\n${context}`).toBe(false);

          for (const n of [0, 1, 2, 3] as Cell[]) {
            const [b, a] = [seen[n], after[n]];
            if (a.approvedActual !== b.approvedActual) expect(ok && c.kind === 'approve' && named.has(n), `cell ${n}: the counted figure changed without an approval\n${context}`).toBe(true);
            if (b.locked && !(ok && c.kind === 'unlock' && named.has(n))) {
              expect([a.actual, a.target, a.narrative], `cell ${n}: a locked cell changed without an unlock\n${context}`).toEqual([b.actual, b.target, b.narrative]);
            }
            if (ok && named.has(n)) expect(stateAfter(c.kind, b.state), `cell ${n}: state after ${c.kind}\n${context}`).toContain(a.state);
            if (ok && !named.has(n)) expect(a, `cell ${n}: changed by a change that did not name it\n${context}`).toEqual(b);
            // What was just approved is what counts.
            if (a.state === 'APPROVED') expect([a.locked, a.approvedActual], `cell ${n}\n${context}`).toEqual([true, a.actual]);
          }
          seen = after;
        }
        // A viewer reads the approved figures, and nothing else.
        const { logframe } = await who.viewer.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id values { actual dimension period { id } } } } } }`, { p: projectId });
        const read = logframe.nodes.flatMap((x: { indicators: unknown[] }) => x.indicators) as { id: string; values: { actual: number | null; dimension: string; period: { id: string } }[] }[];
        for (const n of [0, 1, 2, 3] as Cell[]) {
          const v = read.find((i) => i.id === indicators[n >> 1])!.values.find((x) => x.period.id === periods[n & 1].id && x.dimension === '');
          expect(v?.actual ?? null, `viewer, cell ${n}`).toBe(seen[n].approvedActual);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
