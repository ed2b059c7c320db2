/**
 * Properties of the knowledge network's mutations and search, with fast-check. Hostile values in otherwise
 * valid inputs to every mutation are refused cleanly, never with a server error, and a refusal writes nothing:
 * no item, note, link or audit event is half-written. Any words at all can be searched for without a server
 * error. hostile-input.test.ts fuzzes the same fields from the schema; these cases start from inputs that pass,
 * so that the rules behind the format checks are reached. KNOWLEDGE_RUNS sets the cases per property (default 10).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useApi, Role } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { itemInput, makeItem, makeNote, noteInput } from '../support/knowledge.js';

const RUNS = Number(process.env.KNOWLEDGE_RUNS ?? 10);
const api = useApi();

const TABLES = ['knowledge_item', 'knowledge_item_focus_area', 'knowledge_item_country', 'knowledge_item_project', 'trend_note', 'trend_note_focus_area', 'trend_note_country', 'audit_event'];
const fingerprint = async () =>
  (await api.raw(`select ${TABLES.map((t) => `(select count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${t} x) as ${t}`).join(', ')}`))[0];

/** Values a hostile or careless client sends in place of a good one. */
const hostile = fc.constantFrom<unknown>(
  null, '', ' ', '\u0000', '\ud800', 'x'.repeat(25_000), "'; drop table knowledge_item; --", '<script>alert(1)</script>', 'javascript:alert(1)',
  'NOT_A_CODE', 'ng', 'XX', 'TIP_SOM', '2099-01-01', '1899-12-31', '2024-02-30', 'not-an-id', '00000000-0000-4000-8000-000000000001',
  'RUMOUR', 'BEST_PRACTICE', 12, -1, true, [], {}, ['TIP_SOM', 'TIP_SOM'], ['NG', 'ng'], ['00000000-0000-4000-8000-000000000001'], [{}], [{ title: '' }], [{ title: 'x', url: 'ftp://x' }],
);

/** Words a searcher might type, including the operators and stray marks of web search syntax. */
const words = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('"border', 'border -', '-', 'or or or', '!!!', 'a & b | c', ':*', '\\', "'", '""', '(border', 'бордер', '国境', '<b>border</b>'));

const fixture: Record<string, string> = {};
let adminCookie = '';

beforeAll(async () => {
  const programme = await makeProgramme(api, { leadAgencyId: (await makeOrganisation(api)).id });
  fixture.project = (await makeProject(api, programme.id)).id;
  fixture.item = (await makeItem(api, { projectIds: [fixture.project] })).id;
  fixture.note = (await makeNote(api)).id;
  adminCookie = (await api.signedIn([{ role: Role.ADMIN }])).cookie;
});

async function send(document: string, variables: Record<string, unknown>) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: adminCookie }, body: JSON.stringify({ query: document, variables }) });
  return { status: res.status, body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

/** The input with one or two of its fields given hostile values. */
const spoil = (base: () => Record<string, unknown>, extra: string[] = []) =>
  fc.tuple(fc.subarray([...Object.keys(base()), ...extra], { minLength: 1, maxLength: 2 }), hostile, hostile).map(([keys, a, b]) => ({ ...base(), ...Object.fromEntries(keys.map((k, i) => [k, i ? b : a])) }));
const item = () => itemInput({ projectIds: [fixture.project] });
const note = () => noteInput({ countries: ['KE'] });
const version = fc.constantFrom(undefined, 0, -1, 2 ** 31 - 1);
const id = (key: string) => fc.oneof(fc.constant(undefined), hostile).map((v) => v ?? fixture[key]);

const cases: [string, string, () => fc.Arbitrary<Record<string, unknown>>][] = [
  ['createKnowledgeItem', 'mutation($i: KnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', () => spoil(item, ['authorOrganisationId']).map((i) => ({ i }))],
  ['updateKnowledgeItem', 'mutation($id: ID!, $i: KnowledgeItemInput!, $v: Int) { updateKnowledgeItem(id: $id, input: $i, version: $v) { id } }', () => fc.record({ id: id('item'), i: spoil(item), v: version })],
  ['deleteKnowledgeItem', 'mutation($id: ID!, $v: Int) { deleteKnowledgeItem(id: $id, version: $v) }', () => fc.record({ id: hostile, v: version })],
  ['createTrendNote', 'mutation($i: TrendNoteInput!) { createTrendNote(input: $i) { id } }', () => spoil(note, ['authorOrganisationId']).map((i) => ({ i }))],
  ['updateTrendNote', 'mutation($id: ID!, $i: TrendNoteInput!, $v: Int) { updateTrendNote(id: $id, input: $i, version: $v) { id } }', () => fc.record({ id: id('note'), i: spoil(note), v: version })],
  ['deleteTrendNote', 'mutation($id: ID!, $v: Int) { deleteTrendNote(id: $id, version: $v) }', () => fc.record({ id: hostile, v: version })],
];

describe('knowledge mutations, given hostile values in an otherwise valid input', () => {
  for (const [name, document, variables] of cases) {
    it(`${name}: never a server error, and a refusal writes nothing`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(variables(), async (vars) => {
          const before = await fingerprint();
          const { status, body } = await send(document, vars);
          const context = `${name} ${JSON.stringify(vars).slice(0, 400)} → ${status} ${JSON.stringify(body).slice(0, 400)}`;
          expect(status, context).toBeLessThan(500);
          expect(body.errors?.map((e) => e.extensions?.code) ?? [], context).not.toContain('INTERNAL_SERVER_ERROR');
          if (body.errors?.length) expect(await fingerprint(), `a refused call wrote: ${context}`).toEqual(before);
        }),
        { numRuns: RUNS * 3 },
      );
    });
  }
});

describe('searching the knowledge network', () => {
  it('answers any words, filters and pages without a server error', { timeout: 60_000 }, async () => {
    const filter = fc.record({ search: words, kind: fc.constantFrom(undefined, 'BEST_PRACTICE', 'LESSON_LEARNED'), country: fc.constantFrom(undefined, 'NG', 'ng', 'ZZ', '') }, { requiredKeys: ['search'] });
    await fc.assert(
      fc.asyncProperty(filter, fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 20_000 }), async (f, first, offset) => {
        const { status, body } = await send('query($f: KnowledgeFilter, $n: Int, $o: Int) { knowledgeItems(filter: $f, first: $n, offset: $o) { totalCount items { title snippet { text } } } }', { f, n: first, o: offset });
        const context = `${JSON.stringify({ f, first, offset })} → ${status} ${JSON.stringify(body).slice(0, 400)}`;
        expect(status, context).toBeLessThan(500);
        expect(body.errors?.map((e) => e.extensions?.code) ?? [], context).not.toContain('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
