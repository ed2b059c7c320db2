/** Knowledge items and trend notes made through the API, with defaults that pass validation. */
import type { Client } from './api.js';

export const ITEM_FIELDS = `id kind title summary publishedOn version rank
  highlightedTitle { text highlighted } snippet { text highlighted }
  focusAreas { code name } countries { code name } authorOrganisation { id name } projects { id title }`;

export function itemInput(input: Record<string, unknown> = {}) {
  return {
    kind: 'BEST_PRACTICE',
    title: 'A practice worth repeating',
    summary: 'What was done and why it worked.',
    body: 'Some **Markdown** text.',
    publishedOn: '2025-03-01',
    focusAreas: ['TIP_SOM'],
    countries: ['NG'],
    projectIds: [],
    ...input,
  };
}

export async function makeItem(client: Client, input: Record<string, unknown> = {}) {
  const data = await client.ok(`mutation($i: KnowledgeItemInput!) { createKnowledgeItem(input: $i) { ${ITEM_FIELDS} } }`, { i: itemInput(input) });
  return data.createKnowledgeItem as { id: string; title: string; version: number; projects: { id: string; title: string }[] };
}

export function noteInput(input: Record<string, unknown> = {}) {
  return {
    title: 'A trend worth watching',
    body: 'What changed, and what it means for the programmes.',
    notedOn: '2025-05-01',
    focusAreas: ['TIP_SOM'],
    countries: [],
    sources: [{ title: 'Field reports', url: 'https://example.org/reports' }],
    ...input,
  };
}

export async function makeNote(client: Client, input: Record<string, unknown> = {}) {
  const data = await client.ok(`mutation($i: TrendNoteInput!) { createTrendNote(input: $i) { id title version } }`, { i: noteInput(input) });
  return data.createTrendNote as { id: string; title: string; version: number };
}

/** The text of the highlighted fragments, lower case. */
export const marked = (fragments: { text: string; highlighted: boolean }[]) => fragments.filter((f) => f.highlighted).map((f) => f.text.toLowerCase());
