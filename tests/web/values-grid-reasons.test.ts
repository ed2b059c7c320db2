/**
 * A cell that takes no value says why, in its text (read with the cell) and as its tooltip: the period's
 * report is locked or submitted, the period has not started or lies outside the project, or targets are
 * the managers'.
 */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ValuesGrid from '../../web/src/modules/logframe/components/ValuesGrid.vue';
import DisaggregationGrid from '../../web/src/modules/logframe/components/DisaggregationGrid.vue';
import { blockedBecause, type PeriodReport } from '../../web/src/modules/logframe/composables/cells';
import type { GridActions } from '../../web/src/modules/logframe/composables/editableGrid';
import type { LogframeIndicator } from '../../web/src/modules/logframe/composables/logframe';
import { globalWith } from './support';

const periods = [
  { id: 'q1', label: '2025-Q1', startDate: '2025-01-01', endDate: '2025-03-31' },
  { id: 'q2', label: '2025-Q2', startDate: '2025-04-01', endDate: '2025-06-30' },
  { id: 'q3', label: '2025-Q3', startDate: '2025-07-01', endDate: '2025-09-30' },
];
const reportWindow = { start: '2025-01-01', end: '2025-12-31', today: '2025-08-01' };
const indicator = { id: 'ind-1', measure: '1', unitLabel: '', aggregation: 'SUM', values: [] } as unknown as LogframeIndicator;
const actions: GridActions = { edits: new Map(), errors: {}, edit: () => undefined, commit: () => true, paste: () => undefined, refuse: () => undefined };
const reports = new Map<string, PeriodReport>([
  ['q1', { state: 'APPROVED', locked: true, lockReason: 'approved on 2025-04-03' }],
  ['q2', { state: 'SUBMITTED', locked: false, lockReason: null }],
]);

const row = (wrapper: ReturnType<typeof mount>, period: string) => wrapper.get(`tr[data-period="${period}"]`);
const cells = (wrapper: ReturnType<typeof mount>, period: string) => row(wrapper, period).findAll('td[role="gridcell"]');

describe('cells held by their period’s report', () => {
  const grid = () =>
    mount(ValuesGrid, {
      props: { indicator, periods, actions, mayEditTargets: true, mayEditActuals: true, reportWindow, reports, dateOrder: true },
      global: globalWith(),
    });

  it('a locked period takes nothing, targets included, and says why', () => {
    const wrapper = grid();
    const [target, actual, comment] = cells(wrapper, '2025-Q1');
    for (const cell of [target, actual, comment]) {
      expect(cell.find('input').exists()).toBe(false);
      expect(cell.attributes('title')).toBe('Locked: approved on 2025-04-03');
      expect(cell.text()).toContain('locked: approved on 2025-04-03');
      expect(cell.find('.pi-lock').exists()).toBe(true);
    }
  });

  it('a submitted report takes no results, but its target still changes', () => {
    const wrapper = grid();
    const [target, actual, comment] = cells(wrapper, '2025-Q2');
    expect(target.find('input[aria-label="Target, 2025-Q2"]').exists()).toBe(true);
    for (const cell of [actual, comment]) {
      expect(cell.attributes('title')).toBe('Submitted, waiting for approval');
      expect(cell.text()).toContain('submitted, waiting for approval');
    }
    // The current period is open.
    expect(cells(wrapper, '2025-Q3').every((c) => c.find('input').exists())).toBe(true);
  });

  it('the disaggregation grid holds the same cells', () => {
    const wrapper = mount(DisaggregationGrid, {
      props: { indicator, dimension: { name: 'sex', values: ['female', 'male'], exhaustive: true }, periods, actions, mayEditActuals: true, reportWindow, reports, dateOrder: true },
      global: globalWith(),
    });
    const [female] = wrapper.findAll('tbody tr')[0].findAll('td[role="gridcell"]');
    expect(female.attributes('title')).toBe('Locked: approved on 2025-04-03');
    expect(wrapper.findAll('tbody tr')[1].findAll('td[role="gridcell"]')[1].attributes('title')).toBe('Submitted, waiting for approval');
    expect(wrapper.find('input[aria-label="Actual, sex female, 2025-Q3"]').exists()).toBe(true);
  });
});

describe('the reason a cell takes no value', () => {
  const rights = { mayEditTargets: true, mayEditActuals: true, window: reportWindow };
  const q4 = { startDate: '2025-10-01', endDate: '2025-12-31' };
  const q3 = periods[2];

  it.each([
    ['an actual of a period not begun', true, q4, rights, 'future period'],
    ['an actual of a period after the project', true, { startDate: '2026-01-01', endDate: '2026-03-31' }, rights, 'outside the project’s dates'],
    ['a target for a partner reporter', false, q3, { ...rights, mayEditTargets: false }, 'targets are set by the project managers'],
    ['a target in a period locked by the lock date', false, q3, { ...rights, report: { state: 'DRAFT', locked: true, lockReason: "locked since the project's lock date (2025-09-30)" } }, "locked since the project's lock date (2025-09-30)"],
    ['a target of a submitted report', false, q3, { ...rights, report: { state: 'SUBMITTED', locked: false } }, null],
    ['an actual of the current period', true, q3, rights, null],
    ['anything, for a reader who may change nothing', true, q3, { ...rights, mayEditTargets: false, mayEditActuals: false }, ''],
  ] as const)('%s: %s', (_what, results, period, r, expected) => {
    expect(blockedBecause(results, period, r)).toBe(expected);
  });
});
