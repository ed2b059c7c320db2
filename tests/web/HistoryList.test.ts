import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import HistoryList from '../../web/src/modules/logframe/components/HistoryList.vue';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

type Change = { field: string; text: string };
const event = (n: number, summary = `1.1 Wording ${n}: statement “Wording ${n - 1}” → “Wording ${n}”`, readableChanges: Change[] = [], action = 'update') => ({
  __typename: 'AuditEvent',
  id: `e${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
  action,
  kindName: 'result',
  recordName: `1.1 Wording ${n}`,
  summary,
  readableChanges: readableChanges.map((c) => ({ __typename: 'AuditChangeText', ...c })),
  actor: { __typename: 'User', id: 'u1', name: 'Marco Rossi', organisation: { __typename: 'Organisation', id: 'o1', name: 'UN Office on Drugs and Crime', acronym: 'UNODC' } },
});

/** A server holding these events, newest first, that pages them by `after` like the API does. */
function pagingClient(all: ReturnType<typeof event>[], seen: (string | null)[] = []) {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const { first, after } = operation.variables as { first: number; after?: string | null };
        seen.push(after ?? null);
        const start = after ? all.findIndex((e) => e.id === after) + 1 : 0;
        const items = all.slice(start, start + first);
        const hasNextPage = start + first < all.length;
        observer.next({ data: { projectHistory: { __typename: 'AuditEventConnection', totalCount: all.length, hasNextPage, endCursor: items.at(-1)?.id ?? null, items } } });
        observer.complete();
      }),
  );
  return new ApolloClient({ link, cache: createCache() });
}

const mountWith = (client: ApolloClient<unknown>) => mount(HistoryList, { props: { projectId: 'p1', active: true, nodes: [] }, global: globalWith(client) });

describe('the history of a logframe', () => {
  it('shows the newest changes, then older ones after them on request, each once', async () => {
    const seen: (string | null)[] = [];
    const wrapper = mountWith(pagingClient(Array.from({ length: 20 }, (_, i) => event(20 - i)), seen));
    await flushPromises();
    const entries = () => wrapper.findAll('[data-testid="history"] > li');
    expect(entries()).toHaveLength(15);
    expect(entries()[0].text()).toContain('1.1 Wording 20: statement “Wording 19” → “Wording 20”');
    expect(entries()[0].text()).toContain('by Marco Rossi (UNODC)');
    const more = wrapper.findAll('button').find((b) => b.text().includes('Show older changes'))!;
    expect(more.text()).toContain('5 more');

    await more.trigger('click');
    await flushPromises();
    expect(seen).toEqual([null, 'e6']);
    expect(entries()).toHaveLength(20);
    expect(new Set(entries().map((e) => e.text())).size).toBe(20);
    expect(entries()[19].text()).toContain('“Wording 0” → “Wording 1”');
    expect(wrapper.findAll('button').some((b) => b.text().includes('Show older changes'))).toBe(false);
    wrapper.unmount();
  });

  it('shows the words the API gives, masked values included, and the time in the reader’s locale', async () => {
    const figures = event(2, 'Victims identified — 2026-Q2: actual hidden → hidden; comment (none) → “Two more”', [
      { field: 'actual', text: 'actual hidden → hidden' },
      { field: 'comment', text: 'comment (none) → “Two more”' },
    ]);
    const added = event(1, 'Added indicator: Officers trained', ['result 1.1 Officers are trained', 'measure unit', 'direction higher is better', 'aggregation sum of periods', 'frequency quarterly'].map((text, i) => ({ field: `f${i}`, text })), 'create');
    const wrapper = mountWith(pagingClient([figures, added]));
    await flushPromises();
    const [first, second] = wrapper.findAll('[data-testid="history"] > li');
    expect(first.text()).toContain('Victims identified — 2026-Q2: actual hidden → hidden');
    expect(first.text()).not.toContain('(hidden)');
    // An update lists its changes once, in its summary.
    expect(first.findAll('.history__changes li')).toHaveLength(0);
    // A new record: its first fields, and how many more.
    expect(second.findAll('.history__changes li').map((l) => l.text())).toEqual(['result 1.1 Officers are trained', 'measure unit', 'direction higher is better', 'aggregation sum of periods', 'and 1 more']);
    const time = first.get('time');
    expect(time.attributes('datetime')).toBe(figures.at);
    expect(time.text()).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(figures.at)));
    expect(wrapper.text()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    wrapper.unmount();
  });
});
