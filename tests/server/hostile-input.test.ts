/**
 * Hostile input, property-based: for every mutation and every query that takes arguments, fast-check
 * builds the variables from the schema's own argument types (tests/support/schema-arbitraries.ts) and
 * sends them over HTTP as an administrator, a programme manager, a partner reporter or nobody, against
 * seeded data. Whatever comes in:
 * - the answer is never HTTP 5xx and never INTERNAL_SERVER_ERROR;
 * - a refused call changes nothing: a fingerprint of every table (row counts and a hash of every row) is
 *   the same before and after it. The money tables are seeded too (a contribution, a budget line, incoming
 *   funds, a transfer, expenditure, a rate), so that the finance mutations reach their rules.
 * FUZZ_RUNS sets the cases per root field (default 50, a few thousand in all); `npm run fuzz` runs many
 * more. FUZZ_SEED replays a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { useApi, Role, type GraphQLResponse } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { documentFor, variablesArbitrary, type Hints, type IdPool } from '../support/schema-arbitraries.js';
import { buildAccordSchema } from '../../server/src/graphql/schema.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const api = useApi();
const schema = await buildAccordSchema();

/**
 * Root fields under test: every mutation and every query with arguments. `signOut` would end the
 * caller's own session; it takes no input anyway.
 */
const operations = [
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
].filter(([, f]) => f.args.length > 0 && f.name !== 'signOut') as ['query' | 'mutation', GraphQLField<unknown, unknown>][];

/** Refused sign-ins are counted for the rate limit: that write is the point, not a half-written record. */
const COUNTS_REFUSALS = new Set(['signIn']);

// Sessions are touched by every signed-in request, and sign-in attempts by every refusal: not record state.
const VOLATILE = /session|sign_in|attempt|rate_limit|mikro_orm/;

let tables: string[] = [];
async function fingerprint(): Promise<Record<string, string>> {
  const columns = tables.map((t) => `(select count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from "${t}" x) as "${t}"`);
  return (await api.raw(`select ${columns.join(', ')}`))[0];
}

const pool: IdPool = new Map();
const remember = (type: string, id: string | undefined) => {
  if (!id) return;
  const ids = pool.get(type) ?? [];
  if (!ids.includes(id)) ids.push(id);
  pool.set(type, ids);
};
let hints: Hints;
const callers: Record<string, string> = {};
const seeded = { projectId: '', programmeId: '', organisationId: '', donorId: '' };

/**
 * The cases delete and archive what they find, so every root field starts with a fresh branch of the
 * logframe (impact, outcome, output, indicator) in the seeded project, restored if it was archived.
 */
async function replenish() {
  await api.gql(`mutation($id: ID!) { restoreProject(id: $id) { id } }`, { id: seeded.projectId });
  try {
    const impact = await addNode(api, seeded.projectId, { statement: 'Impact' });
    const outcome = await addNode(api, seeded.projectId, { parentId: impact.id, statement: 'Outcome', responsibleOrganisationId: seeded.organisationId });
    const output = await addNode(api, seeded.projectId, { parentId: outcome.id, statement: 'Output' });
    const indicator = await addIndicator(api, output.id, { title: 'Cases', measure: '1', dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
    for (const n of [impact, outcome, output]) remember('ResultNode', n.id);
    remember('Indicator', indicator.id);
    await seedMoney(output.id);
  } catch {
    // The project may have been changed out of shape by earlier cases; the pools still hold other ids.
  }
}

/** Money records of the seeded project and programme, so that the finance mutations have live ids to work on. */
async function seedMoney(outputId: string) {
  const made = await api.ok(
    `mutation($c: ContributionInput!, $b: BudgetInput!, $t: [TransactionInput!]!) {
       createContribution(input: $c) { __typename id } createBudget(input: $b) { __typename id } importTransactions(rows: $t) { __typename id } }`,
    {
      c: { donorId: seeded.donorId, programmeId: seeded.programmeId, amount: '500000', currency: 'EUR', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' },
      b: { projectId: seeded.projectId, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '250000', currency: 'USD', outputId },
      t: [
        { programmeId: seeded.programmeId, type: '1', transactionDate: '2024-02-10', amount: '300000', currency: 'EUR', providerId: seeded.donorId },
        { programmeId: seeded.programmeId, type: '3', transactionDate: '2024-03-01', amount: '200000', currency: 'USD', receiverId: seeded.organisationId, receiverProjectId: seeded.projectId },
        { projectId: seeded.projectId, type: '4', transactionDate: '2024-05-01', amount: '50000', currency: 'USD', providerId: seeded.organisationId, outputId },
      ],
    },
  );
  for (const r of [made.createContribution, made.createBudget, ...made.importTransactions]) remember(r.__typename, r.id);
}

beforeAll(async () => {
  tables = (await api.raw(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`))
    .map((r: any) => r.table_name as string)
    .filter((t) => !VOLATILE.test(t));

  const ref = await api.ok(`{ focusAreas { code } legalInstruments { code } sdgTargets { code } }`);
  hints = {
    focusAreas: ref.focusAreas.map((r: any) => r.code),
    legalInstruments: ref.legalInstruments.map((r: any) => r.code),
    sdgTargets: ref.sdgTargets.slice(0, 10).map((r: any) => r.code),
  };

  // Seeded data: a programme with a project, a logframe with values, a document, participants, a revision,
  // other users with roles and tokens. The acting users are kept out of the pools, so that the fuzz cannot
  // lock itself out (deactivate, reset or strip its own callers).
  const { programme, project, periods } = await makeLogframeProject(api);
  const partnerOrg = await makeOrganisation(api, { kind: 'NGO' });
  const donorOrg = await makeOrganisation(api, { kind: 'DONOR', country: 'NO' });
  const participation = await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: partnerOrg.id, role: '4', projectId: project.id } });
  const impact = await addNode(api, project.id, { statement: 'Organised crime networks are disrupted' });
  const outcome = await addNode(api, project.id, { parentId: impact.id, statement: 'Prosecutions increase', responsibleOrganisationId: partnerOrg.id });
  const output = await addNode(api, project.id, { parentId: outcome.id, statement: 'Prosecutors trained' });
  const indicator = await addIndicator(api, output.id, { title: 'Prosecutors trained', measure: '1', dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
  const sensitive = await addIndicator(api, outcome.id, { title: 'Victims identified', measure: '1', sensitive: true });
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
    p: project.id,
    v: [
      { indicatorId: indicator.id, periodId: periods[0].id, target: 10, actual: 7 },
      { indicatorId: indicator.id, periodId: periods[0].id, dimension: 'sex', category: 'female', actual: 3 },
      { indicatorId: sensitive.id, periodId: periods[1].id, actual: 3 },
    ],
  });
  const doc = await api.ok(`mutation($p: ID!) { addDocument(projectId: $p, input: { title: "Inception report", url: "https://example.org/r.pdf", category: "A02" }) { id } }`, { p: project.id });
  const revision = await api.ok(`mutation($p: ID!) { approveLogframe(projectId: $p, reason: "Inception") { id } }`, { p: project.id });
  for (let i = 0; i < 3; i++) {
    const created = await api.ok(`mutation($i: UserInput!) { createUser(input: $i) { user { id } } }`, { i: { email: `victim${i}@accord.test`, name: `Victim ${i}` } });
    remember('User', created.createUser.user.id);
    const role = await api.ok(`mutation($i: RoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: created.createUser.user.id, role: 'VIEWER' } });
    remember('RoleAssignment', role.assignRole.id);
  }
  const admin = await api.signedIn([{ role: Role.ADMIN }]);
  const token = await admin.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "fuzz", scope: READ, expiresAt: $e }) { token { id } } }`, { e: new Date(Date.now() + 86_400_000).toISOString() });
  remember('ApiToken', token.createApiToken.token.id);
  const manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
  const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id, organisationId: partnerOrg.id }], { organisationId: partnerOrg.id });
  Object.assign(callers, { admin: admin.cookie, manager: manager.cookie, partner: partner.cookie, anonymous: '' });

  Object.assign(seeded, { projectId: project.id, programmeId: programme.id, organisationId: partnerOrg.id, donorId: donorOrg.id });
  const rate = await api.ok(`mutation { setExchangeRate(input: { currency: "EUR", rateDate: "2024-01-01", rate: "1.0842", source: "fuzz" }) { __typename id } }`);
  remember(rate.setExchangeRate.__typename, rate.setExchangeRate.id);
  await seedMoney(output.id);
  remember('Programme', programme.id);
  remember('Project', project.id);
  for (const o of [partnerOrg, donorOrg]) remember('Organisation', o.id);
  remember('Participation', participation.addParticipation.id);
  for (const n of [impact, outcome, output]) remember('ResultNode', n.id);
  for (const x of [indicator, sensitive]) remember('Indicator', x.id);
  for (const p of periods) remember('ReportingPeriod', p.id);
  remember('Document', doc.addDocument.id);
  remember('LogframeRevision', revision.approveLogframe.id);
});

const caller = fc.constantFrom('admin', 'admin', 'admin', 'admin', 'manager', 'partner', 'anonymous');

const clip = (value: unknown) => {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
};

describe('hostile input, built from the schema', () => {
  let before: Record<string, string>;
  // How many cases each root field accepted, and the codes it refused the others with: shows whether the
  // arbitraries reach past validation. Printed with FUZZ_STATS=1.
  const stats = new Map<string, Map<string, number>>();
  const count = (name: string, outcome: string) => {
    const m = stats.get(name) ?? new Map<string, number>();
    m.set(outcome, (m.get(outcome) ?? 0) + 1);
    stats.set(name, m);
  };
  afterAll(() => {
    if (!process.env.FUZZ_STATS) return;
    for (const [name, m] of stats) console.log(name.padEnd(22), [...m].map(([k, v]) => `${k} ${v}`).join(', '));
  });

  for (const [kind, field] of operations) {
    const document = documentFor(kind, field);

    it(`${kind} ${field.name}: never a server error, and a refusal changes nothing`, { timeout: Math.max(60_000, RUNS * 1_500) }, async () => {
      await replenish();
      before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(caller, variablesArbitrary(field, pool, hints), async (who, variables) => {
          const res = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(callers[who] ? { cookie: callers[who] } : {}) },
            body: JSON.stringify({ query: document, variables }),
          });
          const body = (await res.json()) as GraphQLResponse;
          const context = `${who} ${document}\nvariables: ${clip(variables)}\nanswer: ${res.status} ${clip(body.errors ?? body.data)}`;
          expect(res.status, context).toBeLessThan(500);
          expect(body.errors?.map((e) => e.extensions?.code) ?? [], context).not.toContain('INTERNAL_SERVER_ERROR');

          const refusal = body.errors?.[0];
          count(field.name, refusal ? `${refusal.extensions?.code}${process.env.FUZZ_STATS === 'fields' ? ` ${refusal.extensions?.fields?.map((f) => `${f.field}: ${f.message}`).join('; ') ?? refusal.message.slice(0, 60)}` : ''}` : 'accepted');
          const after = await fingerprint();
          if (body.errors?.length && !COUNTS_REFUSALS.has(field.name)) expect(after, `a refused call changed the database\n${context}`).toEqual(before);
          before = after;

          // Records the run creates become ids for the cases that follow.
          const result = body.data?.[field.name];
          for (const r of Array.isArray(result) ? result : [result]) if (r && typeof r === 'object' && r.id) remember(r.__typename, r.id);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});
