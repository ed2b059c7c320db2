import './node-names';
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import MarkdownView from '../../web/src/modules/knowledge/components/MarkdownView.vue';
import HighlightedText from '../../web/src/modules/knowledge/components/HighlightedText.vue';
import TrendNotesList from '../../web/src/modules/knowledge/components/TrendNotesList.vue';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const HOSTILE = [
  '# Joint border posts',
  '',
  'Officers share **one building**. See the [report](https://example.org/jbp).',
  '',
  '<script>window.__pwned = true</script>',
  '<img src="x" onerror="window.__pwned = true">',
  '[click me](javascript:window.__pwned=true)',
  '<a href="https://example.org" onclick="window.__pwned = true">raw link</a>',
  '![pixel](https://tracker.example/p.gif)',
].join('\n');

describe('a knowledge item rendered from Markdown', () => {
  it('shows the formatting and takes out every script, event handler and javascript: address', async () => {
    const wrapper = mount(MarkdownView, { props: { source: HOSTILE }, attachTo: document.body });
    await flushPromises();
    const root = wrapper.element as HTMLElement;
    // A heading of the text sits below the page's own h1.
    expect(root.querySelector('h2')?.textContent).toBe('Joint border posts');
    expect(root.querySelector('strong')?.textContent).toBe('one building');
    const link = root.querySelector('a[href="https://example.org/jbp"]');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');

    expect(root.querySelector('script, img, iframe, [onerror], [onclick]')).toBeNull();
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    const attributes = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    // Raw HTML in the text is shown as text, not run.
    expect(root.textContent).toContain('<script>window.__pwned = true</script>');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    wrapper.unmount();
  });

  it('marks the words found in a snippet without reading the snippet as HTML', () => {
    const wrapper = mount(HighlightedText, {
      props: { fragments: [{ text: 'officers at the ', highlighted: false }, { text: 'border', highlighted: true }, { text: ' <img src=x onerror=alert(1)>', highlighted: false }] },
    });
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['border']);
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the list of trend notes', () => {
  const note = (id: string, title: string, body: string) => ({
    __typename: 'TrendNote',
    id,
    version: 1,
    title,
    body,
    notedOn: '2026-10-01',
    focusAreas: [{ __typename: 'FocusArea', code: 'HIV_PRISONS', name: 'HIV/AIDS in prisons' }],
    countries: [{ __typename: 'Country', code: 'KE', name: 'Kenya' }],
    sources: [{ __typename: 'TrendSource', title: 'Prison statistics', url: 'https://example.org/stats' }],
    authorOrganisation: null,
  });

  it('asks for the notes of its country, newest first, and shows them with their sources and sanitised text', async () => {
    const asked: unknown[] = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          asked.push(operation.variables);
          const items = [note('n1', 'Remand population grows', 'Longer **pre-trial** detention.<script>x()</script>'), note('n2', 'Testing lags', 'Hepatitis C')];
          observer.next({ data: { trendNotes: { __typename: 'TrendNotePage', totalCount: 3, items } } });
          observer.complete();
        }),
    );
    const wrapper = mount(TrendNotesList, { props: { country: 'KE', limit: 2 }, global: globalWith(new ApolloClient({ link, cache: createCache() })) });
    await flushPromises();
    expect(asked).toEqual([{ filter: { country: 'KE' }, first: 2 }]);
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Remand population grows', 'Testing lags']);
    expect(wrapper.find('strong').text()).toBe('pre-trial');
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.find('a[href="https://example.org/stats"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Show 1 more');
  });
});
