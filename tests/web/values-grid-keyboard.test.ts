/**
 * The values grid used like a spreadsheet, as a keyboard user meets it: which period comes first, one tab
 * stop, arrows between cells, Enter saving a cell and moving down, Escape cancelling, a block pasted from
 * a spreadsheet saved in one request or refused whole, and the reason a cell takes no value.
 */
import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client/core';
import IndicatorValuesEditor from '../../web/src/modules/logframe/components/IndicatorValuesEditor.vue';
import type { LogframeIndicator } from '../../web/src/modules/logframe/composables/logframe';
import { createCache } from '../../web/src/apollo/client';
import { globalWith } from './support';

const periods = [
  { id: 'q1', label: '2025-Q1', startDate: '2025-01-01', endDate: '2025-03-31' },
  { id: 'q2', label: '2025-Q2', startDate: '2025-04-01', endDate: '2025-06-30' },
  { id: 'q3', label: '2025-Q3', startDate: '2025-07-01', endDate: '2025-09-30' },
  { id: 'q4', label: '2025-Q4', startDate: '2025-10-01', endDate: '2025-12-31' },
];
// Today is in Q3: Q3 and Q4 come first, then Q1 and Q2.
const reportWindow = { start: '2025-01-01', end: '2025-12-31', today: '2025-08-01' };

const indicator = {
  id: 'ind-1',
  title: 'Cases referred',
  measure: '1',
  unitLabel: 'cases',
  aggregation: 'SUM',
  canReport: true,
  dimensions: [],
  values: [
    {
      id: 'v-q4',
      period: periods[3],
      dimension: '',
      category: '',
      target: 20,
      actual: null,
      actualDisplay: null,
      suppressed: false,
      numerator: null,
      denominator: null,
      targetText: null,
      actualText: null,
      comment: '',
      evidence: [],
      version: 2,
    },
  ],
} as unknown as LogframeIndicator;

function editor(options: { canEdit?: boolean; window?: typeof reportWindow } = {}) {
  const sent: Record<string, unknown>[][] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        // Where reports stand is tested on the grid itself (values-grid-reasons.test.ts).
        if (operation.operationName === 'ReportingLogframe') return observer.error(new Error('not answered in this test'));
        const values = operation.variables.values as Record<string, unknown>[];
        sent.push(values);
        observer.next({ data: { setIndicatorValues: values.map((v, i) => ({ __typename: 'IndicatorValue', id: `w${sent.length}-${i}`, period: { __typename: 'ReportingPeriod', id: v.periodId }, dimension: '', category: '', version: Number(v.version) + 1 })) } });
        observer.complete();
      }),
  );
  const wrapper = mount(IndicatorValuesEditor, {
    props: { projectId: 'p1', indicator, periods, reportWindow: options.window ?? reportWindow, canEdit: options.canEdit ?? true },
    global: globalWith(new ApolloClient({ link, cache: createCache() }) as ApolloClient<unknown>),
    attachTo: document.body,
  });
  const grid = () => wrapper.get('[data-testid="values-grid"]');
  const input = (label: string) => wrapper.get<HTMLInputElement>(`input[aria-label="${label}"]`);
  const focused = () => document.activeElement as HTMLElement;
  /** What a screen reader says the focused cell is: an input's label, or a read-only cell's text. */
  const focusedName = () => {
    const el = focused();
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  };
  const press = async (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    focused().dispatchEvent(event);
    await flushPromises();
    return event;
  };
  const paste = async (text: string) => {
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
    focused().dispatchEvent(event);
    await flushPromises();
  };
  return { wrapper, sent, grid, input, focused, focusedName, press, paste };
}

/** Each row header's lines: the turn to the earlier periods, the period (with "Current"), its dates. */
const rowHeaders = (e: ReturnType<typeof editor>) =>
  e
    .grid()
    .findAll('tbody th')
    .map((th) => [...th.element.children].map((line) => line.textContent!.replace(/\s+/g, ' ').trim()).join(' | '));

describe('the order of the periods', () => {
  it('lists the current period first, marked, then the coming ones, then the earlier ones; or all by date', async () => {
    const e = editor();
    expect(rowHeaders(e)).toEqual([
      '2025-Q3 Current | 1 Jul 2025 – 30 Sept 2025',
      '2025-Q4 | 1 Oct 2025 – 31 Dec 2025',
      'Earlier periods | 2025-Q1 | 1 Jan 2025 – 31 Mar 2025',
      '2025-Q2 | 1 Apr 2025 – 30 Jun 2025',
    ]);
    expect(e.grid().get('tr[aria-current="date"]').attributes('data-period')).toBe('2025-Q3');

    await e.wrapper.get('input[type="checkbox"]').setValue(true);
    expect(rowHeaders(e).map((h) => h.split(' ')[0])).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    e.wrapper.unmount();
  });
});

describe('moving with the keyboard', () => {
  it('is one tab stop, on the first cell one can type in', () => {
    const e = editor();
    const stops = e.grid().findAll('[tabindex="0"]');
    expect(stops.map((s) => s.attributes('aria-label'))).toEqual(['Target (cases), 2025-Q3']);
    expect(e.grid().findAll('input[tabindex="-1"]').length).toBeGreaterThan(5);
    e.wrapper.unmount();
  });

  it('moves with the arrows, over cells that take no value, and the tab stop follows the focus', async () => {
    const e = editor();
    e.input('Target (cases), 2025-Q3').element.focus();
    await e.press('ArrowRight');
    expect(e.focusedName()).toBe('Actual (cases), 2025-Q3');
    await e.press('ArrowDown');
    // Q4 has not started: its actual is a read-only cell that says why.
    expect(e.focused().getAttribute('role')).toBe('gridcell');
    expect(e.focusedName()).toBe('no value, future period');
    expect(e.focused().getAttribute('title')).toBe('Future period');
    await e.press('ArrowDown');
    expect(e.focusedName()).toBe('Actual (cases), 2025-Q1');
    await e.press('ArrowLeft');
    expect(e.focusedName()).toBe('Target (cases), 2025-Q1');
    await e.press('ArrowLeft');
    expect(e.focusedName()).toBe('Target (cases), 2025-Q1');
    await e.press('End', { ctrlKey: true });
    expect(e.focusedName()).toBe('Comment, 2025-Q2');
    expect(e.grid().findAll('[tabindex="0"]').map((s) => s.attributes('aria-label'))).toEqual(['Comment, 2025-Q2']);
    e.wrapper.unmount();
  });

  it('keeps Left and Right inside a value while the caret is not at its edge', async () => {
    const e = editor();
    const target = e.input('Target (cases), 2025-Q3');
    target.element.focus();
    await target.setValue('123');
    target.element.setSelectionRange(1, 1);
    const event = await e.press('ArrowRight');
    expect(event.defaultPrevented).toBe(false);
    expect(e.focusedName()).toBe('Target (cases), 2025-Q3');
    target.element.setSelectionRange(3, 3);
    await e.press('ArrowRight');
    expect(e.focusedName()).toBe('Actual (cases), 2025-Q3');
    e.wrapper.unmount();
  });
});

describe('Enter and Escape', () => {
  it('Enter saves the cell at once and moves down; Shift+Enter moves up', async () => {
    const e = editor();
    const target = e.input('Target (cases), 2025-Q3');
    target.element.focus();
    await target.setValue('40');
    await e.press('Enter');
    expect(e.sent).toEqual([[{ indicatorId: 'ind-1', periodId: 'q3', dimension: '', category: '', version: 0, target: 40 }]]);
    expect(e.focusedName()).toBe('Target (cases), 2025-Q4');
    expect(e.wrapper.get('[data-testid="values-status"]').text()).toBe('Saved: 1 cell saved.');
    await e.press('Enter', { shiftKey: true });
    expect(e.focusedName()).toBe('Target (cases), 2025-Q3');
    expect(e.sent).toHaveLength(1);
    e.wrapper.unmount();
  });

  it('Enter on a value that is not a number stays on the cell and says why, sending nothing', async () => {
    const e = editor();
    const target = e.input('Target (cases), 2025-Q3');
    target.element.focus();
    await target.setValue('lots');
    await e.press('Enter');
    expect(e.sent).toEqual([]);
    expect(e.focusedName()).toBe('Target (cases), 2025-Q3');
    expect(target.attributes('aria-invalid')).toBe('true');
    expect(e.wrapper.get(`#${target.attributes('aria-describedby')}`).text()).toBe('enter a number, e.g. 12 or 12.5');
    e.wrapper.unmount();
  });

  it('Escape puts the stored value back and keeps the panel open; with nothing to cancel it goes on', async () => {
    const e = editor();
    let reachedDocument = 0;
    const listener = () => (reachedDocument += 1);
    document.addEventListener('keydown', listener);
    const target = e.input('Target (cases), 2025-Q4');
    target.element.focus();
    await target.setValue('99');
    expect(e.wrapper.text()).toContain('1 unsaved change');
    await e.press('Escape');
    expect(target.element.value).toBe('20');
    expect(e.wrapper.text()).not.toContain('unsaved change');
    expect(reachedDocument).toBe(0);
    await e.press('Escape');
    expect(reachedDocument).toBe(1);
    expect(e.sent).toEqual([]);
    document.removeEventListener('keydown', listener);
    e.wrapper.unmount();
  });
});

describe('pasting a block copied from a spreadsheet', () => {
  it('fills the block from the focused cell and saves it in one request', async () => {
    const e = editor();
    e.input('Target (cases), 2025-Q1').element.focus();
    await e.paste('10\t4\r\n12\t5\r\n');
    expect(e.sent).toEqual([
      [
        { indicatorId: 'ind-1', periodId: 'q1', dimension: '', category: '', version: 0, target: 10, actual: 4 },
        { indicatorId: 'ind-1', periodId: 'q2', dimension: '', category: '', version: 0, target: 12, actual: 5 },
      ],
    ]);
    expect(e.wrapper.get('[data-testid="values-status"]').text()).toBe('Pasted: 4 cells saved.');
    expect(e.wrapper.find('[data-testid="paste-refused"]').exists()).toBe(false);
    e.wrapper.unmount();
  });

  it('refuses the whole block when a value is not a number, saying which, next to the grid', async () => {
    const e = editor();
    e.input('Target (cases), 2025-Q1').element.focus();
    await e.paste('10\t4\n12\tabout 5\n');
    expect(e.sent).toEqual([]);
    const message = e.wrapper.get('[data-testid="paste-refused"]');
    expect(message.attributes('role')).toBe('alert');
    expect(message.text()).toBe('Nothing was pasted: “about 5” for “Actual (cases), 2025-Q2” is not a number; enter a number, e.g. 12 or 12.5.');
    expect(e.input('Target (cases), 2025-Q1').element.value).toBe('');
    expect(e.wrapper.text()).not.toContain('unsaved change');
    e.wrapper.unmount();
  });

  it('refuses a block that runs into a cell that takes no value, or past the periods of its part of the grid', async () => {
    const e = editor();
    e.input('Target (cases), 2025-Q3').element.focus();
    await e.paste('10\t4\n12\t5');
    expect(e.wrapper.get('[data-testid="paste-refused"]').text()).toBe('Nothing was pasted: “Actual (cases), 2025-Q4” does not take a value (future period).');
    e.input('Target (cases), 2025-Q2').element.focus();
    await e.paste('10\n12\n');
    expect(e.wrapper.get('[data-testid="paste-refused"]').text()).toBe('Nothing was pasted: the copied block has 2 rows and 1 column, but from “Target (cases), 2025-Q2” there is room for 1 row and 3 columns.');
    expect(e.sent).toEqual([]);
    e.wrapper.unmount();
  });

  it('leaves text without tabs or line breaks to the cell itself', async () => {
    const e = editor();
    e.input('Comment, 2025-Q3').element.focus();
    await e.paste('visited twice');
    expect(e.sent).toEqual([]);
    expect(e.wrapper.find('[data-testid="paste-refused"]').exists()).toBe(false);
    e.wrapper.unmount();
  });
});

describe('why a cell takes no value', () => {
  it('tells a partner that targets are set by the project managers', () => {
    const e = editor({ canEdit: false });
    const cell = e.grid().get('tbody tr[data-period="2025-Q3"] td[role="gridcell"]');
    expect(cell.attributes('title')).toBe('Targets are set by the project managers');
    expect(cell.text()).toContain('targets are set by the project managers');
    expect(cell.attributes('aria-readonly')).toBe('true');
    expect(e.grid().findAll('input[aria-label^="Target"]')).toHaveLength(0);
    e.wrapper.unmount();
  });

  it('says which periods are outside the project’s dates', () => {
    const e = editor({ window: { ...reportWindow, start: '2025-04-15' } });
    const actual = e.grid().get('tbody tr[data-period="2025-Q1"]').findAll('td[role="gridcell"]')[1];
    expect(actual.attributes('title')).toBe('Outside the project’s dates');
    expect(actual.text()).toContain('outside the project’s dates');
    e.wrapper.unmount();
  });
});
