/**
 * Adding an indicator with its end-of-project target: the dialog previews the period targets the spread
 * makes, and once the indicator exists saves them in one setIndicatorValues request.
 */
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import IndicatorDialog from '../../web/src/modules/logframe/components/IndicatorDialog.vue';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const period = (id: string, label: string, startDate: string, endDate: string) => ({ __typename: 'ReportingPeriod', id, label, startDate, endDate });

// The project runs through 2026; a quarter of 2027 is outside it and gets no target.
const logframe = {
  project: {
    __typename: 'Project',
    id: 'p1',
    title: 'Border liaison',
    iatiIdentifier: 'XM-1',
    canEdit: true,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    actualStart: null,
    actualEnd: null,
    programme: { __typename: 'Programme', id: 'prg', title: 'Joint programme' },
    participations: [],
  },
  logframe: {
    __typename: 'Logframe',
    projectId: 'p1',
    canEdit: true,
    nodes: [],
    periods: [
      period('q3', '2026-Q3', '2026-07-01', '2026-09-30'),
      period('q1', '2026-Q1', '2026-01-01', '2026-03-31'),
      period('q2', '2026-Q2', '2026-04-01', '2026-06-30'),
      period('q4', '2026-Q4', '2026-10-01', '2026-12-31'),
      period('q5', '2027-Q1', '2027-01-01', '2027-03-31'),
    ],
    revisions: [],
  },
};

function dialog() {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, variables: operation.variables });
        const data: Record<string, unknown> = {
          Logframe: logframe,
          AddIndicator: { addIndicator: { __typename: 'Indicator', id: 'new-1' } },
          SetIndicatorValues: { setIndicatorValues: [] },
        };
        if (data[operation.operationName]) observer.next({ data: data[operation.operationName] as Record<string, unknown> });
        else observer.error(new Error(`not answered in this test: ${operation.operationName}`));
        observer.complete();
      }),
  );
  const wrapper = mount(IndicatorDialog, {
    props: { projectId: 'p1', nodeId: 'n1', nodeLabel: '1.1 Border meetings', indicator: null, reload: async () => [], visible: false },
    global: globalWith(new ApolloClient({ link, cache: createCache() }) as ApolloClient<unknown>),
    attachTo: document.body,
  });
  const input = (id: string) => document.getElementById(id) as HTMLInputElement;
  const type = async (id: string, text: string) => {
    input(id).value = text;
    input(id).dispatchEvent(new Event('input'));
    await flushPromises();
  };
  const preview = () =>
    [...document.querySelectorAll('[data-testid="spread-preview"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
  const submit = async () => {
    (document.getElementById('indicator-form') as HTMLFormElement).requestSubmit();
    await flushPromises();
  };
  /** The mutations sent, in order; reads (the logframe, programme indicators) left aside. */
  const writes = () => sent.filter((s) => ['AddIndicator', 'SetIndicatorValues'].includes(s.name));
  return { wrapper, sent, writes, input, type, preview, submit };
}

describe('adding an indicator with its end-of-project target', () => {
  it('previews the spread over the project’s periods and saves the targets in one request after the indicator', async () => {
    const d = dialog();
    await d.wrapper.setProps({ visible: true });
    await flushPromises();
    await d.type('f-title', 'Border liaison meetings held');
    await d.type('f-unitLabel', 'meetings');
    await d.type('f-endTarget', '100');

    const fieldset = document.querySelector('[data-testid="target-spread"]')!;
    expect(fieldset.textContent).toContain('Spread over the 4 reporting periods');
    expect(fieldset.textContent).toContain('the 4 period targets add up to it');
    expect(document.querySelector('[data-testid="spread-preview"] caption')!.textContent!.trim()).toBe('Period targets to be saved (meetings)');
    expect(d.preview()).toEqual([
      ['2026-Q1', '25', '25'],
      ['2026-Q2', '25', '50'],
      ['2026-Q3', '25', '75'],
      ['2026-Q4', '25', '100'],
    ]);

    d.input('spread-FRONT').click();
    await flushPromises();
    expect(d.preview().map((r) => r[1])).toEqual(['44', '31', '19', '6']);

    await d.submit();
    expect(d.writes().map((s) => s.name)).toEqual(['AddIndicator', 'SetIndicatorValues']);
    const add = d.sent.find((s) => s.name === 'AddIndicator')!.variables as { input: Record<string, unknown> };
    expect(add.input).not.toHaveProperty('endTarget');
    expect(d.sent.find((s) => s.name === 'SetIndicatorValues')!.variables).toEqual({
      projectId: 'p1',
      values: [
        { indicatorId: 'new-1', periodId: 'q1', dimension: '', category: '', version: 0, target: 44 },
        { indicatorId: 'new-1', periodId: 'q2', dimension: '', category: '', version: 0, target: 31 },
        { indicatorId: 'new-1', periodId: 'q3', dimension: '', category: '', version: 0, target: 19 },
        { indicatorId: 'new-1', periodId: 'q4', dimension: '', category: '', version: 0, target: 6 },
      ],
    });
    expect(d.wrapper.emitted('saved')).toEqual([['new-1', 'Border liaison meetings held']]);
    d.wrapper.unmount();
  });

  it('refuses an end target that is not a number, beside the field, and sends nothing', async () => {
    const d = dialog();
    await d.wrapper.setProps({ visible: true });
    await flushPromises();
    await d.type('f-title', 'Border liaison meetings held');
    await d.type('f-endTarget', 'about 100');
    expect(d.preview()).toEqual([]);
    await d.submit();
    expect(d.writes()).toEqual([]);
    expect(d.input('f-endTarget').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('f-endTarget-error')!.textContent).toContain('enter a number, e.g. 12 or 12.5');
    d.wrapper.unmount();
  });

  it('adds an indicator without targets when no end target is given', async () => {
    const d = dialog();
    await d.wrapper.setProps({ visible: true });
    await flushPromises();
    await d.type('f-title', 'Border liaison meetings held');
    await d.submit();
    expect(d.writes().map((s) => s.name)).toEqual(['AddIndicator']);
    d.wrapper.unmount();
  });
});
