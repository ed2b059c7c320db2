/**
 * The demo's knowledge network, on a database seeded the way `npm start` seeds it: a search for "border" shows
 * several items with highlighted snippets, every item is linked to demo projects, and the trend notes cover the
 * focus areas and countries of the demo portfolio. The demo donors see only the linked projects they fund.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-users.js';
import { marked } from '../support/knowledge.js';

const api = useApi();

async function demoUser(email: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: DEMO_PASSWORD } }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await (await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json();
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}

beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
}, 180_000);

describe('the demo knowledge network', () => {
  it('answers a search for "border" with several items, best match first, with the word marked', async () => {
    const viewer = await demoUser('viewer@accord.demo');
    const { knowledgeItems } = await viewer(`{ knowledgeItems(filter: { search: "border" }) { totalCount items { title rank snippet { text highlighted } highlightedTitle { text highlighted } } } }`);
    expect(knowledgeItems.totalCount).toBeGreaterThanOrEqual(5);
    const titles = knowledgeItems.items.map((i: { title: string }) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Joint border posts: one stop for two border services', 'Border liaison offices for cross-border information exchange']));
    expect(titles.findIndex((t: string) => t.startsWith('Joint border posts'))).toBeLessThan(titles.findIndex((t: string) => t.startsWith('National referral')));
    for (const item of knowledgeItems.items) expect([...marked(item.snippet), ...marked(item.highlightedTitle)].some((t) => t.startsWith('border')), item.title).toBe(true);
  });

  it('links every item to demo projects and tags it with the portfolio\'s focus areas and countries', async () => {
    const admin = await demoUser('admin@accord.demo');
    const { knowledgeItems } = await admin(`{ knowledgeItems(first: 100) { totalCount items { title projects { title } focusAreas { code } countries { code } authorOrganisation { name } } } }`);
    expect(knowledgeItems.totalCount).toBeGreaterThanOrEqual(10);
    for (const item of knowledgeItems.items) {
      expect(item.projects.length, item.title).toBeGreaterThan(0);
      expect(item.focusAreas.length * item.countries.length, item.title).toBeGreaterThan(0);
      expect(item.authorOrganisation, item.title).not.toBeNull();
    }
    const kinds = await admin(`{ best: knowledgeItems(filter: { kind: BEST_PRACTICE }) { totalCount } lessons: knowledgeItems(filter: { kind: LESSON_LEARNED }) { totalCount } }`);
    expect(kinds.best.totalCount).toBeGreaterThan(3);
    expect(kinds.lessons.totalCount).toBeGreaterThan(3);
  });

  it('has trend notes for the demo focus areas and countries, newest first', async () => {
    const viewer = await demoUser('viewer@accord.demo');
    const all = await viewer(`{ trendNotes(filter: { first: 100 }) { totalCount items { notedOn focusAreas { code } sources { title } } } }`);
    expect(all.trendNotes.totalCount).toBeGreaterThanOrEqual(6);
    const dates = all.trendNotes.items.map((n: { notedOn: string }) => n.notedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const kenya = await viewer(`{ trendNotes(filter: { country: "KE" }) { totalCount } prisons: trendNotes(filter: { focusArea: "HIV_PRISONS", country: "KE" }) { totalCount } }`);
    expect(kenya.trendNotes.totalCount).toBeGreaterThanOrEqual(2);
    expect(kenya.prisons.totalCount).toBeGreaterThanOrEqual(2);
  });

  it("shows the Sida donor only the projects it funds among an item's links", async () => {
    const sida = await demoUser('donor.sida@accord.demo');
    const { knowledgeItems } = await sida(`{ knowledgeItems(filter: { search: "prisons" }) { items { title projects { title } } } }`);
    const linked = knowledgeItems.items.flatMap((i: { projects: { title: string }[] }) => i.projects.map((p) => p.title));
    const funded = (await sida(`{ projects(first: 100) { items { title } } }`)).projects.items.map((p: { title: string }) => p.title);
    expect(linked.length).toBeGreaterThan(0);
    expect(funded.length).toBeGreaterThan(0);
    for (const title of linked) expect(funded).toContain(title);
    // The same items link projects of other programmes, which an administrator sees.
    const admin = await demoUser('admin@accord.demo');
    const all = (await admin(`{ knowledgeItems(filter: { search: "prisons" }) { items { projects { title } } } }`)).knowledgeItems.items.flatMap((i: { projects: unknown[] }) => i.projects);
    expect(all.length).toBeGreaterThan(linked.length);
  });
});
