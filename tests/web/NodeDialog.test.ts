/** The result dialog when its save meets someone else's: reload their version and put the user's changes back on top. */
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import NodeDialog from '../../web/src/modules/logframe/components/NodeDialog.vue';
import type { LogframeNode } from '../../web/src/modules/logframe/composables/logframe';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const node = (over: Partial<LogframeNode>) =>
  ({
    __typename: 'ResultNode',
    id: 'n1',
    code: '1.1',
    statement: 'Prosecutors trained',
    description: 'Two courses a year',
    assumptions: '',
    risks: [],
    responsibleOrganisation: null,
    canReport: true,
    version: 2,
    indicators: [],
    ...over,
  }) as unknown as LogframeNode;

function scripted() {
  const sent: Record<string, unknown>[] = [];
  let refused = false;
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.variables);
        if (!refused) {
          refused = true;
          observer.next({ errors: [{ message: 'The node was changed by someone else (now version 3, you edited version 2).', extensions: { code: 'CONFLICT', currentVersion: 3 } }] } as never);
        } else {
          const v = operation.variables as { id: string; input: Record<string, unknown> };
          observer.next({ data: { updateResultNode: { __typename: 'ResultNode', ...node({}), ...v.input, version: 4 } } } as never);
        }
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: createCache() }), sent };
}

describe('the result dialog after someone else saved the result', () => {
  it('reloads their version, reapplies the user’s statement on top, and saves against the new version', async () => {
    const { client, sent } = scripted();
    // Meanwhile someone else changed the description.
    const theirs = node({ description: 'Three courses a year, one in Hausa', version: 3 });
    const wrapper = mount(NodeDialog, {
      props: { node: node({}), organisations: [], reload: async () => [theirs], visible: false },
      global: globalWith(client as ApolloClient<unknown>),
      attachTo: document.body,
    });
    await wrapper.setProps({ visible: true });
    await flushPromises();
    const field = (id: string) => document.getElementById(id) as HTMLTextAreaElement;
    const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
    const form = () => document.getElementById('node-form') as HTMLFormElement;

    field('f-statement').value = 'Prosecutors and judges trained';
    field('f-statement').dispatchEvent(new Event('input'));
    form().requestSubmit();
    await flushPromises();

    const conflict = document.querySelector('[data-testid="conflict"]')!;
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(conflict.textContent).toContain('Someone else saved this result after you opened it. Nothing was saved.');
    expect(field('f-statement').value).toBe('Prosecutors and judges trained');

    button('Reload and reapply').click();
    await flushPromises();
    expect(document.querySelector('[data-testid="conflict"]')).toBeNull();
    expect(field('f-statement').value).toBe('Prosecutors and judges trained');
    expect(field('f-description').value).toBe('Three courses a year, one in Hausa');
    expect(document.querySelector('[data-testid="reapplied"]')?.textContent).toBe('They changed Description. Your changes to Statement are applied on top; review and save.');

    form().requestSubmit();
    await flushPromises();
    expect(sent[1]).toMatchObject({ id: 'n1', version: 3, input: { statement: 'Prosecutors and judges trained', description: 'Three courses a year, one in Hausa' } });
    expect(wrapper.emitted('saved')).toEqual([['Prosecutors and judges trained']]);
    wrapper.unmount();
  });
});
