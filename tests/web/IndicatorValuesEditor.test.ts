/**
 * The targets-and-actuals editor when a save meets someone else's: the conflict names the period and shows
 * their figures, each conflicting value is resolved on its own, and every other pending edit is kept and
 * sent again.
 */
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import IndicatorValuesEditor from '../../web/src/modules/logframe/components/IndicatorValuesEditor.vue';
import type { LogframeIndicator } from '../../web/src/modules/logframe/composables/logframe';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const periods = [
  { id: 'q1', label: 'Q1 2025', startDate: '2025-01-01', endDate: '2025-03-31' },
  { id: 'q2', label: 'Q2 2025', startDate: '2025-04-01', endDate: '2025-06-30' },
];

const stored = (periodId: string, over: Record<string, unknown>) => ({
  id: `v-${periodId}-${String(over.category ?? '')}`,
  period: periods.find((p) => p.id === periodId)!,
  dimension: '',
  category: '',
  target: null,
  actual: null,
  actualDisplay: null,
  suppressed: false,
  numerator: null,
  denominator: null,
  targetText: null,
  actualText: null,
  comment: '',
  evidence: [],
  version: 1,
  ...over,
});

// Q1 has no value yet; Q2 has a target and a comment, at version 4.
const indicator = {
  id: 'ind-1',
  title: 'Victims identified',
  measure: '1',
  unitLabel: '',
  aggregation: 'SUM',
  canReport: true,
  dimensions: [{ name: 'sex', values: ['female', 'male'], exhaustive: true }],
  values: [stored('q2', { target: 20, actual: 6, actualDisplay: '6', comment: 'first report', version: 4 })],
} as unknown as LogframeIndicator;

type Answer = { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };

/** A client that records every setIndicatorValues request and answers them in turn. */
function scripted(answers: Answer[]) {
  const sent: Record<string, unknown>[][] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        if (operation.operationName === 'ReportingLogframe') return observer.error(new Error('not answered in this test'));
        if (['SetIndicatorValues', 'SaveGridValues'].includes(operation.operationName)) sent.push(operation.variables.values as Record<string, unknown>[]);
        observer.next((answers.shift() ?? { data: { setIndicatorValues: [] } }) as never);
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: createCache() }), sent };
}

const current = (over: Record<string, unknown>) => ({ target: null, actual: null, numerator: null, denominator: null, targetText: null, actualText: null, comment: '', evidence: [], ...over });

/** What the API answers when the Q1 total (input 0) was filled by someone else meanwhile. */
const q1Conflict: Answer = {
  errors: [
    {
      message: 'The value of "Victims identified" for Q1 2025 was changed by someone else. Reload and apply your change again.',
      extensions: {
        code: 'CONFLICT',
        fields: [{ field: 'values.0.version', message: 'changed by someone else' }],
        conflicts: [{ index: 0, indicatorId: 'ind-1', periodId: 'q1', periodLabel: 'Q1 2025', dimension: '', category: '', currentVersion: 1, current: current({ actual: 7, comment: 'counted by the shelter' }) }],
        currentVersion: 1,
        current: current({ actual: 7, comment: 'counted by the shelter' }),
      },
    },
  ],
};

async function editor(answers: Answer[]) {
  const { client, sent } = scripted(answers);
  const wrapper = mount(IndicatorValuesEditor, {
    props: { projectId: 'p1', indicator, periods, reportWindow: { start: '2025-01-01', end: '2026-12-31', today: '2025-08-01' }, canEdit: true },
    global: globalWith(client as ApolloClient<unknown>),
    attachTo: document.body,
  });
  const cell = (label: string) => wrapper.get<HTMLInputElement>(`input[aria-label="${label}"]`);
  const type = async (label: string, text: string) => {
    await cell(label).setValue(text);
  };
  const click = async (name: string, within = wrapper.element) => {
    const button = [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`no button ${name}`);
    button.click();
    await flushPromises();
  };
  return { wrapper, sent, cell, type, click };
}

describe('a save that meets someone else’s', () => {
  it('names the period, shows their figures and keeps every other edit pending', async () => {
    const e = await editor([q1Conflict]);
    await e.type('Actual, Q1 2025', '9');
    await e.type('Comment, Q2 2025', 'second visit confirmed');
    await e.click('Save values');

    // The empty cell is sent as version 0, so the server can refuse it if it was filled meanwhile.
    expect(e.sent[0]).toEqual([
      { indicatorId: 'ind-1', periodId: 'q1', dimension: '', category: '', version: 0, actual: 9 },
      { indicatorId: 'ind-1', periodId: 'q2', dimension: '', category: '', version: 4, comment: 'second visit confirmed' },
    ]);
    const alert = e.wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Nothing was saved');
    expect(alert.text()).toContain('Your 1 other change stays pending');
    const item = e.wrapper.get('[data-testid="value-conflict"]');
    expect(item.get('h4').text()).toBe('Q1 2025');
    expect(item.get('[data-testid="theirs"]').text()).toBe('actual 7, comment “counted by the shelter”');
    expect(item.get('[data-testid="mine"]').text()).toBe('actual 9');
    // Both edits are still in their cells; the conflicting one says so.
    expect(e.cell('Actual, Q1 2025').element.value).toBe('9');
    expect(e.cell('Actual, Q1 2025').attributes('aria-invalid')).toBe('true');
    expect(e.cell('Comment, Q2 2025').element.value).toBe('second visit confirmed');
    expect(e.wrapper.text()).toContain('2 unsaved changes');
  });

  it('“Take theirs” shows their value in that cell and saves only the other edits', async () => {
    const e = await editor([q1Conflict]);
    await e.type('Actual, Q1 2025', '9');
    await e.type('Comment, Q2 2025', 'second visit confirmed');
    await e.click('Save values');
    await e.click('Take theirs', e.wrapper.get('[data-testid="value-conflict"]').element as HTMLElement);

    expect(e.wrapper.find('[data-testid="value-conflict"]').exists()).toBe(false);
    expect(e.cell('Actual, Q1 2025').element.value).toBe('7');
    expect(e.cell('Comment, Q1 2025').element.value).toBe('counted by the shelter');
    expect(e.cell('Comment, Q2 2025').element.value).toBe('second visit confirmed');
    expect(e.wrapper.text()).toContain('1 unsaved change');

    await e.click('Save values');
    expect(e.sent[1]).toEqual([{ indicatorId: 'ind-1', periodId: 'q2', dimension: '', category: '', version: 4, comment: 'second visit confirmed' }]);
    expect(e.wrapper.text()).not.toContain('unsaved change');
  });

  it('“Keep mine” sends my value over their version, with the other edits', async () => {
    const e = await editor([q1Conflict]);
    await e.type('Actual, Q1 2025', '9');
    await e.type('Comment, Q2 2025', 'second visit confirmed');
    await e.click('Save values');
    await e.click('Keep mine', e.wrapper.get('[data-testid="value-conflict"]').element as HTMLElement);
    expect(e.cell('Actual, Q1 2025').element.value).toBe('9');

    await e.click('Save values');
    expect(e.sent[1]).toEqual([
      { indicatorId: 'ind-1', periodId: 'q1', dimension: '', category: '', version: 1, actual: 9 },
      { indicatorId: 'ind-1', periodId: 'q2', dimension: '', category: '', version: 4, comment: 'second visit confirmed' },
    ]);
    expect(e.wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('lists every conflicting value of the batch, with its disaggregation, and asks for a choice on each before saving', async () => {
    const both: Answer = {
      errors: [
        {
          message: 'The value of "Victims identified" for Q1 2025 was changed by someone else.',
          extensions: {
            code: 'CONFLICT',
            fields: [
              { field: 'values.0.version', message: 'changed by someone else' },
              { field: 'values.1.version', message: 'changed by someone else' },
            ],
            conflicts: [
              { index: 0, indicatorId: 'ind-1', periodId: 'q1', periodLabel: 'Q1 2025', dimension: '', category: '', currentVersion: 2, current: current({ actual: 7 }) },
              { index: 1, indicatorId: 'ind-1', periodId: 'q1', periodLabel: 'Q1 2025', dimension: 'sex', category: 'female', currentVersion: 1, current: current({ actual: 3 }) },
            ],
          },
        },
      ],
    };
    const e = await editor([both]);
    await e.type('Actual, Q1 2025', '9');
    await e.type('Actual, sex female, Q1 2025', '4');
    await e.type('Actual, sex male, Q1 2025', '5');
    await e.click('Save values');

    const items = e.wrapper.findAll('[data-testid="value-conflict"]');
    expect(items.map((i) => i.get('h4').text())).toEqual(['Q1 2025', 'Q1 2025 · sex: female']);
    expect(items[1].get('[data-testid="theirs"]').text()).toBe('actual 3');
    expect(e.wrapper.get('[role="alert"]').text()).toContain('someone else saved 2 values you changed');

    await e.click('Keep mine', items[0].element as HTMLElement);
    await e.click('Save values');
    expect(e.sent).toHaveLength(1);
    expect(e.wrapper.get('[role="alert"]').text()).toContain('Choose “Keep mine” or “Take theirs”');

    await e.click('Take theirs', e.wrapper.get('[data-testid="value-conflict"]').element as HTMLElement);
    expect(e.cell('Actual, sex female, Q1 2025').element.value).toBe('3');
    await e.click('Save values');
    expect(e.sent[1]).toEqual([
      { indicatorId: 'ind-1', periodId: 'q1', dimension: '', category: '', version: 2, actual: 9 },
      { indicatorId: 'ind-1', periodId: 'q1', dimension: 'sex', category: 'male', version: 0, actual: 5 },
    ]);
  });

  it('shows a busy cell as a message to try again, keeping every edit', async () => {
    const busy: Answer = { errors: [{ message: 'The value of "Victims identified" for Q1 2025 is being changed by someone else right now; try again.', extensions: { code: 'CONFLICT' } }] };
    const e = await editor([busy]);
    await e.type('Actual, Q1 2025', '9');
    await e.type('Comment, Q2 2025', 'second visit confirmed');
    await e.click('Save values');

    expect(e.wrapper.get('[role="alert"]').text()).toContain('is being changed by someone else right now; try again. Nothing was saved; your changes are still here.');
    expect(e.wrapper.find('[data-testid="value-conflict"]').exists()).toBe(false);
    expect(e.cell('Actual, Q1 2025').element.value).toBe('9');
    expect(e.cell('Comment, Q2 2025').element.value).toBe('second visit confirmed');

    await e.click('Save values');
    expect(e.sent[1]).toEqual(e.sent[0]);
    expect(e.wrapper.text()).not.toContain('unsaved change');
  });
});
