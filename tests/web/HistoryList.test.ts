import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import HistoryList from '../../web/src/modules/logframe/components/HistoryList.vue';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const event = (n: number, changes: Record<string, unknown> = { statement: { before: `Wording ${n - 1}`, after: `Wording ${n}` } }) => ({
  __typename: 'AuditEvent',
  id: `e${n}`,
  at: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
  action: 'update',
  entityType: 'ResultNode',
  entityId: 'n1',
  changes,
  actor: { __typename: 'User', id: 'u1', name: 'Marco Rossi' },
});

/** A server holding 20 events, newest first, that pages them by `after` like the API does. */
function pagingClient(seen: (string | null)[]) {
  const all = Array.from({ length: 20 }, (_, i) => event(20 - i));
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

describe('the history of a logframe', () => {
  it('shows the newest changes, then older ones after them on request, each once', async () => {
    const seen: (string | null)[] = [];
    const wrapper = mount(HistoryList, { props: { projectId: 'p1', active: true, nodes: [] }, global: globalWith(pagingClient(seen)) });
    await flushPromises();
    const entries = () => wrapper.findAll('[data-testid="history"] > li');
    expect(entries()).toHaveLength(15);
    expect(entries()[0].text()).toContain('“Wording 19” → “Wording 20”');
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

  it('says a value is hidden rather than quoting the placeholder', async () => {
    const client = pagingClient([]);
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          const items = [{ ...event(1, { actual: { before: '(hidden)', after: '(hidden)' }, comment: { before: '', after: 'Two more' } }), entityType: 'IndicatorValue' }];
          observer.next({ data: { projectHistory: { __typename: 'AuditEventConnection', totalCount: 1, hasNextPage: false, endCursor: 'e1', items } } });
          observer.complete();
        }),
    );
    client.setLink(link);
    const wrapper = mount(HistoryList, { props: { projectId: 'p1', active: true, nodes: [] }, global: globalWith(client) });
    await flushPromises();
    const text = wrapper.get('[data-testid="history"]').text();
    expect(text).toContain('actual: hidden → hidden');
    expect(text).not.toContain('“(hidden)”');
    wrapper.unmount();
  });
});
